/**
 * The same evaluation as `evaluate`, fed batch by batch as events arrive (the examiner follows
 * three candidates live). Pushing a session in any batching, then asking for the result, gives
 * exactly — deep-equal — what `evaluate` gives for the whole session.
 *
 * Cost: rules are indexed by the kinds they look at, so an event only touches the rules of its
 * kind: a batch costs O(batch × rules for those kinds). Each rule keeps running figures
 * (seen, count, first satisfied, evidence); state rules share, per scope, the folded state of
 * the things they look at. `result()` rebuilds only the questions whose rules changed and
 * reuses the other question objects (treat results as read-only).
 *
 * Page-reported events (`unconfirmed`) are held aside until Témoin's own end-state read confirms
 * them (confirmed.ts), exactly as the reference does for the whole session; meanwhile a second
 * engine judges every event, and its ceilings only cap the levels (levels.ts `reportedCeiling`).
 */
import type { CaptureEvent } from '../schema/event.ts';
import type { Subject } from '../schema/subject.ts';
import { type CompiledRule, type CompiledSubject, compileSubject, inWindow } from './compile.ts';
import { confirmationOf, countable, thingOf } from './confirmed.ts';
import { evidenceRef, MAX_EVIDENCE, ruleResult, summariseQuestion } from './levels.ts';
import { advance, type EntityState, entityKey, isCandidateFor, readable } from './state.ts';
import type { EvaluateOptions, EvaluationResult, EvidenceRef, QuestionResult, RuleResult } from './types.ts';

export interface IncrementalEvaluator {
  /** Takes the next events of the session, in `seq` order; repeats (seq ≤ last seen) are skipped. */
  push(events: readonly CaptureEvent[]): void;
  /** The evaluation of every event pushed so far. */
  result(): EvaluationResult;
}

interface RuleState {
  rule: CompiledRule;
  seen: number;
  count: number;
  firstSatisfiedSeq: number | null;
  /** Process rules: the first matching events. */
  events: EvidenceRef[];
  /** State rules: per thing in the required state, its last event, in `seq` order. */
  deciding: Map<string, CaptureEvent>;
  /** Process rules: the nearest miss so far (first of the best degree). */
  best: number;
  bestTarget: unknown;
  /** State rules: per thing partly meeting the rule now, its degree and state. */
  partial: Map<string, { degree: number; view: unknown }>;
  cached: RuleResult | null;
}

/** State rules that look at the same events in the same scope share the things' states. */
interface Tracker {
  window: CompiledRule['window'];
  fetched: boolean;
  after: RuleState | null;
  things: Map<string, EntityState>;
  rules: RuleState[];
}

/** The first `MAX_EVIDENCE` deciding events (the map is kept in `seq` order). */
const firstEvidence = (deciding: Iterable<CaptureEvent>): EvidenceRef[] => {
  const refs: EvidenceRef[] = [];
  for (const event of deciding) {
    if (refs.length === MAX_EVIDENCE) break;
    refs.push(evidenceRef(event));
  }
  return refs;
};

/**
 * The first thing of the highest partial degree (map order: the order of their last events);
 * a candidate that meets none of its checks (degree 0) still counts as the miss to show, so that
 * its failed checks — and their ceilings — are known.
 */
export const nearestMiss = (
  partial: Iterable<{ degree: number; view: unknown }>,
): { best: number; bestTarget: unknown } => {
  let best = 0;
  let bestTarget: unknown;
  for (const item of partial)
    if (item.degree > best || bestTarget === undefined) {
      best = item.degree;
      bestTarget = item.view;
    }
  return { best, bestTarget };
};

const scopeKey = (rule: CompiledRule): string =>
  [
    rule.kinds.join('|'),
    rule.window?.fromMs ?? '',
    rule.window?.toMs ?? '',
    rule.after?.index ?? '',
    rule.rule.fetched === true,
  ].join('\u0000');

interface Engine {
  take: (event: CaptureEvent) => void;
  results: (reported?: Engine) => QuestionResult[];
  ruleResultsOf: (qi: number) => RuleResult[];
}

/** The rules' running state: takes countable events one by one, in `seq` order. */
const createEngine = (compiled: CompiledSubject): Engine => {
  const states = new Map<CompiledRule, RuleState>();
  for (const rule of compiled.rules)
    states.set(rule, {
      rule,
      seen: 0,
      count: 0,
      firstSatisfiedSeq: null,
      events: [],
      deciding: new Map(),
      best: 0,
      bestTarget: undefined,
      partial: new Map(),
      cached: null,
    });
  const stateOf = (rule: CompiledRule) => states.get(rule)!;

  const processByKind = new Map<string, RuleState[]>();
  const trackersByKind = new Map<string, Tracker[]>();
  const trackers = new Map<string, Tracker>();
  for (const rule of compiled.order) {
    if (rule.problems.length > 0) continue; // never satisfied, sees nothing
    const state = stateOf(rule);
    if (rule.rule.evidence === 'process') {
      for (const kind of rule.kinds) {
        const list = processByKind.get(kind) ?? [];
        list.push(state);
        processByKind.set(kind, list);
      }
      continue;
    }
    const key = scopeKey(rule);
    let tracker = trackers.get(key);
    if (!tracker) {
      tracker = {
        window: rule.window,
        fetched: rule.rule.fetched === true,
        after: rule.after ? stateOf(rule.after) : null,
        things: new Map(),
        rules: [],
      };
      trackers.set(key, tracker);
      for (const kind of rule.kinds) {
        const list = trackersByKind.get(kind) ?? [];
        list.push(tracker);
        trackersByKind.set(kind, list);
      }
    }
    tracker.rules.push(state);
  }

  const dirtyQuestions = new Set<number>(compiled.questions.map((_, i) => i));
  const touch = (state: RuleState) => {
    state.cached = null;
    dirtyQuestions.add(state.rule.questionIndex);
  };
  /** `seq` is past the anchor of `after` (no anchor yet: not in scope). */
  const pastAnchor = (after: RuleState | null, seq: number) =>
    after === null || (after.firstSatisfiedSeq !== null && seq > after.firstSatisfiedSeq);

  const take = (event: CaptureEvent) => {
    const { seq, elapsedMs } = event;
    const fetched = !readable(event, 'process', false);
    for (const state of fetched ? [] : (processByKind.get(event.kind) ?? [])) {
      const { rule } = state;
      if (!inWindow(rule, elapsedMs) || !pastAnchor(rule.after && stateOf(rule.after), seq)) continue;
      state.seen += 1;
      touch(state);
      const degree = rule.grade(event);
      if (degree < 1) {
        // Degree 0 still passed the rule's gates: the first such event is the miss to show.
        if (degree > state.best || (state.bestTarget === undefined && degree >= 0)) {
          state.best = degree;
          state.bestTarget = event;
        }
        continue;
      }
      state.count += 1;
      if (state.events.length < MAX_EVIDENCE) state.events.push(evidenceRef(event));
      if (state.count === rule.rule.atLeast) state.firstSatisfiedSeq = seq;
    }
    for (const tracker of trackersByKind.get(event.kind) ?? []) {
      if (fetched && !tracker.fetched) continue;
      if (tracker.window && (elapsedMs < tracker.window.fromMs || elapsedMs >= tracker.window.toMs)) continue;
      if (!pastAnchor(tracker.after, seq)) continue;
      const key = entityKey(event);
      const thing = advance(tracker.things.get(key), event);
      tracker.things.set(key, thing);
      for (const state of tracker.rules) {
        const { rule } = state;
        state.seen += 1;
        touch(state);
        // Deleted then set: the map stays in the order of the deciding events' seq.
        state.deciding.delete(key);
        state.partial.delete(key);
        const degree = isCandidateFor(thing, rule.rule) ? rule.grade(thing.view) : -1;
        if (degree === 1) state.deciding.set(key, event);
        else if (degree >= 0) state.partial.set(key, { degree, view: thing.view });
        if (state.firstSatisfiedSeq === null && state.deciding.size >= rule.rule.atLeast)
          state.firstSatisfiedSeq = seq;
      }
    }
  };

  const ruleResultOf = (state: RuleState): RuleResult => {
    if (state.cached) return state.cached;
    const { rule } = state;
    const isState = rule.rule.evidence === 'state';
    const nearest = isState
      ? nearestMiss(state.partial.values())
      : { best: state.best, bestTarget: state.bestTarget };
    state.cached = ruleResult(rule, {
      seen: state.seen,
      count: isState ? state.deciding.size : state.count,
      firstSatisfiedSeq: state.firstSatisfiedSeq,
      events: isState ? firstEvidence(state.deciding.values()) : [...state.events],
      ...nearest,
    });
    return state.cached;
  };

  const ruleResultsOf = (qi: number): RuleResult[] =>
    compiled.questions[qi]!.rules.map((rule) => ruleResultOf(stateOf(rule)));

  const questions: QuestionResult[] = [];
  let summarisedWithReported = false;
  /**
   * The questions, rebuilding only those whose rules changed — all of them when `reported` (the
   * same rules judged on page-reported events too, levels.ts `reportedCeiling`) is given or was.
   */
  const results = (reported?: Engine): QuestionResult[] => {
    const all = reported !== undefined || summarisedWithReported;
    summarisedWithReported = reported !== undefined;
    for (const qi of all ? compiled.questions.keys() : dirtyQuestions) {
      const question = compiled.questions[qi]!;
      questions[qi] = summariseQuestion(
        question,
        ruleResultsOf(qi),
        compiled.subject.emptyLevel,
        reported?.ruleResultsOf(qi),
      );
    }
    dirtyQuestions.clear();
    return [...questions];
  };
  return { take, results, ruleResultsOf };
};

export const createIncrementalEvaluator = (
  subject: Subject | CompiledSubject,
  options: EvaluateOptions = {},
): IncrementalEvaluator => {
  const compiled = 'order' in subject ? subject : compileSubject(subject);
  let engine = createEngine(compiled);
  /**
   * The same rules fed every event, page-reported ones included, from the first one held back:
   * only its ceilings apply (levels.ts, `reportedCeiling`). It needs no replay.
   */
  let reportedEngine: Engine | undefined;
  /**
   * Every event in time, in `seq` order: a confirmation may come after the page-reported event
   * it confirms, which then counts at its own place in the session — the rules are replayed
   * (rare: one end-state read per publication; a session is a few thousand events).
   */
  const kept: CaptureEvent[] = [];
  const confirmed = new Set<string>();
  /** Page-reported events not confirmed yet, by id (how many events carry that id). */
  const held = new Map<string, number>();
  /** Page-reported events seen so far, by id, and the held ones by thing (confirmed.ts). */
  const reported = new Map<string, CaptureEvent>();
  const heldByThing = new Map<string, CaptureEvent[]>();
  let ignoredUnconfirmed = 0;
  /**
   * A confirmed page-reported event vouches for its thing's earlier ones still held: they count
   * from now on, at their own place (replayed). Returns whether any was released.
   */
  const vouch = (target: CaptureEvent): boolean => {
    const thing = thingOf(target);
    const waiting = thing === undefined ? undefined : heldByThing.get(thing);
    if (!waiting) return false;
    let released = false;
    for (const earlier of waiting) {
      if (earlier.seq >= target.seq || confirmed.has(earlier.id)) continue;
      confirmed.add(earlier.id);
      const count = held.get(earlier.id);
      if (count !== undefined) {
        held.delete(earlier.id);
        ignoredUnconfirmed -= count;
        released = true;
      }
    }
    heldByThing.set(
      thing!,
      waiting.filter((earlier) => !confirmed.has(earlier.id)),
    );
    return released;
  };
  let lastSeq: number | null = null;
  let eventCount = 0;
  let ignoredAfterTime = 0;

  return {
    push(events) {
      let replay = false;
      for (const event of events) {
        if (lastSeq !== null && event.seq <= lastSeq) continue;
        lastSeq = event.seq;
        eventCount += 1;
        const confirms = confirmationOf(event);
        if (confirms !== undefined && !confirmed.has(confirms)) {
          confirmed.add(confirms);
          const waiting = held.get(confirms);
          if (waiting !== undefined) {
            held.delete(confirms);
            ignoredUnconfirmed -= waiting;
            replay = true;
          }
          const target = reported.get(confirms);
          if (target !== undefined && vouch(target)) replay = true;
        }
        if (event.unconfirmed) {
          reported.set(event.id, event);
          // Confirmed before it arrived (the reference reads the whole session at once).
          if (confirmed.has(event.id) && vouch(event)) replay = true;
        }
        if (event.afterTime === true && !options.includeAfterTime) {
          ignoredAfterTime += 1;
          continue;
        }
        kept.push(event);
        if (reportedEngine) reportedEngine.take(event);
        if (!countable(event, confirmed)) {
          if (!reportedEngine) {
            reportedEngine = createEngine(compiled);
            for (const earlier of kept) reportedEngine.take(earlier);
          }
          held.set(event.id, (held.get(event.id) ?? 0) + 1);
          ignoredUnconfirmed += 1;
          const thing = thingOf(event);
          if (thing !== undefined) heldByThing.set(thing, [...(heldByThing.get(thing) ?? []), event]);
        } else if (!replay) engine.take(event);
      }
      if (!replay) return;
      engine = createEngine(compiled);
      for (const event of kept) if (countable(event, confirmed)) engine.take(event);
    },
    result() {
      return {
        subjectId: compiled.subject.id,
        eventCount,
        ignoredAfterTime,
        ignoredUnconfirmed,
        lastSeq,
        questions: engine.results(ignoredUnconfirmed > 0 ? reportedEngine : undefined),
        problems: compiled.problems,
      };
    },
  };
};
