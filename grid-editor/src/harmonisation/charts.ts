/**
 * Geometry of the harmonisation charts, apart from any DOM so it can be tested: linear scales,
 * ticks, box-plot positions, the dots of individual marks and the segments of stacked bars.
 */
import type { LevelCounts } from '../../../shared/harmonisation/report.ts';
import type { Summary } from '../../../shared/harmonisation/stats.ts';
import { LEVELS, type Level } from '../../../shared/schema/common.ts';

export type Scale = (value: number) => number;

export const linearScale =
  ([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Scale =>
  (value) =>
    d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);

export const ticks = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

export interface BoxShape {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

/** Screen x of each figure of a summary (null when there is no mark). */
export const boxShape = (summary: Summary, x: Scale): BoxShape | null =>
  summary.n === 0
    ? null
    : {
        min: x(summary.min),
        q1: x(summary.q1),
        median: x(summary.median),
        q3: x(summary.q3),
        max: x(summary.max),
        mean: x(summary.mean),
      };

/**
 * One dot per mark; equal marks are spread vertically (centre, above, below, further…) within
 * `spread` pixels so none hides another, deterministically.
 */
export const markDots = (
  marks: readonly number[],
  x: Scale,
  centre: number,
  spread = 12,
): { cx: number; cy: number }[] => {
  const seen = new Map<number, number>();
  const step = 3;
  const maxSteps = Math.max(1, Math.floor(spread / step));
  return [...marks]
    .sort((a, b) => a - b)
    .map((mark) => {
      const k = seen.get(mark) ?? 0;
      seen.set(mark, k + 1);
      const ring = Math.ceil(k / 2) % (maxSteps + 1);
      const offset = (k % 2 === 1 ? -1 : 1) * ring * step;
      return { cx: x(mark), cy: centre + offset };
    });
};

export interface Segment {
  level: Level;
  count: number;
  /** Share of the total, 0–1. */
  share: number;
  /** Where it starts, 0–1 (shares are cumulative, the last segment ends at 1). */
  start: number;
}

/** The stacked bar of one group's levels, TI first. Empty when no level was given. */
export const levelSegments = (counts: LevelCounts): Segment[] => {
  const total = LEVELS.reduce((sum, level) => sum + counts[level], 0);
  if (total === 0) return [];
  let start = 0;
  return LEVELS.map((level) => {
    const share = counts[level] / total;
    const segment = { level, count: counts[level], share, start };
    start += share;
    return segment;
  });
};

/** Whole percentages that add up to exactly 100 (largest remainders get the rounding). */
export const percentages = (counts: LevelCounts): Record<Level, number> => {
  const total = LEVELS.reduce((sum, level) => sum + counts[level], 0);
  const result = { TI: 0, I: 0, S: 0, TS: 0 } as Record<Level, number>;
  if (total === 0) return result;
  const raw = LEVELS.map((level) => ({ level, exact: (counts[level] * 100) / total }));
  for (const r of raw) result[r.level] = Math.floor(r.exact);
  let missing = 100 - LEVELS.reduce((sum, level) => sum + result[level], 0);
  for (const r of [...raw].sort(
    (a, b) => (b.exact % 1) - (a.exact % 1) || LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level),
  )) {
    if (missing <= 0) break;
    result[r.level] += 1;
    missing -= 1;
  }
  return result;
};
