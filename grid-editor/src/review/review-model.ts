/**
 * Review mode without the DOM: the candidates' columns (a verified bundle, the rules'
 * evaluation, the timeline rows, the examiner's assessment), the examiner's changes to them,
 * the assessment file and the CSV rows for harmonisation. The printed fiche is
 * shared/assessment/fiche-sheet.ts.
 */
import { createDraft, finalise, refreshSuggestions } from '../../../shared/assessment/assessment.ts';
import { LEVEL_POINTS } from '../../../shared/assessment/points.ts';
import { safeFileName } from '../../../shared/export/file-name.ts';
import { HarmonisationSet } from '../../../shared/harmonisation/collection.ts';
import { harmonisationCsv } from '../../../shared/harmonisation/export-csv.ts';
import { buildReport } from '../../../shared/harmonisation/report.ts';
import { evaluate } from '../../../shared/rules/index.ts';
import type { EvaluationResult } from '../../../shared/rules/types.ts';
import { type Assessment, type EvidenceBundle, type Problem, parse } from '../../../shared/schema/index.ts';
import { readRecording } from '../models/rule-test.ts';
import { buildRows, type TimelineRow } from './timeline.ts';

export const MAX_COLUMNS = 3;
export const ASSESSMENT_SUFFIX = '.temoin-assessment.json';
/** The key of the column that follows this workstation's live session. */
export const LIVE_KEY = 'live';

export interface Column {
  key: string;
  /** File name of the bundle (or the live session's). */
  name: string;
  bundle: EvidenceBundle;
  /** The bundle's text, kept in IndexedDB to read it again after a reload. */
  text: string;
  evaluation: EvaluationResult | null;
  rows: TimelineRow[];
  assessment: Assessment;
}

export type ColumnOutcome = { ok: true; column: Column } | { ok: false; problems: Problem[] };

export interface OpenOptions {
  key: string;
  examinerName: string;
  now: Date;
  /** The assessment kept from before (a reload, a live update): kept if it is this session's. */
  previous?: Assessment;
}

const newId = (): string =>
  globalThis.crypto?.randomUUID?.() ??
  `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Reads a bundle (schema, then hash chain), evaluates its subject's rules, drafts the assessment. */
export const openColumn = async (
  name: string,
  text: string,
  options: OpenOptions,
): Promise<ColumnOutcome> => {
  const read = await readRecording(name, text);
  if (!read.ok) return read;
  const { bundle } = read.recording;
  const subject = bundle.subjectPackage?.subject;
  const evaluation = subject ? evaluate(subject, bundle.events) : null;
  const previous = options.previous;
  const assessment =
    previous && previous.bundle.sessionId === bundle.session.id
      ? evaluation
        ? refreshSuggestions(previous, evaluation)
        : previous
      : createDraft({
          bundle,
          ...(evaluation ? { evaluation } : {}),
          examinerName: options.examinerName.trim() || '—',
          id: newId(),
          now: options.now,
        });
  return {
    ok: true,
    column: { key: options.key, name, bundle, text, evaluation, rows: buildRows(bundle.events), assessment },
  };
};

/** A fresh key for a column opened from a file. */
export const newColumnKey = (): string =>
  `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** The columns with `column` in the place of the one with its key, or added at the end. */
export const replaceColumn = (columns: readonly Column[], column: Column): Column[] =>
  columns.some((c) => c.key === column.key)
    ? columns.map((c) => (c.key === column.key ? column : c))
    : [...columns, column];

/**
 * Applies an examiner's change to a column's assessment (stamping `updatedAt`); undefined
 * when there is no such column or its assessment is final (a final assessment never changes).
 */
export const updateAssessment = (
  columns: readonly Column[],
  key: string,
  change: (a: Assessment) => Assessment,
  now: Date,
): { columns: Column[]; column: Column } | undefined => {
  const column = columns.find((c) => c.key === key);
  if (!column || column.assessment.status === 'final') return undefined;
  const next = { ...column, assessment: { ...change(column.assessment), updatedAt: now.toISOString() } };
  return { columns: replaceColumn(columns, next), column: next };
};

/** A compétence opérationnelle's name from the bundle's catalogue (its id when unknown). */
export const competenceName = (bundle: EvidenceBundle, id: string): string =>
  bundle.subjectPackage?.catalogue.entries.find((entry) => entry.id === id)?.label ?? id;

const criterionNamesCache = new WeakMap<EvidenceBundle, Map<string, string>>();

/** The grid's criteria names by id, from the bundle's subject package. */
export const criterionNames = (column: Pick<Column, 'bundle'>): Map<string, string> => {
  let names = criterionNamesCache.get(column.bundle);
  if (!names) {
    const grid = column.bundle.subjectPackage?.grid;
    names = new Map(
      grid?.competences.flatMap((c) =>
        c.subCompetences.flatMap((s) => s.criteria.map((k) => [k.id, k.label])),
      ) ?? [],
    );
    criterionNamesCache.set(column.bundle, names);
  }
  return names;
};

const questionNumbersCache = new WeakMap<EvidenceBundle, { id: string; number: number }[]>();

/** The subject's questions with their numbers, in the assessment's order. */
export const questionNumbers = (
  column: Pick<Column, 'bundle' | 'assessment'>,
): { id: string; number: number }[] => {
  let found = questionNumbersCache.get(column.bundle);
  if (!found) {
    const subject = column.bundle.subjectPackage?.subject;
    found = column.assessment.questions.map((q, i) => ({
      id: q.questionId,
      number: subject?.questions.find((s) => s.id === q.questionId)?.number ?? i + 1,
    }));
    questionNumbersCache.set(column.bundle, found);
  }
  return found;
};

/** Whether the columns' bundles were recorded on different subjects (or versions of one). */
export const subjectsDiffer = (columns: readonly Pick<Column, 'bundle'>[]): boolean =>
  new Set(columns.map((c) => `${c.bundle.session.subject.id}\u0000${c.bundle.session.subject.hash}`)).size >
  1;

/** The same assessment, pointing at the bundle as it is now (a live session goes on). */
export const withBundle = (assessment: Assessment, bundle: EvidenceBundle): Assessment => ({
  ...assessment,
  bundle: { sessionId: bundle.session.id, chainHead: bundle.chain.head, eventCount: bundle.events.length },
});

/** Locks the assessment on the bundle's chain head; what is missing is said, in French and English. */
export const finaliseColumn = async (
  column: Pick<Column, 'assessment' | 'bundle'>,
  now: Date,
): Promise<{ ok: true; assessment: Assessment } | { ok: false; missing: string[] }> => {
  const a = column.assessment;
  const missing = [
    ...(a.mark === null ? ['mark'] : []),
    ...a.questions.filter((q) => q.level === null).map((q) => q.questionId),
  ];
  if (missing.length > 0) return { ok: false, missing };
  const final = await finalise(withBundle(a, column.bundle), now);
  return { ok: true, assessment: final };
};

/** Reads a mark typed by the examiner: 0–20, by half points; anything else is null. */
export const readMark = (text: string): number | null => {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > 20) return null;
  return Math.round(value * 2) / 2;
};

/** `<subject>-<candidate number>.temoin-assessment.json` */
export const assessmentFileName = (a: Assessment): string =>
  `${safeFileName(a.subject.id, 60)}-${safeFileName(a.candidate.number, 60)}${ASSESSMENT_SUFFIX}`;

/** The assessment file's text, checked against the schema first (never writes an invalid file). */
export const assessmentFile = (
  a: Assessment,
): { ok: true; text: string } | { ok: false; problems: Problem[] } => {
  const checked = parse('assessment', a);
  return checked.ok ? { ok: true, text: `${JSON.stringify(a, null, 2)}\n` } : checked;
};

/** The harmonisation CSV (its columns: shared/harmonisation/export-csv.ts), one row per assessment. */
export const reviewCsv = async (assessments: readonly Assessment[], bom = false): Promise<string> => {
  const set = new HarmonisationSet();
  for (const a of assessments) await set.addText(assessmentFileName(a), JSON.stringify(a));
  // The examiner's own commission file, for the centre: it names the candidates (the
  // harmonisation page's export is the one that leaves pseudonymised by default).
  return harmonisationCsv(buildReport(set), { bom, pseudonymise: false });
};

/** The points helper's method, as the fiche shows it. */
export const pointsMethod = (locale: 'fr' | 'en'): string => {
  const points = Object.entries(LEVEL_POINTS)
    .map(([level, value]) => `${level} = ${String(value).replace('.', locale === 'fr' ? ',' : '.')}`)
    .join(', ');
  return locale === 'fr'
    ? `Moyenne des niveaux des questions, chacun compté au milieu de son quart de l’échelle (${points}), arrondie au demi-point. Une proposition : la note est celle de l’examinateur.`
    : `Mean of the questions' levels, each counted at the middle of its quarter of the scale (${points}), rounded to the half point. A proposal: the mark is the examiner's.`;
};
