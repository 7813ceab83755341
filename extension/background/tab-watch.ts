/**
 * Watches every tab and window while a session runs (issue 13, item 9): a tab showing another
 * origin than the reference site's, a new window, or a private window is an
 * `integrity.warning` — with the origin only, never the path or the query. The candidate's own
 * tabs that leave the site are the network tracker's (`left-origin`); this covers the others:
 * a new tab, a bookmark, another window.
 *
 * A private window is seen only where the browser lets the extension run in private windows
 * (a centre policy can); otherwise it is out of reach (docs/adr/0013-threat-model.md).
 */
import type { ProposedEventInput } from './session/recorder.ts';

export interface WatchedSession {
  sessionId: string;
  referenceOrigins: readonly string[];
  /** Other origins the centre allows (its documentation, its webmail…). */
  allowedOrigins?: readonly string[];
}

export interface TabWatchDeps {
  append: (events: ProposedEventInput[]) => Promise<unknown>;
  newId: () => string;
  now: () => number;
  /** The extension's own origin (its pages are not « another site »). */
  extensionOrigin: string;
}

/** The origin of a web page URL; null for anything that is not http(s) (new tab, about:, files). */
export const webOrigin = (url: string | undefined): string | null => {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
};

export const createTabWatch = (deps: TabWatchDeps) => {
  let session: WatchedSession | null = null;
  /** Tab → origin already warned about, so a page's reloads or inner links say it once. */
  const warned = new Map<number, string>();
  /** Tabs that showed the reference site this session (the tracker follows those). */
  const candidateTabs = new Set<number>();

  const warn = (code: 'other-tab' | 'new-window' | 'private-window', detail: string, url: string) => {
    const time = deps.now();
    void deps
      .append([
        { id: deps.newId(), kind: 'integrity.warning', time, url, trusted: true, data: { code, detail } },
      ])
      .catch(() => undefined);
  };

  return {
    setSession(next: WatchedSession | null) {
      if (next?.sessionId !== session?.sessionId) {
        warned.clear();
        candidateTabs.clear();
      }
      session = next;
    },

    /** A tab's top document now shows `url` (committed navigation or a tab update). */
    tabShows(tabId: number, url: string | undefined, openerTabId?: number) {
      if (!session) return;
      const origin = webOrigin(url);
      if (!origin || origin === deps.extensionOrigin) return;
      if (session.referenceOrigins.includes(origin)) {
        candidateTabs.add(tabId);
        warned.delete(tabId);
        return;
      }
      if (session.allowedOrigins?.includes(origin)) return;
      // The candidate's tabs (and those they opened) leaving the site: the tracker says it.
      if (candidateTabs.has(tabId) || (openerTabId !== undefined && candidateTabs.has(openerTabId))) return;
      if (warned.get(tabId) === origin) return;
      warned.set(tabId, origin);
      warn('other-tab', `Onglet sur un autre site : ${origin}`, origin);
    },

    /** A tab opened from another (a link with a target, `window.open`): the candidate's if its opener is. */
    tabOpenedFrom(sourceTabId: number, tabId: number) {
      if (candidateTabs.has(sourceTabId)) candidateTabs.add(tabId);
    },

    tabClosed(tabId: number) {
      warned.delete(tabId);
      candidateTabs.delete(tabId);
    },

    /** A window was created (`incognito`: a private one). */
    windowOpened(window: { id?: number; incognito?: boolean; type?: string }) {
      if (!session) return;
      if (window.incognito)
        warn('private-window', 'Fenêtre de navigation privée ouverte pendant l’épreuve.', '');
      else if (window.type === undefined || window.type === 'normal' || window.type === 'popup')
        warn('new-window', `Nouvelle fenêtre ouverte pendant l’épreuve (${window.type ?? 'normal'}).`, '');
    },
  };
};

export type TabWatch = ReturnType<typeof createTabWatch>;

interface Listenable<A extends unknown[]> {
  addListener(listener: (...args: A) => void): void;
}

interface TabsApi {
  /** webNavigation gives every tab's URL with its own permission (tabs.onUpdated needs « tabs »). */
  webNavigation?: {
    onCommitted: Listenable<[{ tabId: number; frameId: number; url: string }]>;
    onCreatedNavigationTarget: Listenable<[{ sourceTabId: number; tabId: number }]>;
  };
  tabs: { onRemoved: Listenable<[number]> };
  windows?: { onCreated: Listenable<[{ id?: number; incognito?: boolean; type?: string }]> };
}

/** Wires the watch to the browser's navigation, tab and window events. */
export const attachTabWatch = (browser: TabsApi, watch: TabWatch): void => {
  browser.webNavigation?.onCommitted.addListener((nav) => {
    if (nav.frameId === 0) watch.tabShows(nav.tabId, nav.url);
  });
  browser.webNavigation?.onCreatedNavigationTarget.addListener((nav) =>
    watch.tabOpenedFrom(nav.sourceTabId, nav.tabId),
  );
  browser.tabs.onRemoved.addListener((tabId) => watch.tabClosed(tabId));
  browser.windows?.onCreated.addListener((window) => watch.windowOpened(window));
};
