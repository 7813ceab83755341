/**
 * Descriptive statistics of marks, written out so that anyone can check them by hand.
 *
 * - mean: arithmetic mean;
 * - median and quartiles: linear interpolation between order statistics (Hyndman & Fan type 7,
 *   what spreadsheets' QUARTILE/QUARTILE.INC and R's default give): for p in [0, 1],
 *   h = (n − 1)·p, Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋) on the sorted values;
 * - sd: the sample standard deviation (divisor n − 1; 0 for a single value);
 * - IQR = Q3 − Q1.
 *
 * Sums use Neumaier's compensated summation so the result does not depend on the order of the
 * values beyond the last bit, and the mean is clamped to [min, max] against rounding.
 */

export interface Summary {
  n: number;
  mean: number;
  median: number;
  sd: number;
  min: number;
  max: number;
  q1: number;
  q3: number;
  iqr: number;
}

/** Compensated sum (Neumaier): order-independent to rounding for our sizes. */
export const sum = (values: readonly number[]): number => {
  let total = 0;
  let compensation = 0;
  for (const value of values) {
    const t = total + value;
    compensation += Math.abs(total) >= Math.abs(value) ? total - t + value : value - t + total;
    total = t;
  }
  return total + compensation;
};

const sorted = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

export const mean = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return Math.min(max, Math.max(min, sum(values) / values.length));
};

/** Quantile of already sorted values (type 7). */
const quantileSorted = (values: readonly number[], p: number): number => {
  if (values.length === 0) return Number.NaN;
  const h = (values.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, values.length - 1);
  const a = values[lo]!;
  const b = values[hi]!;
  return a + (h - lo) * (b - a);
};

export const quantile = (values: readonly number[], p: number): number =>
  quantileSorted(sorted(values), Math.min(1, Math.max(0, p)));

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Sample standard deviation (n − 1); 0 for one value, NaN for none. */
export const standardDeviation = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  if (values.length === 1) return 0;
  const m = mean(values);
  return Math.sqrt(sum(values.map((value) => (value - m) ** 2)) / (values.length - 1));
};

export const summarise = (values: readonly number[]): Summary => {
  const s = sorted(values);
  const q1 = quantileSorted(s, 0.25);
  const q3 = quantileSorted(s, 0.75);
  return {
    n: s.length,
    mean: mean(s),
    median: quantileSorted(s, 0.5),
    sd: standardDeviation(s),
    min: s.length ? s[0]! : Number.NaN,
    max: s.length ? s[s.length - 1]! : Number.NaN,
    q1,
    q3,
    iqr: q3 - q1,
  };
};

/** Counts of values in bins [from + k·width, from + (k+1)·width), the last bin closed. */
export const histogram = (values: readonly number[], from = 0, to = 20, width = 2): number[] => {
  const bins = Math.max(1, Math.ceil((to - from) / width));
  const counts = new Array<number>(bins).fill(0);
  for (const value of values) {
    if (!(value >= from && value <= to)) continue;
    const k = Math.min(bins - 1, Math.floor((value - from) / width));
    counts[k]! += 1;
  }
  return counts;
};
