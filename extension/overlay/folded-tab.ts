/**
 * The folded overlay — the tab « Ouvrir Témoin » with the time left — in plain DOM, without
 * Preact and without the subject. A candidate keeps the overlay folded on most page loads, and
 * on the real block editor mounting the Preact overlay for that tab was most of the subject
 * UI's cost in the page (issue 19). It shows the tab's view (`session.tab`: the clock, not the
 * subject). The full overlay (overlay-app.tsx, a script of its own: full-overlay.ts) is loaded
 * with the full view and mounted in its place the first time it is unfolded: tab clicked,
 * shortcut, or unfolded in another tab.
 *
 * It renders what the folded Preact overlay renders — the same classes, `data-testid`s and
 * attributes, on the host too (`data-session`, `data-phase`, `data-collapsed`) — so the
 * stylesheet, the automation hooks and the accessibility are the same.
 */
import { browser } from 'wxt/browser';
import type { Locale } from '../i18n/messages.ts';
import { TAB_MESSAGES } from '../i18n/tab-messages.ts';
import { SESSION_SIGNAL_KEY } from '../messaging/client.ts';
import type { TabView } from '../messaging/protocol.ts';
import { clockAt, NO_TIMING } from '../session/clock.ts';
import { type CommandChannel, TOGGLE_SHORTCUT } from './commands.ts';
import { guard, report } from './guard.ts';
import { type OverlayPrefs, PREFS_KEY, parsePrefs } from './layout.ts';
import { fetchTab, type InitialView, REFRESH_MS } from './session-view.ts';
import { nextTickDelay } from './tick.ts';

/** How the full overlay takes over: asked here (announce it, move the focus) or from another tab. */
export interface Unfold {
  /** The prefs to mount with: still folded when unfolded here (the overlay unfolds and saves them). */
  prefs: OverlayPrefs;
  /** The full view, loaded with the overlay. */
  view: InitialView;
  /** The candidate unfolded it here: record `overlay.toggled` and focus the panel. */
  here: { trusted: boolean } | null;
}

export interface FoldedTabOptions {
  locale: Locale;
  prefs: OverlayPrefs;
  /** The tab's view (`session.tab`): the clock, not the subject. */
  view: InitialView<TabView>;
  commands: CommandChannel;
  /**
   * Whether the session's change signal changed since `view` was read (a listener the content
   * script set before reading it): then the tab reloads its view once mounted.
   */
  signalChanged(): boolean;
  /**
   * Loads the full overlay (overlay/full-overlay.ts) and the full view; the tab stays, and
   * answers, until both have loaded. A failure leaves the tab in place: the next unfold tries again.
   */
  load(): Promise<InitialView>;
  /** Called once, after the overlay has loaded and the tab has stopped; the caller mounts it. */
  onUnfold(unfold: Unfold): void;
}

const sessionStateOf = (state: InitialView<TabView>['state']) =>
  state.status === 'unavailable' ? 'unavailable' : state.view ? state.view.status : 'none';

/**
 * Sets an attribute only when its value changes: the clock repaints every second, and each
 * `setAttribute`, even to the same value, is a mutation record for every observer of the page
 * (the site's and the capture's).
 */
const setIfChanged = (element: Element, name: string, value: string) => {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
};

/** Mounts the folded tab in `root` (inside the host's shadow root); returns its stop. */
export const mountFoldedTab = (root: HTMLElement, options: FoldedTabOptions): (() => void) => {
  const { locale, commands } = options;
  const m = TAB_MESSAGES[locale];
  const host = (root.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
  let prefs = options.prefs;
  let view = options.view;
  let stopped = false;
  let tick: ReturnType<typeof setTimeout> | undefined;

  const wrapper = document.createElement('div');
  wrapper.className = 'overlay';
  wrapper.dataset.testid = 'overlay';
  wrapper.dataset.collapsed = 'true';
  wrapper.lang = locale;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tab';
  button.dataset.testid = 'overlay-expand';
  button.setAttribute('aria-keyshortcuts', TOGGLE_SHORTCUT);
  const label = document.createElement('span');
  label.textContent = m.expand;
  button.append(label);
  const clock = document.createElement('span');
  clock.className = 'tab-clock';
  clock.dataset.testid = 'tab-timer';
  // The clock's one text node, whose data changes each second (not a new node each time).
  const clockText = document.createTextNode('');
  clock.append(clockText);
  // The panel, hidden and empty, as the folded overlay has it (its content comes with Preact).
  const panel = document.createElement('aside');
  panel.className = 'panel';
  panel.hidden = true;
  panel.dataset.testid = 'overlay-panel';
  panel.setAttribute('aria-label', m.overlayTitle);
  wrapper.append(button, panel);
  root.append(wrapper);

  /**
   * The next look at the clock, just after the displayed second changes: one timer, none while
   * the page is hidden (the tab is repainted when it is shown again) or the side panel carries
   * the subject.
   */
  const scheduleTick = (remainingMs: number) => {
    if (commands.sidePanelOpen() || document.visibilityState === 'hidden') return;
    const delay = nextTickDelay(remainingMs, true);
    if (delay !== null) tick = setTimeout(onTick, delay);
  };
  /** Each second: the clock's text only, unless its phase changed (then the whole paint). */
  const onTick = guard(() => {
    tick = undefined;
    const session = view.state.view;
    if (session?.status !== 'running') return paint();
    const shown = clockAt(
      Date.now(),
      session.startedAt,
      session.durationMinutes,
      session.timing ?? NO_TIMING,
    );
    if (shown.phase !== clock.getAttribute('data-phase')) return paint();
    if (clockText.data !== shown.display) clockText.data = shown.display;
    scheduleTick(shown.remainingMs);
  });
  /** The clock and the state attributes, from the view and the wall clock; schedules the next look. */
  const paint = () => {
    clearTimeout(tick);
    tick = undefined;
    const session = view.state.view;
    const running = session?.status === 'running';
    const state = sessionStateOf(view.state);
    setIfChanged(wrapper, 'data-dock', prefs.dock);
    setIfChanged(wrapper, 'data-session', state);
    if (panel.classList.contains('compact') === running) panel.classList.toggle('compact', !running);
    const now = Date.now();
    const shown = running
      ? clockAt(now, session.startedAt, session.durationMinutes, session.timing ?? NO_TIMING)
      : null;
    if (shown) {
      if (clockText.data !== shown.display) clockText.data = shown.display;
      setIfChanged(clock, 'data-phase', shown.phase);
      if (clock.parentNode !== button) button.append(clock);
      // While the side panel carries the subject, the overlay is hidden and stands still.
      scheduleTick(shown.remainingMs);
    } else clock.remove();
    if (host) {
      setIfChanged(host, 'data-session', state);
      setIfChanged(host, 'data-phase', shown?.phase ?? 'none');
      setIfChanged(host, 'data-collapsed', 'true');
    }
  };

  // The session view, reloaded when the background signals a change (as useSessionView does:
  // one request at a time, at most one per REFRESH_MS, the last change always picked up).
  let inFlight = false;
  let wanted = false;
  let lastStart = 0;
  let reload: ReturnType<typeof setTimeout> | undefined;
  const load = async () => {
    inFlight = true;
    wanted = false;
    lastStart = Date.now();
    // The listener below sees every change from now on: the signal need not be read again.
    const { state } = await fetchTab();
    inFlight = false;
    if (stopped) return;
    view = { state, signal: view.signal };
    paint();
    if (wanted) schedule();
  };
  const schedule = () => {
    wanted = true;
    if (inFlight || reload) return;
    reload = setTimeout(
      () => {
        reload = undefined;
        void load();
      },
      Math.max(0, lastStart + REFRESH_MS - Date.now()),
    );
  };

  let loading = false;
  const unfold = (here: Unfold['here'], next: OverlayPrefs) => {
    if (stopped || loading) return;
    loading = true;
    options.load().then(
      (full) => {
        loading = false;
        if (stopped) return;
        stop();
        options.onUnfold({ prefs: next, view: full, here });
      },
      (error: unknown) => {
        loading = false;
        report(error);
        // What the panel would have said: the candidate calls the examiner.
        label.textContent = m.overlayLoadError;
      },
    );
  };

  const onChanged = guard((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    if (SESSION_SIGNAL_KEY in changes) schedule();
    if (PREFS_KEY in changes) {
      const next = parsePrefs(changes[PREFS_KEY]?.newValue);
      // Unfolded in another tab: unfolded here too, without recording it twice.
      if (!next.collapsed) return unfold(null, next);
      prefs = next;
      paint();
    }
  });
  browser.storage.onChanged.addListener(onChanged);
  // A change between the first read and this listener would otherwise go unnoticed.
  if (options.signalChanged()) schedule();
  // Hidden, the clock stands still (no timer); shown again, it is repainted at once.
  const onVisibility = guard(() => {
    if (document.visibilityState !== 'hidden' && !tick) paint();
  });
  document.addEventListener('visibilitychange', onVisibility);

  const unsubscribe = commands.subscribe((command) => {
    if (command.type === 'toggle') unfold({ trusted: command.trusted }, prefs);
    else if (command.type === 'sidepanel') paint();
  });
  button.addEventListener(
    'click',
    guard((event: MouseEvent) => unfold({ trusted: event.isTrusted }, prefs)),
  );

  function stop() {
    stopped = true;
    clearTimeout(tick);
    clearTimeout(reload);
    unsubscribe();
    document.removeEventListener('visibilitychange', onVisibility);
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      // Context already invalidated.
    }
    wrapper.remove();
  }

  paint();
  // Unfolded (in another tab, or at load) while the overlay was not here yet: it takes over now.
  if (!prefs.collapsed) unfold(null, prefs);
  return stop;
};
