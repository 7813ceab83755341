/**
 * The evidence rules engine: pure TypeScript, no browser API, the same in the extension, the
 * editor, tests and benchmarks. See README.md for the exact semantics.
 */
export { type CompiledRule, type CompiledSubject, compileRule, compileSubject, readRule } from './compile.ts';
export {
  compileCondition,
  evaluateCondition,
  parseFieldPath,
  readField,
  substitute,
  type Variables,
} from './conditions.ts';
export { evaluate, evaluateCompiled } from './evaluate.ts';
export { createIncrementalEvaluator, type IncrementalEvaluator } from './incremental.ts';
export { DEFAULT_THRESHOLDS, explain, levelFor, MAX_EVIDENCE } from './levels.ts';
export {
  CODE,
  LIBRARY,
  LIBRARY_IDS,
  type LibraryEntry,
  type LibraryId,
  type LibraryParams,
  libraryRule,
  type RuleOptions,
  SLUG,
  TEXT,
} from './library/index.ts';
export { evaluateByRule } from './reference.ts';
export { entityKey, familyOf, mergeData } from './state.ts';
export { characterLength, countWords, DEFAULT_TOLERANCE, normalise } from './text.ts';
export type * from './types.ts';
