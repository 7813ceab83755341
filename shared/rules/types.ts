/** What evaluating a subject's rules on a candidate's events gives. */
import type { Level } from '../schema/common.ts';
import type { Problem } from '../schema/problems.ts';
import type { EvidenceRule } from '../schema/rule.ts';
import type { LevelThresholds, Question, Subject } from '../schema/subject.ts';
import type { Predicate } from './conditions.ts';

/** An event given as evidence: enough to find it in the timeline. */
export interface EvidenceRef {
  id: string;
  seq: number;
  elapsedMs: number;
}

export interface RuleResult {
  ruleId: string;
  /** The rule's title, variables substituted (« Code promo ETE10 créé »). */
  title: string;
  criteria: string[];
  evidence: 'process' | 'state';
  weight: number;
  atLeast: number;
  /** Events of the rule's kind (of its family, for a state rule) in its scope, whatever their fields. */
  seen: number;
  /** Matching events (process), or things whose current state satisfies the rule (state). */
  count: number;
  satisfied: boolean;
  /**
   * How far the evidence meets the rule, 0 to 1: 1 when satisfied; else (full matches + the
   * best partial match's share of weighted checks) / `atLeast`. Near misses count in part.
   */
  degree: number;
  /**
   * The rule's checks for the best evidence (a full match when satisfied, else the nearest
   * miss): `held` null when nothing in scope was a candidate.
   */
  checks: { label: string; weight: number; required: boolean; ceiling?: Level; held: boolean | null }[];
  /** `seq` of the event after which the rule was satisfied for the first time (anchors `after`). */
  firstSatisfiedSeq: number | null;
  /**
   * Evidence, in `seq` order, at most `MAX_EVIDENCE` items: the first matching events (process),
   * or the last event of each thing in the required state (state).
   */
  events: EvidenceRef[];
  /** Why the rule cannot be evaluated; a rule with problems is never satisfied. */
  problems: Problem[];
}

/** The same figures for a question or for one criterion of a question. */
export interface Tally {
  rulesSatisfied: string[];
  rulesMissed: string[];
  /** Ids of the evidence of its satisfied rules, in `seq` order, without repeats. */
  eventIds: string[];
  /** Σ weight × degree of the rules. */
  weightSatisfied: number;
  weightTotal: number;
  /** `weightSatisfied / weightTotal`, or null when there is no weight to share. */
  ratio: number | null;
  /** Whether any rule saw an event of its kind in its scope (else: « aucune action observée »). */
  hasEvidence: boolean;
  /** Suggested level; null when there is nothing to suggest from (no rule, no weight). */
  level: Level | null;
  /**
   * The lowest `ceiling` among the checks that failed on their rule's evidence (wrong work),
   * with those checks' labels; null when none did. `level` already respects it. `reported`:
   * the failing evidence is page-reported and unconfirmed (see `reportedCeiling` in levels.ts).
   */
  ceiling: { level: Level; checks: string[]; reported?: true } | null;
  /**
   * The rules that kept a TS ratio at S because they do not hold in full (`complete`
   * thresholds, the default); empty when none did. `level` already respects it.
   */
  unfinished: string[];
  /** One French sentence an examiner reads in five seconds. */
  explanation: string;
}

export interface CriterionResult extends Tally {
  criterion: string;
}

export interface QuestionResult extends Tally {
  questionId: string;
  number: number;
  title: string;
  thresholds: LevelThresholds;
  thresholdsFrom: 'question' | 'subject' | 'default';
  rules: RuleResult[];
  criteria: CriterionResult[];
  /** What the rules do not judge, left to the examiner (« à apprécier »). */
  examinerAspects: string[];
}

export interface EvaluationResult {
  subjectId: string;
  /** Events taken into account (duplicates and out-of-order repeats excluded). */
  eventCount: number;
  /** Events observed after the time allowed, left out (see `EvaluateOptions.includeAfterTime`). */
  ignoredAfterTime: number;
  /**
   * Events resting only on what the page reported (`unconfirmed`, never confirmed by the
   * extension's own end-state read), left out of every rule (docs/adr/0013-threat-model.md).
   */
  ignoredUnconfirmed: number;
  lastSeq: number | null;
  questions: QuestionResult[];
  /** Problems of all rules, with their paths in the subject. */
  problems: Problem[];
}

export interface EvaluateOptions {
  /** Count events flagged `afterTime` (observed after the time allowed). Default: false. */
  includeAfterTime?: boolean;
}

/** A subject's rules compiled once (`compileSubject`), what the engine and the levels read. */
/** JSON path of a rule in its subject, for problems. */
export type RulePath = (string | number)[];

export interface CompiledRule {
  rule: EvidenceRule;
  /** Place among all the subject's rules, in document order. */
  index: number;
  questionIndex: number;
  path: RulePath;
  /** Title with variables substituted. */
  title: string;
  /** All conditions of `where` at once. */
  test: Predicate;
  /**
   * The degree to which a target meets the rule: 1 when every condition holds; else the
   * weighted share of its checks that hold, below 1; -1 when a `required` condition fails
   * (not a candidate at all). Always -1 for a rule with problems.
   */
  grade: (target: unknown) => number;
  /** Its checks, labelled for the examiner, and which of them hold for a target. */
  checks: readonly CheckInfo[];
  held: (target: unknown) => boolean[];
  /** Kinds of events the rule looks at: its kind (process) or its kind's family (state). */
  kinds: readonly string[];
  /** Scope in elapsed milliseconds, `null` when the rule has no window. */
  window: { fromMs: number; toMs: number } | null;
  /** The rule this one must come after, when valid. */
  after: CompiledRule | null;
  /** Length of the `after` chain above this rule: evaluation order. */
  depth: number;
  problems: Problem[];
}

/** One check of a rule (a condition of its `where`), as review shows it. */
export interface CheckInfo {
  label: string;
  weight: number;
  required: boolean;
  /** When it fails, the question's level is at most this (wrong work, not missing work). */
  ceiling?: Level;
}

export interface CompiledQuestion {
  question: Question;
  rules: CompiledRule[];
  thresholds: LevelThresholds;
  thresholdsFrom: 'question' | 'subject' | 'default';
}

export interface CompiledSubject {
  subject: Subject;
  rules: CompiledRule[];
  /** Rules sorted so that each comes after the rule it names in `after`. */
  order: CompiledRule[];
  questions: CompiledQuestion[];
  problems: Problem[];
}
