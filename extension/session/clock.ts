/**
 * The exam clock: everything derives from the session's start on the wall clock, moved by the
 * examiner's decisions (extra time, pauses), which are events in the evidence and kept on the
 * session record as `ExamTiming`.
 */
export const WARNING_MINUTES = 5;

/** Extra time and pauses granted by the examiner (PIN), as the session record keeps them. */
export interface ExamTiming {
  /** Minutes added (« tiers-temps » or any minutes), in total. */
  extraMinutes: number;
  /** Milliseconds of pauses that are over. */
  pausedMs: number;
  /** When the current pause began, or null. */
  pausedAt: number | null;
  /** Why the current pause began, as recorded, or null. */
  pauseReason: string | null;
  /** An incident the examiner declared, or an interruption (browser restart); null if running. */
  pauseCause?: 'incident' | 'interruption' | null;
}

export const NO_TIMING: ExamTiming = { extraMinutes: 0, pausedMs: 0, pausedAt: null, pauseReason: null };

export interface ClockState {
  remainingMs: number;
  /** mm:ss, never negative. */
  display: string;
  phase: 'running' | 'warning' | 'time-up';
  /** The examiner paused the exam: the clock stands still. */
  paused: boolean;
}

/** The end of the exam, as it stands at `now` (a pause under way pushes it on). */
export const deadlineOf = (
  startedAt: string,
  durationMinutes: number,
  timing: ExamTiming = NO_TIMING,
  now = Date.now(),
): number =>
  Date.parse(startedAt) +
  (durationMinutes + timing.extraMinutes) * 60_000 +
  timing.pausedMs +
  (timing.pausedAt !== null ? Math.max(0, now - timing.pausedAt) : 0);

export const formatRemaining = (remainingMs: number): string => {
  const totalSeconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
};

export const clockAt = (
  now: number,
  startedAt: string,
  durationMinutes: number,
  timing: ExamTiming = NO_TIMING,
): ClockState => {
  const remainingMs = deadlineOf(startedAt, durationMinutes, timing, now) - now;
  const phase =
    remainingMs <= 0 ? 'time-up' : remainingMs <= WARNING_MINUTES * 60_000 ? 'warning' : 'running';
  return {
    remainingMs: Math.max(0, remainingMs),
    display: formatRemaining(remainingMs),
    phase,
    paused: timing.pausedAt !== null,
  };
};

/** « Tiers-temps »: a third of the subject's duration, rounded up to the minute. */
export const thirdTimeMinutes = (durationMinutes: number): number => Math.ceil(durationMinutes / 3);
