/**
 * The mark lists an examiner hands in, from the commission's assessments:
 *
 * - the marks CSV, in the French convention (`;` between fields, decimal comma, dates
 *   JJ/MM/AAAA, UTF-8 with a byte order mark, French headers — what a French Excel or
 *   LibreOffice opens in columns with the marks as numbers) or the international one on
 *   request (`,`, decimal point, ISO dates, English headers);
 * - the « bordereau de notation »: candidate number, name, mark, nothing else;
 * - the workbook's sheets: one per commission (written as XLSX by the editor).
 *
 * Formula-like texts are neutralised by shared/export/csv.ts. Pure: no DOM.
 */
import { toDate } from '../i18n/translator.ts';
import type { Assessment } from '../schema/assessment.ts';
import { type CsvCell, toCsv } from './csv.ts';
import { safeFileName } from './file-name.ts';

export type CsvLocale = 'fr' | 'intl';

const HEADERS: Record<CsvLocale, string[]> = {
  fr: [
    'N° candidat',
    'Nom',
    'Prénom',
    'N° commission',
    'Date',
    'CMS',
    'Sujet',
    'Note /20',
    'État',
    'Examinateur',
  ],
  intl: [
    'candidate_number',
    'last_name',
    'first_name',
    'commission',
    'date',
    'cms',
    'subject',
    'mark',
    'status',
    'examiner',
  ],
};

const STATUS: Record<CsvLocale, Record<Assessment['status'], string>> = {
  fr: { draft: 'brouillon', final: 'définitive' },
  intl: { draft: 'draft', final: 'final' },
};

/** « 11,5 » in French (as a French spreadsheet reads a number), 11.5 otherwise. */
export const markCell = (mark: number | null, locale: CsvLocale): CsvCell =>
  mark === null ? null : locale === 'fr' ? String(mark).replace('.', ',') : mark;

/** « 03/06/2026 » in French (read as a date by a French spreadsheet), the ISO day otherwise. */
export const dayCell = (isoDay: string, locale: CsvLocale): string => {
  if (locale !== 'fr') return isoDay;
  const date = toDate(isoDay);
  return new Intl.DateTimeFormat('fr-FR', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
};

/** Commission, then candidate number (numeric order: 9 before 10). */
export const byCommissionAndNumber = (a: Assessment, b: Assessment): number =>
  (a.commission ?? '').localeCompare(b.commission ?? '', 'fr', { numeric: true }) ||
  a.candidate.number.localeCompare(b.candidate.number, 'fr', { numeric: true });

const subjectOf = (a: Assessment) =>
  [a.subject.letter, a.subject.code ?? a.subject.id].filter(Boolean).join(' — ');

/** The marks CSV: one row per assessment, sorted by commission then candidate number. */
export const marksCsv = (assessments: readonly Assessment[], locale: CsvLocale): string => {
  const rows = [...assessments]
    .sort(byCommissionAndNumber)
    .map((a): CsvCell[] => [
      a.candidate.number,
      a.candidate.lastName ?? '',
      a.candidate.firstName ?? '',
      a.commission ?? '',
      dayCell(a.date, locale),
      a.subject.cms,
      subjectOf(a),
      markCell(a.mark, locale),
      STATUS[locale][a.status],
      a.examiner.name,
    ]);
  return toCsv([HEADERS[locale], ...rows], { delimiter: locale === 'fr' ? ';' : ',', bom: true });
};

/** « NOM Prénom », as a bordereau lists a candidate. */
export const candidateName = (a: Assessment): string =>
  [a.candidate.lastName?.toLocaleUpperCase('fr-FR'), a.candidate.firstName].filter(Boolean).join(' ');

/** The bordereau de notation (French convention): candidate number, name, mark. */
export const bordereauCsv = (assessments: readonly Assessment[]): string =>
  toCsv(
    [
      ['N° candidat', 'Nom et prénom', 'Note /20'],
      ...[...assessments]
        .sort(byCommissionAndNumber)
        .map((a): CsvCell[] => [a.candidate.number, candidateName(a), markCell(a.mark, 'fr')]),
    ],
    { delimiter: ';', bom: true },
  );

export interface MarkSheet {
  /** The sheet's name: « Commission C12 » (« Sans commission » when none was given). */
  name: string;
  header: string[];
  /** Marks are numbers (null when none), so the spreadsheet sums them. */
  rows: (string | number | null)[][];
}

/** The workbook's sheets: one per commission, its candidates by number. */
export const markSheets = (assessments: readonly Assessment[]): MarkSheet[] => {
  const groups = new Map<string, Assessment[]>();
  for (const a of [...assessments].sort(byCommissionAndNumber)) {
    const key = a.commission ?? '';
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups].map(([commission, members]) => ({
    // Spreadsheet sheet names: 31 characters at most, none of : \ / ? * [ ].
    name: (commission ? `Commission ${commission}` : 'Sans commission')
      .replace(/[:\\/?*[\]]/g, '-')
      .slice(0, 31),
    header: ['N° candidat', 'Nom et prénom', 'Date', 'Sujet', 'Note /20', 'État', 'Examinateur'],
    rows: members.map((a) => [
      a.candidate.number,
      candidateName(a),
      dayCell(a.date, 'fr'),
      subjectOf(a),
      a.mark,
      STATUS.fr[a.status],
      a.examiner.name,
    ]),
  }));
};

/** `notes-<commission or commissions>-<JJ-MM-AAAA>.<ext>`, safe on every file system. */
export const markListFileName = (
  kind: 'notes' | 'bordereau' | 'classeur',
  assessments: readonly Assessment[],
  now: Date,
  extension: 'csv' | 'xlsx',
): string => {
  const commissions = [...new Set(assessments.map((a) => a.commission).filter(Boolean))].join('-');
  const day = dayCell(now.toISOString().slice(0, 10), 'fr').replaceAll('/', '-');
  return `${safeFileName([kind, commissions, day].filter(Boolean).join('-'))}.${extension}`;
};
