/**
 * The exam countdown. It derives from the session's start on the wall clock, so a navigation,
 * a reload or a browser restart shows the right time at once. The mm:ss value is not a live
 * region (it would be read every second); the phase text below it is, and changes only twice:
 * at 5 minutes left and at time-up.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Locale } from '../i18n/messages.ts';
import { t } from '../i18n/messages.ts';
import { type ClockState, clockAt, deadlineOf, type ExamTiming, NO_TIMING } from '../session/clock.ts';

import { nextTickDelay } from './tick.ts';

export { nextTickDelay };

/**
 * The clock of a running session (null without one). Re-renders when the displayed second
 * changes, not merely every 1000 ms, which would drift against the wall clock; with
 * `everySecond: false`, only when its phase changes (a folded overlay whose tab clock ticks on
 * its own: re-rendering the whole overlay every second was most of its cost on a page).
 * The state is read from the wall clock at each render, so a render for any other reason
 * (unfolding) shows the right second at once.
 */
export const useClock = (
  session: { startedAt: string; durationMinutes: number; timing?: ExamTiming } | null,
  { everySecond = true }: { everySecond?: boolean } = {},
): ClockState | null => {
  const startedAt = session?.startedAt ?? null;
  const durationMinutes = session?.durationMinutes ?? 0;
  const timing = session?.timing ?? NO_TIMING;
  const [, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      const remaining = deadlineOf(startedAt, durationMinutes, timing, current) - current;
      // A pause pushes the deadline on: a phase timer then fires early and looks again.
      const delay = nextTickDelay(remaining, everySecond);
      if (delay !== null) timer = setTimeout(tick, delay);
    };
    tick();
    return () => clearTimeout(timer);
  }, [startedAt, durationMinutes, timing, everySecond]);
  return startedAt === null ? null : clockAt(Date.now(), startedAt, durationMinutes, timing);
};

/** The state line under the clock: empty while running, then the warning, then time-up. */
export const phaseText = (clock: ClockState, locale: Locale): string => {
  const m = t(locale);
  if (clock.paused) return m.paused;
  if (clock.phase === 'warning') return m.timeWarning;
  if (clock.phase === 'time-up') return `${m.timeUp}. ${m.timeUpHelp}`;
  return '';
};

export interface TimerProps {
  clock: ClockState;
  locale: Locale;
}

export const Timer = ({ clock, locale }: TimerProps) => {
  const m = t(locale);
  return (
    <div class="clock" data-phase={clock.phase} data-paused={clock.paused} data-testid="clock">
      <div class="clock-row">
        <span class="clock-label">{m.timeLeft}</span>
        <span class="clock-value" role="timer" data-testid="timer">
          {clock.display}
        </span>
      </div>
      {/* Always in the DOM, so that its changes are announced. */}
      <p class="clock-state" data-testid="timer-state" aria-live="polite" aria-atomic="true">
        {clock.phase === 'time-up' && !clock.paused ? (
          <>
            <strong>{m.timeUp}.</strong> {m.timeUpHelp}
          </>
        ) : (
          phaseText(clock, locale)
        )}
      </p>
    </div>
  );
};
