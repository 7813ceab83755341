import { describe, expect, it } from 'vitest';
import { clockAt, deadlineOf, NO_TIMING, thirdTimeMinutes } from './clock.ts';

const START = '2026-06-12T08:00:00.000Z';
const t0 = Date.parse(START);
const MIN = 60_000;

describe('exam clock', () => {
  it('counts down from the subject duration', () => {
    expect(clockAt(t0 + 10 * MIN, START, 40)).toMatchObject({
      display: '30:00',
      phase: 'running',
      paused: false,
    });
    expect(clockAt(t0 + 36 * MIN, START, 40).phase).toBe('warning');
    expect(clockAt(t0 + 41 * MIN, START, 40)).toMatchObject({ display: '00:00', phase: 'time-up' });
  });

  it('adds extra time: tiers-temps of 40 minutes is 14 minutes', () => {
    expect(thirdTimeMinutes(40)).toBe(14);
    expect(thirdTimeMinutes(30)).toBe(10);
    const timing = { ...NO_TIMING, extraMinutes: 14 };
    expect(clockAt(t0 + 41 * MIN, START, 40, timing)).toMatchObject({ display: '13:00', phase: 'running' });
    expect(deadlineOf(START, 40, timing)).toBe(t0 + 54 * MIN);
  });

  it('stands still during a pause and gives the paused time back after it', () => {
    const paused = { ...NO_TIMING, pausedAt: t0 + 10 * MIN, pauseReason: 'incident' };
    expect(clockAt(t0 + 10 * MIN, START, 40, paused)).toMatchObject({ display: '30:00', paused: true });
    expect(clockAt(t0 + 55 * MIN, START, 40, paused)).toMatchObject({ display: '30:00', phase: 'running' });
    const over = { ...NO_TIMING, pausedMs: 5 * MIN };
    expect(clockAt(t0 + 20 * MIN, START, 40, over)).toMatchObject({ display: '25:00', paused: false });
    expect(deadlineOf(START, 40, over)).toBe(t0 + 45 * MIN);
  });
});
