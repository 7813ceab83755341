/**
 * A subject's rules compiled once: variables substituted, conditions turned into predicates,
 * patterns checked then compiled, `after` links resolved and ordered. Both evaluators (one-shot
 * and incremental) start from here. A rule with problems is kept, with its problems, and is
 * never satisfied: the examiner sees it rather than a silently missing rule.
 */
import { parse } from '../schema/index.ts';
import { type Problem, problem } from '../schema/problems.ts';
import { checkRule } from '../schema/references.ts';
import type { EvidenceRule } from '../schema/rule.ts';
import type { Subject } from '../schema/subject.ts';
import { checkLabel } from './check-labels.ts';
import { compileCondition, type Predicate, substitute, type Variables } from './conditions.ts';
import { DEFAULT_THRESHOLDS } from './levels.ts';
import { familyOf } from './state.ts';
import type { CheckInfo, CompiledQuestion, CompiledRule, CompiledSubject, RulePath } from './types.ts';

export type { CompiledQuestion, CompiledRule, CompiledSubject } from './types.ts';

const NEVER: Predicate = () => false;
const NO_GRADE = () => -1;

interface Check extends CheckInfo {
  test: Predicate;
  share?: ((target: unknown) => number) | undefined;
}

/** Just below 1: a partial degree never reads as a full one, whatever the rounding. */
const PARTIAL_MAX = 1 - 1e-9;

const grader = (checks: readonly Check[]) => {
  const total = checks.reduce((sum, check) => sum + (check.required ? 0 : check.weight), 0);
  return (target: unknown): number => {
    let held = 0;
    let all = true;
    for (const check of checks) {
      if (check.test(target)) {
        if (!check.required) held += check.weight;
        continue;
      }
      if (check.required) return -1;
      all = false;
      if (check.share) held += check.weight * check.share(target);
    }
    if (all) return 1;
    return total > 0 ? Math.min(held / total, PARTIAL_MAX) : 0;
  };
};

const key = (p: Problem) => `${p.path}\u0000${p.code}`;

/**
 * Compiles one rule alone (no `after` resolution). `context.variables` are the subject's
 * variables; `context.ruleIds` the ids `after` may name.
 */
export const compileRule = (
  rule: EvidenceRule,
  context: {
    variables?: Variables;
    ruleIds?: ReadonlySet<string>;
    path?: RulePath;
    index?: number;
    annexes?: ReadonlyMap<string, string>;
  } = {},
): CompiledRule => {
  const variables = context.variables ?? new Map<string, string>();
  const path = context.path ?? [];
  const problems = checkRule(rule, path, {
    variables: new Set(variables.keys()),
    ...(context.ruleIds ? { ruleIds: context.ruleIds } : {}),
  });
  const tests: Predicate[] = [];
  const checks: Check[] = [];
  rule.where.forEach((condition, i) => {
    const compiled = compileCondition(condition, variables, [...path, 'where', i], context.annexes);
    if (!compiled.ok) {
      problems.push(...compiled.problems);
      return;
    }
    tests.push(compiled.test);
    checks.push({
      label: substitute(checkLabel(condition), variables).text,
      weight: condition.weight ?? 1,
      required: condition.required === true,
      ...(condition.ceiling ? { ceiling: condition.ceiling } : {}),
      test: compiled.test,
      share: compiled.share,
    });
  });
  const window = rule.window
    ? {
        fromMs: rule.window.fromMinute * 60_000,
        toMs: rule.window.toMinute === undefined ? Number.POSITIVE_INFINITY : rule.window.toMinute * 60_000,
      }
    : null;
  if (window && window.toMs < window.fromMs)
    problems.push({
      ...problem([...path, 'window', 'toMinute'], 'window-order'),
      fr: 'la fin de la fenêtre doit suivre son début',
      en: 'the window must end after it starts',
    });
  const unique = [...new Map(problems.map((p) => [key(p), p])).values()];
  const test: Predicate =
    unique.length > 0
      ? NEVER
      : tests.length === 0
        ? () => true
        : tests.length === 1
          ? tests[0]!
          : (target) => {
              for (const t of tests) if (!t(target)) return false;
              return true;
            };
  return {
    rule,
    index: context.index ?? 0,
    questionIndex: 0,
    path,
    title: substitute(rule.title, variables).text,
    test,
    grade: unique.length > 0 ? NO_GRADE : grader(checks),
    checks: checks.map(({ label, weight, required, ceiling }) => ({
      label,
      weight,
      required,
      ...(ceiling ? { ceiling } : {}),
    })),
    held: (target) => checks.map((check) => check.test(target)),
    kinds: [
      ...new Set(
        [rule.kind, ...(rule.orKinds ?? [])].flatMap((kind) =>
          rule.evidence === 'state' ? familyOf(kind) : [kind],
        ),
      ),
    ],
    window,
    after: null,
    depth: 0,
    problems: unique,
  };
};

/**
 * Reads a rule from outside (a file, the editor): shape checked by `parse('rule', …)`, then
 * variables, `after` and patterns checked against the subject's context. Refused with the
 * problems and their paths (`where[1].pattern`…), never thrown.
 */
export const readRule = (
  input: unknown,
  context: { variables?: Variables; ruleIds?: ReadonlySet<string> } = {},
): { ok: true; rule: CompiledRule } | { ok: false; problems: Problem[] } => {
  const parsed = parse('rule', input);
  if (!parsed.ok) return parsed;
  const rule = compileRule(parsed.value, context);
  return rule.problems.length > 0 ? { ok: false, problems: rule.problems } : { ok: true, rule };
};

/**
 * The texts a `reformulated` check may compare with: each annex by its id (a table reads row by
 * row), and each question's own wording as `question:<id>` (a note that recopies the question
 * is no answer to it).
 */
export const annexTexts = (subject: Subject): Map<string, string> =>
  new Map([
    ...subject.annexes.flatMap((annex): [string, string][] => {
      if (annex.type === 'text') return [[annex.id, annex.text]];
      if (annex.type === 'table') return [[annex.id, annex.rows.map((row) => row.join(' ')).join('\n')]];
      return [];
    }),
    ...subject.questions.map((q): [string, string] => [`question:${q.id}`, `${q.title}\n${q.instructions}`]),
  ]);

/** Compiles every rule of a subject and links `after`; a cycle of `after` is a problem. */
export const compileSubject = (subject: Subject): CompiledSubject => {
  const variables: Variables = new Map(subject.variables.map((v) => [v.name, v.value]));
  const annexes = annexTexts(subject);
  const ruleIds = new Set(subject.questions.flatMap((q) => q.rules.map((r) => r.id)));
  const rules: CompiledRule[] = [];
  const byId = new Map<string, CompiledRule>();
  subject.questions.forEach((question, qi) => {
    question.rules.forEach((rule, ri) => {
      const path = ['questions', qi, 'rules', ri];
      const compiled = compileRule(rule, { variables, ruleIds, path, index: rules.length, annexes });
      compiled.questionIndex = qi;
      if (byId.has(rule.id)) {
        compiled.problems.push(problem([...path, 'id'], 'duplicate-id', { value: rule.id }));
        compiled.test = NEVER;
        compiled.grade = NO_GRADE;
      } else byId.set(rule.id, compiled);
      rules.push(compiled);
    });
  });

  // `after` names one rule: the links form chains, possibly ending in a cycle.
  for (const rule of rules) {
    if (rule.rule.after === undefined) continue;
    const seen = new Set<CompiledRule>([rule]);
    let current = byId.get(rule.rule.after);
    while (current && !seen.has(current) && current.rule.after !== undefined) {
      seen.add(current);
      current = byId.get(current.rule.after);
    }
    if (current === rule) {
      rule.problems.push({
        ...problem([...rule.path, 'after'], 'after-cycle', { value: rule.rule.after }),
        fr: `ordre circulaire : « ${rule.rule.after} » dépend de cette règle`,
        en: `circular order: "${rule.rule.after}" depends on this rule`,
      });
      rule.test = NEVER;
      rule.grade = NO_GRADE;
    }
  }
  const depthOf = (rule: CompiledRule, guard: number): number => {
    if (rule.rule.after === undefined || guard > rules.length) return 0;
    const target = byId.get(rule.rule.after);
    return target ? depthOf(target, guard + 1) + 1 : 0;
  };
  for (const rule of rules) {
    const target = rule.rule.after === undefined ? undefined : byId.get(rule.rule.after);
    rule.after = target ?? null;
    rule.depth = depthOf(rule, 0);
  }
  const order = [...rules].sort((a, b) => a.depth - b.depth || a.index - b.index);

  const questions = subject.questions.map((question, qi): CompiledQuestion => {
    const thresholdsFrom = question.thresholds ? 'question' : subject.thresholds ? 'subject' : 'default';
    return {
      question,
      rules: rules.filter((rule) => rule.questionIndex === qi),
      thresholds: question.thresholds ?? subject.thresholds ?? DEFAULT_THRESHOLDS,
      thresholdsFrom,
    };
  });
  return { subject, rules, order, questions, problems: rules.flatMap((rule) => rule.problems) };
};

/** Whether an event's elapsed time falls in a rule's window: `[from, to)` in minutes. */
export const inWindow = (rule: CompiledRule, elapsedMs: number): boolean =>
  rule.window === null || (elapsedMs >= rule.window.fromMs && elapsedMs < rule.window.toMs);
