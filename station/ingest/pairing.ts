/**
 * Pairing: a workstation shows the commission's code and its session document, and gets a
 * per-session key (32 random bytes) that signs every later batch. The session is tied to the
 * host that paired. Wrong codes are counted per host: 10 a minute, then refused for a minute.
 */

import { GENESIS } from '../../shared/bundle/chain.ts';
import { parse } from '../../shared/schema/index.ts';
import { type PairResponse, randomHex } from '../../shared/station/protocol.ts';
import { commissionByCode, MAX_CANDIDATES } from '../accounts/commissions.ts';
import type { Database } from '../db/database.ts';
import { audit } from './audit.ts';
import { type Outcome, refusal } from './refusals.ts';

const WINDOW_MS = 60_000;
const MAX_FAILURES = 10;
const failures = new Map<string, { count: number; since: number }>();

const tooManyFailures = (remote: string, now: number): boolean => {
  const entry = failures.get(remote);
  return entry !== undefined && now - entry.since < WINDOW_MS && entry.count >= MAX_FAILURES;
};
const noteFailure = (remote: string, now: number) => {
  const entry = failures.get(remote);
  if (!entry || now - entry.since >= WINDOW_MS) failures.set(remote, { count: 1, since: now });
  else entry.count += 1;
};

export const pair = async (
  db: Database,
  input: unknown,
  remote: string,
  now = Date.now(),
): Promise<Outcome<PairResponse>> => {
  if (tooManyFailures(remote, now)) {
    await audit(db, 'pair-throttled', remote, '');
    return refusal('too-many-attempts');
  }
  const { code, session: rawSession } = (input ?? {}) as { code?: unknown; session?: unknown };
  if (typeof code !== 'string' || code.length > 20) return refusal('malformed-batch');
  const parsed = parse('session', rawSession);
  if (!parsed.ok) return refusal('invalid-session');
  const session = parsed.value;
  const commission = await commissionByCode(db, code);
  if (!commission) {
    noteFailure(remote, now);
    await audit(db, 'bad-code', remote, `session ${session.id}`);
    return refusal('bad-code');
  }
  if (commission.pkg.hash.value !== session.subject.hash) {
    await audit(db, 'wrong-subject', remote, `session ${session.id} commission ${commission.id}`);
    return refusal('wrong-subject');
  }
  const key = randomHex(32);
  const existing = (
    await db.query<{ commission_id: string; next_seq: number }>(
      'select commission_id, next_seq from candidate_sessions where id = $1',
      [session.id],
    )
  )[0];
  if (existing) {
    // The same session pairs again (a new code typed after a failure): a new key, same chain.
    if (existing.commission_id !== commission.id) return refusal('other-commission');
    await db.query(
      'update candidate_sessions set key = $2, paired_host = $3, last_contact = $4 where id = $1',
      [session.id, key, remote, now],
    );
    await audit(db, 'paired-again', remote, `session ${session.id}`);
    return {
      status: 200,
      body: { ok: true, key, commissionId: commission.id, next: Number(existing.next_seq) },
    };
  }
  const inserted = await db.transaction(async (tx) => {
    const count = await tx.query<{ n: string }>(
      'select count(*) as n from candidate_sessions where commission_id = $1',
      [commission.id],
    );
    if (Number(count[0]?.n ?? 0) >= MAX_CANDIDATES) return false;
    await tx.query(
      `insert into candidate_sessions (id, commission_id, session, candidate_number, key, paired_host, head, last_contact, paired_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $8)`,
      [
        session.id,
        commission.id,
        JSON.stringify(session),
        session.candidate.number,
        key,
        remote,
        GENESIS,
        now,
      ],
    );
    return true;
  });
  if (!inserted) {
    await audit(db, 'commission-full', remote, `session ${session.id}`);
    return refusal('commission-full');
  }
  await audit(db, 'paired', remote, `session ${session.id} candidate ${session.candidate.number}`);
  return { status: 200, body: { ok: true, key, commissionId: commission.id, next: 0 } };
};
