/**
 * Events for tests and benchmarks: valid capture events without the ceremony of a real
 * session (the hash is a placeholder — rules never read the chain).
 */
import type { Level } from '../schema/common.ts';
import type { CaptureEvent, EventKind, EventOf } from '../schema/event.ts';
import type { EvidenceRuleInput } from '../schema/rule.ts';
import { type LevelThresholds, Subject } from '../schema/subject.ts';

type Envelope = Omit<CaptureEvent, 'kind' | 'data'>;

const HASH = '0'.repeat(64);
const START = Date.UTC(2025, 4, 20, 8, 0, 0);

/** One event; `seq` and `elapsedMs` decide its place in the session. */
export const makeEvent = <K extends EventKind>(
  kind: K,
  data: EventOf<K>['data'],
  envelope: Partial<Envelope> & { seq: number },
): EventOf<K> => {
  const elapsedMs = envelope.elapsedMs ?? envelope.seq * 1_000;
  return {
    id: `ev-${String(envelope.seq).padStart(6, '0')}`,
    time: START + elapsedMs,
    elapsedMs,
    url: 'http://site.test/wp-admin/',
    questionId: null,
    trusted: true,
    hash: HASH,
    ...envelope,
    kind,
    data,
  } as EventOf<K>;
};

/**
 * A session being written: each `add` gets the next `seq`; `minute` places the event in time
 * (default: one second per event).
 */
export const sessionWriter = () => {
  const events: CaptureEvent[] = [];
  return {
    events,
    add<K extends EventKind>(
      kind: K,
      data: EventOf<K>['data'],
      envelope: Partial<Envelope> & { minute?: number } = {},
    ): EventOf<K> {
      const { minute, ...rest } = envelope;
      const seq = events.length;
      const event = makeEvent(kind, data, {
        seq,
        ...(minute === undefined ? {} : { elapsedMs: Math.round(minute * 60_000) }),
        ...rest,
      });
      events.push(event);
      return event;
    },
  };
};

export type SessionWriter = ReturnType<typeof sessionWriter>;

/** The events a script writes: `events((s) => { s.add(…); s.add(…); })`. */
export const events = (write: (session: SessionWriter) => void): CaptureEvent[] => {
  const session = sessionWriter();
  write(session);
  return session.events;
};

/** A WordPress post as the adapters describe it. */
export const post = (
  fields: Partial<EventOf<'content.published'>['data']> = {},
): EventOf<'content.published'>['data'] => ({
  cms: 'wordpress',
  contentType: 'post',
  id: '42',
  title: 'Nos chaises en palette',
  slug: 'nos-chaises-en-palette',
  status: 'publish',
  ...fields,
});

/** A question for tests: the fields a subject needs, then the rules given. */
export interface QuestionSketch {
  id?: string;
  criteria?: string[];
  rules: EvidenceRuleInput[];
  thresholds?: LevelThresholds;
  /** The question's wording (empty by default). */
  instructions?: string;
}

/** A valid subject (defaults applied by the schema) around the questions given. */
export const makeSubject = (
  questions: QuestionSketch[],
  extra: { variables?: Record<string, string>; thresholds?: LevelThresholds; emptyLevel?: Level } = {},
): Subject =>
  Subject.parse({
    format: 'temoin.subject/1',
    id: 'sujet-test',
    title: 'Sujet de test',
    cms: 'wordpress',
    letter: 'A',
    company: { name: 'Palettes & Co', context: 'Fabricant de meubles en palettes.' },
    gridId: 'bts-ndrc-e5-pratique',
    variables: Object.entries(extra.variables ?? {}).map(([name, value]) => ({ name, label: name, value })),
    questions: questions.map((question, i) => ({
      id: question.id ?? `q${i + 1}`,
      number: i + 1,
      title: `Question ${i + 1}`,
      instructions: question.instructions ?? '',
      criteria: question.criteria ?? ['C1'],
      rules: question.rules,
      ...(question.thresholds ? { thresholds: question.thresholds } : {}),
    })),
    ...(extra.thresholds ? { thresholds: extra.thresholds } : {}),
    ...(extra.emptyLevel ? { emptyLevel: extra.emptyLevel } : {}),
  });
