/**
 * One signed batch from a workstation: authenticated, checked, and stored in one transaction —
 * or refused with a clear 4xx and nothing stored. The checks, in order: headers, session,
 * host, JSON, signature, clock, nonce (replay), shape, seq order, the range against what was
 * acknowledged (gap → the missing range is asked for; overlap → must be identical), and the
 * chain continuing the stored head (shared/bundle/chain.ts). Duplicates are idempotent.
 */
import { timingSafeEqual } from 'node:crypto';
import { hashEvent } from '../../shared/bundle/chain.ts';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { parse } from '../../shared/schema/index.ts';
import {
  type Batch,
  type BatchAck,
  HEADERS,
  hmacHex,
  MAX_BATCH_EVENTS,
  MAX_CLOCK_SKEW_MS,
  signingText,
} from '../../shared/station/protocol.ts';
import type { Database } from '../db/database.ts';
import { audit } from './audit.ts';
import { type Outcome, type RefusalCode, refusal } from './refusals.ts';

export type SessionRow = {
  id: string;
  commission_id: string;
  session: string;
  key: string;
  paired_host: string;
  next_seq: number;
  head: string;
};

export interface Stored {
  sessionId: string;
  commissionId: string;
  events: CaptureEvent[];
  receivedAt: number;
  total: number;
  sessionChanged: boolean;
}

export interface IngestRequest {
  headers: Record<string, string | string[] | undefined>;
  body: string;
  remote: string;
  now?: number;
}

const header = (headers: IngestRequest['headers'], name: string): string | undefined => {
  const value = headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** JSON.parse turns 1e999 into Infinity: such a number is an attack or a bug, never evidence. */
const hasNonFinite = (value: unknown, depth = 0): boolean => {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'object' || value === null || depth > 200) return false;
  for (const child of Object.values(value)) if (hasNonFinite(child, depth + 1)) return true;
  return false;
};

const isSeq = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= -1;

export const ingestBatch = async (
  db: Database,
  request: IngestRequest,
  onStored: (stored: Stored) => void,
): Promise<Outcome<BatchAck>> => {
  const now = request.now ?? Date.now();
  const refuse = async (code: RefusalCode, detail: string, extra: Parameters<typeof refusal>[1] = {}) => {
    await audit(db, `refused:${code}`, request.remote, detail);
    return refusal(code, extra);
  };
  const sessionId = header(request.headers, HEADERS.session);
  const timestamp = header(request.headers, HEADERS.timestamp);
  const nonce = header(request.headers, HEADERS.nonce);
  const signature = header(request.headers, HEADERS.signature);
  if (
    !sessionId ||
    sessionId.length > 64 ||
    !timestamp ||
    !/^\d{1,16}$/.test(timestamp) ||
    !nonce ||
    !/^[0-9a-f]{32}$/.test(nonce) ||
    !signature ||
    !/^[0-9a-f]{64}$/.test(signature)
  )
    return refuse('malformed-headers', sessionId ?? '');
  const row = (await db.query<SessionRow>('select * from candidate_sessions where id = $1', [sessionId]))[0];
  if (!row) return refuse('unknown-session', sessionId);
  if (row.paired_host !== request.remote)
    return refuse('other-host', `session ${sessionId} paired from ${row.paired_host}`);

  let batch: Batch;
  try {
    batch = JSON.parse(request.body) as Batch;
  } catch {
    return refuse('malformed-json', sessionId);
  }
  if (typeof batch !== 'object' || batch === null || !isSeq(batch.from) || !isSeq(batch.to))
    return refuse('malformed-batch', sessionId);
  const text = await signingText({
    sessionId,
    timestamp,
    nonce,
    from: batch.from,
    to: batch.to,
    body: request.body,
  });
  const expected = Buffer.from(await hmacHex(row.key, text), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return refuse('bad-signature', sessionId);
  if (Math.abs(now - Number(timestamp)) > MAX_CLOCK_SKEW_MS)
    return refuse('stale', `${sessionId} at ${timestamp}`);
  const seen = await db.query('select 1 from nonces where session_id = $1 and nonce = $2', [
    sessionId,
    nonce,
  ]);
  if (seen.length > 0) return refuse('replay', `${sessionId} nonce ${nonce}`);

  if (hasNonFinite(batch)) return refuse('non-finite', sessionId);
  if (batch.sessionId !== sessionId)
    return refuse('malformed-batch', `${sessionId}: body names ${String(batch.sessionId)}`);
  if (batch.commissionId !== row.commission_id)
    return refuse('other-commission', `${sessionId}: batch for ${String(batch.commissionId)}`);
  if (!Array.isArray(batch.events) || batch.events.length > MAX_BATCH_EVENTS || !isSeq(batch.total))
    return refuse('malformed-batch', sessionId);
  if (batch.to - batch.from + 1 !== batch.events.length)
    return refuse('malformed-batch', `${sessionId}: range and events differ`);
  let session: string | null = null;
  if (batch.session !== undefined) {
    const parsed = parse('session', batch.session);
    if (!parsed.ok || parsed.value.id !== sessionId) return refuse('invalid-session', sessionId);
    session = JSON.stringify(parsed.value);
  }
  const events: CaptureEvent[] = [];
  for (const [i, raw] of batch.events.entries()) {
    const parsed = parse('event', raw);
    if (!parsed.ok)
      return refuse(
        'invalid-event',
        `${sessionId} #${i}: ${parsed.problems.map((p) => `${p.path} ${p.code}`).join(', ')}`,
      );
    if (parsed.value.seq !== batch.from + i) return refuse('out-of-order', `${sessionId} #${i}`);
    events.push(raw as CaptureEvent);
  }

  const next = Number(row.next_seq);
  if (batch.from > next)
    return refuse('gap', `${sessionId}: from ${batch.from}, expected ${next}`, {
      missing: { from: next, to: batch.from - 1 },
      next,
    });
  // Already received: must be the same events (same hashes), then they are skipped.
  const overlap = events.filter((event) => event.seq < next);
  if (overlap.length > 0) {
    const stored = await db.query<{ seq: number; hash: string }>(
      'select seq, hash from events where session_id = $1 and seq >= $2 and seq <= $3 order by seq',
      [sessionId, overlap[0]!.seq, overlap.at(-1)!.seq],
    );
    const hashes = new Map(stored.map((s) => [Number(s.seq), s.hash]));
    if (overlap.some((event) => hashes.get(event.seq) !== event.hash))
      return refuse('conflict', `${sessionId}: events ${overlap[0]!.seq}..${overlap.at(-1)!.seq} differ`, {
        next,
      });
  }
  const fresh = events.filter((event) => event.seq >= next);
  let head = row.head;
  for (const event of fresh) {
    if ((await hashEvent(head, event)) !== event.hash)
      return refuse('chain', `${sessionId} seq ${event.seq}`, { next });
    head = event.hash;
  }

  try {
    const stored = await db.transaction(async (tx) => {
      const updated = await tx.query(
        `update candidate_sessions set next_seq = $2, head = $3, reported_total = $4, last_contact = $5,
         session = coalesce($6, session) where id = $1 and next_seq = $7 returning id`,
        [sessionId, next + fresh.length, head, batch.total, now, session, next],
      );
      if (updated.length === 0) return false;
      for (const event of fresh)
        await tx.query(
          'insert into events (session_id, seq, hash, kind, time, body, received_at) values ($1, $2, $3, $4, $5, $6, $7)',
          [sessionId, event.seq, event.hash, event.kind, event.time, JSON.stringify(event), now],
        );
      await tx.query('insert into nonces (session_id, nonce, at) values ($1, $2, $3)', [
        sessionId,
        nonce,
        now,
      ]);
      return true;
    });
    if (!stored) return refuse('busy', sessionId);
  } catch (error) {
    return refuse('storage', `${sessionId}: ${error instanceof Error ? error.message : String(error)}`);
  }
  onStored({
    sessionId,
    commissionId: row.commission_id,
    events: fresh,
    receivedAt: now,
    total: batch.total,
    sessionChanged: session !== null,
  });
  return { status: 200, body: { ok: true, next: next + fresh.length, head } };
};

/** Everything the station holds for a session, in seq order (the copy compared with a bundle). */
export const storedEvents = async (db: Database, sessionId: string): Promise<CaptureEvent[]> =>
  (
    await db.query<{ body: string }>('select body from events where session_id = $1 order by seq', [
      sessionId,
    ])
  ).map((row) => JSON.parse(row.body) as CaptureEvent);

/** Forgets nonces older than the clock window: a batch that old is refused as stale anyway. */
export const pruneNonces = (db: Database, now = Date.now()) =>
  db.query('delete from nonces where at < $1', [now - 2 * MAX_CLOCK_SKEW_MS]);
