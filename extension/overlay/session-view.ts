/**
 * The session view (`session.view`) without Preact: read by the folded tab (folded-tab.ts), which
 * the content script evaluates on every page, and by `useSessionView` (use-session-view.ts).
 */
import { browser } from 'wxt/browser';
import { ask, SESSION_SIGNAL_KEY } from '../messaging/client.ts';
import type { SessionView, TabView } from '../messaging/protocol.ts';

/** The full view (`session.view`), or the folded tab's (`session.tab`, `TabView`). */
export type SessionViewState<V extends TabView = SessionView> =
  | { status: 'ready'; view: V | null }
  /** The background did not answer (the extension was reloaded under this page, for instance). */
  | { status: 'unavailable'; view: null };

export interface InitialView<V extends TabView = SessionView> {
  state: SessionViewState<V>;
  /** The change signal as it was just before the view was read. */
  signal: string;
}

export const REFRESH_MS = 1000;

/** The change signal as compared (`storage.local[SESSION_SIGNAL_KEY]`, as read). */
export const signalOf = (stored: unknown): string => JSON.stringify(stored ?? null);

export const readSignal = async (): Promise<string> =>
  signalOf((await browser.storage.local.get(SESSION_SIGNAL_KEY))[SESSION_SIGNAL_KEY]);

export const fetchView = async (): Promise<SessionViewState> => {
  try {
    const response = await ask({ type: 'session.view' });
    return response.ok ? { status: 'ready', view: response.view } : { status: 'unavailable', view: null };
  } catch {
    return { status: 'unavailable', view: null };
  }
};

/**
 * The folded tab's view and the running session's reference origins (null when none runs, or
 * when the background does not answer), in one request.
 */
export const fetchTab = async (): Promise<{
  state: SessionViewState<TabView>;
  referenceOrigins: string[] | null;
}> => {
  try {
    const response = await ask({ type: 'session.tab' });
    if (response.ok)
      return { state: { status: 'ready', view: response.view }, referenceOrigins: response.referenceOrigins };
  } catch {
    // The background does not answer (extension reloaded under this page): the tab says so.
  }
  return { state: { status: 'unavailable', view: null }, referenceOrigins: null };
};

export const loadSessionView = async (): Promise<InitialView> => {
  const signal = await readSignal().catch(() => '');
  return { state: await fetchView(), signal };
};
