import { describe, expect, it } from 'vitest';
import { createGuard, describeError } from './guard.ts';

describe('guard', () => {
  it('swallows exceptions, counts them, and reports at most once per period', () => {
    let clock = 0;
    const reports: number[] = [];
    const { guard, failures } = createGuard({ now: () => clock, report: (count) => reports.push(count) });
    const boom = guard(() => {
      throw new Error('page broke us');
    });
    expect(() => boom()).not.toThrow();
    boom();
    clock = 30_000;
    boom();
    expect(failures()).toBe(3);
    expect(reports).toEqual([1]);
    clock = 61_000;
    boom();
    expect(reports).toEqual([1, 4]);
  });

  it('catches rejected promises and a failing report', async () => {
    const { guard, failures } = createGuard({
      report: () => {
        throw new Error('report failed too');
      },
    });
    guard(async () => {
      throw new Error('async');
    })();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failures()).toBe(1);
  });

  it('passes arguments through and describes errors on one line', () => {
    const seen: number[] = [];
    const { guard } = createGuard({ report: () => undefined });
    guard((a: number, b: number) => seen.push(a + b))(2, 3);
    expect(seen).toEqual([5]);
    expect(describeError(new TypeError('a\nb'))).toBe('TypeError: a b');
  });
});
