/**
 * Wires the network tracker to the browser: webRequest (state-changing requests to the
 * reference origins: body, method override, status), webNavigation (leaving the allowed
 * origins) and the main-world hook's responses (through the capture content script).
 *
 * Listeners are added synchronously when the background starts, with a broad filter, so that
 * an MV3 service worker woken by one of these events gets it; what they report waits until the
 * session context is read. Then the filter narrows to the session's reference origins, and
 * without a running session every listener is removed (nothing wakes the worker). The context
 * is read again whenever the session service reports a session change (in process) or the
 * settings change (written by the options page, another runtime).
 */
import type { browser as browserApi } from 'wxt/browser';
import { loadSettings } from '../../settings/store.ts';
import type { Db } from '../../storage/db.ts';
import type { SessionService } from '../session-service.ts';
import type { RequestBodyDetails } from './body.ts';
import { readRunningSession, sameContext } from './context.ts';
import { createEmitter } from './emitter.ts';
import { NetworkResponseMessage } from './messages.ts';
import { matchPatternsFor } from './origins.ts';
import type { HeaderLike } from './request.ts';
import { originOf } from './request.ts';
import { createTracker, type TrackerContext } from './tracker.ts';

type Browser = typeof browserApi;

export interface NetworkDeps {
  db: Promise<Db>;
  /** The session service: its `append` is the one write path (dedup, chain). */
  service: Promise<Pick<SessionService, 'append' | 'onSessionChange'>>;
  newId: () => string;
  now: () => number;
}

/** Until the context is read: every http(s) URL the extension has host permission for. */
const BOOT_PATTERNS = ['http://*/*', 'https://*/*'];
/** `beacon` is Firefox's name for what Chromium calls `ping`; an unknown type is an error. */
const REQUEST_TYPES = import.meta.env.FIREFOX
  ? ['main_frame', 'sub_frame', 'xmlhttprequest', 'ping', 'beacon', 'other']
  : ['main_frame', 'sub_frame', 'xmlhttprequest', 'ping', 'other'];
const CANDIDATE_TABS_KEY = 'networkCandidateTabs';
const XHR = ['xmlhttprequest'];
const NOT_XHR = REQUEST_TYPES.filter((type) => type !== 'xmlhttprequest');

interface RequestDetails {
  requestId: string;
  url: string;
  method: string;
  tabId: number;
  frameId?: number;
  type: string;
  timeStamp: number;
  initiator?: string;
  documentUrl?: string;
  originUrl?: string;
  requestBody?: RequestBodyDetails | null;
  requestHeaders?: HeaderLike[];
  responseHeaders?: HeaderLike[];
  statusCode?: number;
  error?: string;
}
interface NavigationDetails {
  tabId: number;
  frameId: number;
  url: string;
  timeStamp: number;
}
interface Listenable<A extends unknown[]> {
  addListener(callback: (...args: A) => void, ...rest: unknown[]): void;
  removeListener(callback: (...args: A) => void): void;
}
interface RequestFilter {
  urls: string[];
  types: readonly string[];
}
interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const startNetwork = (browser: Browser, deps: NetworkDeps) => {
  const timer = (run: () => void, ms: number): unknown => setTimeout(run, ms);
  const emitter = createEmitter({
    send: async (events) => (await deps.service).append(events),
    setTimer: timer,
  });
  const sessionArea = (browser.storage as unknown as { session?: StorageAreaLike }).session;
  const tracker = createTracker({
    emit: (event) => emitter.push(event),
    newId: deps.newId,
    now: deps.now,
    setTimer: timer,
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onCandidateTabs: (sessionId, tabs) => {
      // Survives a service-worker restart (memory does not); gone with the browser session.
      void sessionArea?.set({ [CANDIDATE_TABS_KEY]: { sessionId, tabs } }).catch(() => undefined);
    },
  });

  let ready = false;
  const backlog: (() => void)[] = [];
  /** Never lets an error out of a listener, and holds events until the context is known. */
  const guarded =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A): void => {
      const run = () => {
        try {
          handler(...args);
        } catch (error) {
          console.warn('[Témoin] network capture:', error);
        }
      };
      if (ready) run();
      else if (backlog.length < 2000) backlog.push(run);
    };

  const onBeforeRequest = guarded((d: RequestDetails) =>
    tracker.requestStarted({
      requestId: d.requestId,
      url: d.url,
      method: d.method,
      tabId: d.tabId,
      frameId: d.frameId,
      type: d.type,
      timeStamp: d.timeStamp,
      initiator: d.initiator,
      documentUrl: d.documentUrl,
      originUrl: d.originUrl,
      requestBody: d.requestBody,
    }),
  );
  const onBeforeSendHeaders = guarded((d: RequestDetails) =>
    tracker.requestHeaders(d.requestId, d.requestHeaders),
  );
  const onBeforeRedirect = guarded((d: RequestDetails) =>
    tracker.requestEnded({ requestId: d.requestId, statusCode: d.statusCode, redirected: true }),
  );
  const onCompleted = guarded((d: RequestDetails) =>
    tracker.requestEnded({
      requestId: d.requestId,
      statusCode: d.statusCode,
      responseHeaders: d.responseHeaders,
    }),
  );
  const onCompletedBare = guarded((d: RequestDetails) =>
    tracker.requestEnded({ requestId: d.requestId, statusCode: d.statusCode }),
  );
  const onErrorOccurred = guarded((d: RequestDetails) =>
    tracker.requestEnded({ requestId: d.requestId, error: d.error ?? 'error' }),
  );
  const onCommitted = guarded((d: NavigationDetails) => {
    tracker.navigationCommitted(d);
    if (d.frameId === 0) tracker.pageReplaced(d.tabId);
  });
  const onHistoryStateUpdated = guarded((d: NavigationDetails) => tracker.navigationCommitted(d));
  const onCreatedNavigationTarget = guarded((d: { sourceTabId: number; tabId: number }) =>
    tracker.navigationTargetCreated(d.sourceTabId, d.tabId),
  );
  const onTabRemoved = guarded((tabId: number) => tracker.tabRemoved(tabId));

  const webRequest = browser.webRequest as unknown as Record<string, Listenable<[RequestDetails]>>;
  const webNavigation = (browser as unknown as { webNavigation?: Record<string, Listenable<never[]>> })
    .webNavigation;
  const tabs = browser.tabs as unknown as { onRemoved: Listenable<[number]> };

  /**
   * Every event the capture listens to: the event (absent where the browser lacks it), our
   * listener, and for requests the filter and what each listener asks to see. One list, so
   * that detaching removes exactly what attaching added.
   */
  const subscriptions = (filter?: RequestFilter) =>
    [
      [webRequest.onBeforeRequest, onBeforeRequest, filter, ['requestBody']],
      // `X-HTTP-Method-Override` is an ordinary header: Chromium shows it without `extraHeaders`
      // (which would route every matching request through a slower path). Only a script's
      // request (fetch, XHR) can set it: navigations, forms and beacons are not told of their
      // headers, and each notification is a copy of the whole list in the worker.
      [webRequest.onBeforeSendHeaders, onBeforeSendHeaders, only(filter, XHR), ['requestHeaders']],
      [webRequest.onBeforeRedirect, onBeforeRedirect, filter],
      // Response headers serve one purpose: whether a script's request waits for the page's copy
      // of its JSON response (tracker.ts); other requests end without them.
      [webRequest.onCompleted, onCompleted, only(filter, XHR), ['responseHeaders']],
      [webRequest.onCompleted, onCompletedBare, only(filter, NOT_XHR)],
      [webRequest.onErrorOccurred, onErrorOccurred, filter],
      [webNavigation?.onCommitted, onCommitted],
      [webNavigation?.onHistoryStateUpdated, onHistoryStateUpdated],
      [webNavigation?.onCreatedNavigationTarget, onCreatedNavigationTarget],
      [tabs.onRemoved, onTabRemoved],
    ] as [Listenable<never[]> | undefined, (...args: never[]) => void, ...unknown[]][];

  /** `filter` narrowed to some of its request types (absent when detaching: listeners only). */
  const only = (filter: RequestFilter | undefined, types: readonly string[]) =>
    filter && { ...filter, types };

  let attached: string | null = null;
  const detach = () => {
    for (const [event, listener] of subscriptions()) event?.removeListener(listener);
  };
  /** Listens to requests matching `patterns` (null: not at all). */
  const attach = (patterns: string[] | null) => {
    const key = patterns ? patterns.join(' ') : '';
    if (key === attached) return;
    if (attached !== null) detach();
    attached = key;
    if (!patterns || patterns.length === 0) return;
    const filter = { urls: patterns, types: REQUEST_TYPES };
    for (const [event, listener, ...options] of subscriptions(filter))
      event?.addListener(listener, ...options);
  };

  let context: TrackerContext | null = null;
  let allowedOrigins: string[] | null = null;

  const restoreCandidateTabs = async (next: TrackerContext) => {
    const stored = (await sessionArea?.get(CANDIDATE_TABS_KEY).catch(() => undefined))?.[
      CANDIDATE_TABS_KEY
    ] as { sessionId?: unknown; tabs?: unknown } | undefined;
    if (stored?.sessionId === next.sessionId && Array.isArray(stored.tabs))
      tracker.addCandidateTabs(
        next.sessionId,
        stored.tabs.filter((tab): tab is number => typeof tab === 'number'),
      );
    // Tabs already showing the reference site when the session starts are the candidate's.
    const open = await browser.tabs.query({ url: matchPatternsFor(next.referenceOrigins) }).catch(() => []);
    tracker.addCandidateTabs(
      next.sessionId,
      open
        .filter((tab) => tab.id !== undefined && next.referenceOrigins.includes(originOf(tab.url) ?? ''))
        .map((tab) => tab.id!),
    );
  };

  let refreshing = false;
  let again = false;
  const refresh = async (): Promise<void> => {
    if (refreshing) {
      again = true;
      return;
    }
    refreshing = true;
    try {
      do {
        again = false;
        const running = await readRunningSession(await deps.db);
        if (running && !running.allowedOrigins && allowedOrigins === null)
          allowedOrigins = (await loadSettings()).allowedOrigins;
        const next: TrackerContext | null = running
          ? {
              sessionId: running.sessionId,
              referenceOrigins: running.referenceOrigins,
              allowedOrigins: running.allowedOrigins ?? allowedOrigins ?? [],
            }
          : null;
        if (!sameContext(context, next)) {
          const newSession = next?.sessionId !== context?.sessionId;
          context = next;
          tracker.setContext(next);
          if (next && newSession) await restoreCandidateTabs(next);
        }
        attach(next ? matchPatternsFor(next.referenceOrigins) : null);
      } while (again);
    } catch (error) {
      console.warn('[Témoin] network capture: cannot read the session', error);
    } finally {
      refreshing = false;
      if (!ready) {
        ready = true;
        for (const run of backlog.splice(0)) run();
      }
    }
  };

  attach(BOOT_PATTERNS);
  browser.storage.onChanged.addListener((changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    if (!('settings' in changes)) return;
    allowedOrigins = null;
    void refresh();
  });
  void deps.service.then((service) => service.onSessionChange(() => void refresh()));
  void refresh();

  return {
    /** A `network.response` message from the capture content script (the hook's isolated side). */
    handleMessage(message: unknown, sender: { tab?: { id?: number } }): Promise<{ ok: boolean }> {
      const parsed = NetworkResponseMessage.safeParse(message);
      const tabId = sender.tab?.id;
      if (!parsed.success || tabId === undefined) return Promise.resolve({ ok: false });
      guarded(() => tracker.hookResponse(tabId, parsed.data.response))();
      return Promise.resolve({ ok: true });
    },
    refresh,
    /** Before the session ends: requests already made are written, not left waiting. */
    async flush() {
      guarded(() => tracker.flushAwaiting())();
      await emitter.flush();
    },
    stats: () => ({ ...tracker.stats(), emitter: emitter.stats(), attached }),
  };
};

export type NetworkObserver = ReturnType<typeof startNetwork>;
