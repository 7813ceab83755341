import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { histogram, mean, median, quantile, standardDeviation, summarise } from './stats.ts';

const marks = fc.array(
  fc.integer({ min: 0, max: 40 }).map((n) => n / 2),
  { minLength: 1, maxLength: 80 },
);
const reals = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 });
const close = (a: number, b: number, tolerance = 1e-9) =>
  Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));

describe('statistics of marks', () => {
  it('gives the textbook figures', () => {
    const s = summarise([8, 12, 10, 14, 6]);
    expect(s).toMatchObject({ n: 5, mean: 10, median: 10, min: 6, max: 14, q1: 8, q3: 12, iqr: 4 });
    expect(s.sd).toBeCloseTo(Math.sqrt(10), 12);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(standardDeviation([7])).toBe(0);
    expect(summarise([]).n).toBe(0);
    expect(Number.isNaN(mean([]))).toBe(true);
  });

  it('keeps mean, median and quartiles within [min, max], in order', () => {
    fc.assert(
      fc.property(reals, (values) => {
        const s = summarise(values);
        expect(s.min).toBeLessThanOrEqual(s.q1);
        expect(s.q1).toBeLessThanOrEqual(s.median);
        expect(s.median).toBeLessThanOrEqual(s.q3);
        expect(s.q3).toBeLessThanOrEqual(s.max);
        expect(s.mean).toBeGreaterThanOrEqual(s.min);
        expect(s.mean).toBeLessThanOrEqual(s.max);
        expect(s.sd).toBeGreaterThanOrEqual(0);
        expect(s.iqr).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('does not depend on the order of the marks', () => {
    fc.assert(
      fc.property(
        reals.chain((values) =>
          fc.tuple(fc.constant(values), fc.shuffledSubarray(values, { minLength: values.length })),
        ),
        ([values, shuffled]) => {
          const a = summarise(values);
          const b = summarise(shuffled);
          expect(b.median).toBe(a.median);
          expect(b.q1).toBe(a.q1);
          expect(b.q3).toBe(a.q3);
          expect(b.min).toBe(a.min);
          expect(b.max).toBe(a.max);
          expect(close(a.mean, b.mean)).toBe(true);
          expect(close(a.sd, b.sd, 1e-7)).toBe(true);
        },
      ),
    );
  });

  it('moves with a shift of every mark, and the spread does not', () => {
    fc.assert(
      fc.property(marks, fc.integer({ min: -10, max: 10 }), (values, shift) => {
        const a = summarise(values);
        const b = summarise(values.map((v) => v + shift));
        expect(b.mean).toBeCloseTo(a.mean + shift, 9);
        expect(b.median).toBeCloseTo(a.median + shift, 9);
        expect(b.sd).toBeCloseTo(a.sd, 9);
        expect(b.iqr).toBeCloseTo(a.iqr, 9);
      }),
    );
  });

  it('puts every mark of 0–20 in exactly one histogram bin', () => {
    fc.assert(
      fc.property(marks, (values) => {
        const bins = histogram(values, 0, 20, 2);
        expect(bins).toHaveLength(10);
        expect(bins.reduce((a, b) => a + b, 0)).toBe(values.length);
      }),
    );
    expect(histogram([0, 1.5, 2, 20, 19.5])).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 0, 2]);
  });
});
