/**
 * The harmonisation CSV: one row per assessment, RFC 4180 with formula cells neutralised
 * (shared/export/csv.ts). Columns, in order:
 *
 * | column | content |
 * |---|---|
 * | assessment_id | the assessment's `id` (left out when pseudonymised) |
 * | status | `draft` or `final` |
 * | examiner | the examiner's name as written on the assessment |
 * | commission | the commission number, if any |
 * | date | the exam date (YYYY-MM-DD) |
 * | subject_id, subject_cms, subject_letter, subject_code | the subject |
 * | candidate_number, candidate_last_name, candidate_first_name | the candidate — or, when pseudonymised, one column `candidate_pseudonym` (`C-7F3A2B`) instead of the three |
 * | mark | the mark /20 given by the examiner (empty if none) |
 * | suggested_mark | the mark the points helper proposed to the examiner, if any |
 * | expected_mark | the mark the levels stand for in the points model (points.ts) |
 * | mark_gap | mark − expected_mark |
 * | levels_TI, levels_I, levels_S, levels_TS | how many questions got each level |
 * | questions_differing | questions whose level differs from the suggestion |
 * | flags | the flag kinds on this assessment, separated by spaces (`station-copy`, `examiner-deviation`, `mark-levels`, `levels-suggestions`) |
 * | q1_id, q1_level, q1_suggested, … qN_… | per question, in the assessment's order; N is the largest number of questions in the export |
 *
 * Numbers use a decimal point. Free texts (comments, appréciation, notes) are not exported: they
 * may name the candidate. Rows are sorted by examiner, subject, then candidate number — or
 * pseudonym when pseudonymised, so the order does not give the numbers away.
 */
import { type CsvCell, toCsv } from '../export/csv.ts';
import { LEVELS, type Level } from '../schema/common.ts';
import { formatNumber } from './format.ts';
import { LEVEL_RANK } from './points.ts';
import { createPseudonymiser, type Pseudonymiser } from './pseudonymise.ts';
import type { Entry, Report } from './report.ts';

/**
 * Pseudonymised unless the caller asks for identities explicitly: a harmonisation file travels
 * beyond the centre (académie, inspectors) and needs no candidate's name or number (issue 13,
 * retention; RGPD minimisation). Pseudonyms are stable within one export.
 */
export const PSEUDONYMISE_BY_DEFAULT = true;

export interface CsvExportOptions {
  /** Default `PSEUDONYMISE_BY_DEFAULT`; `false` writes the candidates' numbers and names. */
  pseudonymise?: boolean;
  /** Given by tests to check stability; a fresh one (new random salt) otherwise. */
  pseudonymiser?: Pseudonymiser;
  /** Adds a UTF-8 BOM for spreadsheets (the downloaded file has one). */
  bom?: boolean;
}

const IDENTITY_COLUMNS = ['candidate_number', 'candidate_last_name', 'candidate_first_name'] as const;

export const csvColumns = (maxQuestions: number, pseudonymise: boolean): string[] => [
  ...(pseudonymise ? [] : ['assessment_id']),
  'status',
  'examiner',
  'commission',
  'date',
  'subject_id',
  'subject_cms',
  'subject_letter',
  'subject_code',
  ...(pseudonymise ? ['candidate_pseudonym'] : IDENTITY_COLUMNS),
  'mark',
  'suggested_mark',
  'expected_mark',
  'mark_gap',
  ...LEVELS.map((level) => `levels_${level}`),
  'questions_differing',
  'flags',
  ...Array.from({ length: maxQuestions }, (_, i) => [
    `q${i + 1}_id`,
    `q${i + 1}_level`,
    `q${i + 1}_suggested`,
  ]).flat(),
];

/** Two decimals at most, as a number (not a string, so it is never neutralised). */
const round2 = (value: number): number => Number(formatNumber(value, 'en', 2).replace('−', '-'));

const levelCount = (entry: Entry, level: Level) => entry.questions.filter((q) => q.level === level).length;

export const harmonisationCsv = async (report: Report, options: CsvExportOptions = {}): Promise<string> => {
  const pseudonymise = options.pseudonymise ?? PSEUDONYMISE_BY_DEFAULT;
  const pseudonymiser = pseudonymise ? (options.pseudonymiser ?? (await createPseudonymiser())) : undefined;
  const maxQuestions = Math.max(0, ...report.entries.map((e) => e.questions.length));
  const rows: { sort: string[]; cells: CsvCell[] }[] = [];
  for (const entry of report.entries) {
    const a = entry.assessment;
    const identity: CsvCell[] = pseudonymiser
      ? [await pseudonymiser.pseudonym(a.candidate.number)]
      : [a.candidate.number, a.candidate.lastName ?? '', a.candidate.firstName ?? ''];
    const differing = entry.questions.filter(
      (q) => q.level !== null && q.suggested !== null && LEVEL_RANK[q.level] !== LEVEL_RANK[q.suggested],
    ).length;
    const questions = Array.from({ length: maxQuestions }, (_, i) => {
      const q = entry.questions[i];
      return q ? [q.questionId, q.level ?? '', q.suggested ?? ''] : ['', '', ''];
    }).flat();
    rows.push({
      sort: [entry.examiner, entry.subjectKey, String(identity[0])],
      cells: [
        ...(pseudonymise ? [] : [a.id]),
        a.status,
        a.examiner.name,
        a.commission ?? '',
        a.date,
        a.subject.id,
        a.subject.cms,
        a.subject.letter ?? '',
        a.subject.code ?? '',
        ...identity,
        a.mark,
        a.suggestedMark,
        entry.expected ? round2(entry.expected.value) : null,
        entry.expected && a.mark !== null ? round2(a.mark - entry.expected.value) : null,
        ...LEVELS.map((level) => levelCount(entry, level)),
        differing,
        entry.flags.map((f) => f.kind).join(' '),
        ...questions,
      ],
    });
  }
  rows.sort((x, y) => {
    for (let i = 0; i < x.sort.length; i += 1) {
      const c = x.sort[i]!.localeCompare(y.sort[i]!, 'fr', { numeric: true });
      if (c !== 0) return c;
    }
    return 0;
  });
  return toCsv([csvColumns(maxQuestions, pseudonymise), ...rows.map((r) => r.cells)], { bom: options.bom });
};

/** `harmonisation-2025-05-16.csv` (`-pseudonymise` added when it is). */
export const csvFileName = (date: Date, pseudonymised: boolean): string =>
  `harmonisation-${date.toISOString().slice(0, 10)}${pseudonymised ? '-pseudonymise' : ''}.csv`;
