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
import { canonicalizeWithout } from './jcs.ts';
import { sha256HexSync } from './sha256-sync.ts';

export const GENESIS = '0'.repeat(64);

/**
 * One link of the chain, synchronously: a batch is sealed (and a bundle verified) in one pass,
 * without a WebCrypto round trip and an await per event. The digest is WebCrypto's
 * (`sha256-sync.test.ts`); the sealed format does not change.
 */
export const hashEventSync = (previous: string, event: Omit<CaptureEvent, 'hash'>): string =>
  sha256HexSync(`${previous}\n${canonicalizeWithout(event as Record<string, unknown>, 'hash')}`);

export const hashEvent = async (previous: string, event: Omit<CaptureEvent, 'hash'>): Promise<string> =>
  hashEventSync(previous, event);

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
    head = hashEventSync(head, withSeq);
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
    const expected = hashEventSync(previous, event);
    if (expected !== event.hash) return { ok: false, seq: i, reason: 'hash', expected, found: event.hash };
    previous = expected;
  }
  if (head !== undefined && head !== previous)
    return { ok: false, seq: events.length, reason: 'head', expected: previous, found: head };
  return { ok: true, head: previous, count: events.length };
};
