/**
 * The network side of the capture, without browser APIs: it is fed what webRequest,
 * webNavigation and the main-world hook report, and emits `net.request` and
 * `integrity.warning` events.
 *
 * A request becomes one `net.request` when it ends (response headers, redirect or error). For
 * fetch/XHR calls whose response is JSON, the event waits a moment for the main-world hook's
 * copy of that response and carries it in `response`: the two are matched by tab, method and
 * URL, first in first out, whichever arrives first. Without a match in time, the event goes
 * without `response`, and a response without a request is dropped.
 */

import type { HookResponse } from '../../capture/network/hook-message.ts';
import {
  type DecodedBody,
  decodeRequestBody,
  decodeResponse,
  decodeText,
  type RequestBodyDetails,
} from './body.ts';
import { classifyNavigation } from './origins.ts';
import {
  clip,
  effectiveMethod,
  type HeaderLike,
  headerValue,
  isJsonContentType,
  isObserved,
  LIMITS,
  maskQuery,
  originOf,
  overrideFromHeaders,
  type RequestFacts,
  STATE_CHANGING,
  splitUrl,
  withoutFragment,
} from './request.ts';

/** How long a finished JSON fetch/XHR waits for the hook's copy of its response. */
export const RESPONSE_WAIT_MS = 2000;
/**
 * What is left of that wait once the tab's page has been replaced (a cross-document navigation
 * committed in its top frame): the page that would send the copy is gone, so only a message
 * already on its way can still come. Without it the request's event would sit the whole
 * `RESPONSE_WAIT_MS` before being written (the checkout's p99 of ~2 s, issue 19).
 */
export const LEFT_PAGE_WAIT_MS = 300;
/** How long a response from the hook waits for its request to finish. */
export const ORPHAN_WAIT_MS = 5000;
/** Requests still open after this long are recorded without a status. */
export const STALE_REQUEST_MS = 5 * 60_000;
const MAX_OPEN = 300;
const MAX_ORPHANS = 100;

export interface TrackerContext {
  sessionId: string;
  referenceOrigins: readonly string[];
  allowedOrigins: readonly string[];
}

export interface NetRequestData {
  method: string;
  path: string;
  query: Record<string, string>;
  status?: number;
  body?: Record<string, unknown>;
  /** The main-world hook's copy of the response: page-reported. */
  response?: unknown;
  bodyFromPage?: true;
  truncated?: boolean;
}

export interface TrackedEvent {
  id: string;
  kind: 'net.request' | 'integrity.warning';
  time: number;
  url: string;
  trusted: true;
  data: NetRequestData | { code: 'left-origin'; detail: string };
}

export interface RequestStart extends RequestFacts {
  requestId: string;
  /** 0 for the top frame. */
  frameId?: number | undefined;
  timeStamp: number;
  requestBody?: RequestBodyDetails | null | undefined;
}

export interface RequestEnd {
  requestId: string;
  statusCode?: number | undefined;
  responseHeaders?: readonly HeaderLike[] | undefined;
  /** Set for onErrorOccurred. */
  error?: string | undefined;
  /** Set for onBeforeRedirect: the request is over for us (its follow-up is a new GET). */
  redirected?: boolean | undefined;
}

export interface TrackerDeps {
  emit: (event: TrackedEvent) => void;
  newId: () => string;
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  /** Tabs that showed the reference site during the session changed (to persist them). */
  onCandidateTabs?: (sessionId: string, tabs: number[]) => void;
}

interface OpenRequest {
  requestId: string;
  tabId: number;
  method: string;
  url: string;
  type: string;
  time: number;
  pageUrl: string;
  decoded: DecodedBody;
  headerOverride?: string | undefined;
  /** How many times the tab's page had been replaced when the request started. */
  pages: number;
}

interface Awaiting {
  tabId: number;
  /** Already on the short wait of a page that is gone. */
  cut?: true;
  data: NetRequestData;
  event: Omit<TrackedEvent, 'data'>;
  timer: unknown;
}

interface Orphan {
  response: HookResponse;
  timer: unknown;
}

const keyOf = (tabId: number, method: string, url: string) => `${tabId} ${method} ${withoutFragment(url)}`;

export const createTracker = (deps: TrackerDeps) => {
  let context: TrackerContext | null = null;
  let references = new Set<string>();
  const open = new Map<string, OpenRequest>();
  const awaiting = new Map<string, Awaiting[]>();
  const orphans = new Map<string, Orphan[]>();
  /** Per tab, how many times its page was replaced (top-frame commits): see `pageReplaced`. */
  const replaced = new Map<number, number>();
  /** Tabs that showed a reference page during the session: leaving from them is recorded. */
  const candidateTabs = new Set<number>();
  /** Last foreign origin recorded per tab, so that browsing one other site is one warning. */
  const foreignOf = new Map<number, string>();
  /** Last reference page per tab: the `url` of that tab's request events. */
  const pageOf = new Map<number, string>();

  const candidatesChanged = () => {
    if (context)
      deps.onCandidateTabs?.(
        context.sessionId,
        [...candidateTabs].sort((a, b) => a - b),
      );
  };

  const send = (event: Omit<TrackedEvent, 'data'>, data: TrackedEvent['data']) => {
    deps.emit({ ...event, data } as TrackedEvent);
  };

  const describe = (request: OpenRequest, end: RequestEnd | null): NetRequestData | null => {
    const split = splitUrl(request.url);
    if (!split) return null;
    const method = effectiveMethod(request.method, {
      header: request.headerOverride,
      query: split.rawQuery._method,
      field: request.decoded.methodField,
    });
    if (!STATE_CHANGING.has(method)) return null;
    const status = end?.error ? undefined : end?.statusCode;
    return {
      method: clip(method, LIMITS.method),
      path: split.path,
      query: maskQuery(split.rawQuery),
      ...(typeof status === 'number' && Number.isInteger(status) ? { status } : {}),
      ...(request.decoded.body ? { body: request.decoded.body } : {}),
      ...(request.decoded.truncated ? { truncated: true } : {}),
    };
  };

  const envelope = (request: OpenRequest): Omit<TrackedEvent, 'data'> => ({
    id: deps.newId(),
    kind: 'net.request',
    time: request.time,
    url: request.pageUrl,
    trusted: true,
  });

  const merge = (data: NetRequestData, response: HookResponse): NetRequestData => {
    const decoded = decodeResponse(response.text, response.truncated);
    // The browser gave no body (Chromium: PATCH, DELETE): take the page's own, masked the same way.
    const sent =
      data.body === undefined && response.requestText !== undefined
        ? decodeText(response.requestText, response.requestText.length)
        : {};
    return {
      ...data,
      // Marked, so that what is derived from it stays page-reported (semantic/page-reported.ts).
      ...(sent.body ? { body: sent.body, bodyFromPage: true as const } : {}),
      ...('response' in decoded ? { response: decoded.response } : {}),
      ...(decoded.truncated || data.truncated ? { truncated: true } : {}),
    };
  };

  const takeFirst = <T>(map: Map<string, T[]>, key: string): T | undefined => {
    const list = map.get(key);
    const first = list?.shift();
    if (list && list.length === 0) map.delete(key);
    return first;
  };
  /** Removes `item` from the list at `key` if it is still there (its wait ran out); true if it was. */
  const takeItem = <T>(map: Map<string, T[]>, key: string, item: T): boolean => {
    const list = map.get(key);
    const index = list?.indexOf(item) ?? -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    if (list.length === 0) map.delete(key);
    return true;
  };

  const finish = (requestId: string, end: RequestEnd | null) => {
    const request = open.get(requestId);
    if (!request) return;
    open.delete(requestId);
    const data = describe(request, end);
    if (!data) return;
    const event = envelope(request);
    const contentType = headerValue(end?.responseHeaders, 'content-type');
    const mayHaveHookResponse =
      request.type === 'xmlhttprequest' &&
      !end?.error &&
      !end?.redirected &&
      (end?.responseHeaders === undefined || isJsonContentType(contentType));
    if (!mayHaveHookResponse) return send(event, data);
    const key = keyOf(request.tabId, request.method, request.url);
    const orphan = takeFirst(orphans, key);
    if (orphan) {
      deps.clearTimer(orphan.timer);
      return send(event, merge(data, orphan.response));
    }
    // A request that outlived its page (a `keepalive` save as the page is left) has no page left
    // to send the copy: only the short wait.
    const left = (replaced.get(request.tabId) ?? 0) !== request.pages;
    const entry: Awaiting = {
      tabId: request.tabId,
      ...(left ? { cut: true as const } : {}),
      data,
      event,
      timer: deps.setTimer(
        () => {
          if (takeItem(awaiting, key, entry)) send(event, data);
        },
        left ? LEFT_PAGE_WAIT_MS : RESPONSE_WAIT_MS,
      ),
    };
    const list = awaiting.get(key) ?? [];
    list.push(entry);
    awaiting.set(key, list);
  };

  const sweep = () => {
    const limit = deps.now() - STALE_REQUEST_MS;
    for (const request of [...open.values()])
      if (request.time < limit || open.size > MAX_OPEN) finish(request.requestId, null);
  };

  return {
    /**
     * Emits every request still waiting for the hook's copy of its response, without it: the
     * session is about to end, and a request made before the end belongs to the evidence.
     */
    flushAwaiting() {
      for (const [key, list] of [...awaiting]) {
        awaiting.delete(key);
        for (const entry of list) {
          deps.clearTimer(entry.timer);
          send(entry.event, entry.data);
        }
      }
    },
    /** The running session's origins, or null when no session runs (everything is ignored). */
    setContext(next: TrackerContext | null) {
      const changedSession = next?.sessionId !== context?.sessionId;
      context = next;
      references = new Set(next?.referenceOrigins ?? []);
      if (changedSession) {
        candidateTabs.clear();
        foreignOf.clear();
      }
      if (!next) {
        open.clear();
        for (const list of orphans.values()) for (const orphan of list) deps.clearTimer(orphan.timer);
        orphans.clear();
      }
    },

    /** Restores (or seeds) the tabs that showed the reference site during this session. */
    addCandidateTabs(sessionId: string, tabs: readonly number[]) {
      if (context?.sessionId !== sessionId) return;
      const before = candidateTabs.size;
      for (const tab of tabs) candidateTabs.add(tab);
      if (candidateTabs.size !== before) candidatesChanged();
    },

    requestStarted(start: RequestStart) {
      if (!context || !isObserved(start, references)) return;
      sweep();
      // The page the request came from. Firefox names it: the submitting page of a navigation
      // (originUrl), the document of a fetch (documentUrl) — webNavigation may already have
      // moved on. Chromium gives only an origin: the tab's last reference page, else the path.
      // A fetch from the top frame takes the tab's page, which follows history.pushState (Firefox's
      // documentUrl keeps the URL the document loaded with).
      const isNavigation = start.type === 'main_frame' || start.type === 'sub_frame';
      const named = isNavigation ? start.originUrl : (start.documentUrl ?? start.originUrl);
      const tabPage = !isNavigation && start.frameId === 0 ? pageOf.get(start.tabId) : undefined;
      const pageUrl =
        tabPage ??
        (named && references.has(originOf(named) ?? '') ? named : undefined) ??
        pageOf.get(start.tabId) ??
        withoutFragment(start.url).split('?')[0]!;
      open.set(start.requestId, {
        requestId: start.requestId,
        tabId: start.tabId,
        method: start.method.toUpperCase(),
        url: start.url,
        type: start.type,
        time: Math.max(0, Math.round(start.timeStamp)),
        pageUrl: clip(pageUrl, LIMITS.url),
        decoded: decodeRequestBody(start.requestBody),
        pages: replaced.get(start.tabId) ?? 0,
      });
    },

    requestHeaders(requestId: string, headers: readonly HeaderLike[] | undefined) {
      const request = open.get(requestId);
      if (request) request.headerOverride = overrideFromHeaders(headers);
    },

    requestEnded(end: RequestEnd) {
      finish(end.requestId, end);
    },

    /** A response read by the main-world hook in `tabId`. */
    hookResponse(tabId: number, response: HookResponse) {
      if (!context || !references.has(originOf(response.url) ?? '')) return;
      const key = keyOf(tabId, response.method, response.url);
      const waiting = takeFirst(awaiting, key);
      if (waiting) {
        deps.clearTimer(waiting.timer);
        return send(waiting.event, merge(waiting.data, response));
      }
      const list = orphans.get(key) ?? [];
      if (list.length >= MAX_ORPHANS) return;
      const orphan: Orphan = {
        response,
        timer: deps.setTimer(() => takeItem(orphans, key, orphan), ORPHAN_WAIT_MS),
      };
      list.push(orphan);
      orphans.set(key, list);
    },

    /**
     * The tab's page was replaced (webNavigation.onCommitted in its top frame; not a history
     * update, which keeps the document): its requests still waiting for the hook's copy of their
     * response wait only `LEFT_PAGE_WAIT_MS` more.
     */
    pageReplaced(tabId: number) {
      replaced.set(tabId, (replaced.get(tabId) ?? 0) + 1);
      for (const [key, list] of awaiting)
        for (const entry of list) {
          if (entry.tabId !== tabId || entry.cut) continue;
          entry.cut = true;
          deps.clearTimer(entry.timer);
          entry.timer = deps.setTimer(() => {
            if (takeItem(awaiting, key, entry)) send(entry.event, entry.data);
          }, LEFT_PAGE_WAIT_MS);
        }
    },

    /** A committed navigation (webNavigation.onCommitted). */
    navigationCommitted(nav: { tabId: number; frameId: number; url: string; timeStamp?: number }) {
      if (!context || nav.frameId !== 0 || nav.tabId < 0) return;
      const verdict = classifyNavigation(nav.url, context);
      if (verdict.kind === 'reference') {
        pageOf.set(nav.tabId, clip(nav.url, LIMITS.url));
        foreignOf.delete(nav.tabId);
        if (!candidateTabs.has(nav.tabId)) {
          candidateTabs.add(nav.tabId);
          candidatesChanged();
        }
        return;
      }
      if (verdict.kind === 'internal') return;
      pageOf.delete(nav.tabId);
      if (verdict.kind === 'allowed') {
        foreignOf.delete(nav.tabId);
        return;
      }
      if (!candidateTabs.has(nav.tabId) || foreignOf.get(nav.tabId) === verdict.origin) return;
      foreignOf.set(nav.tabId, verdict.origin);
      send(
        {
          id: deps.newId(),
          kind: 'integrity.warning',
          time: Math.max(0, Math.round(nav.timeStamp ?? deps.now())),
          url: clip(verdict.origin, LIMITS.url),
          trusted: true,
        },
        { code: 'left-origin', detail: clip(verdict.origin, 5000) },
      );
    },

    /** A tab opened from a candidate's tab (link with a target, window.open) is theirs too. */
    navigationTargetCreated(sourceTabId: number, tabId: number) {
      if (!context || !candidateTabs.has(sourceTabId) || candidateTabs.has(tabId)) return;
      candidateTabs.add(tabId);
      candidatesChanged();
    },

    tabRemoved(tabId: number) {
      pageOf.delete(tabId);
      replaced.delete(tabId);
      foreignOf.delete(tabId);
      if (candidateTabs.delete(tabId)) candidatesChanged();
    },

    /** For tests and diagnostics. */
    stats: () => ({
      open: open.size,
      awaiting: [...awaiting.values()].reduce((n, list) => n + list.length, 0),
      orphans: [...orphans.values()].reduce((n, list) => n + list.length, 0),
      candidateTabs: [...candidateTabs],
    }),
  };
};

export type NetworkTracker = ReturnType<typeof createTracker>;
