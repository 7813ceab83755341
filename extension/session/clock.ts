/** The exam clock: everything derives from the session's start on the wall clock. */
export const WARNING_MINUTES = 5;

export interface ClockState {
  remainingMs: number;
  /** mm:ss, never negative. */
  display: string;
  phase: 'running' | 'warning' | 'time-up';
}

export const deadlineOf = (startedAt: string, durationMinutes: number): number =>
  Date.parse(startedAt) + durationMinutes * 60_000;

export const formatRemaining = (remainingMs: number): string => {
  const totalSeconds = Math.max(0, Math.ceil(remainingMs / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
};

export const clockAt = (now: number, startedAt: string, durationMinutes: number): ClockState => {
  const remainingMs = deadlineOf(startedAt, durationMinutes) - now;
  const phase =
    remainingMs <= 0 ? 'time-up' : remainingMs <= WARNING_MINUTES * 60_000 ? 'warning' : 'running';
  return { remainingMs: Math.max(0, remainingMs), display: formatRemaining(remainingMs), phase };
};
