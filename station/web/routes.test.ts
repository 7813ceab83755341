/**
 * The examiner's side through HTTP (Fastify inject; PGlite in memory, or a real PostgreSQL under
 * `npm run test:station-postgres`): logins, who sees which
 * commission, grading during the session, finalising into a valid Assessment, and comparing an
 * exported bundle with the station's copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHAIN_ALGORITHM } from '../../shared/schema/bundle.ts';
import { parse } from '../../shared/schema/index.ts';
import { createExaminer } from '../accounts/accounts.ts';
import { type Commission, createCommission } from '../accounts/commissions.ts';
import type { Database } from '../db/database.ts';
import type { HubMessage } from '../live/hub.ts';
import { createStation, type Station } from '../server.ts';
import {
  demoPackage,
  demoPackageText,
  demoSession,
  logIn,
  makeEvents,
  openTestDatabase,
  type Paired,
  pairSession,
  signed,
} from '../testing.ts';

let db: Database;
let station: Station;
let mine: Commission;
let theirs: Commission;

const login = (username: string, password: string) => logIn(station, username, password);

const as = (cookie: string) => ({
  get: (url: string) => station.app.inject({ method: 'GET', url, headers: { cookie } }),
  send: (method: 'POST' | 'PUT', url: string, body: unknown) =>
    station.app.inject({
      method,
      url,
      payload: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { cookie, 'content-type': 'application/json' },
    }),
});

beforeAll(async () => {
  db = await openTestDatabase();
  station = await createStation({ db });
  await createExaminer(db, { username: 'chef', password: 'chef-password-1', isAdmin: true });
  const alice = await createExaminer(db, { username: 'alice', password: 'alice-password-1' });
  const bob = await createExaminer(db, { username: 'bob', password: 'bob-password-1' });
  mine = await createCommission(db, { label: 'Alice', examinerId: alice.id, packageText: demoPackageText() });
  theirs = await createCommission(db, { label: 'Bob', examinerId: bob.id, packageText: demoPackageText() });
}, 120_000);
afterAll(async () => {
  await station?.close();
  await db?.close();
});

describe('examiner access', () => {
  it('sends a visitor to the login page, and refuses a wrong password', async () => {
    const page = await station.app.inject({ method: 'GET', url: '/commissions' });
    expect(page.statusCode).toBe(302);
    expect(page.headers.location).toBe('/login');
    const { response } = await login('alice', 'not-her-password');
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('Identifiant ou mot de passe incorrect.');
    expect((await station.app.inject({ method: 'GET', url: '/api/assessments' })).statusCode).toBe(401);
  });

  it('shows an examiner only their own commissions', async () => {
    const alice = as((await login('alice', 'alice-password-1')).cookie);
    const list = await alice.get('/commissions');
    expect(list.body).toContain(mine.pairingCode);
    expect(list.body).not.toContain(theirs.pairingCode);
    expect((await alice.get(`/commissions/${theirs.id}`)).statusCode).toBe(404);
    expect((await alice.get(`/api/commissions/${theirs.id}/stream`)).statusCode).toBe(404);
    const created = await alice.send('POST', '/api/commissions', {
      examinerId: 1,
      packageText: demoPackageText(),
    });
    expect(created.statusCode).toBe(403);
  });

  it('lets the administrator see every commission and refuses a broken subject file', async () => {
    const chef = as((await login('chef', 'chef-password-1')).cookie);
    const list = await chef.get('/commissions');
    expect(list.body).toContain(mine.pairingCode);
    expect(list.body).toContain(theirs.pairingCode);
    const broken = await chef.send('POST', '/api/commissions', {
      examinerId: 2,
      packageText: '{"format":"nope"}',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().fr).toContain('Fichier de sujet refusé');
  });
});

describe('grading on the station', () => {
  it('takes levels and a justification marker during the session, finalises, and compares bundles', async () => {
    const session = demoSession('30001');
    const pairing = await pairSession(station, mine.pairingCode, session);
    const paired: Paired = {
      ...(pairing.json() as { key: string; commissionId: string }),
      sessionId: session.id,
    };
    const { sealed, head } = await makeEvents(session, 12);
    const batch = await signed(paired, sealed);
    const ack = await station.app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: batch.body,
      headers: batch.headers,
      remoteAddress: '127.0.0.1',
    });
    expect(ack.json()).toMatchObject({ ok: true, next: 12, head });

    const alice = as((await login('alice', 'alice-password-1')).cookie);
    const missing = await alice.send('POST', `/api/sessions/${session.id}/finalise`, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fr).toContain('Niveau manquant');
    expect(
      (await alice.send('PUT', `/api/sessions/${session.id}/draft`, { questionId: 'q1', level: 'XX' }))
        .statusCode,
    ).toBe(400);
    for (const q of demoPackage().subject.questions)
      expect(
        (
          await alice.send('PUT', `/api/sessions/${session.id}/draft`, {
            questionId: q.id,
            level: 'S',
            comment: `Vu ${q.id}`,
          })
        ).statusCode,
      ).toBe(200);
    expect(
      (await alice.send('POST', `/api/sessions/${session.id}/markers`, { questionId: 'q2' })).statusCode,
    ).toBe(200);
    const bob = as((await login('bob', 'bob-password-1')).cookie);
    expect(
      (await bob.send('PUT', `/api/sessions/${session.id}/draft`, { questionId: 'q1', level: 'TI' }))
        .statusCode,
    ).toBe(404);

    const final = await alice.send('POST', `/api/sessions/${session.id}/finalise`, {});
    expect(final.statusCode).toBe(200);
    const assessment = final.json().assessment;
    expect(parse('assessment', assessment).ok).toBe(true);
    expect(assessment).toMatchObject({
      status: 'final',
      bundle: { chainHead: head, eventCount: 12 },
      mark: 12.5,
    });
    expect(assessment.notes[0]).toMatchObject({
      questionId: 'q2',
      question: expect.stringContaining('Justification demandée (événement 11'),
    });
    expect(
      (await alice.send('PUT', `/api/sessions/${session.id}/draft`, { questionId: 'q1', level: 'TI' })).json()
        .fr,
    ).toBe('Évaluation déjà finalisée.');

    const bundle = {
      format: 'temoin.bundle/1',
      exportedAt: new Date().toISOString(),
      session,
      events: sealed,
      chain: { algorithm: CHAIN_ALGORITHM, count: 12, head },
    };
    expect((await alice.send('POST', '/api/bundles/compare', bundle)).json().verdict).toEqual({
      status: 'same',
      count: 12,
    });
    // Edited afterwards and re-chained from the edit: self-consistent, but not what the station received.
    const edited = await makeEvents(session, 12);
    const forged = { ...bundle, events: edited.sealed, chain: { ...bundle.chain, head: edited.head } };
    expect((await alice.send('POST', '/api/bundles/compare', forged)).json().verdict).toMatchObject({
      status: 'differs',
      seq: 0,
      reason: 'changed',
    });
    const cut = {
      ...bundle,
      events: sealed.slice(0, 10),
      chain: { ...bundle.chain, count: 10, head: sealed[9]!.hash },
    };
    expect((await alice.send('POST', '/api/bundles/compare', cut)).json().verdict).toMatchObject({
      status: 'differs',
      reason: 'missing',
    });
  });

  it('keeps the compétences and interview notes entered with the review’s controls, refusing bad ones', async () => {
    const session = demoSession('30002');
    const pairing = await pairSession(station, mine.pairingCode, session);
    expect(pairing.statusCode).toBe(200);
    const alice = as((await login('alice', 'alice-password-1')).cookie);
    const draft = (body: unknown) => alice.send('PUT', `/api/sessions/${session.id}/draft`, body);
    const refusals = [
      { questionId: 'q1', competence: { id: 'wp.comment.reply', level: 'S' } },
      { questionId: 'q1', competence: { id: 'wp.post.publish', level: 'XX' } },
      { questionId: 'q1', competence: 'wp.post.publish' },
      { competence: { id: 'wp.post.publish', level: 'S' } },
      { questionId: 'q1', note: { question: '   ' } },
      { questionId: 'q1', note: { question: 'x'.repeat(2001) } },
      { questionId: 'q9', note: { question: 'Pourquoi ?' } },
      { questionId: 'q1', note: null },
    ];
    for (const body of refusals) {
      const answer = await draft(body);
      expect(answer.statusCode, JSON.stringify(body)).toBe(400);
      expect(answer.json().fr).toMatch(/\S/);
    }
    expect(
      (await draft({ questionId: 'q1', competence: { id: 'wp.post.publish', level: 'TS' } })).statusCode,
    ).toBe(200);
    expect(
      (
        await draft({
          questionId: 'q1',
          note: { question: 'Pourquoi cette catégorie ?', answer: 'Le public visé.' },
        })
      ).statusCode,
    ).toBe(200);
    for (const q of demoPackage().subject.questions) await draft({ questionId: q.id, level: 'I' });
    const final = await alice.send('POST', `/api/sessions/${session.id}/finalise`, {});
    expect(final.statusCode).toBe(200);
    const assessment = final.json().assessment;
    expect(parse('assessment', assessment).ok).toBe(true);
    const q1 = assessment.questions.find((q: { questionId: string }) => q.questionId === 'q1');
    expect(q1.competences).toContainEqual({ id: 'wp.post.publish', level: 'TS' });
    expect(q1.competences.filter((c: { level: string | null }) => c.level !== null)).toHaveLength(1);
    expect(assessment.notes).toContainEqual(
      expect.objectContaining({
        questionId: 'q1',
        question: 'Pourquoi cette catégorie ?',
        answer: 'Le public visé.',
      }),
    );
  });

  it('serves the live screen with the review’s components bundled, and the package they read', async () => {
    const alice = as((await login('alice', 'alice-password-1')).cookie);
    const page = await alice.get(`/commissions/${mine.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<script type="module" src="/views/live.js"></script>');
    const data = JSON.parse(
      /<script type="application\/json" id="commission-data">(.*?)<\/script>/s.exec(page.body)![1]!,
    );
    expect(data).toMatchObject({
      id: mine.id,
      subjectId: 'demo-wordpress-a',
      pkg: { subject: { id: 'demo-wordpress-a' } },
    });
    const script = await station.app.inject({ method: 'GET', url: '/views/live.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
    for (const name of ['ge-live-column', 'ge-review-question', '/stream'])
      expect(script.body).toContain(name);
    expect((await station.app.inject({ method: 'GET', url: '/views/other.js' })).statusCode).toBe(404);
  });

  it('serves the fiches page of a commission’s finalised candidates, to its examiner only', async () => {
    const alice = as((await login('alice', 'alice-password-1')).cookie);
    const dataOf = (body: string) =>
      JSON.parse(/<script type="application\/json" id="fiche-data">(.*?)<\/script>/s.exec(body)![1]!) as {
        sessions: string[];
        back: string;
      };
    const final = (
      await db.query<{ id: string }>(
        `select s.id from candidate_sessions s join marks m on m.session_id = s.id
         where s.commission_id = $1 and m.assessment is not null order by s.paired_at, s.id`,
        [mine.id],
      )
    ).map((r) => r.id);
    expect(final.length).toBeGreaterThan(0);
    const all = await alice.get(`/commissions/${mine.id}/fiches`);
    expect(all.statusCode).toBe(200);
    expect(all.body).toContain('<script type="module" src="/views/fiche.js"></script>');
    expect(all.body).toContain('data-testid="fiche-status"');
    expect(dataOf(all.body)).toEqual({ sessions: final, back: `/commissions/${mine.id}` });
    expect(
      dataOf((await alice.get(`/commissions/${mine.id}/fiches?session=${final[0]}`)).body).sessions,
    ).toEqual([final[0]]);
    expect(dataOf((await alice.get(`/commissions/${mine.id}/fiches?session=nope`)).body).sessions).toEqual(
      [],
    );
    expect((await alice.get(`/commissions/${theirs.id}/fiches`)).statusCode).toBe(404);
    expect((await alice.get(`/commissions/${mine.id}`)).body).toContain('data-testid="print-fiches"');
    const script = await station.app.inject({ method: 'GET', url: '/views/fiche.js' });
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain('ge-print-view');
  });

  it('streams every question in a snapshot, then only the questions that changed, in increasing versions', async () => {
    const session = demoSession('30003');
    const pairing = await pairSession(station, mine.pairingCode, session);
    const paired: Paired = {
      ...(pairing.json() as { key: string; commissionId: string }),
      sessionId: session.id,
    };
    const push = async (sealed: Awaited<ReturnType<typeof makeEvents>>['sealed']) => {
      const batch = await signed(paired, sealed);
      const ack = await station.app.inject({
        method: 'POST',
        url: '/api/ingest',
        payload: batch.body,
        headers: batch.headers,
        remoteAddress: '127.0.0.1',
      });
      expect(ack.statusCode).toBe(200);
    };
    const first = await makeEvents(session, 3);
    await push(first.sealed);
    const seen: HubMessage[] = [];
    const unsubscribe = station.hub.subscribe(mine.id, (message) => seen.push(message));
    try {
      const snapshot = await station.hub.snapshot(mine.id);
      if (snapshot.type !== 'snapshot') throw new Error('no snapshot');
      const mineNow = snapshot.candidates.find((c) => c.sessionId === session.id)!;
      expect(mineNow.questions.map((q) => q.questionId)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
      // The next batch is announced with its rows; a draft change after it, with no question
      // (no rule changed since), in a later version than everything before.
      const more = await makeEvents(session, 4, { seq: 3, head: first.head });
      await push(more.sealed);
      const mineOnly = () =>
        seen.flatMap((m) => (m.type === 'candidate' && m.candidate.sessionId === session.id ? [m] : []));
      const deadline = Date.now() + 10_000;
      while (!mineOnly().some((m) => m.candidate.count === 7) && Date.now() < deadline)
        await new Promise((done) => setTimeout(done, 50));
      const seven = mineOnly().find((m) => m.candidate.count === 7)!;
      expect(seven.rows.map((r) => r.seq)).toEqual([3, 4, 5, 6]);
      await station.hub.draftChanged(session.id);
      const last = mineOnly().at(-1)!.candidate;
      expect(last.questions).toEqual([]);
      expect(last.count).toBe(7);
      for (const m of mineOnly().slice(0, -1)) expect(last.version).toBeGreaterThan(m.candidate.version);
      expect(last.version).toBeGreaterThan(mineNow.version);
    } finally {
      unsubscribe();
    }
  });
});
