import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../shared/bundle/chain.ts';
import { parseJson } from '../../shared/schema/index.ts';
import { withReadCache } from '../storage/read-cache.ts';
import { createSessionService } from './session-service.ts';
import { senderFor } from './testing/sender.ts';
import { createTestService, demoPackageText, TEST_ORIGIN as ORIGIN } from './testing/service.ts';

const DEMO = demoPackageText();
const setup = () => createTestService('test');

const started = async () => {
  const env = await setup();
  await env.ask({ type: 'pin.set', next: '246813' });
  await env.ask({ type: 'package.import', text: DEMO });
  const start = await env.ask({
    type: 'session.start',
    candidate: { number: '42' },
    pin: '246813',
    browser: 'test',
  });
  expect(start.ok).toBe(true);
  return env;
};

const exported = async (ask: (m: unknown) => Promise<Record<string, unknown>>) => {
  const response = await ask({ type: 'session.export' });
  expect(response.ok).toBe(true);
  const parsed = parseJson('bundle', response.text as string);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { bundle: parsed.value, filename: response.filename as string };
};

describe('subject import', () => {
  let env: Awaited<ReturnType<typeof setup>>;
  beforeEach(async () => {
    env = await setup();
  });

  it('refuses a malformed package with its problems and keeps the previous one', async () => {
    expect((await env.ask({ type: 'package.import', text: DEMO })).ok).toBe(true);
    const bad = JSON.parse(DEMO);
    bad.subject.questions[1].criteria = ['C9'];
    const refused = await env.ask({ type: 'package.import', text: JSON.stringify(bad) });
    expect(refused).toMatchObject({ ok: false, fr: expect.stringContaining('refusé') });
    expect(refused.problems).toContainEqual(
      expect.objectContaining({ path: 'subject.questions[1].criteria[0]', fr: 'critère inconnu "C9"' }),
    );
    const current = await env.ask({ type: 'package.current' });
    expect(current.summary).toMatchObject({ subjectId: 'demo-wordpress-a' });
  });

  it('refuses a package whose content changed after it was hashed', async () => {
    const tampered = JSON.parse(DEMO);
    tampered.subject.title = `${tampered.subject.title} (modifié)`;
    const refused = await env.ask({ type: 'package.import', text: JSON.stringify(tampered) });
    expect(refused).toMatchObject({
      ok: false,
      problems: [expect.objectContaining({ code: 'hash-mismatch' })],
    });
    expect((await env.ask({ type: 'package.current' })).summary).toBeNull();
  });

  it('refuses text that is not JSON, and a message that is not a request', async () => {
    expect(await env.ask({ type: 'package.import', text: '{' })).toMatchObject({ ok: false });
    expect(await env.ask({ type: 'session.delete' })).toMatchObject({ ok: false, fr: 'Message refusé.' });
    expect(await env.ask('hello')).toMatchObject({ ok: false });
  });
});

describe('session lifecycle', () => {
  it('needs a PIN set, the right PIN, a subject and a candidate number to start', async () => {
    const env = await setup();
    const start = { type: 'session.start', candidate: { number: '42' }, pin: '246813', browser: 'test' };
    expect((await env.ask(start)).fr).toContain('Aucun code examinateur');
    await env.ask({ type: 'pin.set', next: '246813' });
    expect((await env.ask(start)).fr).toBe('Importez d’abord un sujet.');
    await env.ask({ type: 'package.import', text: DEMO });
    expect((await env.ask({ ...start, pin: '111111' })).fr).toBe('Code examinateur incorrect.');
    expect((await env.ask({ ...start, candidate: { number: '  ' } })).fr).toBe(
      'Le numéro de candidat est obligatoire.',
    );
    expect((await env.ask(start)).ok).toBe(true);
    expect((await env.ask(start)).fr).toBe('Une épreuve est déjà en cours sur ce poste.');
  });

  it('changes the PIN only with the current one, and refuses weak PINs', async () => {
    const env = await setup();
    for (const weak of ['12', '2468', '12345', 'shortpass', '1234567890123'])
      expect((await env.ask({ type: 'pin.set', next: weak })).fr).toContain('au moins 6 chiffres');
    expect((await env.ask({ type: 'pin.set', next: '246813' })).ok).toBe(true);
    expect((await env.ask({ type: 'pin.set', next: '135799' })).fr).toBe(
      'Code actuel requis pour changer le code examinateur.',
    );
    expect((await env.ask({ type: 'pin.set', current: '111111', next: '135799' })).fr).toBe(
      'Code actuel incorrect.',
    );
    expect((await env.ask({ type: 'pin.set', current: '246813', next: '135799' })).ok).toBe(true);
  });

  it('records the candidate’s work, ends only with the PIN, and exports a bundle whose chain verifies', async () => {
    const env = await started();
    env.advance(60_000);
    expect(
      (await env.ask({ type: 'task.setStatus', questionId: 'q1', status: 'done', trusted: true })).ok,
    ).toBe(true);
    expect(
      (await env.ask({ type: 'task.saveNote', questionId: 'q1', text: 'Fait.', trusted: true })).ok,
    ).toBe(true);
    expect(
      (await env.ask({ type: 'task.setStatus', questionId: 'q99', status: 'done', trusted: true })).ok,
    ).toBe(false);
    expect((await env.ask({ type: 'session.end', pin: '000000' })).fr).toBe('Code examinateur incorrect.');
    expect((await env.ask({ type: 'session.end', pin: '246813' })).ok).toBe(true);

    const { bundle, filename } = await exported(env.ask);
    expect(filename).toBe('42-demo-wordpress-a-2026-06-12.temoin.json');
    expect(bundle.events.map((e) => e.kind)).toEqual([
      'session.started',
      'task.statusChanged',
      'task.noteSaved',
      'pin.failed',
      'session.ended',
    ]);
    expect(bundle.events[1]).toMatchObject({ elapsedMs: 60_000, questionId: 'q1', url: `${ORIGIN}/` });
    expect(bundle.events[3]).toMatchObject({
      data: { action: 'session.end', reason: 'wrong', failures: 1, lockedForMs: 0 },
    });
    expect(await verifyChain(bundle.events, bundle.chain.head)).toMatchObject({ ok: true, count: 5 });
    const view = await env.ask({ type: 'session.view' });
    expect(view.view).toMatchObject({ status: 'ended', tasks: { q1: { status: 'done', note: 'Fait.' } } });
  });

  it('acknowledges re-sent events once, and rejects malformed payloads without losing the rest', async () => {
    const env = await started();
    const event = (id: string, data: unknown, kind = 'nav.visited') => ({
      id,
      kind,
      time: env.now(),
      url: `${ORIGIN}/blog`,
      trusted: true,
      data,
    });
    const batch = [event('evt-00000001', { title: 'Blog', via: 'load' }), event('evt-00000002', { nope: 1 })];
    expect(await env.ask({ type: 'capture.events', events: batch })).toMatchObject({
      ok: true,
      acknowledged: ['evt-00000001', 'evt-00000002'],
    });
    await env.ask({ type: 'capture.events', events: batch });
    const { bundle } = await exported(env.ask);
    expect(bundle.events.filter((e) => e.kind === 'nav.visited')).toHaveLength(1);
  });

  it('still knows a re-sent event after the service worker was restarted', async () => {
    const env = await started();
    const nav = {
      id: 'evt-restart-01',
      kind: 'nav.visited',
      time: env.now(),
      url: `${ORIGIN}/blog`,
      trusted: true,
      data: { title: 'Blog', via: 'load' },
    };
    await env.ask({ type: 'capture.events', events: [nav] });
    // A new worker: a new service (and read cache) over the same database, nothing in memory.
    const restarted = createSessionService({
      db: withReadCache(env.rawDb),
      now: env.now,
      newId: () => `after-${Math.random().toString(36).slice(2, 12)}`,
      extensionVersion: '0.1.0',
      referenceOrigins: async () => [ORIGIN],
      pinIterations: 1000,
    });
    const ask = (message: unknown) =>
      restarted.handle(message, senderFor(message, `${ORIGIN}/`)) as Promise<Record<string, unknown>>;
    expect(await ask({ type: 'capture.events', events: [nav] })).toMatchObject({
      ok: true,
      acknowledged: ['evt-restart-01'],
    });
    const { bundle } = await exported(ask);
    expect(bundle.events.filter((e) => e.id === 'evt-restart-01')).toHaveLength(1);
  });

  it('marks events after the time allowed, with one time-up warning, and keeps capturing', async () => {
    const env = await started();
    env.advance(41 * 60_000);
    const nav = (id: string) => ({
      id,
      kind: 'nav.visited',
      time: env.now(),
      url: `${ORIGIN}/`,
      trusted: true,
      data: { title: 'x', via: 'load' },
    });
    await env.ask({ type: 'capture.events', events: [nav('late-0000001')] });
    await env.ask({ type: 'capture.events', events: [nav('late-0000002')] });
    const { bundle } = await exported(env.ask);
    const late = bundle.events.filter((e) => e.afterTime);
    expect(late.map((e) => e.kind)).toEqual(['integrity.warning', 'nav.visited', 'nav.visited']);
    expect(late[0]).toMatchObject({ data: { code: 'time-up' } });
  });

  it('says so in the evidence when a running session resumes after a browser restart', async () => {
    const env = await started();
    await env.service.resumeAfterRestart();
    const { bundle } = await exported(env.ask);
    expect(bundle.events.at(-2)).toMatchObject({
      kind: 'session.resumed',
      data: { reason: 'browser-restart' },
    });
    // …and the clock stands still until the examiner resumes or ends it (exam-day.test.ts).
    expect(bundle.events.at(-1)).toMatchObject({ kind: 'session.paused', data: { cause: 'interruption' } });
  });
});

describe('in-process use by the background', () => {
  it('appends the background’s own events without a runtime message, and refuses them with no session', async () => {
    const env = await setup();
    const nav = {
      id: 'bg-00000001',
      kind: 'nav.visited',
      time: env.now(),
      url: `${ORIGIN}/`,
      trusted: true,
      data: { title: 'x', via: 'load' },
    };
    expect(await env.service.append([nav])).toMatchObject({ ok: false, en: 'No exam is running.' });
    await env.ask({ type: 'pin.set', next: '246813' });
    await env.ask({ type: 'package.import', text: DEMO });
    await env.ask({ type: 'session.start', candidate: { number: '42' }, pin: '246813', browser: 'test' });
    expect(await env.service.append([nav])).toEqual({ ok: true, acknowledged: ['bg-00000001'] });
    const { bundle } = await exported(env.ask);
    expect(bundle.events.filter((e) => e.kind === 'nav.visited')).toHaveLength(1);
  });

  it('tells in-process listeners of session changes, not of every batch, until they unsubscribe', async () => {
    const env = await setup();
    const seen: string[] = [];
    const stop = env.service.onSessionChange((change) =>
      seen.push(`${change.reason}:${change.status ?? ''}`),
    );
    await env.ask({ type: 'pin.set', next: '246813' });
    await env.ask({ type: 'package.import', text: DEMO });
    await env.ask({ type: 'session.start', candidate: { number: '42' }, pin: '246813', browser: 'test' });
    await env.ask({ type: 'task.setStatus', questionId: 'q1', status: 'doing', trusted: true });
    stop();
    await env.ask({ type: 'session.end', pin: '246813' });
    expect(seen).toEqual(['package:', 'session:running', 'tasks:']);
  });
});

describe('semantic evidence', () => {
  it('derives « article published » from the API call and snapshots its public page as state evidence', async () => {
    const fetched: string[] = [];
    const {
      service,
      ask: askAs,
      advance,
      now,
    } = await createTestService('semantic', {
      // The public page of a post shows its title as the heading (the end-state read checks it).
      fetchPage: async (url) => {
        fetched.push(url);
        return '<html lang="fr"><head><title>Thé vert bio</title><meta name="description" content="Le thé vert bio d’Annecy."></head><body><h1>Thé vert bio : nos conseils</h1><p>Un thé vert bio.</p></body></html>';
      },
      setTimer: (run) => run(),
    });
    const ask = (message: unknown) => askAs(message, `${ORIGIN}/admin/articles/5`);
    await ask({ type: 'pin.set', next: '246813' });
    await ask({ type: 'package.import', text: DEMO });
    await ask({ type: 'session.start', candidate: { number: '42' }, pin: '246813', browser: 'test' });
    advance(60_000);
    const post = {
      id: 5,
      title: 'Thé vert bio : nos conseils',
      slug: 'the-vert-bio-conseils',
      status: 'publish',
      excerpt: 'Nos conseils.',
      content: 'Un thé vert bio.',
      link: `${ORIGIN}/blog/the-vert-bio-conseils`,
      meta: { title: 'Thé vert bio', description: 'Le thé vert bio d’Annecy.', focusKeyword: 'thé vert bio' },
      image: { url: '/img/the.jpg', alt: 'Tasse de thé vert' },
      categories: [],
      tags: [],
      date: '2026-06-12T08:01:00.000Z',
      modified: '2026-06-12T08:01:00.000Z',
    };
    // Network evidence is the background's own: it comes in process, not as a message.
    await service.append([
      {
        id: 'net-00000001',
        kind: 'net.request',
        time: now(),
        url: `${ORIGIN}/admin/articles/5`,
        trusted: true,
        data: {
          method: 'PUT',
          path: '/admin/api/posts/5',
          query: {},
          status: 200,
          body: { status: 'publish' },
          response: post,
        },
      },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { bundle } = await exported(ask);
    const published = bundle.events.find((event) => event.kind === 'content.published');
    expect(published).toMatchObject({
      derivedFrom: 'net-00000001',
      data: { slug: 'the-vert-bio-conseils', title: 'Thé vert bio : nos conseils' },
    });
    expect(fetched).toEqual([`${ORIGIN}/blog/the-vert-bio-conseils`]);
    expect(bundle.events.find((event) => event.kind === 'page.seo')).toMatchObject({
      relatesTo: published?.id,
      data: { title: 'Thé vert bio', metaDescription: 'Le thé vert bio d’Annecy.' },
    });
    expect(await verifyChain(bundle.events, bundle.chain.head)).toMatchObject({ ok: true });
  });
});
