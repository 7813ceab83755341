/**
 * Whether the side panel is showing the subject, for the content scripts of the candidate's
 * tabs: the side panel page writes a heartbeat into `storage.local` while it is open and clears
 * it when it goes away. A stale heartbeat (the panel's process died) counts as closed, so the
 * in-page overlay comes back as the fallback.
 */
import { browser } from 'wxt/browser';

export const PRESENCE_KEY = 'sidePanelSeen';
export const HEARTBEAT_MS = 4_000;
/** Two missed heartbeats and a margin: the panel is gone. */
export const STALE_MS = 3 * HEARTBEAT_MS;

export const isFresh = (seen: unknown, now = Date.now()): boolean =>
  typeof seen === 'number' && seen > 0 && now - seen < STALE_MS;

/** Side panel page: keeps the heartbeat going until the page is hidden. */
export const announcePresence = (): (() => void) => {
  const beat = () => void browser.storage.local.set({ [PRESENCE_KEY]: Date.now() }).catch(() => undefined);
  beat();
  const timer = setInterval(beat, HEARTBEAT_MS);
  const gone = () => {
    clearInterval(timer);
    void browser.storage.local.set({ [PRESENCE_KEY]: 0 }).catch(() => undefined);
  };
  addEventListener('pagehide', gone, { once: true });
  return gone;
};

/**
 * Content scripts: calls `onChange(open)` now and whenever the side panel opens or closes. A
 * heartbeat arrives as a storage change; going stale is the one thing no event says, so a
 * timer is set for the moment the last heartbeat goes stale — only while the panel is open
 * (a page with the panel closed, as most are, keeps no timer: issue 19).
 */
export const watchPresence = (
  onChange: (open: boolean) => void,
  signal: AbortSignal,
  /** The heartbeat the caller already read (`storage.local[PRESENCE_KEY]`): not read a second time. */
  initial?: { seen: unknown },
): void => {
  let seen: unknown = initial?.seen ?? 0;
  let open: boolean | null = null;
  let stale: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    clearTimeout(stale);
    stale = undefined;
    const now = Date.now();
    const next = isFresh(seen, now);
    if (next) stale = setTimeout(update, (seen as number) + STALE_MS - now + 1);
    if (next !== open) {
      open = next;
      onChange(next);
    }
  };
  if (initial) update();
  else
    void browser.storage.local.get(PRESENCE_KEY).then((stored) => {
      seen = stored[PRESENCE_KEY];
      update();
    });
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(PRESENCE_KEY in changes)) return;
    seen = changes[PRESENCE_KEY]?.newValue;
    update();
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(listener);
    clearTimeout(stale);
  });
};

/** The examiner's window, read ahead of time: the click handler must not wait for it. */
let windowId: number | undefined;
export const rememberWindow = (): void => {
  void browser.windows
    .getCurrent()
    .then((window) => {
      windowId = window.id;
    })
    .catch(() => undefined);
};

/**
 * Opens the side panel from an examiner's click. The browser requires a user gesture, so this
 * is called synchronously in the click handler, before any await.
 */
export const openSidePanel = (): void => {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  try {
    if (api.sidebarAction) void api.sidebarAction.open().catch(() => undefined);
    else if (api.sidePanel && windowId !== undefined)
      void api.sidePanel.open({ windowId }).catch(() => undefined);
  } catch {
    // No side panel in this browser: the in-page overlay stays.
  }
};
