/**
 * The three flags of harmonisation, each with its reason in French and English and the
 * assessments behind it. The methods are documented in README.md; in short:
 *
 * 1. **examiner-deviation** — marks are first corrected for the subject (each mark minus its
 *    subject's mean, plus the overall mean), so an examiner who drew a harder subject is not
 *    called severe. An examiner's deviation is their corrected mean minus the **median of the
 *    other examiners' corrected means** (leave-one-out, robust: one very severe examiner cannot
 *    drag the reference of the others). Flagged when |deviation| > threshold (2 points by
 *    default) and the examiner has at least `minCandidates` marks (5). A z-score on examiner
 *    means is not used: with 4 examiners no mean can reach |z| > 1.5 (the bound (k − 1)/√k),
 *    and the outlier itself inflates the standard deviation.
 * 2. **mark-levels** — |mark − expected mark of its levels| > tolerance (4 points), with the
 *    points model of points.ts (TI 0–5, I 5–10, S 10–15, TS 15–20 per question, averaged).
 * 3. **levels-suggestions** — over the questions with both a level and a suggestion (the one
 *    shown to the examiner, else the one computed again from the bundle's evidence): flagged
 *    when at least 2 questions differ from their suggestion, or one differs by at least 2
 *    levels (TI→S, I→TS…). A single one-level override is an examiner's normal judgement.
 */
import type { Level } from '../schema/common.ts';
import { type Entry, FLAG_KINDS, type Flag, type HarmonisationSettings } from './entry.ts';
import { formatNumber, type Locale } from './format.ts';
import { LEVEL_RANK } from './points.ts';
import { mean, median } from './stats.ts';

export type { Flag, FlagKind } from './entry.ts';
export { FLAG_KINDS } from './entry.ts';

type FlagEntry = Omit<Entry, 'flags'>;

export interface ExaminerDeviation {
  key: string;
  name: string;
  /** Marks given. */
  n: number;
  /** Raw mean of the marks. */
  mean: number;
  /** Mean once corrected for subjects. */
  adjustedMean: number;
  /** Median of the other comparable examiners' corrected means; null when there is none. */
  reference: number | null;
  deviation: number | null;
  /** Enough marks to be compared. */
  comparable: boolean;
  flagged: boolean;
}

/** Per examiner: corrected mean, reference of the others, deviation (see the module comment). */
export const examinerDeviations = (
  entries: readonly FlagEntry[],
  settings: HarmonisationSettings,
): ExaminerDeviation[] => {
  const marked = entries.filter((e): e is FlagEntry & { mark: number } => e.mark !== null);
  if (marked.length === 0) return [];
  const grand = mean(marked.map((e) => e.mark));
  const subjectMeans = new Map<string, number>();
  for (const key of new Set(marked.map((e) => e.subjectKey)))
    subjectMeans.set(key, mean(marked.filter((e) => e.subjectKey === key).map((e) => e.mark)));
  const adjusted = (e: FlagEntry & { mark: number }) => e.mark - subjectMeans.get(e.subjectKey)! + grand;

  const keys = [...new Set(marked.map((e) => e.examinerKey))];
  const base = keys.map((key) => {
    const own = marked.filter((e) => e.examinerKey === key);
    return {
      key,
      name: own[0]!.examiner,
      n: own.length,
      mean: mean(own.map((e) => e.mark)),
      adjustedMean: mean(own.map(adjusted)),
      comparable: own.length >= settings.minCandidates,
    };
  });
  return base.map((examiner) => {
    const others = base.filter((o) => o.key !== examiner.key && o.comparable).map((o) => o.adjustedMean);
    const reference = others.length > 0 ? median(others) : null;
    const deviation = reference === null ? null : examiner.adjustedMean - reference;
    return {
      ...examiner,
      reference,
      deviation,
      flagged:
        examiner.comparable && deviation !== null && Math.abs(deviation) > settings.examinerThreshold + 1e-9,
    };
  });
};

const LEVELS_DESC: readonly Level[] = ['TS', 'S', 'I', 'TI'];

const levelCounts = (counts: Record<Level, number>): string =>
  LEVELS_DESC.filter((level) => counts[level] > 0)
    .map((level) => `${counts[level]} ${level}`)
    .join(', ');

const n = (value: number, locale: Locale) => formatNumber(value, locale);
/** French takes the singular below 2 (« 1,5 point »), English only for exactly 1. */
const pluralFr = (count: number, one: string, many: string) => (Math.abs(count) < 2 ? one : many);
const pluralEn = (count: number, one: string, many: string) => (Math.abs(count) === 1 ? one : many);

const examinerFlag = (
  d: ExaminerDeviation,
  entries: readonly FlagEntry[],
  settings: HarmonisationSettings,
): Flag => {
  const deviation = d.deviation!;
  const below = deviation < 0;
  const corrected = Math.abs(d.adjustedMean - d.mean) >= 0.05;
  const gap = Math.abs(deviation);
  return {
    kind: 'examiner-deviation',
    key: `examiner-deviation:${d.key}`,
    examinerKey: d.key,
    examiner: d.name,
    assessmentIds: entries.filter((e) => e.examinerKey === d.key).map((e) => e.id),
    magnitude: gap,
    reason: {
      fr:
        `Moyenne de ${d.name} : ${n(d.mean, 'fr')}/20 sur ${d.n} ${pluralFr(d.n, 'note', 'notes')}` +
        (corrected ? ` (${n(d.adjustedMean, 'fr')}/20 corrigée des écarts entre sujets)` : '') +
        `, ${n(gap, 'fr')} ${pluralFr(gap, 'point', 'points')} ${below ? 'au-dessous' : 'au-dessus'} de la référence ` +
        `des autres examinateurs (${n(d.reference!, 'fr')}/20, médiane de leurs moyennes) ; ` +
        `seuil : ${n(settings.examinerThreshold, 'fr')} points.`,
      en:
        `${d.name}'s mean: ${n(d.mean, 'en')}/20 over ${d.n} ${pluralEn(d.n, 'mark', 'marks')}` +
        (corrected ? ` (${n(d.adjustedMean, 'en')}/20 corrected for differences between subjects)` : '') +
        `, ${n(gap, 'en')} ${pluralEn(gap, 'point', 'points')} ${below ? 'below' : 'above'} the other examiners' ` +
        `reference (${n(d.reference!, 'en')}/20, the median of their means); ` +
        `threshold: ${n(settings.examinerThreshold, 'en')} points.`,
    },
  };
};

const markLevelsFlag = (e: FlagEntry, settings: HarmonisationSettings): Flag | null => {
  if (e.mark === null || !e.expected) return null;
  const gap = e.mark - e.expected.value;
  if (Math.abs(gap) <= settings.markTolerance + 1e-9) return null;
  const x = e.expected;
  const counts = levelCounts(x.counts);
  return {
    kind: 'mark-levels',
    key: `mark-levels:${e.id}`,
    examinerKey: e.examinerKey,
    examiner: e.examiner,
    assessmentIds: [e.id],
    magnitude: Math.abs(gap),
    reason: {
      fr:
        `Note ${n(e.mark, 'fr')}/20 alors que les niveaux (${counts}) correspondent à environ ` +
        `${n(x.value, 'fr')}/20 (de ${n(x.low, 'fr')} à ${n(x.high, 'fr')}) : note ${gap < 0 ? 'inférieure' : 'supérieure'} ` +
        `de ${n(Math.abs(gap), 'fr')} points, au-delà de la tolérance de ${n(settings.markTolerance, 'fr')} points.`,
      en:
        `Mark ${n(e.mark, 'en')}/20 while the levels (${counts}) stand for about ` +
        `${n(x.value, 'en')}/20 (${n(x.low, 'en')} to ${n(x.high, 'en')}): ${n(Math.abs(gap), 'en')} points ` +
        `${gap < 0 ? 'lower' : 'higher'}, beyond the tolerance of ${n(settings.markTolerance, 'en')} points.`,
    },
  };
};

const levelsSuggestionsFlag = (e: FlagEntry, settings: HarmonisationSettings): Flag | null => {
  const compared = e.questions.filter(
    (q): q is typeof q & { level: Level; suggested: Level } => q.level !== null && q.suggested !== null,
  );
  const differing = compared
    .map((q) => ({ q, gap: Math.abs(LEVEL_RANK[q.level] - LEVEL_RANK[q.suggested]) }))
    .filter((d) => d.gap > 0);
  const maxGap = Math.max(0, ...differing.map((d) => d.gap));
  if (differing.length < settings.suggestionMinQuestions && maxGap < settings.suggestionMinGap) return null;
  const uncommented = differing.filter((d) => d.q.comment.trim() === '').length;
  const list = (locale: Locale) =>
    differing
      .map(({ q }) => `${q.label} ${q.level} ${locale === 'fr' ? 'au lieu de' : 'instead of'} ${q.suggested}`)
      .join(locale === 'fr' ? ' ; ' : '; ');
  const k = differing.length;
  const c = compared.length;
  return {
    kind: 'levels-suggestions',
    key: `levels-suggestions:${e.id}`,
    examinerKey: e.examinerKey,
    examiner: e.examiner,
    assessmentIds: [e.id],
    magnitude: k + maxGap / 10,
    reason: {
      fr:
        `Niveaux différents des suggestions fondées sur les preuves pour ${k} ${pluralFr(k, 'question', 'questions')} ` +
        `sur ${c} (${list('fr')}) ; écart maximal : ${maxGap} ${pluralFr(maxGap, 'niveau', 'niveaux')}` +
        (uncommented > 0 ? ` ; ${uncommented} sans commentaire.` : '.'),
      en:
        `Levels differ from the evidence-based suggestions on ${k} of ${c} ${pluralEn(c, 'question', 'questions')} ` +
        `(${list('en')}); largest gap: ${maxGap} ${pluralEn(maxGap, 'level', 'levels')}` +
        (uncommented > 0 ? `; ${uncommented} without a comment.` : '.'),
    },
  };
};

/** Every flag, examiners first (by size of deviation), then assessments (by examiner, size). */
export const flagsFor = (
  entries: readonly FlagEntry[],
  deviations: readonly ExaminerDeviation[],
  settings: HarmonisationSettings,
): Flag[] => {
  const examinerFlags = deviations
    .filter((d) => d.flagged)
    .map((d) => examinerFlag(d, entries, settings))
    .sort((a, b) => b.magnitude - a.magnitude);
  const assessmentFlags = entries
    .flatMap((e) => [markLevelsFlag(e, settings), levelsSuggestionsFlag(e, settings)])
    .filter((f): f is Flag => f !== null)
    .sort(
      (a, b) =>
        a.examiner.localeCompare(b.examiner, 'fr') ||
        FLAG_KINDS.indexOf(a.kind) - FLAG_KINDS.indexOf(b.kind) ||
        b.magnitude - a.magnitude,
    );
  return [...examinerFlags, ...assessmentFlags];
};
