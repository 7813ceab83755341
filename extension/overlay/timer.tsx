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

/**
 * The clock of a running session (null without one). Re-renders when the displayed second
 * changes, not merely every 1000 ms, which would drift against the wall clock.
 */
export const useClock = (
  session: { startedAt: string; durationMinutes: number; timing?: ExamTiming } | null,
): ClockState | null => {
  const startedAt = session?.startedAt ?? null;
  const durationMinutes = session?.durationMinutes ?? 0;
  const timing = session?.timing ?? NO_TIMING;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      const remaining = deadlineOf(startedAt, durationMinutes, timing, current) - current;
      timer = setTimeout(tick, remaining > 0 ? (remaining % 1000 || 1000) + 15 : 1000);
    };
    tick();
    return () => clearTimeout(timer);
  }, [startedAt, durationMinutes, timing]);
  return startedAt === null ? null : clockAt(now, startedAt, durationMinutes, timing);
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
