/**
 * The fiche d'évaluation as the national circular lays it out, as data (the print view renders
 * exactly this): the heading of the épreuve, the fields of the grid's `fiche` (candidate,
 * commission, CMS, subject, date as JJ/MM/AAAA), the grid of criteria C1–C8 by competence
 * and sub-competence against the TI/I/S/TS scale with the examiner's tick per criterion, the
 * appréciation, the mark /20 by half points, and the examiners' names with room to sign.
 *
 * It carries nothing of Témoin's suggestions: the official sheet is the examiner's word only.
 * The evidence summary (evidence-summary.ts) is where suggestions and the chain head go.
 *
 * A criterion's tick comes from the levels the examiner gave the subject's questions that
 * assess it: their median (the lower one of two), so one level per criterion as on the paper
 * sheet; none when no such question has a level yet.
 */
import { DEFAULT_GRID } from '../grid/e5-grid.ts';
import { type Locale, toDate } from '../i18n/translator.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { Level } from '../schema/common.ts';
import type { Grid } from '../schema/grid.ts';
import type { Subject } from '../schema/subject.ts';

const RANK: Record<Level, number> = { TI: 1, I: 2, S: 3, TS: 4 };

export interface SheetField {
  id: string;
  label: string;
  value: string;
}

export interface SheetCriterion {
  id: string;
  label: string;
  /** The examiner's level for this criterion (null: not ticked). */
  tick: Level | null;
}

export interface SheetSection {
  competence: string;
  subCompetences: { label: string; criteria: SheetCriterion[] }[];
}

export interface FicheSheet {
  heading: string[];
  /** The grid's `fiche` fields shown at the top (identity, commission, CMS, subject, date). */
  fields: SheetField[];
  levels: { id: Level; label: string }[];
  sections: SheetSection[];
  appreciationLabel: string;
  appreciation: string;
  markLabel: string;
  /** « 11,5 » (half points), empty when not given. */
  mark: string;
  examinersLabel: string;
  examiners: string;
  dateLabel: string;
  /** JJ/MM/AAAA. */
  date: string;
}

/** The median level (the lower of the two middle ones) of the levels given, or null. */
export const medianLevel = (levels: readonly (Level | null)[]): Level | null => {
  const ranked = levels.filter((l): l is Level => l !== null).sort((a, b) => RANK[a] - RANK[b]);
  return ranked.length === 0 ? null : ranked[Math.floor((ranked.length - 1) / 2)]!;
};

/** The examiner's level per criterion, from the levels of the questions assessing it. */
export const criterionTicks = (
  assessment: Pick<Assessment, 'questions'>,
  subject: Pick<Subject, 'questions'> | undefined,
): Map<string, Level | null> => {
  const byCriterion = new Map<string, (Level | null)[]>();
  for (const q of subject?.questions ?? []) {
    const level = assessment.questions.find((a) => a.questionId === q.id)?.level ?? null;
    for (const criterion of q.criteria)
      byCriterion.set(criterion, [...(byCriterion.get(criterion) ?? []), level]);
  }
  return new Map([...byCriterion].map(([criterion, levels]) => [criterion, medianLevel(levels)]));
};

const frDay = (isoDay: string): string =>
  new Intl.DateTimeFormat('fr-FR', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(toDate(isoDay));

/** The sheet of one assessment. The official sheet is French; `locale` only changes the mark's decimal sign. */
export const ficheSheet = (
  assessment: Assessment,
  options: { grid?: Grid; subject?: Pick<Subject, 'questions'>; locale?: Locale } = {},
): FicheSheet => {
  const grid: Grid = options.grid ?? DEFAULT_GRID;
  const a = assessment;
  const ticks = criterionTicks(a, options.subject);
  const values: Record<string, string> = {
    lastName: a.candidate.lastName ?? '',
    firstName: a.candidate.firstName ?? '',
    candidateNumber: a.candidate.number,
    commission: a.commission ?? '',
    date: frDay(a.date),
    cms:
      a.subject.cms === 'wordpress'
        ? 'WordPress'
        : a.subject.cms === 'prestashop'
          ? 'PrestaShop'
          : a.subject.cms,
    subjectLetter: a.subject.letter ?? '',
  };
  const label = (id: string, fallback: string) => grid.fiche.find((f) => f.id === id)?.label ?? fallback;
  const mark =
    a.mark === null ? '' : options.locale === 'en' ? String(a.mark) : String(a.mark).replace('.', ',');
  return {
    heading: [
      'BTS Négociation et Digitalisation de la Relation Client',
      'Épreuve E5 — Relation client à distance et digitalisation — partie pratique',
      'Fiche d’évaluation',
    ],
    fields: grid.fiche
      .filter((f) => f.id in values)
      .map((f) => ({ id: f.id, label: f.label, value: values[f.id] ?? '' })),
    levels: grid.levels.map((l) => ({ id: l.id, label: l.label })),
    sections: grid.competences.map((c) => ({
      competence: c.label,
      subCompetences: c.subCompetences.map((s) => ({
        label: s.label,
        criteria: s.criteria.map((criterion) => ({
          id: criterion.id,
          label: criterion.label,
          tick: ticks.get(criterion.id) ?? null,
        })),
      })),
    })),
    appreciationLabel: label('appreciation', 'Appréciation globale'),
    appreciation: a.appreciation,
    markLabel: label('mark', 'Note /20'),
    mark,
    examinersLabel: label('examiners', 'Nom(s) et signature(s) des examinateurs'),
    examiners: a.examiner.name,
    dateLabel: label('date', 'Date'),
    date: frDay(a.date),
  };
};
