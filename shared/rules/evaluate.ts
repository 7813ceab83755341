/**
 * Evaluates a subject's evidence rules on a candidate's events, all at once: per question and
 * per criterion, the rules satisfied and missed, their evidence, the weight satisfied, a
 * suggested level and a French explanation. The exact semantics are written out, rule by rule,
 * in reference.ts and README.md; this is the same engine as the incremental evaluator, given
 * the whole session as one batch (one pass over the events, rules indexed by kind).
 */

import type { CaptureEvent } from '../schema/event.ts';
import type { Subject } from '../schema/subject.ts';
import { type CompiledSubject, compileSubject } from './compile.ts';
import { createIncrementalEvaluator } from './incremental.ts';
import type { EvaluateOptions, EvaluationResult } from './types.ts';

/** Evaluates an already compiled subject (compile once, evaluate many bundles). */
export const evaluateCompiled = (
  compiled: CompiledSubject,
  events: readonly CaptureEvent[],
  options: EvaluateOptions = {},
): EvaluationResult => {
  // One engine for all: the incremental evaluator also leaves page-reported events out until
  // the extension's own end-state read confirms them (confirmed.ts).
  const evaluator = createIncrementalEvaluator(compiled, options);
  evaluator.push(events);
  return evaluator.result();
};

export const evaluate = (
  subject: Subject,
  events: readonly CaptureEvent[],
  options: EvaluateOptions = {},
): EvaluationResult => evaluateCompiled(compileSubject(subject), events, options);
