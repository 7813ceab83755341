/**
 * One condition of a rule, compiled once into a predicate over an event.
 *
 * Semantics (documented in README.md, asserted in conditions.test.ts):
 * - A field path reads own properties only (`data.seo.metaDescription`, `data.fields[0].value`,
 *   `url`); a missing field makes every operator false except `exists: false`.
 * - On an array field, `equals`, `contains` and `matches` hold when **some** element does,
 *   `differs` when **no** element equals; `lengthBetween` counts the items.
 * - `{{variable}}` placeholders are replaced by the subject's values before anything else; in a
 *   `matches` pattern the value is escaped, so a variable is always matched literally.
 * - `equals` compares numbers numerically (`"10"`, `"10 %"`, `"19,90"` read as numbers when
 *   the other side is a number) and booleans loosely (`"1"`, `"on"`, `"true"` are true), so a
 *   subject variable — always a string — can be compared with a numeric or boolean field.
 *   Strings compare exactly unless the condition is `tolerant` (see text.ts).
 * - `matches` is compiled once, and only when `checkPattern` accepts the final pattern.
 */
import { type Problem, problem } from '../schema/problems.ts';
import type { Condition, TextTolerance } from '../schema/rule.ts';
import { compileQuality, isQuality } from './quality-conditions.ts';
import { checkPattern } from './safe-pattern.ts';
import { characterLength, countWords, normalise } from './text.ts';

/** The subject's variables by name. */
export type Variables = ReadonlyMap<string, string>;
/** A compiled test over an event (or over any object read with field paths). */
export type Predicate = (target: unknown) => boolean;
/**
 * A compiled condition; `share` (graded operators such as `mentions`) says how much of it holds,
 * from 0 to 1, when it does not hold entirely.
 */
export type CompiledCondition =
  | { ok: true; test: Predicate; share?: (target: unknown) => number }
  | { ok: false; problems: Problem[] };
type Path = readonly (string | number)[];

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

/** `data.fields[0].value` → `['data', 'fields', 0, 'value']`. */
export const parseFieldPath = (path: string): (string | number)[] =>
  [...path.matchAll(SEGMENT)].map((match) => (match[2] === undefined ? match[1]! : Number(match[2])));

/** Reads a field by its parsed path; own properties only, so `__proto__` reads nothing. */
export const readField = (target: unknown, segments: readonly (string | number)[]): unknown => {
  let current = target;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      if (!Object.hasOwn(current, segment)) return undefined;
      current = (current as Record<string, unknown>)[segment];
    }
  }
  return current;
};

const VARIABLE = /\{\{\s*([^}\s]*)\s*\}\}/g;
const REGEXP_SYNTAX = /[\\^$.*+?()[\]{}|/]/g;

/**
 * Only the start of a long text is matched against a pattern, which bounds backtracking
 * whatever the pattern. It is the longest note a candidate can save (5,000 characters): a
 * note's conclusion (« à ne pas mettre en avant : … ») or a wrong claim at its end must be
 * read (it was 500, which missed them). Worst case measured for a safe pattern with two
 * unbounded quantifiers on 5,000 adversarial characters: about 40 ms.
 */
export const MAX_MATCHED_LENGTH = 5_000;

/** Escapes a text so that a pattern matches it literally. */
export const escapePattern = (text: string): string => text.replace(REGEXP_SYNTAX, '\\$&');

/** Replaces `{{name}}` by the variable's value; names it does not know are returned. */
export const substitute = (
  text: string,
  variables: Variables,
  transform: (value: string) => string = (value) => value,
): { text: string; unknown: string[] } => {
  const unknown: string[] = [];
  const out = text.replace(VARIABLE, (whole, name: string) => {
    const value = variables.get(name);
    if (value === undefined) {
      unknown.push(name);
      return whole;
    }
    return transform(value);
  });
  return { text: out, unknown };
};

const NUMBER = /^\s*([-+]?\d+(?:[.,]\d+)?)\s*(?:%|€)?\s*$/;

/** A number, or a string that writes one (`"10"`, `"-2.5"`, `"19,90"`, `"10 %"`, `"5 €"`). */
export const toNumber = (value: unknown): number | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = NUMBER.exec(value);
  return match ? Number(match[1]!.replace(',', '.')) : undefined;
};

const TRUE = new Set(['true', '1', 'on', 'yes', 'oui']);
const FALSE = new Set(['false', '0', 'off', 'no', 'non', '']);

/** A boolean, `1`/`0`, or a string a form or an option table uses for one. */
export const toBoolean = (value: unknown): boolean | undefined => {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
};

/** Present: not missing, not null, not a blank string, not an empty list. */
/**
 * A check of one value, on the condition's field or, with `orFields`, on any of those fields
 * too (« the query in the SEO title or the meta description »); with `ifAny`, nothing written
 * in any of them holds (an optional field is checked only when filled in).
 */
const inAnyField = (
  read: (target: unknown) => unknown,
  orFields: readonly string[] | undefined,
  holds: (value: unknown) => boolean,
  ifAny = false,
): ((target: unknown) => boolean) => {
  const others = (orFields ?? []).map((field) => parseFieldPath(field));
  if (others.length === 0 && !ifAny) return (target) => holds(read(target));
  return (target) => {
    const values = [read(target), ...others.map((segments) => readField(target, segments))];
    if (ifAny && !values.some(isPresent)) return true;
    return values.some(holds);
  };
};

export const isPresent = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  !(typeof value === 'string' && value.trim() === '') &&
  !(Array.isArray(value) && value.length === 0);

const some = (value: unknown, test: (item: unknown) => boolean): boolean =>
  Array.isArray(value) ? value.some(test) : test(value);

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** Equality of one field value with a condition's scalar, as documented above. */
const scalarEquals = (
  expected: string | number | boolean,
  tolerance: TextTolerance | undefined,
): ((item: unknown) => boolean) => {
  if (typeof expected === 'number')
    return (item) => (typeof item === 'boolean' ? toBoolean(expected) === item : toNumber(item) === expected);
  if (typeof expected === 'boolean') return (item) => toBoolean(item) === expected;
  const text = tolerance ? normalise(expected, tolerance) : expected;
  const number = toNumber(expected);
  const boolean = toBoolean(expected);
  return (item) => {
    if (typeof item === 'string') return (tolerance ? normalise(item, tolerance) : item) === text;
    if (typeof item === 'number') return number !== undefined && item === number;
    if (typeof item === 'boolean') return boolean === item;
    return false;
  };
};

const compare = {
  gt: (a: number, b: number) => a > b,
  gte: (a: number, b: number) => a >= b,
  lt: (a: number, b: number) => a < b,
  lte: (a: number, b: number) => a <= b,
} as const;

/**
 * Compiles a condition with the subject's variables. `path` locates the condition in its
 * document (e.g. `['questions', 0, 'rules', 2, 'where', 1]`) for the problems it reports.
 */
export const compileCondition = (
  condition: Condition,
  variables: Variables,
  path: Path = [],
  annexes: ReadonlyMap<string, string> = new Map(),
): CompiledCondition => {
  const read = (
    (segments) => (target: unknown) =>
      readField(target, segments)
  )(parseFieldPath(condition.field));
  const unknownVariables = (names: string[], key: string): CompiledCondition => ({
    ok: false,
    problems: names.map((name) => problem([...path, key], 'unknown-variable', { value: name })),
  });
  if (isQuality(condition)) {
    const missing: Problem[] = [];
    const compiled = compileQuality(
      condition,
      read,
      (text, key) => {
        const { text: out, unknown } = substitute(text, variables);
        for (const name of unknown)
          missing.push(problem([...path, key], 'unknown-variable', { value: name }));
        return unknown.length > 0 ? null : out;
      },
      annexes,
      path,
    );
    if (!compiled.ok) return { ok: false, problems: [...missing, ...compiled.problems] };
    return compiled;
  }

  switch (condition.op) {
    case 'equals':
    case 'differs': {
      let expected = condition.value;
      if (typeof expected === 'string') {
        const { text, unknown } = substitute(expected, variables);
        if (unknown.length > 0) return unknownVariables(unknown, 'value');
        expected = text;
      }
      const equals = scalarEquals(expected, condition.tolerant);
      if (condition.op === 'equals') return { ok: true, test: (target) => some(read(target), equals) };
      return {
        ok: true,
        test: (target) => {
          const value = read(target);
          return value !== undefined && value !== null && !some(value, equals);
        },
      };
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const { value, op } = condition;
      const holds = compare[op];
      return {
        ok: true,
        test: (target) => {
          const number = toNumber(read(target));
          return number !== undefined && holds(number, value);
        },
      };
    }
    case 'between': {
      const { min, max } = condition;
      const inRange = (value: unknown) => {
        const number = toNumber(value);
        return number !== undefined && number >= min && number <= max;
      };
      return { ok: true, test: inAnyField(read, condition.orFields, inRange) };
    }
    case 'exists': {
      const wanted = condition.value;
      return { ok: true, test: (target) => isPresent(read(target)) === wanted };
    }
    case 'contains': {
      const { text, unknown } = substitute(condition.value, variables);
      if (unknown.length > 0) return unknownVariables(unknown, 'value');
      const tolerance = condition.tolerant;
      const needle = tolerance ? normalise(text, tolerance) : text;
      const contains = (item: unknown) => {
        const haystack = textOf(item);
        if (haystack === undefined) return false;
        return (tolerance ? normalise(haystack, tolerance) : haystack).includes(needle);
      };
      return {
        ok: true,
        test: inAnyField(read, condition.orFields, (value) => some(value, contains), condition.ifAny),
      };
    }
    case 'matches': {
      const { text, unknown } = substitute(condition.pattern, variables, escapePattern);
      if (unknown.length > 0) return unknownVariables(unknown, 'pattern');
      const verdict = checkPattern(text, condition.flags);
      if (!verdict.ok)
        return {
          ok: false,
          problems: [problem([...path, 'pattern'], 'unsafe-pattern', { reason: verdict.reason })],
        };
      const pattern = new RegExp(text, condition.flags);
      const matches = (item: unknown) => {
        const value = typeof item === 'boolean' ? String(item) : textOf(item);
        return value !== undefined && pattern.test(value.slice(0, MAX_MATCHED_LENGTH));
      };
      if (condition.negate) return { ok: true, test: (target) => !some(read(target), matches) };
      return { ok: true, test: (target) => some(read(target), matches) };
    }
    case 'lengthBetween': {
      const { min, max } = condition;
      return {
        ok: true,
        test: (target) => {
          const value = read(target);
          const length =
            typeof value === 'string' ? characterLength(value) : Array.isArray(value) ? value.length : -1;
          return length >= min && length <= max;
        },
      };
    }
    case 'wordsAtLeast': {
      const { value: words } = condition;
      return {
        ok: true,
        test: (target) => {
          const value = read(target);
          if (typeof value === 'number') return value >= words; // already a count (e.g. data.wordCount)
          return typeof value === 'string' && countWords(value) >= words;
        },
      };
    }
  }
};

/** Compiles and applies one condition: for tests and one-off checks, not for loops. */
export const evaluateCondition = (
  condition: Condition,
  target: unknown,
  variables: Variables = new Map(),
): boolean => {
  const compiled = compileCondition(condition, variables);
  return compiled.ok && compiled.test(target);
};
