/**
 * Appends events to a session: validates each proposed event, stamps the envelope (elapsed
 * time, active question, after-time flag), drops duplicates by id, seals them into the hash
 * chain and commits events and chain state in one IndexedDB transaction.
 *
 * Callers must serialise calls per database (the background's write queue does): the duplicate
 * read and the adapters are asynchronous, and the chain head is read before and written after.
 */

import { unwrap } from 'idb';
import { hashEventSync } from '../../../shared/bundle/chain.ts';
import { observationsRefusedDetail } from '../../../shared/evidence/warnings.ts';
import {
  type CaptureEvent,
  EVENT_PAYLOADS,
  type EventKind,
  type UnsealedEvent,
} from '../../../shared/schema/event.ts';
import { deadlineOf, NO_TIMING } from '../../session/clock.ts';
import type { Db, SessionRecord } from '../../storage/db.ts';
import { rememberEventIds, storedEventIds } from './event-ids.ts';
import { questionAt } from './question-at.ts';

export interface ProposedEventInput {
  id: string;
  kind: string;
  time: number;
  url: string;
  trusted: boolean;
  data: unknown;
  /** Overrides the session's active question (events from the overlay name their own). */
  questionId?: string | null;
  relatesTo?: string;
  derivedFrom?: string;
  /** Rests only on page-reported data (the main-world hook): not counted until confirmed. */
  unconfirmed?: true;
}

export interface AppendOutcome {
  /** The events this call wrote, sealed, in seq order. */
  sealed: CaptureEvent[];
  /** Ids now durable (newly written or already there). */
  acknowledged: string[];
  /** Ids refused as malformed, with the reason; they are acknowledged too, never retried. */
  rejected: { id: string; reason: string }[];
  record: SessionRecord;
}

const isKnownKind = (kind: string): kind is EventKind => Object.hasOwn(EVENT_PAYLOADS, kind);

/**
 * Proposed events whose payload background code has just checked against `EVENT_PAYLOADS`
 * itself (the adapters' derived events, checked in `runDetectors`): not parsed a second time.
 * A set of objects, not a field: nothing that arrives in a message can ever be in it, so every
 * payload from a content script (the page is the adversary) is still validated here.
 */
const checkedPayloads = new WeakSet<ProposedEventInput>();

/** Marks `event` as built by the background from a payload it has validated; returns it. */
export const withCheckedPayload = (event: ProposedEventInput): ProposedEventInput => {
  checkedPayloads.add(event);
  return event;
};

/** Whether `event` was marked by `withCheckedPayload` (tests). */
export const hasCheckedPayload = (event: ProposedEventInput): boolean => checkedPayloads.has(event);

/**
 * Seals events in one synchronous pass (no await between two links), setting aside any that
 * cannot be hashed instead of failing them all.
 */
const sealEach = (
  previous: { seq: number; head: string },
  events: readonly UnsealedEvent[],
): { sealed: CaptureEvent[]; head: string; seq: number; unhashable: AppendOutcome['rejected'] } => {
  let { head, seq } = previous;
  const sealed: CaptureEvent[] = [];
  const unhashable: AppendOutcome['rejected'] = [];
  for (const event of events) {
    // One new object per event, sealed in place: `hash` goes last, as a spread put it.
    const withSeq = { ...event, seq } as Omit<CaptureEvent, 'hash'>;
    try {
      head = hashEventSync(head, withSeq);
    } catch (error) {
      unhashable.push({
        id: event.id,
        reason: `unhashable: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    (withSeq as CaptureEvent).hash = head;
    sealed.push(withSeq as CaptureEvent);
    seq += 1;
  }
  return { sealed, head, seq, unhashable };
};

/** The evidence that observations were dropped: which kinds and why, never their content. */
const rejectionWarning = (
  rejected: AppendOutcome['rejected'],
  proposed: readonly ProposedEventInput[],
  record: SessionRecord,
  startedAt: number,
): UnsealedEvent => {
  const byId = new Map(proposed.map((event) => [event.id, event]));
  const first = byId.get(rejected[0]!.id);
  const time = first?.time ?? Date.now();
  const list = rejected
    .slice(0, 5)
    .map(({ id, reason }) => `${String(byId.get(id)?.kind ?? '?').slice(0, 60)} (${reason.slice(0, 120)})`)
    .join(' ; ');
  return {
    id: `${rejected[0]!.id.slice(0, 50)}-rejected`,
    kind: 'integrity.warning',
    time,
    elapsedMs: time - startedAt,
    url: (first?.url ?? '').slice(0, 4000),
    questionId: record.activeQuestionId,
    trusted: true,
    data: {
      code: 'rejected-event',
      detail: observationsRefusedDetail(rejected.length, list).slice(0, 5000),
    },
  } as UnsealedEvent;
};

/**
 * What a caller changes on the session record together with its events (timing, tasks, status):
 * applied to the record this append writes, in the same transaction, so that no later write
 * of an older copy can undo it, and no other write can slip between the event and the change.
 */
export type RecordUpdate = (record: SessionRecord) => SessionRecord;

/**
 * The adapters' semantic events derived from what a batch has just sealed (the background's own
 * payloads, marked with `withCheckedPayload`). They are sealed after the batch and written in the
 * same transaction: one chain write, one session record and one IndexedDB transaction a batch.
 */
export type DeriveFromSealed = (
  record: SessionRecord,
  sealed: readonly CaptureEvent[],
) => ProposedEventInput[] | Promise<ProposedEventInput[]>;

export interface AppendOptions {
  update?: RecordUpdate;
  derive?: DeriveFromSealed;
  /**
   * The session's record as the caller has just read it inside the write queue: not read a
   * second time. Never changed here (it may be the read cache's own object, `readShared`).
   */
  current?: SessionRecord;
}

export interface AppendOutcomeWithDerived extends AppendOutcome {
  /** The derived events sealed and written with the batch (also in `sealed`, after it). */
  derived: CaptureEvent[];
}

export const appendEvents = async (
  db: Db,
  sessionId: string,
  proposed: readonly ProposedEventInput[],
  options: RecordUpdate | AppendOptions = {},
): Promise<AppendOutcomeWithDerived> => {
  const { update, derive, current } = typeof options === 'function' ? { update: options } : options;
  const record = current?.id === sessionId ? current : await db.get('sessions', sessionId);
  if (!record) throw new Error(`unknown session ${sessionId}`);
  // An ended session's chain is closed: its export must stay the whole evidence. Late arrivals
  // (an end-state check, a queued batch) are refused, never retried.
  if (record.session.status === 'ended')
    return {
      sealed: [],
      derived: [],
      acknowledged: proposed.map((event) => event.id),
      rejected: proposed.map((event) => ({ id: event.id, reason: 'session ended' })),
      record,
    };
  const startedAt = Date.parse(record.session.startedAt);
  // Extra time and pauses move the deadline; a pause under way keeps every event in time.
  const deadlineAt = (time: number) =>
    deadlineOf(record.session.startedAt, record.session.durationMinutes, record.timing ?? NO_TIMING, time);

  const seen = new Set<string>();
  const stored = await storedEventIds(db, sessionId);
  // `record` may be the read cache's own object (`current`): never changed here, only copied.
  let timeUpRecorded = record.timeUpRecorded;

  /** Validates and stamps `events`, in order; what is written goes to `fresh`. */
  const admit = (events: readonly ProposedEventInput[]) => {
    const fresh: UnsealedEvent[] = [];
    const acknowledged: string[] = [];
    const rejected: AppendOutcome['rejected'] = [];
    for (const event of events) {
      if (seen.has(event.id) || stored.has(event.id)) {
        acknowledged.push(event.id);
        continue;
      }
      seen.add(event.id);
      if (!isKnownKind(event.kind)) {
        rejected.push({ id: event.id, reason: `unknown kind ${event.kind}` });
        continue;
      }
      const data = checkedPayloads.has(event)
        ? { success: true as const, data: event.data }
        : EVENT_PAYLOADS[event.kind].safeParse(event.data);
      if (!data.success) {
        rejected.push({
          id: event.id,
          reason: data.error.issues.map((issue) => issue.path.join('.')).join(', '),
        });
        continue;
      }
      const afterTime = event.time > deadlineAt(event.time);
      if (afterTime && !timeUpRecorded) {
        fresh.push({
          id: `${event.id}-timeup`.slice(0, 64),
          kind: 'integrity.warning',
          time: event.time,
          elapsedMs: event.time - startedAt,
          url: event.url,
          questionId: record.activeQuestionId,
          trusted: true,
          afterTime: true,
          data: { code: 'time-up', detail: 'Temps écoulé : les événements suivants sont hors délai.' },
        } as UnsealedEvent);
        timeUpRecorded = true;
      }
      fresh.push({
        id: event.id,
        kind: event.kind,
        time: event.time,
        elapsedMs: event.time - startedAt,
        url: event.url,
        questionId:
          event.questionId === undefined
            ? questionAt(record.questionSwitches, event.time, record.activeQuestionId)
            : event.questionId,
        trusted: event.trusted,
        ...(afterTime ? { afterTime: true } : {}),
        ...(event.relatesTo ? { relatesTo: event.relatesTo } : {}),
        ...(event.derivedFrom ? { derivedFrom: event.derivedFrom } : {}),
        ...(event.unconfirmed ? { unconfirmed: true } : {}),
        data: data.data,
      } as UnsealedEvent);
      acknowledged.push(event.id);
    }
    if (rejected.length > 0) {
      const warning = rejectionWarning(rejected, events, record, startedAt);
      // Re-sent, the same refusal is said once.
      if (!stored.has(warning.id) && !seen.has(warning.id)) {
        seen.add(warning.id);
        fresh.push(warning);
      }
    }
    return { fresh, acknowledged, rejected };
  };

  /** Seals `events` after the chain so far; one that cannot be hashed is set aside with a warning. */
  let chain = { seq: record.chain.seq, head: record.chain.head };
  const seal = (events: UnsealedEvent[], from: readonly ProposedEventInput[]) => {
    const { sealed, head, seq, unhashable } = sealEach(chain, events);
    chain = { seq, head };
    // An event JCS cannot hash (the schema should have refused it) is dropped, never retried: it
    // must not block every later event behind it.
    if (unhashable.length > 0) {
      const warned = sealEach(chain, [rejectionWarning(unhashable, from, record, startedAt)]);
      sealed.push(...warned.sealed);
      chain = { seq: warned.seq, head: warned.head };
    }
    return { sealed, unhashable };
  };

  const batch = admit(proposed);
  const { sealed, unhashable } = seal(batch.fresh, proposed);
  const rejected = [...batch.rejected, ...unhashable];
  const dropped = new Set(unhashable.map((u) => u.id));
  const done = [...batch.acknowledged.filter((id) => !dropped.has(id)), ...rejected.map((r) => r.id)];

  // The adapters run once over the batch, on what it sealed; a failure there never loses it.
  let derived: CaptureEvent[] = [];
  if (derive && sealed.length > 0) {
    const proposals = await Promise.resolve()
      .then(() => derive(record, sealed))
      .catch(() => [] as ProposedEventInput[]);
    if (proposals.length > 0) {
      const more = admit(proposals);
      derived = seal(more.fresh, proposals).sealed;
      sealed.push(...derived);
    }
  }

  if (sealed.length === 0) {
    if (!update) return { sealed: [], derived: [], acknowledged: done, rejected, record };
    const changed = update({ ...record, timeUpRecorded });
    await db.put('sessions', changed);
    return { sealed: [], derived: [], acknowledged: done, rejected, record: changed };
  }

  const sealedRecord: SessionRecord = {
    ...record,
    timeUpRecorded,
    chain,
    lastEventAt: sealed[sealed.length - 1]!.time,
  };
  const next = update ? update(sealedRecord) : sealedRecord;
  const write = db.transaction(['events', 'sessions'], 'readwrite');
  // The store itself, not idb's wrapper: a wrapped `add` makes a promise and two listeners per
  // event that nobody reads (the transaction's `done` says whether they were all written).
  const store = write.objectStore('events');
  const events: { add(value: unknown): unknown } = unwrap(store) ?? store;
  for (const event of sealed) events.add({ ...event, sessionId });
  void write.objectStore('sessions').put(next);
  await write.done;
  rememberEventIds(
    db,
    sessionId,
    sealed.map((event) => event.id),
  );
  return { sealed, derived, acknowledged: done, rejected, record: next };
};

/** Every event of a session, in seq order, without the storage key. */
export const readEvents = async (db: Db, sessionId: string) => {
  const stored = await db.getAll(
    'events',
    IDBKeyRange.bound([sessionId, 0], [sessionId, Number.MAX_SAFE_INTEGER]),
  );
  return stored.map(({ sessionId: _ignored, ...event }) => event);
};
