/**
 * How far suggested levels agree with an examiner's: exact share, within-one-level share and
 * the confusion by level (rows: the examiner's level, columns: the suggestion). Pure, shared
 * by the agreement benchmark and the designer's calibration view.
 */
import type { Level } from '../schema/common.ts';

export const LEVELS: readonly Level[] = ['TI', 'I', 'S', 'TS'];
const RANK: Readonly<Record<Level, number>> = { TI: 0, I: 1, S: 2, TS: 3 };

export interface LabelledRow {
  /** Session (bundle) and question the row is about. */
  sessionId: string;
  questionId: string;
  expected: Level;
  /** The suggestion; null when the rules suggest nothing (counted as a miss). */
  suggested: Level | null;
}

export interface Agreement {
  rows: number;
  exact: number;
  withinOne: number;
  /** Shares, 0 to 1 (0 when there is no row). */
  exactShare: number;
  withinOneShare: number;
  /** `confusion[expected][suggested]`, `none` for no suggestion. */
  confusion: Record<Level, Record<Level | 'none', number>>;
}

const emptyLine = (): Record<Level | 'none', number> => ({ TI: 0, I: 0, S: 0, TS: 0, none: 0 });

export const agreement = (rows: readonly LabelledRow[]): Agreement => {
  const confusion = { TI: emptyLine(), I: emptyLine(), S: emptyLine(), TS: emptyLine() };
  let exact = 0;
  let withinOne = 0;
  for (const row of rows) {
    confusion[row.expected][row.suggested ?? 'none'] += 1;
    if (row.suggested === null) continue;
    const gap = Math.abs(RANK[row.expected] - RANK[row.suggested]);
    if (gap === 0) exact += 1;
    if (gap <= 1) withinOne += 1;
  }
  const share = (n: number) => (rows.length === 0 ? 0 : n / rows.length);
  return {
    rows: rows.length,
    exact,
    withinOne,
    exactShare: share(exact),
    withinOneShare: share(withinOne),
    confusion,
  };
};

/** « 91,7 % » — the percentage as French text, one decimal. */
export const percentText = (share: number): string =>
  `${(Math.round(share * 1000) / 10).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
