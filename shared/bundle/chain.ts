/**
 * The session's hash chain. For event n (seq = n):
 *
 *   hash_n = SHA-256( hash_{n-1} + "\n" + JCS(event_n without its `hash` field) )   (UTF-8, hex, lower case)
 *   hash_{-1} = GENESIS = 64 × "0"
 *
 * The bundle's `chain.head` is the hash of its last event (GENESIS when there is none).
 * Changing, removing, inserting or reordering any event changes every later hash.
 */
import type { CaptureEvent, UnsealedEvent } from '../schema/event.ts';
import { canonicalize } from './jcs.ts';
import { sha256Hex } from './sha256.ts';

export const GENESIS = '0'.repeat(64);

export const hashEvent = (previous: string, event: Omit<CaptureEvent, 'hash'>): Promise<string> => {
  const { hash: _ignored, ...rest } = event as CaptureEvent;
  return sha256Hex(`${previous}\n${canonicalize(rest)}`);
};

/** Stamps `seq` and `hash` onto events that follow `previous` (the chain head so far). */
export const sealEvents = async (
  previous: { seq: number; head: string },
  events: readonly UnsealedEvent[],
): Promise<{ sealed: CaptureEvent[]; head: string; seq: number }> => {
  let head = previous.head;
  let seq = previous.seq;
  const sealed: CaptureEvent[] = [];
  for (const event of events) {
    const withSeq = { ...event, seq } as Omit<CaptureEvent, 'hash'>;
    head = await hashEvent(head, withSeq);
    sealed.push({ ...withSeq, hash: head } as CaptureEvent);
    seq += 1;
  }
  return { sealed, head, seq };
};

export type ChainVerdict =
  | { ok: true; head: string; count: number }
  | {
      ok: false;
      seq: number;
      reason: 'hash' | 'seq' | 'head';
      expected: string | number;
      found: string | number;
    };

/** Recomputes the chain; reports the first event where it breaks. */
export const verifyChain = async (events: readonly CaptureEvent[], head?: string): Promise<ChainVerdict> => {
  let previous = GENESIS;
  for (let i = 0; i < events.length; i += 1) {
    const event = events[i]!;
    if (event.seq !== i) return { ok: false, seq: i, reason: 'seq', expected: i, found: event.seq };
    const expected = await hashEvent(previous, event);
    if (expected !== event.hash) return { ok: false, seq: i, reason: 'hash', expected, found: event.hash };
    previous = expected;
  }
  if (head !== undefined && head !== previous)
    return { ok: false, seq: events.length, reason: 'head', expected: previous, found: head };
  return { ok: true, head: previous, count: events.length };
};
