/**
 * « Test rules against a recording », like a test explorer: an evidence bundle is read and
 * its hash chain verified (a tampered one is refused, with the event where the chain
 * breaks); then every rule of the subject being edited is run on its events with the rules
 * engine (`shared/rules`), and each passes or fails with the events that matched. Rules still
 * half-written are reported as invalid, not run; the others run even so.
 */
import { readBundle } from '../../../shared/bundle/read.ts';
import { evaluate, type RuleResult } from '../../../shared/rules/index.ts';
import {
  type CaptureEvent,
  type EvidenceBundle,
  type EvidenceRule,
  type LevelThresholds,
  type Problem,
  parse,
  type Subject,
} from '../../../shared/schema/index.ts';
import { LevelThresholds as Thresholds } from '../../../shared/schema/subject.ts';
import { asArray, asRecord, joinPath } from './json-path.ts';

export interface Recording {
  /** File name of the bundle. */
  name: string;
  bundle: EvidenceBundle;
  /** The bundle's text as read, kept to store it and read it again after a reload. */
  text: string;
}

export type RecordingOutcome = { ok: true; recording: Recording } | { ok: false; problems: Problem[] };

/**
 * Reads a bundle with the one bundle reader (shared/bundle/read.ts): schema, subject package,
 * the session's binding to the chain, the chain, the file's seal.
 */
export const readRecording = async (name: string, text: string): Promise<RecordingOutcome> => {
  const read = await readBundle(text);
  if (!read.ok) return read;
  return { ok: true, recording: { name, bundle: read.bundle, text } };
};

export type RuleStatus = 'passed' | 'failed' | 'invalid';

export interface RuleTest {
  /** JSON path of the rule in the document (opens it in the editor). */
  path: string;
  ruleId: string;
  title: string;
  status: RuleStatus;
  /** Events of the rule's kind in its scope, matching or not. */
  seen: number;
  /** Matching events (process) or things in the required state (state). */
  count: number;
  atLeast: number;
  /** The events given as evidence, whole. */
  events: CaptureEvent[];
  /** Why the rule is invalid (it is then never run). */
  problems: Problem[];
}

export interface QuestionTest {
  path: string;
  questionId: string;
  title: string;
  /** The level the engine would suggest on this recording, and why (French). */
  level: string | null;
  explanation: string;
  rules: RuleTest[];
}

export interface TestRun {
  recording: string;
  /** The subject id the recording was made with, and whether it differs from the one tested. */
  recordedSubjectId: string;
  otherSubject: boolean;
  eventCount: number;
  questions: QuestionTest[];
  passed: number;
  failed: number;
  invalid: number;
}

const text = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);

/**
 * Runs the rules of a subject draft (at `base` in its document: `""` or `"subject"`) on a
 * recording. Valid rules run together, so `after` links between them hold.
 */
export const runRuleTests = (draft: unknown, base: string, recording: Recording): TestRun => {
  const subject = asRecord(draft);
  const variables = asArray(subject.variables)
    .map(asRecord)
    .filter((v) => typeof v.name === 'string' && typeof v.value === 'string')
    .map((v) => ({
      name: v.name as string,
      label: text(v.label, v.name as string),
      value: v.value as string,
    }));
  const questions = asArray(subject.questions).map(asRecord);
  const parsedRules = questions.map((question) => asArray(question.rules).map((rule) => parse('rule', rule)));
  const thresholds = (value: unknown): LevelThresholds | undefined => {
    const parsed = Thresholds.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  };
  const subjectThresholds = thresholds(subject.thresholds);
  const runnable = {
    format: 'temoin.subject/1',
    id: text(subject.id),
    title: text(subject.title),
    cms: 'other',
    letter: 'A',
    company: { name: '', context: '' },
    durationMinutes: 40,
    gridId: '',
    variables,
    annexes: [],
    questions: questions.map((question, qi) => {
      const questionThresholds = thresholds(question.thresholds);
      return {
        id: text(question.id, `q${qi + 1}`),
        number: typeof question.number === 'number' ? question.number : qi + 1,
        title: text(question.title),
        instructions: '',
        criteria: asArray(question.criteria).filter((c): c is string => typeof c === 'string'),
        competences: [],
        annexes: [],
        rules: parsedRules[qi]!.flatMap((result) => (result.ok ? [result.value as EvidenceRule] : [])),
        ...(questionThresholds ? { thresholds: questionThresholds } : {}),
      };
    }),
    ...(subjectThresholds ? { thresholds: subjectThresholds } : {}),
  } satisfies Subject;

  const { bundle } = recording;
  const result = evaluate(runnable, bundle.events);
  const byId = new Map(bundle.events.map((event) => [event.id, event]));
  let passed = 0;
  let failed = 0;
  let invalid = 0;

  const questionTests = questions.map((question, qi): QuestionTest => {
    const questionPath = joinPath(base, 'questions', qi);
    const evaluated = result.questions[qi];
    const results = [...(evaluated?.rules ?? [])];
    const rules = parsedRules[qi]!.map((parsed, ri): RuleTest => {
      const path = joinPath(questionPath, 'rules', ri);
      const raw = asRecord(asArray(question.rules)[ri]);
      if (!parsed.ok) {
        invalid += 1;
        return {
          path,
          ruleId: text(raw.id),
          title: text(raw.title),
          status: 'invalid',
          seen: 0,
          count: 0,
          atLeast: 1,
          events: [],
          problems: parsed.problems,
        };
      }
      const outcome = results.shift() as RuleResult;
      const status: RuleStatus =
        outcome.problems.length > 0 ? 'invalid' : outcome.satisfied ? 'passed' : 'failed';
      if (status === 'passed') passed += 1;
      else if (status === 'failed') failed += 1;
      else invalid += 1;
      return {
        path,
        ruleId: outcome.ruleId,
        title: outcome.title,
        status,
        seen: outcome.seen,
        count: outcome.count,
        atLeast: outcome.atLeast,
        events: outcome.events.flatMap((ref) => {
          const event = byId.get(ref.id);
          return event ? [event] : [];
        }),
        problems: outcome.problems,
      };
    });
    return {
      path: questionPath,
      questionId: text(question.id),
      title: text(question.title),
      level: evaluated?.level ?? null,
      explanation: evaluated?.explanation ?? '',
      rules,
    };
  });

  return {
    recording: recording.name,
    recordedSubjectId: bundle.session.subject.id,
    otherSubject: bundle.session.subject.id !== text(subject.id),
    eventCount: bundle.events.length,
    questions: questionTests,
    passed,
    failed,
    invalid,
  };
};
