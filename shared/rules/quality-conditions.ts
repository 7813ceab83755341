/**
 * The quality operators of a rule's `where`, compiled once (annex n-grams, substituted
 * keywords and mentions) into predicates; see quality.ts for what each measures.
 */
import { type Problem, problem } from '../schema/problems.ts';
import type { Condition } from '../schema/rule.ts';
import {
  accentedShare,
  afterDay,
  beforeDay,
  copiedShare,
  keywordUse,
  mentionedAny,
  ngramsOf,
  numbersBefore,
  proseShare,
  readsReduction,
  repetition,
  sameDay,
  structureOf,
  wordsOf,
} from './quality.ts';

type Path = readonly (string | number)[];
type Read = (target: unknown) => unknown;
export type QualityCondition = Extract<
  Condition,
  {
    op:
      | 'reformulated'
      | 'notRepetitive'
      | 'notStuffed'
      | 'mentions'
      | 'structured'
      | 'sameDate'
      | 'numbersWithin'
      | 'numbersAmong'
      | 'reducedBy'
      | 'notAfterEventDay'
      | 'notBeforeEventDay'
      | 'accented'
      | 'prose';
  }
>;
export type QualityCompiled =
  | { ok: true; test: (target: unknown) => boolean; share?: (target: unknown) => number }
  | { ok: false; problems: Problem[] };

const QUALITY_OPS = new Set([
  'reformulated',
  'notRepetitive',
  'notStuffed',
  'mentions',
  'structured',
  'sameDate',
  'numbersWithin',
  'numbersAmong',
  'reducedBy',
  'notAfterEventDay',
  'notBeforeEventDay',
  'accented',
  'prose',
]);
export const isQuality = (condition: Condition): condition is QualityCondition =>
  QUALITY_OPS.has(condition.op);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const textOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/**
 * Compiles a quality condition. `substitute` replaces `{{variables}}` (null: unknown ones,
 * already reported); `annexes` are the subject's annex texts by id.
 */
export const compileQuality = (
  condition: QualityCondition,
  read: Read,
  substitute: (text: string, key: string) => string | null,
  annexes: ReadonlyMap<string, string>,
  path: Path,
): QualityCompiled => {
  switch (condition.op) {
    case 'reformulated': {
      const annex = annexes.get(condition.annex);
      if (annex === undefined)
        return {
          ok: false,
          problems: [problem([...path, 'annex'], 'unknown-annex', { value: condition.annex })],
        };
      const grams = ngramsOf(wordsOf(annex), condition.ngram);
      return {
        ok: true,
        test: (target) => {
          const text = textOf(read(target));
          return text !== undefined && copiedShare(text, grams, condition.ngram) <= condition.maxCopied;
        },
      };
    }
    case 'notRepetitive':
      return {
        ok: true,
        test: (target) => {
          const text = textOf(read(target));
          if (text === undefined || wordsOf(text).length === 0) return condition.ifAny === true;
          const { repeated, variety } = repetition(text);
          return repeated <= condition.maxRepeated && variety >= condition.minVariety;
        },
      };
    case 'notStuffed': {
      const keyword = substitute(condition.value, 'value');
      if (keyword === null) return { ok: false, problems: [] };
      return {
        ok: true,
        test: (target) => {
          const text = textOf(read(target));
          // Like `notRepetitive`: an empty field is not a well-written one (no credit for nothing).
          if (text === undefined || wordsOf(text).length === 0) return false;
          const use = keywordUse(text, keyword);
          return use.repeats <= condition.maxRepeats && use.density <= condition.maxDensity;
        },
      };
    }
    case 'mentions': {
      // Each mention is one or more equivalent wordings; any of them makes the mention.
      const wanted: string[][] = [];
      for (const value of condition.values) {
        const wordings: string[] = [];
        for (const wording of typeof value === 'string' ? [value] : value) {
          const text = substitute(wording, 'value');
          if (text === null) return { ok: false, problems: [] };
          wordings.push(text);
        }
        wanted.push(wordings);
      }
      const share = (target: unknown) => {
        const text = textOf(read(target));
        if (text === undefined) return 0;
        const found = mentionedAny(text, wanted);
        return found.filter(Boolean).length / found.length;
      };
      return { ok: true, test: (target) => share(target) === 1, share };
    }
    case 'structured': {
      const wanted = [condition.headings, condition.lists, condition.links];
      const parts = wanted.filter((n) => n > 0).length;
      const share = (target: unknown) => {
        const found = structureOf(read(target));
        if (!found) return 0;
        if (parts === 0) return 1;
        const have = [found.headings, found.lists, found.links];
        return wanted.filter((n, i) => n > 0 && have[i]! >= n).length / parts;
      };
      return { ok: true, test: (target) => share(target) === 1, share };
    }
    case 'sameDate': {
      const date = substitute(condition.value, 'value');
      if (date === null) return { ok: false, problems: [] };
      return {
        ok: true,
        test: (target) => {
          const value = read(target);
          const items = Array.isArray(value) ? value : [value];
          return items.some((item) => {
            const text = textOf(item);
            return text !== undefined && sameDay(text, date);
          });
        },
      };
    }
    case 'numbersWithin': {
      const { unit, min, max } = condition;
      if (min > max)
        return {
          ok: false,
          problems: [
            {
              ...problem([...path, 'max'], 'thresholds-order'),
              fr: 'max doit être ≥ min',
              en: 'max must be ≥ min',
            },
          ],
        };
      return {
        ok: true,
        test: (target) => {
          const text = textOf(read(target));
          if (text === undefined) return condition.ifAny === true;
          const values = numbersBefore(text, unit);
          if (values.length === 0) return condition.ifAny === true;
          return values.every((value) => value >= min && value <= max);
        },
      };
    }
    case 'numbersAmong': {
      const { unit, values, tolerance } = condition;
      return {
        ok: true,
        test: (target) => {
          const text = textOf(read(target));
          if (text === undefined) return true;
          return numbersBefore(text, unit).every((written) =>
            values.some((value) => Math.abs(written - value) <= tolerance + 1e-9),
          );
        },
      };
    }
    case 'reducedBy':
      return {
        ok: true,
        test: (target) => {
          const text = textOf(read(target));
          return text !== undefined && readsReduction(text, condition.percent, condition.of);
        },
      };
    case 'notAfterEventDay':
    case 'notBeforeEventDay': {
      // The same reading of the date and the event's day; only the side that fails differs.
      const beyond = condition.op === 'notAfterEventDay' ? afterDay : beforeDay;
      return {
        ok: true,
        test: (target) => {
          const text = textOf(read(target));
          const time = isRecord(target) && typeof target.time === 'number' ? target.time : undefined;
          return text === undefined || time === undefined || !beyond(text, time, condition.graceDays);
        },
      };
    }
    case 'prose':
    case 'accented': {
      // The same reading: a share of the text's words, judged from 30 words on.
      const shareOf = condition.op === 'prose' ? proseShare : accentedShare;
      return {
        ok: true,
        test: (target) => {
          const text = textOf(read(target));
          const share = text === undefined ? undefined : shareOf(text);
          return share === undefined || share >= condition.minShare;
        },
      };
    }
  }
};
