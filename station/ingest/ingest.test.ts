/**
 * The ingest protocol against a real embedded PostgreSQL (PGlite, in memory): pairing, signed
 * batches, idempotent duplicates, gaps, and every forged or broken batch refused with a clear
 * 4xx and nothing stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS, MAX_BATCH_BYTES } from '../../shared/station/protocol.ts';
import type { Commission } from '../accounts/commissions.ts';
import type { Database } from '../db/database.ts';
import { createStation, type Station } from '../server.ts';
import {
  demoSession,
  makeEvents,
  openTestDatabase,
  type Paired,
  seedCommission,
  signed,
  signRaw,
} from '../testing.ts';

let db: Database;
let station: Station;
let commission: Commission;
let other: Commission;

beforeAll(async () => {
  // A real PostgreSQL when npm run test:station-postgres gives one; PGlite in memory otherwise.
  db = await openTestDatabase();
  station = await createStation({ db });
  commission = (await seedCommission(db)).commission;
  other = (await seedCommission(db, 'autre')).commission;
}, 120_000);
afterAll(async () => {
  await station?.close();
  await db?.close();
});

const inject = (
  url: string,
  payload: string,
  headers: Record<string, string> = {},
  remoteAddress = '127.0.0.1',
) =>
  station.app.inject({
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': 'application/json', ...headers },
    remoteAddress,
  });

/** Pairs a new session, by default into a fresh commission (three candidates at most each). */
const pairSession = async (code?: string, candidate = 'C1') => {
  code ??= (await seedCommission(db, 'poste')).commission.pairingCode;
  const session = demoSession(candidate);
  const response = await inject('/api/pair', JSON.stringify({ code, session }));
  return {
    session,
    response,
    paired: {
      sessionId: session.id,
      ...(response.json() as { commissionId: string; key: string }),
    } as Paired,
  };
};

const send = async (request: { headers: Record<string, string>; body: string }, remote?: string) =>
  inject('/api/ingest', request.body, request.headers, remote);

const storedCount = async (sessionId: string) =>
  Number(
    (await db.query<{ n: string }>('select count(*) as n from events where session_id = $1', [sessionId]))[0]!
      .n,
  );

const refusalsLogged = async (code: string) =>
  Number(
    (
      await db.query<{ n: string }>('select count(*) as n from audit_log where kind = $1', [
        `refused:${code}`,
      ])
    )[0]!.n,
  );

describe('pairing', () => {
  it('exchanges the commission code for a per-session key', async () => {
    // Typed as a person might: lower case, a space instead of the dash.
    const { response, paired } = await pairSession(commission.pairingCode.toLowerCase().replace('-', ' '));
    expect(response.statusCode).toBe(200);
    expect(paired.key).toMatch(/^[0-9a-f]{64}$/);
    expect(paired.commissionId).toBe(commission.id);
  });

  it('refuses an unknown code, and logs it', async () => {
    const { response } = await pairSession('ZZZZ-ZZZZ');
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ ok: false, code: 'bad-code', fr: 'Code d’appairage inconnu.' });
    expect(
      Number(
        (await db.query<{ n: string }>("select count(*) as n from audit_log where kind = 'bad-code'"))[0]!.n,
      ),
    ).toBeGreaterThan(0);
  });

  it('takes three candidates per commission, not a fourth', async () => {
    const { commission: fresh } = await seedCommission(db, 'trois');
    for (const candidate of ['A', 'B', 'C'])
      expect((await pairSession(fresh.pairingCode, candidate)).response.statusCode).toBe(200);
    const fourth = await pairSession(fresh.pairingCode, 'D');
    expect(fourth.response.statusCode).toBe(409);
    expect(fourth.response.json().code).toBe('commission-full');
  });
});

describe('ingest', () => {
  it('stores a signed batch, acknowledges up to its seq, and takes a duplicate idempotently', async () => {
    const { session, paired } = await pairSession();
    const { sealed, head } = await makeEvents(session, 10);
    const first = await send(await signed(paired, sealed.slice(0, 6)));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ ok: true, next: 6 });
    // The same events again (a retry after a lost answer) with the next ones: nothing doubled.
    const second = await send(await signed(paired, sealed.slice(3, 10)));
    expect(second.json()).toMatchObject({ ok: true, next: 10, head });
    const again = await send(await signed(paired, sealed.slice(0, 10)));
    expect(again.json()).toMatchObject({ ok: true, next: 10 });
    expect(await storedCount(session.id)).toBe(10);
  });

  it('asks for the missing range when a batch skips events', async () => {
    const { session, paired } = await pairSession();
    const { sealed } = await makeEvents(session, 8);
    await send(await signed(paired, sealed.slice(0, 3)));
    const gap = await send(await signed(paired, sealed.slice(5, 8)));
    expect(gap.statusCode).toBe(409);
    expect(gap.json()).toMatchObject({ code: 'gap', missing: { from: 3, to: 4 }, next: 3 });
    expect(await storedCount(session.id)).toBe(3);
  });

  describe('forged or broken batches: clear 4xx, nothing stored', () => {
    const refusedCase = async (
      name: string,
      build: (
        paired: Paired,
        events: Awaited<ReturnType<typeof makeEvents>>['sealed'],
      ) => Promise<{ headers: Record<string, string>; body: string; remote?: string }>,
      status: number,
      code: string,
    ) =>
      it(`${name} → ${status} ${code}`, async () => {
        const { session, paired } = await pairSession();
        const { sealed } = await makeEvents(session, 4);
        const before = await refusalsLogged(code);
        const request = await build(paired, sealed);
        const response = await send(request, request.remote);
        expect(response.statusCode).toBe(status);
        expect(response.json()).toMatchObject({ ok: false, code });
        expect(response.json().fr.length).toBeGreaterThan(5);
        expect(await storedCount(session.id)).toBe(0);
        expect(await refusalsLogged(code)).toBe(before + 1);
      });

    refusedCase(
      'a wrong key',
      async (paired, events) => signed({ ...paired, key: 'ab'.repeat(32) }, events),
      401,
      'bad-signature',
    );
    refusedCase(
      'another commission',
      async (paired, events) => signed(paired, events, { commissionId: other.id }),
      403,
      'other-commission',
    );
    refusedCase(
      'another host',
      async (paired, events) => ({ ...(await signed(paired, events)), remote: '10.1.2.3' }),
      403,
      'other-host',
    );
    refusedCase(
      'an old timestamp',
      async (paired, events) => signed(paired, events, { now: Date.now() - 60 * 60 * 1000 }),
      401,
      'stale',
    );
    refusedCase(
      'out-of-order seq',
      async (paired, events) => signed(paired, [events[0]!, events[2]!, events[1]!, events[3]!], { from: 0 }),
      400,
      'out-of-order',
    );
    refusedCase(
      'malformed JSON',
      async (paired, events) => {
        const request = await signed(paired, events);
        return signRaw(paired, `${request.body.slice(0, -1)},`, 0, 3);
      },
      400,
      'malformed-json',
    );
    refusedCase(
      'a non-finite number',
      async (paired, events) => {
        const request = await signed(paired, events);
        // JSON.parse reads 1e999 as Infinity; correctly signed, so only the number is wrong.
        return signRaw(paired, request.body.replace('"elapsedMs":0', '"elapsedMs":1e999'), 0, 3);
      },
      400,
      'non-finite',
    );
    refusedCase(
      'an event changed after sealing',
      async (paired, events) => {
        const tampered = events.map((event, i) =>
          i === 2 ? { ...event, url: 'http://elsewhere.example/' } : event,
        );
        return signed(paired, tampered);
      },
      409,
      'chain',
    );
    refusedCase(
      'an invalid event',
      async (paired, events) =>
        signed(paired, [{ ...events[0]!, kind: 'made.up' } as never, ...events.slice(1)]),
      400,
      'invalid-event',
    );
    refusedCase(
      'missing headers',
      async (_paired, events) => ({ headers: {}, body: JSON.stringify({ events }) }),
      400,
      'malformed-headers',
    );
  });

  it('refuses a replayed request (same nonce) even though it is correctly signed', async () => {
    const { session, paired } = await pairSession();
    const { sealed } = await makeEvents(session, 3);
    const request = await signed(paired, sealed);
    expect((await send(request)).statusCode).toBe(200);
    const replay = await send(request);
    expect(replay.statusCode).toBe(409);
    expect(replay.json().code).toBe('replay');
    expect(await storedCount(session.id)).toBe(3);
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const { session, paired } = await pairSession();
    const big = 'x'.repeat(MAX_BATCH_BYTES + 10);
    const response = await send({ headers: { [HEADERS.session]: paired.sessionId }, body: big });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ ok: false, code: 'too-large' });
    expect(await storedCount(session.id)).toBe(0);
  });
});
