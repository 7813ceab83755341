/**
 * From rule results to a suggested level and a French sentence. Both evaluators end here, so
 * that the same rule results always give the same question results, to the last bit.
 *
 * - ratio = Σ weight × degree of the rules / weight of all the rules (a rule's degree is 1 when
 *   satisfied, else the weighted share of its checks its nearest miss meets);
 * - level = the highest of TS, S, I whose threshold the ratio reaches, else TI; thresholds come
 *   from the question, else the subject, else `DEFAULT_THRESHOLDS`;
 * - when no rule saw any event of its kind (« aucune action observée »), the level is the
 *   subject's `emptyLevel`, else TI, whatever the thresholds;
 * - no rule, or rules of weight 0 only: no suggestion (`null`), the examiner decides.
 */
import type { Level } from '../schema/common.ts';
import type { CaptureEvent } from '../schema/event.ts';
import type { LevelThresholds } from '../schema/subject.ts';
import type {
  CompiledQuestion,
  CompiledRule,
  CriterionResult,
  EvidenceRef,
  QuestionResult,
  RuleResult,
  Tally,
} from './types.ts';

/** Evidence listed per rule: enough to show, bounded so that 20,000 page visits stay small. */
export const MAX_EVIDENCE = 20;

export const evidenceRef = (event: CaptureEvent): EvidenceRef => ({
  id: event.id,
  seq: event.seq,
  elapsedMs: event.elapsedMs,
});

/** The result of one rule from its running figures (same shape from both evaluators). */
export const ruleResult = (
  compiled: CompiledRule,
  figures: {
    seen: number;
    count: number;
    firstSatisfiedSeq: number | null;
    events: EvidenceRef[];
    /** Degree of the nearest miss (0 when none) and what it was. */
    best: number;
    bestTarget: unknown;
  },
): RuleResult => {
  const { rule } = compiled;
  const valid = compiled.problems.length === 0;
  const satisfied = valid && figures.count >= rule.atLeast;
  const degree = !valid
    ? 0
    : satisfied
      ? 1
      : Math.min((figures.count + figures.best) / rule.atLeast, 1 - 1e-9);
  const held: (boolean | null)[] =
    satisfied || (figures.count > 0 && figures.bestTarget === undefined)
      ? compiled.checks.map(() => true)
      : figures.bestTarget !== undefined
        ? compiled.held(figures.bestTarget)
        : compiled.checks.map(() => null);
  // A near miss is evidence too: the examiner opens the event to see what is missing.
  const events =
    !satisfied && figures.best > 0 && isRef(figures.bestTarget) && figures.events.length < MAX_EVIDENCE
      ? [...figures.events, evidenceRef(figures.bestTarget)].sort((a, b) => a.seq - b.seq)
      : figures.events;
  return {
    ruleId: rule.id,
    title: compiled.title,
    criteria: [...rule.criteria],
    evidence: rule.evidence,
    weight: rule.weight,
    atLeast: rule.atLeast,
    seen: figures.seen,
    count: figures.count,
    satisfied,
    degree,
    checks: compiled.checks.map((check, i) => ({ ...check, held: held[i] ?? null })),
    firstSatisfiedSeq: figures.firstSatisfiedSeq,
    events,
    problems: compiled.problems,
  };
};

const isRef = (value: unknown): value is CaptureEvent =>
  typeof value === 'object' && value !== null && typeof (value as { seq?: unknown }).seq === 'number';

/** Deciding events of the things in the required state, as evidence: by `seq`, bounded. */
export const stateEvidence = (deciding: Iterable<CaptureEvent>): EvidenceRef[] =>
  [...deciding]
    .sort((a, b) => a.seq - b.seq)
    .slice(0, MAX_EVIDENCE)
    .map(evidenceRef);

/** TS from 85 % of the weight, S from 60 %, I from 25 %, else TI. */
export const DEFAULT_THRESHOLDS: LevelThresholds = { I: 0.25, S: 0.6, TS: 0.85 };

/** Sums of weights like 0.1 + 0.2 must reach a threshold of 0.3. */
const EPSILON = 1e-9;

export const levelFor = (ratio: number, thresholds: LevelThresholds): Level =>
  ratio + EPSILON >= thresholds.TS
    ? 'TS'
    : ratio + EPSILON >= thresholds.S
      ? 'S'
      : ratio + EPSILON >= thresholds.I
        ? 'I'
        : 'TI';

const RANK: Record<Level, number> = { TI: 0, I: 1, S: 2, TS: 3 };
const lower = (a: Level, b: Level): Level => (RANK[a] <= RANK[b] ? a : b);

/**
 * Wrong work caps the level: the lowest `ceiling` of the checks that failed on the evidence
 * their rule judged (a check with no evidence to judge — `held: null` — caps nothing: missing
 * work only costs its weight). Invalid rules are the designer's mistake and cap nothing.
 */
export const ceilingOf = (rules: readonly RuleResult[]): Tally['ceiling'] => {
  let level: Level | null = null;
  const checks: string[] = [];
  for (const rule of rules) {
    if (rule.problems.length > 0) continue;
    for (const check of rule.checks) {
      if (check.held !== false || !check.ceiling) continue;
      if (level === null || RANK[check.ceiling] < RANK[level]) {
        level = check.ceiling;
        checks.length = 0;
      }
      if (check.ceiling === level) checks.push(check.label);
    }
  }
  return level === null ? null : { level, checks };
};

/**
 * Page-reported evidence may lower a level, never raise it. An event the page reported and
 * Témoin could not confirm (an article sent back to draft has no public page to read) does not
 * count for the candidate; but the candidate is the only one who could steer the page, and no
 * one forges evidence against themselves. So the same rules are also judged on every event,
 * confirmed or not, and the wrong work found there (its ceilings only, never its weight) caps
 * the level too: an alt text added while the checked article was sent back to draft.
 * Null when it caps nothing below `own`.
 */
export const reportedCeiling = (
  reported: readonly RuleResult[] | undefined,
  own: Tally['ceiling'],
): Tally['ceiling'] => {
  const found = reported ? ceilingOf(reported) : null;
  if (found === null || (own !== null && RANK[own.level] <= RANK[found.level])) return null;
  return { ...found, reported: true };
};

/** « Mot-clé dans le slug » → « mot-clé dans le slug », but « SEO du produit » stays. */
const lowerFirst = (text: string): string =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
const upperFirst = (text: string): string => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

const missingNote = (rule: RuleResult): string => {
  if (rule.firstSatisfiedSeq !== null) return ' (plus vrai à la fin)';
  if (rule.atLeast > 1 && rule.count > 0) return ` (${rule.count}/${rule.atLeast})`;
  return '';
};

/** « 67 %, manque : méta description de 120 à 160 caractères » */
const partialNote = (rule: RuleResult): string => {
  const missed = rule.checks.filter((check) => check.held === false).map((check) => check.label);
  const share = `${Math.round(rule.degree * 100)} %`;
  const progress = rule.atLeast > 1 && rule.count > 0 ? ` ${rule.count}/${rule.atLeast},` : '';
  return missed.length > 0
    ? `${share},${progress} manque ${missed.join(', ')}`
    : `${share}${progress ? `,${progress.slice(0, -1)}` : ''}`;
};

/**
 * « Article publié, mot-clé dans le titre, mot-clé dans le slug ; manque : mot-clé dans la
 * méta-description → S »
 */
export const explain = (rules: readonly RuleResult[], tally: Omit<Tally, 'explanation'>): string => {
  if (rules.length === 0) return 'Aucune règle de preuve : niveau à fixer par l’examinateur';
  if (tally.level === null) return 'Règles sans poids : niveau à fixer par l’examinateur';
  if (!tally.hasEvidence) return `Aucune action observée → ${tally.level}`;
  const done = rules.filter((rule) => rule.satisfied);
  const partial = rules.filter((rule) => !rule.satisfied && rule.problems.length === 0 && rule.degree > 0);
  // A rule weighing nothing (a guard against a mistake, a landmark for `after`) is not missing work.
  const missing = rules.filter(
    (rule) => !rule.satisfied && rule.problems.length === 0 && rule.degree === 0 && rule.weight > 0,
  );
  const invalid = rules.filter((rule) => rule.problems.length > 0);
  const parts = [done.length > 0 ? done.map((rule) => lowerFirst(rule.title)).join(', ') : 'rien d’acquis'];
  if (partial.length > 0)
    parts.push(
      `en partie : ${partial.map((rule) => `${lowerFirst(rule.title)} (${partialNote(rule)})`).join(', ')}`,
    );
  if (missing.length > 0)
    parts.push(`manque : ${missing.map((rule) => lowerFirst(rule.title) + missingNote(rule)).join(', ')}`);
  if (tally.ceiling && tally.ceiling.level === tally.level)
    parts.push(
      `limité à ${tally.ceiling.level}${tally.ceiling.reported ? ' d’après ce que la page a rapporté (non confirmé par Témoin)' : ''}, ${tally.ceiling.checks.length > 1 ? 'exigences non respectées' : 'exigence non respectée'} : ${tally.ceiling.checks.join(', ')}`,
    );
  if (tally.unfinished.length > 0 && tally.level === 'S')
    parts.push('TS seulement quand tout ce qui est demandé est fait');
  if (invalid.length > 0)
    parts.push(
      `règle${invalid.length > 1 ? 's' : ''} invalide${invalid.length > 1 ? 's' : ''} : ${invalid.map((rule) => `« ${rule.title} »`).join(', ')}`,
    );
  return `${upperFirst(parts.join(' ; '))} → ${tally.level}`;
};

/** Evidence of the rules that count (in whole or in part), in `seq` order, each event once. */
const evidenceOf = (rules: readonly RuleResult[]): { ref: EvidenceRef; rule: RuleResult }[] => {
  const evidence: { ref: EvidenceRef; rule: RuleResult }[] = [];
  for (const rule of rules) if (rule.degree > 0) for (const ref of rule.events) evidence.push({ ref, rule });
  return evidence.sort((a, b) => a.ref.seq - b.ref.seq); // merges already sorted runs
};

const idsOf = (evidence: readonly { ref: EvidenceRef }[]): string[] => {
  const ids: string[] = [];
  let last = Number.NaN;
  for (const { ref } of evidence) {
    if (ref.seq !== last) ids.push(ref.id);
    last = ref.seq;
  }
  return ids;
};

/**
 * Figures, level and sentence for a set of rules (a question, or one criterion of it);
 * `eventIds` are the evidence of its satisfied rules, in `seq` order.
 */
export const tally = (
  rules: readonly RuleResult[],
  thresholds: LevelThresholds,
  emptyLevel: Level = 'TI',
  eventIds: string[] = idsOf(evidenceOf(rules)),
  reported?: readonly RuleResult[],
): Tally => {
  let weightSatisfied = 0;
  let weightTotal = 0;
  const rulesSatisfied: string[] = [];
  const rulesMissed: string[] = [];
  for (const rule of rules) {
    // An invalid rule is a designer's mistake: shown, but out of the weight the candidate needs.
    if (rule.problems.length === 0) weightTotal += rule.weight;
    weightSatisfied += rule.weight * rule.degree;
    if (rule.satisfied) rulesSatisfied.push(rule.ruleId);
    else rulesMissed.push(rule.ruleId);
  }
  const hasEvidence = rules.some((rule) => rule.seen > 0);
  const ratio = weightTotal > 0 ? weightSatisfied / weightTotal : null;
  const own = hasEvidence ? ceilingOf(rules) : null;
  const ceiling = reportedCeiling(reported, own) ?? own;
  const found = ratio === null ? null : hasEvidence ? levelFor(ratio, thresholds) : emptyLevel;
  const capped = found !== null && ceiling !== null ? lower(found, ceiling.level) : found;
  // « Très satisfaisant » is everything asked: a TS ratio with a requirement not met in full is
  // S. A rule weighted below 1 is a secondary step (a follow-up the designer marked so): it
  // counts in the ratio but does not bar TS.
  const unfinished =
    capped === 'TS' && thresholds.complete !== false
      ? rules.filter((rule) => rule.problems.length === 0 && rule.weight >= 1 && rule.degree < 1)
      : [];
  const level = unfinished.length > 0 ? 'S' : capped;
  const figures = {
    rulesSatisfied,
    rulesMissed,
    eventIds,
    weightSatisfied,
    weightTotal,
    ratio,
    hasEvidence,
    level,
    ceiling,
    unfinished: unfinished.map((rule) => rule.ruleId),
  };
  return { ...figures, explanation: explain(rules, figures) };
};

/** A question's result from its rules' results (in the question's rule order). */
export const summariseQuestion = (
  compiled: CompiledQuestion,
  rules: RuleResult[],
  emptyLevel: Level | undefined,
  /** The same rules judged on every event, page-reported ones included (`reportedCeiling`). */
  reported?: RuleResult[],
): QuestionResult => {
  const { question, thresholds, thresholdsFrom } = compiled;
  const criteria = [...new Set([...question.criteria, ...rules.flatMap((rule) => rule.criteria)])];
  // Sorted once for the question; each criterion keeps its rules' share of it.
  const evidence = evidenceOf(rules);
  return {
    questionId: question.id,
    number: question.number,
    title: question.title,
    thresholds,
    thresholdsFrom,
    ...tally(rules, thresholds, emptyLevel, idsOf(evidence), reported),
    rules,
    examinerAspects: [...(question.examinerAspects ?? [])],
    criteria: criteria.map(
      (criterion): CriterionResult => ({
        criterion,
        ...tally(
          rules.filter((rule) => rule.criteria.includes(criterion)),
          thresholds,
          emptyLevel,
          idsOf(evidence.filter(({ rule }) => rule.criteria.includes(criterion))),
          reported?.filter((rule) => rule.criteria.includes(criterion)),
        ),
      }),
    ),
  };
};
