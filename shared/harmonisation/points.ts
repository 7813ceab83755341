/**
 * The points model: what mark a set of levels stands for, to check a mark against its own grid.
 *
 * Each level stands for a quarter of the 0–20 scale, for the question it is given to:
 *
 * | level | range  | midpoint |
 * |-------|--------|----------|
 * | TI    | 0–5    | 2.5      |
 * | I     | 5–10   | 7.5      |
 * | S     | 10–15  | 12.5     |
 * | TS    | 15–20  | 17.5     |
 *
 * The expected mark of an assessment is the mean of the midpoints of its questions' levels
 * (questions without a level are left out; every question weighs the same, as on the national
 * grid, which gives no weights); its expected range is the mean of the lower bounds to the mean
 * of the upper bounds. A mark « disagrees with its levels » when |mark − expected| is greater
 * than the tolerance (4 points by default): e.g. four TS and one S give 16.5, so 8/20 is 8.5
 * points off and is flagged, 13/20 is not. The grid carries no points officially: this is only
 * a yardstick for harmonisation, never a mark.
 */
import type { Level } from '../schema/common.ts';

export const LEVEL_RANGES: Readonly<Record<Level, readonly [low: number, high: number]>> = {
  TI: [0, 5],
  I: [5, 10],
  S: [10, 15],
  TS: [15, 20],
};

export const LEVEL_RANK: Readonly<Record<Level, number>> = { TI: 0, I: 1, S: 2, TS: 3 };

export const levelMidpoint = (level: Level): number => (LEVEL_RANGES[level][0] + LEVEL_RANGES[level][1]) / 2;

export interface ExpectedMark {
  /** Mean of the midpoints of the levels given. */
  value: number;
  low: number;
  high: number;
  /** How many questions had a level. */
  questions: number;
  counts: Record<Level, number>;
}

/** The mark the levels stand for, or null when no question has a level. */
export const expectedMark = (levels: readonly (Level | null)[]): ExpectedMark | null => {
  const given = levels.filter((level): level is Level => level !== null);
  if (given.length === 0) return null;
  const counts: Record<Level, number> = { TI: 0, I: 0, S: 0, TS: 0 };
  let low = 0;
  let high = 0;
  for (const level of given) {
    counts[level] += 1;
    low += LEVEL_RANGES[level][0];
    high += LEVEL_RANGES[level][1];
  }
  low /= given.length;
  high /= given.length;
  return { value: (low + high) / 2, low, high, questions: given.length, counts };
};
