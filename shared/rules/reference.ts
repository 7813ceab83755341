/**
 * The reference semantics of evidence rules, written rule by rule to be read and checked, not
 * to be fast: `evaluate` and the incremental evaluator (one engine, event by event, rules
 * indexed by kind) must give exactly — deep-equal — what `evaluateByRule` gives, for any
 * session and any batching (property test in incremental.test.ts).
 *
 * Events
 * - Events are taken in the order given, which is `seq` order in a bundle; an event whose `seq`
 *   is not above the last one taken is a repeat and is skipped.
 * - Events flagged `afterTime` are left out unless `includeAfterTime` is set.
 * - Events flagged `unconfirmed` (page-reported) are left out unless an event Témoin fetched
 *   itself relates to them, wherever it is in the session (confirmed.ts). When some are left
 *   out, the rules are judged a second time on every event, and only the ceilings of that
 *   judgement apply (page-reported evidence lowers, never raises: `reportedCeiling`).
 *
 * Scope of a rule: events of its kind(s) that fall in its `window` (`fromMinute` ≤ elapsed <
 * `toMinute`, from `elapsedMs`) and, with `after: A`, whose `seq` is above the `seq` of the
 * event after which rule A was first satisfied (A unsatisfied: nothing is in scope).
 *
 * Process evidence (the candidate did it): every event in scope that satisfies `where` counts;
 * the rule holds when at least `atLeast` did; it was first satisfied at the `atLeast`-th.
 *
 * State evidence (the site's end state shows it): events in scope are folded per thing (see
 * state.ts: a content item, a product, a voucher, a settings area…); a thing counts when it had
 * an event of the rule's kind, its last event is not of the opposite kind (an unpublished
 * article), and its current state — last event, data merged with earlier ones — satisfies
 * `where`. The rule holds when at least `atLeast` things count *now*; it records the first
 * moment it held, and the explanation says when it no longer does.
 */
import type { CaptureEvent } from '../schema/event.ts';
import type { Subject } from '../schema/subject.ts';
import { type CompiledRule, type CompiledSubject, compileSubject, inWindow } from './compile.ts';
import { confirmedIds, countable } from './confirmed.ts';
import { nearestMiss } from './incremental.ts';
import { evidenceRef, MAX_EVIDENCE, ruleResult, stateEvidence, summariseQuestion } from './levels.ts';
import { advance, type EntityState, entityKey, isCandidateFor, readable } from './state.ts';
import type { EvaluateOptions, EvaluationResult, EvidenceRef, RuleResult } from './types.ts';

/** Events taken into account, with the counts the result reports. */
export const acceptEvents = (
  events: readonly CaptureEvent[],
  options: EvaluateOptions = {},
): {
  accepted: CaptureEvent[];
  /** `accepted` and the page-reported events left out (levels.ts, `reportedCeiling`). */
  reported: CaptureEvent[];
  eventCount: number;
  ignoredAfterTime: number;
  ignoredUnconfirmed: number;
  lastSeq: number | null;
} => {
  const taken: CaptureEvent[] = [];
  let lastSeq: number | null = null;
  for (const event of events) {
    if (lastSeq !== null && event.seq <= lastSeq) continue;
    lastSeq = event.seq;
    taken.push(event);
  }
  const confirmed = confirmedIds(taken);
  const accepted: CaptureEvent[] = [];
  const reported: CaptureEvent[] = [];
  let ignoredAfterTime = 0;
  let ignoredUnconfirmed = 0;
  for (const event of taken) {
    if (event.afterTime === true && !options.includeAfterTime) {
      ignoredAfterTime += 1;
      continue;
    }
    reported.push(event);
    if (!countable(event, confirmed)) ignoredUnconfirmed += 1;
    else accepted.push(event);
  }
  return { accepted, reported, eventCount: taken.length, ignoredAfterTime, ignoredUnconfirmed, lastSeq };
};

const evaluateRule = (
  rule: CompiledRule,
  events: readonly CaptureEvent[],
  anchor: number | null | undefined,
): RuleResult => {
  let seen = 0;
  let count = 0;
  let firstSatisfiedSeq: number | null = null;
  const empty = {
    seen,
    count,
    firstSatisfiedSeq,
    events: [] as EvidenceRef[],
    best: 0,
    bestTarget: undefined,
  };
  if (rule.problems.length > 0 || anchor === null) return ruleResult(rule, empty);
  const inScope = (event: CaptureEvent) =>
    readable(event, rule.rule.evidence, rule.rule.fetched) &&
    inWindow(rule, event.elapsedMs) &&
    (anchor === undefined || event.seq > anchor);
  const { atLeast } = rule.rule;

  if (rule.rule.evidence === 'process') {
    const evidence: EvidenceRef[] = [];
    let best = 0;
    let bestTarget: unknown;
    for (const event of events) {
      if (!inScope(event)) continue;
      seen += 1;
      const degree = rule.grade(event);
      if (degree < 1) {
        if (degree > best || (bestTarget === undefined && degree >= 0)) {
          best = degree;
          bestTarget = event;
        }
        continue;
      }
      count += 1;
      if (evidence.length < MAX_EVIDENCE) evidence.push(evidenceRef(event));
      if (count === atLeast) firstSatisfiedSeq = event.seq;
    }
    return ruleResult(rule, { seen, count, firstSatisfiedSeq, events: evidence, best, bestTarget });
  }

  const things = new Map<string, EntityState>();
  const deciding = new Map<string, CaptureEvent>();
  const partial = new Map<string, { degree: number; view: unknown }>();
  for (const event of events) {
    if (!inScope(event)) continue;
    seen += 1;
    const key = entityKey(event);
    const state = advance(things.get(key), event);
    things.set(key, state);
    const degree = isCandidateFor(state, rule.rule) ? rule.grade(state.view) : -1;
    deciding.delete(key);
    partial.delete(key);
    if (degree === 1) deciding.set(key, event);
    else if (degree >= 0) partial.set(key, { degree, view: state.view });
    if (firstSatisfiedSeq === null && deciding.size >= atLeast) firstSatisfiedSeq = event.seq;
  }
  count = deciding.size;
  return ruleResult(rule, {
    seen,
    count,
    firstSatisfiedSeq,
    events: stateEvidence(deciding.values()),
    ...nearestMiss(partial.values()),
  });
};

/** The reference evaluation of an already compiled subject. */
export const evaluateCompiledByRule = (
  compiled: CompiledSubject,
  events: readonly CaptureEvent[],
  options: EvaluateOptions = {},
): EvaluationResult => {
  // The tally (eventCount, ignored…, lastSeq) goes into the result as acceptEvents counted it.
  const { accepted, reported, ...tally } = acceptEvents(events, options);
  const judge = (taken: readonly CaptureEvent[]): Map<CompiledRule, RuleResult> => {
    const byKinds = new Map<string, CaptureEvent[]>();
    const eventsOf = (kinds: readonly string[]): CaptureEvent[] => {
      const key = kinds.join('|');
      let list = byKinds.get(key);
      if (!list) {
        const wanted = new Set(kinds);
        list = taken.filter((event) => wanted.has(event.kind));
        byKinds.set(key, list);
      }
      return list;
    };
    const results = new Map<CompiledRule, RuleResult>();
    for (const rule of compiled.order) {
      const anchor = rule.after ? (results.get(rule.after)?.firstSatisfiedSeq ?? null) : undefined;
      results.set(rule, evaluateRule(rule, eventsOf(rule.kinds), anchor));
    }
    return results;
  };
  const results = judge(accepted);
  // Every event, page-reported ones included: its wrong work caps levels, never raises them.
  const withReported = tally.ignoredUnconfirmed > 0 ? judge(reported) : undefined;
  return {
    subjectId: compiled.subject.id,
    ...tally,
    questions: compiled.questions.map((question) =>
      summariseQuestion(
        question,
        question.rules.map((rule) => results.get(rule)!),
        compiled.subject.emptyLevel,
        withReported && question.rules.map((rule) => withReported.get(rule)!),
      ),
    ),
    problems: compiled.problems,
  };
};

/** The reference evaluation of a subject's rules on a session's events. */
export const evaluateByRule = (
  subject: Subject,
  events: readonly CaptureEvent[],
  options: EvaluateOptions = {},
): EvaluationResult => evaluateCompiledByRule(compileSubject(subject), events, options);
