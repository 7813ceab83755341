/**
 * Checks that cross document boundaries or need the whole document: a question's criteria
 * exist in the grid, competences in the catalogue, rules name known event kinds, variables
 * and rules, patterns are safe, ids are unique. Shape checks stay in the zod schemas.
 */
import { checkPattern } from '../rules/safe-pattern.ts';
import type { Catalogue } from './catalogue.ts';
import { EVENT_KINDS } from './event.ts';
import { criteriaOf, type Grid } from './grid.ts';
import { type Problem, problem } from './problems.ts';
import type { Condition, EvidenceRule } from './rule.ts';
import type { Subject } from './subject.ts';

const KNOWN_KINDS = new Set<string>(EVENT_KINDS);
const VARIABLE = /\{\{\s*([^}\s]*)\s*\}\}/g;
const REGEXP_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * The pattern that will run: variables are replaced by their escaped values first (see
 * shared/rules/conditions.ts), so `{{keyword}}` is a literal, never `{` quantifiers or, with the
 * `u` flag, a syntax error. A variable whose value is not known here stands for one letter.
 */
const patternToRun = (pattern: string, values?: ReadonlyMap<string, string>): string =>
  pattern.replace(VARIABLE, (_whole, name: string) =>
    (values?.get(name) ?? 'x').replace(REGEXP_SYNTAX, '\\$&'),
  );

export const variablesUsed = (condition: Condition): string[] => {
  const texts: string[] = [];
  if ('value' in condition && typeof condition.value === 'string') texts.push(condition.value);
  if (condition.op === 'matches') texts.push(condition.pattern);
  if (condition.op === 'mentions') texts.push(...condition.values.flat());
  return texts.flatMap((text) => [...text.matchAll(VARIABLE)].map((match) => match[1] ?? ''));
};

/** Problems of one rule seen alone or within a subject (`variables`/`ruleIds` given). */
export const checkRule = (
  rule: EvidenceRule,
  path: readonly (string | number)[],
  context: {
    variables?: ReadonlySet<string>;
    /** Values of the variables, to check a `matches` pattern as it will run. */
    values?: ReadonlyMap<string, string>;
    ruleIds?: ReadonlySet<string>;
    criteria?: ReadonlySet<string>;
  } = {},
): Problem[] => {
  const problems: Problem[] = [];
  if (!KNOWN_KINDS.has(rule.kind))
    problems.push(problem([...path, 'kind'], 'unknown-event-kind', { value: rule.kind }));
  if (context.criteria)
    rule.criteria.forEach((criterion, i) => {
      if (!context.criteria!.has(criterion))
        problems.push(problem([...path, 'criteria', i], 'unknown-criterion', { value: criterion }));
    });
  if (rule.after !== undefined && context.ruleIds && !context.ruleIds.has(rule.after))
    problems.push(problem([...path, 'after'], 'unknown-rule', { value: rule.after }));
  rule.where.forEach((condition, i) => {
    const conditionPath = [...path, 'where', i];
    if (context.variables)
      for (const name of variablesUsed(condition))
        if (!context.variables.has(name))
          problems.push(
            problem(
              [...conditionPath, condition.op === 'matches' ? 'pattern' : 'value'],
              'unknown-variable',
              { value: name },
            ),
          );
    if (condition.op === 'matches') {
      const verdict = checkPattern(patternToRun(condition.pattern, context.values), condition.flags);
      if (!verdict.ok)
        problems.push(problem([...conditionPath, 'pattern'], 'unsafe-pattern', { reason: verdict.reason }));
    }
    if ((condition.op === 'between' || condition.op === 'lengthBetween') && condition.min > condition.max)
      problems.push({
        ...problem([...conditionPath, 'max'], 'thresholds-order'),
        fr: 'max doit être ≥ min',
        en: 'max must be ≥ min',
      });
  });
  return problems;
};

const duplicates = <T>(
  items: readonly T[],
  key: (item: T) => string,
  path: (i: number) => (string | number)[],
): Problem[] => {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item, i) => {
    const id = key(item);
    if (seen.has(id)) problems.push(problem(path(i), 'duplicate-id', { value: id }));
    seen.add(id);
  });
  return problems;
};

export const checkSubject = (
  subject: Subject,
  context: { grid?: Grid; catalogue?: Catalogue } = {},
): Problem[] => {
  const problems: Problem[] = [];
  const criteria = context.grid ? new Set(criteriaOf(context.grid)) : undefined;
  const competences = context.catalogue
    ? new Set(context.catalogue.entries.map((entry) => entry.id))
    : undefined;
  const annexes = new Set(subject.annexes.map((annex) => annex.id));
  const values = new Map(subject.variables.map((variable) => [variable.name, variable.value]));
  const variables = new Set(values.keys());
  const rules = subject.questions.flatMap((question, qi) =>
    question.rules.map((rule, ri) => ({ rule, qi, ri })),
  );
  const ruleIds = new Set(rules.map(({ rule }) => rule.id));

  if (context.grid && subject.gridId !== context.grid.id)
    problems.push(problem(['gridId'], 'grid-mismatch', { expected: subject.gridId, value: context.grid.id }));
  if (context.catalogue && subject.catalogueId !== undefined && subject.catalogueId !== context.catalogue.id)
    problems.push(
      problem(['catalogueId'], 'catalogue-mismatch', {
        expected: subject.catalogueId,
        value: context.catalogue.id,
      }),
    );

  problems.push(
    ...duplicates(
      subject.questions,
      (question) => question.id,
      (i) => ['questions', i, 'id'],
    ),
    ...duplicates(
      subject.variables,
      (variable) => variable.name,
      (i) => ['variables', i, 'name'],
    ),
    ...duplicates(
      subject.annexes,
      (annex) => annex.id,
      (i) => ['annexes', i, 'id'],
    ),
    ...duplicates(
      rules,
      ({ rule }) => rule.id,
      (i) => ['questions', rules[i]!.qi, 'rules', rules[i]!.ri, 'id'],
    ),
  );

  subject.questions.forEach((question, qi) => {
    const at = ['questions', qi] as const;
    if (criteria)
      question.criteria.forEach((criterion, i) => {
        if (!criteria.has(criterion))
          problems.push(problem([...at, 'criteria', i], 'unknown-criterion', { value: criterion }));
      });
    if (competences)
      question.competences.forEach((competence, i) => {
        if (!competences.has(competence))
          problems.push(problem([...at, 'competences', i], 'unknown-competence', { value: competence }));
      });
    question.annexes.forEach((annex, i) => {
      if (!annexes.has(annex))
        problems.push(problem([...at, 'annexes', i], 'unknown-annex', { value: annex }));
    });
    question.rules.forEach((rule, ri) => {
      problems.push(...checkRule(rule, [...at, 'rules', ri], { variables, values, ruleIds, criteria }));
    });
  });
  return problems;
};
