/**
 * The harmonisation report: from a set of loaded files and settings, everything the view, the
 * CSV and the printed report show — per-assessment facts, statistics per examiner, per subject
 * and per examiner × subject, level distributions per criterion, and the flags with their
 * reasons. Pure and deterministic: the same files and settings give the same report.
 */
import { DEFAULT_GRID } from '../grid/e5-grid.ts';
import { evaluate } from '../rules/evaluate.ts';
import type { EvaluationResult } from '../rules/types.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { EvidenceBundle } from '../schema/bundle.ts';
import type { Level } from '../schema/common.ts';
import type { Subject } from '../schema/subject.ts';
import type { HarmonisationSet } from './collection.ts';
import { DEFAULT_SETTINGS, type Entry, type EntryQuestion, type HarmonisationSettings } from './entry.ts';
import { examinerDeviations, type Flag, flagsFor } from './flags.ts';
import { candidateLabel, examinerKey, subjectLabel } from './format.ts';
import { expectedMark } from './points.ts';
import { stationCopyFlags } from './station-copy.ts';
import { type Summary, summarise } from './stats.ts';

export type { Entry, EntryQuestion, HarmonisationSettings } from './entry.ts';
export { DEFAULT_SETTINGS } from './entry.ts';

export interface GroupStats {
  key: string;
  label: string;
  /** Assessments in the group. */
  assessments: number;
  /** Distinct candidate numbers. */
  candidates: number;
  drafts: number;
  /** Statistics of the marks given (assessments without a mark are left out). */
  marks: number[];
  summary: Summary;
}

export interface ExaminerSubjectStats extends GroupStats {
  examinerKey: string;
  subjectKey: string;
}

export type LevelCounts = Record<Level, number>;

/** One criterion (or question, when the subject is unknown): level counts per examiner. */
export interface LevelDistribution {
  key: string;
  label: string;
  /** Criterion id, or null for a question of an unknown subject. */
  criterion: string | null;
  cohort: LevelCounts;
  byExaminer: { key: string; label: string; counts: LevelCounts }[];
}

export interface Report {
  settings: HarmonisationSettings;
  entries: Entry[];
  cohort: GroupStats;
  examiners: GroupStats[];
  subjects: GroupStats[];
  examinerSubjects: ExaminerSubjectStats[];
  deviations: ReturnType<typeof examinerDeviations>;
  levels: LevelDistribution[];
  flags: Flag[];
  /** Whether the criteria come from subjects for every assessment. */
  criteriaKnown: boolean;
}

const CRITERION_LABELS = new Map<string, string>();
for (const competence of DEFAULT_GRID.competences)
  for (const sub of competence.subCompetences)
    for (const criterion of sub.criteria as readonly { id: string; label: string }[])
      CRITERION_LABELS.set(criterion.id, criterion.label);

export const criterionLabel = (id: string): string =>
  CRITERION_LABELS.has(id) ? `${id} ${CRITERION_LABELS.get(id)}` : id;

const emptyCounts = (): LevelCounts => ({ TI: 0, I: 0, S: 0, TS: 0 });

const evaluations = new WeakMap<EvidenceBundle, Map<Subject, EvaluationResult | null>>();

/** The rules engine on a bundle's events, once per bundle and subject. */
const evaluationOf = (bundle: EvidenceBundle, subject: Subject): EvaluationResult | null => {
  let bySubject = evaluations.get(bundle);
  if (!bySubject) {
    bySubject = new Map();
    evaluations.set(bundle, bySubject);
  }
  if (!bySubject.has(subject)) {
    try {
      bySubject.set(subject, evaluate(subject, bundle.events));
    } catch {
      bySubject.set(subject, null);
    }
  }
  return bySubject.get(subject) ?? null;
};

const entryOf = (set: HarmonisationSet, assessment: Assessment, file: string): Omit<Entry, 'flags'> => {
  const bundle = set.bundleOf(assessment) ?? null;
  const subject = set.subjectOf(assessment) ?? bundle?.subjectPackage?.subject ?? null;
  const evaluation = bundle && subject ? evaluationOf(bundle, subject) : null;
  const questions = assessment.questions.map((q, index): EntryQuestion => {
    const known = subject?.questions.find((sq) => sq.id === q.questionId);
    const evaluated = evaluation?.questions.find((eq) => eq.questionId === q.questionId) ?? null;
    const suggested = q.suggested ?? evaluated?.level ?? null;
    return {
      questionId: q.questionId,
      label: `Q${known?.number ?? index + 1}`,
      title: known?.title ?? null,
      criteria: known ? [...known.criteria] : null,
      level: q.level,
      suggested,
      suggestedFrom: q.suggested ? 'assessment' : suggested ? 'evidence' : null,
      overridden: q.overridden,
      comment: q.comment,
      evaluation: evaluated,
    };
  });
  return {
    id: assessment.id,
    file,
    assessment,
    examinerKey: examinerKey(assessment.examiner.name),
    examiner: assessment.examiner.name.trim().replace(/\s+/g, ' '),
    subjectKey: assessment.subject.id,
    subjectLabel: subjectLabel(assessment.subject),
    candidate: candidateLabel(assessment.candidate),
    mark: assessment.mark,
    expected: expectedMark(assessment.questions.map((q) => q.level)),
    questions,
    subject,
    bundle,
  };
};

const groupStats = (key: string, label: string, entries: readonly Entry[]): GroupStats => {
  const marks = entries.map((e) => e.mark).filter((m): m is number => m !== null);
  return {
    key,
    label,
    assessments: entries.length,
    candidates: new Set(entries.map((e) => e.assessment.candidate.number.trim())).size,
    drafts: entries.filter((e) => e.assessment.status === 'draft').length,
    marks,
    summary: summarise(marks),
  };
};

const groupBy = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'fr');

const dimensionsOf = (
  entry: Omit<Entry, 'flags'>,
  q: EntryQuestion,
): { key: string; label: string; criterion: string | null }[] =>
  q.criteria
    ? q.criteria.map((c) => ({ key: c, label: criterionLabel(c), criterion: c }))
    : [
        {
          key: `${entry.subjectKey}#${q.questionId}`,
          label: `${entry.subjectLabel} — ${q.label}`,
          criterion: null,
        },
      ];

const dimensionOrder = (a: LevelDistribution, b: LevelDistribution): number => {
  if (a.criterion && b.criterion) return Number(a.criterion.slice(1)) - Number(b.criterion.slice(1));
  if (a.criterion) return -1;
  if (b.criterion) return 1;
  return a.label.localeCompare(b.label, 'fr', { numeric: true });
};

export const buildReport = (
  set: HarmonisationSet,
  settings: HarmonisationSettings = DEFAULT_SETTINGS,
): Report => {
  const bare = [...set.assessments.values()].map(({ assessment, file }) => entryOf(set, assessment, file));
  const entries: Entry[] = bare.map((e) => ({ ...e, flags: [] }));

  const examinerNames = new Map<string, string>();
  for (const e of entries)
    if (!examinerNames.has(e.examinerKey)) examinerNames.set(e.examinerKey, e.examiner);

  const examiners = [...groupBy(entries, (e) => e.examinerKey)]
    .map(([key, list]) => groupStats(key, examinerNames.get(key)!, list))
    .sort(byLabel);
  const subjects = [...groupBy(entries, (e) => e.subjectKey)]
    .map(([key, list]) => groupStats(key, list[0]!.subjectLabel, list))
    .sort(byLabel);
  const examinerSubjects = [...groupBy(entries, (e) => `${e.examinerKey}\u0000${e.subjectKey}`)]
    .map(
      ([, list]): ExaminerSubjectStats => ({
        ...groupStats(
          `${list[0]!.examinerKey}\u0000${list[0]!.subjectKey}`,
          `${examinerNames.get(list[0]!.examinerKey)!} — ${list[0]!.subjectLabel}`,
          list,
        ),
        examinerKey: list[0]!.examinerKey,
        subjectKey: list[0]!.subjectKey,
      }),
    )
    .sort(byLabel);

  const levels = new Map<string, LevelDistribution>();
  for (const entry of entries)
    for (const q of entry.questions) {
      if (!q.level) continue;
      for (const dim of dimensionsOf(entry, q)) {
        let row = levels.get(dim.key);
        if (!row) {
          row = { ...dim, cohort: emptyCounts(), byExaminer: [] };
          levels.set(dim.key, row);
        }
        row.cohort[q.level] += 1;
        let group = row.byExaminer.find((g) => g.key === entry.examinerKey);
        if (!group) {
          group = {
            key: entry.examinerKey,
            label: examinerNames.get(entry.examinerKey)!,
            counts: emptyCounts(),
          };
          row.byExaminer.push(group);
        }
        group.counts[q.level] += 1;
      }
    }
  const levelRows = [...levels.values()].sort(dimensionOrder);
  for (const row of levelRows) row.byExaminer.sort(byLabel);

  const deviations = examinerDeviations(entries, settings);
  // Evidence that is not what the station received comes first: it weighs on every other flag.
  const flags = [...stationCopyFlags(set, entries), ...flagsFor(entries, deviations, settings)];
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const flag of flags) for (const id of flag.assessmentIds) byId.get(id)?.flags.push(flag);

  return {
    settings: { ...settings },
    entries,
    cohort: groupStats('*', '*', entries),
    examiners,
    subjects,
    examinerSubjects,
    deviations,
    levels: levelRows,
    flags,
    criteriaKnown: entries.every((e) => e.questions.every((q) => q.criteria !== null)),
  };
};
