/**
 * The points helper: a mark /20 *proposed* from the levels, which the examiner is free to
 * change (the national grid carries no points; the mark is the examiner's).
 *
 * Method: each level stands for a quarter of the scale and counts as its middle —
 * TI = 2.5, I = 7.5, S = 12.5, TS = 17.5. The proposal is the mean over the questions that
 * have a level, rounded to the nearest half point. The harmonisation view uses the same
 * midpoints to flag a mark far from its own levels.
 */
import type { Level } from '../schema/common.ts';

export const LEVEL_POINTS: Record<Level, number> = { TI: 2.5, I: 7.5, S: 12.5, TS: 17.5 };

export const suggestMark = (levels: readonly (Level | null)[]): number | null => {
  const set = levels.filter((level): level is Level => level !== null);
  if (set.length === 0) return null;
  const mean = set.reduce((sum, level) => sum + LEVEL_POINTS[level], 0) / set.length;
  return Math.round(mean * 2) / 2;
};
