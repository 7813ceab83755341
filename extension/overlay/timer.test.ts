import { describe, expect, it } from 'vitest';
import { nextTickDelay } from './timer.tsx';

describe('the clock’s next look', () => {
  it('every second: just after the displayed second changes, then once a second after time-up', () => {
    expect(nextTickDelay(10_400, true)).toBe(415);
    expect(nextTickDelay(10_000, true)).toBe(1015);
    expect(nextTickDelay(0, true)).toBe(1000);
  });

  it('folded: only when the phase changes — at 5 minutes left, then at time-up, then never', () => {
    expect(nextTickDelay(20 * 60_000, false)).toBe(15 * 60_000 + 15);
    expect(nextTickDelay(5 * 60_000, false)).toBe(5 * 60_000 + 15);
    expect(nextTickDelay(1_000, false)).toBe(1_015);
    expect(nextTickDelay(0, false)).toBeNull();
    expect(nextTickDelay(100 * 24 * 3_600_000, false)).toBe(2 ** 31 - 1);
  });
});
