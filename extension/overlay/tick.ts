/** The clock's next look, without Preact: the folded tab (folded-tab.ts) and `useClock` share it. */
import { WARNING_MINUTES } from '../session/clock.ts';

/**
 * When the clock should look again: just after the displayed second changes, or (`everySecond`
 * false) just after the phase changes (5 minutes left, time up); null when nothing will change.
 */
export const nextTickDelay = (remainingMs: number, everySecond: boolean): number | null => {
  if (everySecond) return remainingMs > 0 ? (remainingMs % 1000 || 1000) + 15 : 1000;
  if (remainingMs > WARNING_MINUTES * 60_000)
    return Math.min(remainingMs - WARNING_MINUTES * 60_000 + 15, 2 ** 31 - 1);
  return remainingMs > 0 ? remainingMs + 15 : null;
};
