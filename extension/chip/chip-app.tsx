/**
 * `<temoin-chip>`: while the side panel carries the subject, a small chip on the page keeps the
 * time left and the current question in sight. It never sits over a link, a button or a field
 * (placement.ts, checked again on scroll, resize and when the page changes), lets clicks through
 * everywhere but its handle, and can be moved (drag the handle, or arrow keys on it).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../i18n/messages.ts';
import { guard } from '../overlay/guard.ts';
import { useClock } from '../overlay/timer.tsx';
import { type InitialView, useSessionView } from '../overlay/use-session-view.ts';
import { candidateSpots, choosePlace, clampTo, interactiveRects, type Rect } from './placement.ts';

const CHECK_MS = 1_000;
/** Seconds without a mutation after which the place is checked anyway. */
const QUIET_CHECKS = 5;
const STEP = 24;

export interface ChipAppProps {
  locale: Locale;
  initialView: InitialView;
  /** The chip's host, left out of the obstacles. */
  host: Element;
}

type Timed = Parameters<typeof useClock>[0] & object;

/**
 * Runs `fn` once, just after the next frame is painted (a task queued from the frame's
 * callback), or after FALLBACK_MS where no frame comes (a hidden tab); returns its cancel.
 */
const FALLBACK_MS = 250;
const afterPaint = (fn: () => void): (() => void) => {
  let done = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(task);
    clearTimeout(fallback);
  };
  const run = () => {
    if (done) return;
    cancel();
    fn();
  };
  const frame = requestAnimationFrame(() => {
    task = setTimeout(run, 0);
  });
  const fallback = setTimeout(run, FALLBACK_MS);
  return cancel;
};

/** The chip's countdown, re-rendered alone each second. */
const ChipTimer = ({ session, fr }: { session: Timed; fr: boolean }) => {
  const clock = useClock(session);
  if (!clock) return null;
  return (
    <span
      class="chip-timer"
      role="timer"
      aria-label={fr ? 'Temps restant' : 'Time left'}
      data-testid="chip-timer"
    >
      {clock.display}
      {clock.paused ? (fr ? ' (pause)' : ' (paused)') : ''}
    </span>
  );
};

export const ChipApp = ({ locale, initialView, host }: ChipAppProps) => {
  const session = useSessionView(initialView);
  const view = session.view;
  const running = view?.status === 'running';
  // The chip re-renders when the phase changes; its timer ticks alone (ChipTimer).
  const clock = useClock(running ? view : null, { everySecond: false });
  const box = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Rect | null>(null);
  const preferred = useRef<Rect | null>(null);
  const fr = locale === 'fr';

  const relocate = useCallback(() => {
    const element = box.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    const vw = document.documentElement.clientWidth || innerWidth;
    const vh = document.documentElement.clientHeight || innerHeight;
    const obstacles = interactiveRects(document, host, vw, vh);
    const wanted = preferred.current ? clampTo({ ...preferred.current, width, height }, vw, vh) : null;
    const next = choosePlace(wanted, candidateSpots(vw, vh, width, height), obstacles);
    setPlace((current) =>
      current && next && current.left === next.left && current.top === next.top ? current : next,
    );
  }, [host]);

  // Measured just after a frame is painted, when the page's layout is clean: reading every
  // control's box then costs no layout of its own, where a measure at mount or in a scroll
  // handler forced one on a page still building itself (the block editor at load).
  useEffect(() => afterPaint(guard(relocate)), [relocate, running]);
  useEffect(() => {
    let pending: (() => void) | null = null;
    const check = guard(() => {
      pending ??= afterPaint(
        guard(() => {
          pending = null;
          relocate();
        }),
      );
    });
    addEventListener('resize', check);
    addEventListener('scroll', check, { capture: true, passive: true });
    // Measuring every control forces a layout: do it once a second only when the page changed
    // (a menu opened, content loaded), and every few seconds anyway for changes no mutation
    // announces (an image that finished loading, a transition). A still page costs nothing.
    // The observer stops at the first mutation and listens again after the next check, so a
    // page that mutates all the time (the block editor while typing) costs one record a second.
    let changed = true;
    let quiet = 0;
    const mutations = new MutationObserver(() => {
      changed = true;
      mutations.disconnect();
    });
    const listen = () =>
      mutations.observe(document.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-expanded'],
      });
    const timer = setInterval(() => {
      quiet += 1;
      if (!changed && quiet < QUIET_CHECKS) return;
      const listening = !changed;
      changed = false;
      quiet = 0;
      check();
      if (!listening) listen();
    }, CHECK_MS);
    return () => {
      removeEventListener('resize', check);
      removeEventListener('scroll', check, { capture: true });
      mutations.disconnect();
      clearInterval(timer);
      pending?.();
    };
  }, [relocate]);

  const moveTo = (left: number, top: number) => {
    const element = box.current;
    if (!element) return;
    const { width, height } = element.getBoundingClientRect();
    preferred.current = { left, top, width, height };
    relocate();
  };
  const onPointerDown = guard((event: PointerEvent) => {
    if (!place) return;
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const dx = event.clientX - place.left;
    const dy = event.clientY - place.top;
    const move = (e: PointerEvent) => {
      const element = box.current;
      if (element) {
        element.style.left = `${e.clientX - dx}px`;
        element.style.top = `${e.clientY - dy}px`;
      }
    };
    const up = (e: PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      moveTo(e.clientX - dx, e.clientY - dy);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  });
  const onKeyDown = guard((event: KeyboardEvent) => {
    if (!place) return;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-STEP, 0],
      ArrowRight: [STEP, 0],
      ArrowUp: [0, -STEP],
      ArrowDown: [0, STEP],
    };
    const delta = moves[event.key];
    if (!delta) return;
    event.preventDefault();
    moveTo(place.left + delta[0], place.top + delta[1]);
  });

  if (!running || !clock) return null;
  const question =
    view.questions.find((q) => q.id === view.activeQuestionId) ??
    view.questions.find((q) => view.tasks[q.id]?.status !== 'done') ??
    null;
  const style = place ? { left: `${place.left}px`, top: `${place.top}px` } : { left: '8px', top: '8px' };
  return (
    <div
      class="chip"
      ref={box}
      data-testid="chip"
      data-phase={clock.phase}
      data-paused={clock.paused}
      // No free spot: the chip waits, invisible, rather than cover a control.
      data-placed={place ? 'true' : 'false'}
      style={style}
      lang={locale}
    >
      <button
        type="button"
        class="chip-handle"
        data-testid="chip-handle"
        aria-label={fr ? 'Déplacer le rappel (flèches)' : 'Move the reminder (arrow keys)'}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <ChipTimer session={view} fr={fr} />
      {question && (
        <span class="chip-question" data-testid="chip-question" data-question-id={question.id}>
          {fr ? 'Q' : 'Q'}
          {question.number} · {question.title}
        </span>
      )}
    </div>
  );
};
