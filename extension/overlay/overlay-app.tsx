/**
 * The candidate's overlay: subject, countdown, questions, annexes and notes, in a panel docked
 * to one side of the reference site. It collapses to a small tab (button, Escape, Alt+Shift+T),
 * docks left or right, and resizes; those layout choices persist in `storage.local.overlayPrefs`.
 *
 * Everything the candidate does here that matters for the assessment goes to the background
 * as a request (`task.setStatus`, `task.saveNote`, `overlay.toggled`, `overlay.activeQuestion`),
 * which records it as evidence; the overlay itself stores nothing but its layout.
 */
import type { TargetedKeyboardEvent } from 'preact';
import { useCallback, useEffect, useErrorBoundary, useId, useMemo, useRef, useState } from 'preact/hooks';
import { type Locale, t } from '../i18n/messages.ts';
import { ask } from '../messaging/client.ts';
import type { ClockState } from '../session/clock.ts';
import { type CommandChannel, TOGGLE_SHORTCUT } from './commands.ts';
import { guard, report } from './guard.ts';
import { type OverlayPrefs, otherSide } from './layout.ts';
import { Resizer } from './resizer.tsx';
import { SessionOrStatus, sessionStateOf } from './session-panel.tsx';
import { useClock } from './timer.tsx';
import { useLayout } from './use-layout.ts';
import { type InitialView, useSessionView } from './use-session-view.ts';

export interface OverlayAppProps {
  locale: Locale;
  initialPrefs: OverlayPrefs;
  /** The session view as the content script loaded it before mounting. */
  initialView: InitialView;
  /** Keyboard shortcut and page-lifecycle commands, forwarded by the content script. */
  commands: CommandChannel;
  /** Mounted by the candidate unfolding the folded tab (folded-tab.ts): unfold now, as a click would. */
  unfold?: { trusted: boolean };
}

type Focus = 'tab' | 'panel' | null;

/** Whether focus is inside `element` (which lives in a shadow root). */
const holdsFocus = (element: Element | null) => {
  const root = element?.getRootNode() as Document | ShadowRoot | undefined;
  const active = root?.activeElement;
  return !!element && !!active && element.contains(active);
};

/** The clock in the collapsed tab, so the time stays in sight while the panel is away. */
const TabClock = ({ clock }: { clock: ClockState }) => {
  return (
    <span class="tab-clock" data-phase={clock.phase} data-testid="tab-timer">
      {clock.display}
    </span>
  );
};

type Timed = Parameters<typeof useClock>[0] & object;

/** The tab's clock ticking on its own: each second re-renders this span, not the overlay. */
const LiveTabClock = ({ session }: { session: Timed }) => {
  const clock = useClock(session);
  return clock ? <TabClock clock={clock} /> : null;
};

/**
 * Mirrors a little state on `<temoin-overlay>` itself (`data-session`, `data-phase`,
 * `data-collapsed`): a stable hook for automation, and a change in the light DOM that
 * mutation-based waits (puppeteer's `waitForSelector`) notice.
 */
const useHostState = (anchor: { current: Element | null }, state: Record<string, string>) => {
  const key = JSON.stringify(state);
  useEffect(() => {
    const host = (anchor.current?.getRootNode() as ShadowRoot | undefined)?.host;
    if (!host) return;
    for (const [name, value] of Object.entries(state)) host.setAttribute(`data-${name}`, value);
  }, [key, anchor]);
};

/** `value` as it was when `hold` last was false: what a hidden part keeps showing. */
const useHeld = <T,>(value: T, hold: boolean): T => {
  const held = useRef(value);
  if (!hold) held.current = value;
  return held.current;
};

const Overlay = ({ locale, initialPrefs, initialView, commands, unfold }: OverlayAppProps) => {
  const m = t(locale);
  const idPrefix = `t${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const session = useSessionView(initialView);
  const { prefs, update } = useLayout(initialPrefs);
  const panel = useRef<HTMLElement>(null);
  const tab = useRef<HTMLButtonElement>(null);
  const collapseButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<Focus>(null);

  const view = session.view;
  const running = view?.status === 'running';
  // While the side panel carries the subject, the overlay is hidden (chip.css) and stands still:
  // no clock ticking, no re-render; it keeps the state it showed for the automation hooks.
  const [aside, setAside] = useState(() => commands.sidePanelOpen());
  useEffect(() => {
    setAside(commands.sidePanelOpen());
    return commands.subscribe((command) => {
      if (command.type === 'sidepanel') setAside(command.open);
    });
  }, [commands]);
  const folded = prefs.collapsed || aside;
  // Folded, the overlay itself re-renders only when the clock's phase changes; the tab's clock
  // ticks alone (LiveTabClock).
  const clock = useHeld(useClock(running && !aside ? view : null, { everySecond: !folded }), aside);
  const wrapper = useRef<HTMLDivElement>(null);
  const sessionState = sessionStateOf(session);
  useHostState(wrapper, {
    session: sessionState,
    phase: clock?.phase ?? 'none',
    collapsed: prefs.collapsed ? 'true' : 'false',
  });
  const live = useRef({ prefs, running });
  live.current = { prefs, running };

  const setCollapsed = useCallback(
    (collapsed: boolean, trusted: boolean, focus: Focus) => {
      if (live.current.prefs.collapsed === collapsed) return;
      // Whatever was typed is saved before the notes field disappears.
      if (collapsed) commands.emit({ type: 'flush' });
      focusNext.current = focus;
      update({ collapsed });
      if (live.current.running) ask({ type: 'overlay.toggled', visible: !collapsed, trusted }).catch(report);
    },
    [commands, update],
  );

  useEffect(
    () =>
      commands.subscribe((command) => {
        if (command.type !== 'toggle') return;
        const collapsing = !live.current.prefs.collapsed;
        // From the page, the shortcut brings the keyboard into the panel; leaving it, focus
        // goes to the tab only if it was in the panel (otherwise it stays where the page had it).
        const focus: Focus = collapsing ? (holdsFocus(panel.current) ? 'tab' : null) : 'panel';
        setCollapsed(collapsing, command.trusted, focus);
      }),
    [commands, setCollapsed],
  );

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target === 'tab') tab.current?.focus();
    else if (target === 'panel') collapseButton.current?.focus();
  });

  // Once, at mount: the unfold that the folded tab received (recorded and focused here). After
  // the focus effect: that one must see the panel shown, in the render this unfold causes.
  const unfoldAtMount = useRef(unfold);
  useEffect(() => {
    const asked = unfoldAtMount.current;
    unfoldAtMount.current = undefined;
    if (asked) setCollapsed(false, asked.trusted, 'panel');
  }, [setCollapsed]);

  const onPanelKeyDown = guard((event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    setCollapsed(true, event.isTrusted, 'tab');
  });

  // Folded, the panel is hidden: it keeps the clock it showed when folded, and its subtree (the
  // whole subject) is not diffed again every second, only the tab's clock is. Measured on the
  // real block editor, that per-second re-render was most of the folded overlay's page cost.
  const panelClock = useHeld(clock, folded);
  // The subject is rendered the first time the panel is shown, not on each page load of a
  // candidate who keeps it folded (or reads it in the side panel): rendering it was most of the
  // overlay's cost per page on the real block editor.
  const everShown = useHeld(!folded, folded);
  const content = useMemo(
    () => (
      <SessionOrStatus
        session={session}
        clock={panelClock}
        locale={locale}
        commands={commands}
        idPrefix={idPrefix}
        heading="h2"
      />
    ),
    [session, panelClock, locale, commands, idPrefix],
  );

  /** Without a running exam, a small card instead of the side panel. */
  const compact = !running;
  return (
    <div
      class="overlay"
      ref={wrapper}
      data-testid="overlay"
      data-dock={prefs.dock}
      data-collapsed={prefs.collapsed ? 'true' : 'false'}
      data-session={sessionState}
      lang={locale}
    >
      {folded ? (
        <button
          type="button"
          class="tab"
          ref={tab}
          data-testid="overlay-expand"
          aria-keyshortcuts={TOGGLE_SHORTCUT}
          onClick={guard((event: MouseEvent) => setCollapsed(false, event.isTrusted, 'panel'))}
        >
          <span>{m.expand}</span>
          {clock && view && !aside ? (
            <LiveTabClock session={view} />
          ) : clock ? (
            <TabClock clock={clock} />
          ) : null}
        </button>
      ) : null}
      <aside
        class={compact ? 'panel compact' : 'panel'}
        ref={panel}
        aria-label={m.overlayTitle}
        data-testid="overlay-panel"
        hidden={folded}
        style={compact ? undefined : { width: `${prefs.width}px` }}
        onKeyDown={onPanelKeyDown}
      >
        <header class="bar">
          <span class="brand">{m.overlayBrand}</span>
          <div class="bar-actions">
            <button
              type="button"
              class="bar-button"
              data-testid="overlay-dock"
              aria-label={prefs.dock === 'right' ? m.dockLeftLabel : m.dockRightLabel}
              onClick={guard(() => update({ dock: otherSide(prefs.dock) }))}
            >
              <span aria-hidden="true">{prefs.dock === 'right' ? '⇤ ' : ''}</span>
              {prefs.dock === 'right' ? m.dockLeft : m.dockRight}
              <span aria-hidden="true">{prefs.dock === 'left' ? ' ⇥' : ''}</span>
            </button>
            <button
              type="button"
              class="bar-button"
              ref={collapseButton}
              data-testid="overlay-collapse"
              aria-keyshortcuts={`${TOGGLE_SHORTCUT} Escape`}
              onClick={guard((event: MouseEvent) => setCollapsed(true, event.isTrusted, 'tab'))}
            >
              {m.collapse}
            </button>
          </div>
        </header>
        {/* After the bar in the tab order: the layout controls stay together. */}
        {compact ? null : (
          <Resizer
            width={prefs.width}
            dock={prefs.dock}
            label={m.resize}
            onResize={(width, persist) => update({ width }, { persist })}
          />
        )}
        {everShown ? content : null}
      </aside>
    </div>
  );
};

/** Any rendering error stays here: a small message replaces the panel, the page is untouched. */
export const OverlayApp = (props: OverlayAppProps) => {
  const [error, reset] = useErrorBoundary(report);
  if (error) {
    const m = t(props.locale);
    return (
      <div class="overlay" data-dock="right" lang={props.locale}>
        <div class="panel compact" role="alert">
          <p class="status">{m.overlayCrashed}</p>
          <button type="button" class="secondary" onClick={() => reset()}>
            {m.retry}
          </button>
        </div>
      </div>
    );
  }
  return <Overlay {...props} />;
};
