/**
 * Harmonisation reads the station (Fastify inject; PGlite in memory, or a real PostgreSQL under
 * `npm run test:station-postgres`): who sees which
 * finalised assessments and anchors, nothing without a session, drafts never, and the page
 * with the grid editor's view bundled for the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundleValue } from '../../shared/bundle/read.ts';
import { HarmonisationSet } from '../../shared/harmonisation/collection.ts';
import { buildReport } from '../../shared/harmonisation/report.ts';
import { addStationSnapshot, type StationSnapshot } from '../../shared/harmonisation/station-source.ts';
import { checkAgainstReceipt, parseReceipt } from '../../shared/station/receipt.ts';
import { createExaminer } from '../accounts/accounts.ts';
import { type Commission, createCommission } from '../accounts/commissions.ts';
import type { Database } from '../db/database.ts';
import { createStation, type Station } from '../server.ts';
import {
  demoPackage,
  demoPackageText,
  demoSession,
  logIn,
  makeEvents,
  openTestDatabase,
  pairSession,
  signed,
} from '../testing.ts';

let db: Database;
let station: Station;
let alices: Commission;
let bobs: Commission;

const login = async (username: string, password: string) => (await logIn(station, username, password)).cookie;

const request = (cookie: string | null, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
  station.app.inject({
    method,
    url,
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    headers: { ...(cookie ? { cookie } : {}), 'content-type': 'application/json', host: 'station.test:8443' },
  });

/** A workstation pairs and sends `count` events; the examiner grades every question `level`. */
const candidate = async (commission: Commission, number: string, cookie: string, finalise: boolean) => {
  const session = demoSession(number);
  const pairing = await pairSession(station, commission.pairingCode, session);
  const paired = { ...(pairing.json() as { key: string; commissionId: string }), sessionId: session.id };
  const { sealed, head } = await makeEvents(session, 11);
  const batch = await signed(paired, sealed);
  await station.app.inject({
    method: 'POST',
    url: '/api/ingest',
    payload: batch.body,
    headers: batch.headers,
    remoteAddress: '127.0.0.1',
  });
  for (const q of demoPackage().subject.questions)
    await request(cookie, 'PUT', `/api/sessions/${session.id}/draft`, { questionId: q.id, level: 'S' });
  if (finalise)
    expect((await request(cookie, 'POST', `/api/sessions/${session.id}/finalise`, {})).statusCode).toBe(200);
  return { session, sealed, head };
};

let alice: string;
let bob: string;
let chef: string;
let aliceFinal: Awaited<ReturnType<typeof candidate>>;
let aliceDraft: Awaited<ReturnType<typeof candidate>>;
let bobFinal: Awaited<ReturnType<typeof candidate>>;

beforeAll(async () => {
  db = await openTestDatabase();
  station = await createStation({ db });
  await createExaminer(db, { username: 'chef', password: 'chef-password-1', isAdmin: true });
  const a = await createExaminer(db, {
    username: 'alice',
    displayName: 'Alice Martin',
    password: 'alice-password-1',
  });
  const b = await createExaminer(db, {
    username: 'bob',
    displayName: 'Bob Durand',
    password: 'bob-password-1',
  });
  alices = await createCommission(db, { label: 'Alice', examinerId: a.id, packageText: demoPackageText() });
  bobs = await createCommission(db, { label: 'Bob', examinerId: b.id, packageText: demoPackageText() });
  alice = await login('alice', 'alice-password-1');
  bob = await login('bob', 'bob-password-1');
  chef = await login('chef', 'chef-password-1');
  aliceFinal = await candidate(alices, '41001', alice, true);
  aliceDraft = await candidate(alices, '41002', alice, false);
  bobFinal = await candidate(bobs, '42001', bob, true);
}, 120_000);
afterAll(async () => {
  await station?.close();
  await db?.close();
});

const snapshotOf = async (cookie: string) => {
  const response = await request(cookie, 'GET', '/api/harmonisation');
  expect(response.statusCode).toBe(200);
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.headers['access-control-allow-origin']).toBeUndefined();
  return response.json() as StationSnapshot;
};
const candidates = (snapshot: StationSnapshot) =>
  snapshot.assessments.map((a) => (a as { candidate: { number: string } }).candidate.number).sort();

describe('harmonisation reads the station', () => {
  it('runs on the database the test run asked for (a real PostgreSQL under test:station-postgres)', () => {
    expect(db.kind).toBe(process.env.TEMOIN_STATION_DATABASE ? 'postgres' : 'pglite');
  });

  it('refuses without a session: 401 for the data, the login page for the page', async () => {
    expect((await request(null, 'GET', '/api/harmonisation')).statusCode).toBe(401);
    expect((await request(`temoin_station=${'ab'.repeat(32)}`, 'GET', '/api/harmonisation')).statusCode).toBe(
      401,
    );
    const page = await request(null, 'GET', '/harmonisation');
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe('/login');
  });

  it('gives an examiner only their own commissions’ finalised assessments and anchors', async () => {
    const snapshot = await snapshotOf(alice);
    expect(candidates(snapshot)).toEqual(['41001']);
    expect(snapshot.anchors.map((a) => a.sessionId).sort()).toEqual(
      [aliceFinal.session.id, aliceDraft.session.id].sort(),
    );
    expect(snapshot.anchors.find((a) => a.sessionId === aliceFinal.session.id)).toMatchObject({
      count: 11,
      head: aliceFinal.head,
      candidate: '41001',
    });
    expect(JSON.stringify(snapshot)).not.toContain('42001');
    expect(JSON.stringify(snapshot)).not.toContain(bobFinal.session.id);
    expect(snapshot.station).toBe('station.test:8443');

    const bobs = await snapshotOf(bob);
    expect(candidates(bobs)).toEqual(['42001']);
    expect(bobs.anchors.map((a) => a.sessionId)).toEqual([bobFinal.session.id]);
  });

  it('gives the administrator every commission, and harmonisation sees the same flags as files', async () => {
    const snapshot = await snapshotOf(chef);
    expect(candidates(snapshot)).toEqual(['41001', '42001']);
    expect(snapshot.anchors).toHaveLength(3);
    expect(snapshot.subjects).toHaveLength(1);
    const set = new HarmonisationSet();
    expect(await addStationSnapshot(set, snapshot)).toMatchObject({
      ok: true,
      result: { added: 2, rejected: 0 },
    });
    const report = buildReport(set);
    expect(report.examiners.map((e) => e.label)).toEqual(['Alice Martin', 'Bob Durand']);
    expect(report.entries.every((e) => e.subject?.id === demoPackage().subject.id)).toBe(true);
    expect(report.flags.filter((f) => f.kind === 'station-copy')).toEqual([]);
  });

  it('gives the station’s copy of a session’s evidence as a sealed file, to its examiner only', async () => {
    const url = `/api/sessions/${aliceFinal.session.id}/bundle`;
    const copy = await request(alice, 'GET', url);
    expect(copy.statusCode).toBe(200);
    const read = await readBundleValue(copy.json());
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.bundle.chain).toMatchObject({ count: 11, head: aliceFinal.head });
    expect((await request(bob, 'GET', url)).statusCode).toBe(404);
    expect((await request(null, 'GET', url)).statusCode).toBe(401);
  });

  it('gives a session’s receipt (count and head received) as a file the offline review checks, to its examiner only', async () => {
    const url = `/api/sessions/${aliceFinal.session.id}/receipt`;
    const answer = await request(alice, 'GET', url);
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-disposition']).toBe(
      'attachment; filename="41001-recu-station.temoin-receipt.json"',
    );
    const parsed = parseReceipt(answer.json());
    expect(parsed).toMatchObject({
      ok: true,
      receipt: { sessionId: aliceFinal.session.id, candidate: '41001', count: 11, head: aliceFinal.head },
    });
    if (parsed.ok) {
      const bundle = { session: aliceFinal.session, events: aliceFinal.sealed };
      expect(checkAgainstReceipt(bundle, parsed.receipt)).toEqual({ status: 'same', count: 11 });
      expect(
        checkAgainstReceipt({ ...bundle, events: aliceFinal.sealed.slice(0, 9) }, parsed.receipt),
      ).toMatchObject({
        status: 'differs',
        reason: 'missing',
      });
    }
    expect((await request(bob, 'GET', url)).statusCode).toBe(404);
    expect((await request(null, 'GET', url)).statusCode).toBe(401);
  });

  it('serves the page with the grid editor’s harmonisation view bundled', async () => {
    const page = await request(alice, 'GET', '/harmonisation');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<ge-harmonisation>');
    expect(page.body).toContain('Alice Martin');
    expect(page.body).toContain('data-theme="light"');
    const script = await request(null, 'GET', '/harmonisation/app.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.body).toContain('ge-harmonisation');
    expect(script.body).toContain('/api/harmonisation');
    const css = await request(null, 'GET', '/harmonisation/app.css');
    expect(css.body).toContain('codicon');
    expect((await request(null, 'GET', '/harmonisation/other.js')).statusCode).toBe(404);
    expect((await request(alice, 'GET', '/commissions')).body).toContain('data-testid="open-harmonisation"');
    expect((await request(alice, 'GET', `/commissions/${alices.id}`)).body).toContain(
      'href="/harmonisation"',
    );
  });

  it('shows the plain-HTTP warning on the harmonisation page, as on every examiner page', async () => {
    const warned = await createStation({ db, insecureWarning: 'HTTP sans chiffrement sur le réseau' });
    try {
      const page = await warned.app.inject({
        method: 'GET',
        url: '/harmonisation',
        headers: { cookie: alice },
      });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('data-testid="insecure-warning"');
      expect(page.body).toContain('HTTP sans chiffrement sur le réseau');
    } finally {
      await warned.close();
    }
  });
});
