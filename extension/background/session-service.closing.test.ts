/**
 * The chain closes with `session.ended`, and what the session record says (timing, tasks,
 * status) is written with the event that says it. Found in the real browser: an end-state
 * check that fired after the end moved the chain on, so the verified export no longer matched
 * and the next candidate's start asked for a confirmation; a pause announced in the popup was
 * undone by an older copy of the record.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../shared/bundle/chain.ts';
import { parseJson } from '../../shared/schema/index.ts';
import { createTestService, demoPackageText, TEST_ORIGIN as ORIGIN } from './testing/service.ts';

const DEMO = demoPackageText();
const PIN = '246813';
// The post's public page: its heading is the post's title (the end-state read checks it).
const PAGE =
  '<html lang="fr"><head><title>Thé vert bio</title><meta name="description" content="Le thé vert bio d’Annecy."></head><body><h1>Thé vert bio : nos conseils</h1></body></html>';

/** A promise the test settles when it chooses (a page that answers late). */
const later = <T>() => {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
};

/** A service whose end-state checks wait for the test to fire them, as timers do. */
const setup = async (read: (url: string) => Promise<string | null> = async () => PAGE) => {
  const timers: (() => void)[] = [];
  const fetched: string[] = [];
  const env = await createTestService('closing', {
    fetchPage: async (url) => {
      fetched.push(url);
      return read(url);
    },
    setTimer: (run) => void timers.push(run),
  });
  const { service } = env;
  const ask = (message: unknown) => env.ask(message, `${ORIGIN}/admin/articles/5`);
  await ask({ type: 'pin.set', next: PIN });
  await ask({ type: 'package.import', text: DEMO });
  expect(
    await ask({ type: 'session.start', candidate: { number: '42' }, pin: PIN, browser: 'test' }),
  ).toMatchObject({ ok: true });
  env.advance(60_000);
  const publish = () =>
    service.append([
      {
        id: 'net-00000001',
        kind: 'net.request',
        time: env.now(),
        url: `${ORIGIN}/admin/articles/5`,
        trusted: true,
        data: {
          method: 'PUT',
          path: '/admin/api/posts/5',
          query: {},
          status: 200,
          body: { status: 'publish' },
          response: {
            id: 5,
            title: 'Thé vert bio : nos conseils',
            slug: 'the-vert-bio-conseils',
            status: 'publish',
            excerpt: '',
            content: 'Un thé vert bio.',
            link: `${ORIGIN}/blog/the-vert-bio-conseils`,
            meta: { title: 'Thé vert bio', description: '', focusKeyword: 'thé vert bio' },
            categories: [],
            tags: [],
            date: '2026-06-12T08:01:00.000Z',
            modified: '2026-06-12T08:01:00.000Z',
          },
        },
      },
    ]);
  const exportNow = async () => {
    const response = await ask({ type: 'session.export' });
    const parsed = parseJson('bundle', response.text as string);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return { bundle: parsed.value, filename: response.filename as string };
  };
  return { service, ask, timers, fetched, publish, exportNow };
};

describe('closing the chain at the end of a session', () => {
  it('reads the public page still waiting before `session.ended`, and a late timer adds nothing', async () => {
    const env = await setup();
    await env.publish();
    expect(env.timers).toHaveLength(1);
    expect(env.fetched).toEqual([]);

    expect(await env.ask({ type: 'session.end', pin: PIN })).toMatchObject({ ok: true });
    const { bundle, filename } = await env.exportNow();
    const kinds = bundle.events.map((event) => event.kind);
    expect(kinds.at(-1)).toBe('session.ended');
    expect(kinds.indexOf('page.seo')).toBeGreaterThan(kinds.indexOf('content.published'));
    expect(env.fetched).toEqual([`${ORIGIN}/blog/the-vert-bio-conseils`]);

    // The timer set before the end fires now: nothing is read again, nothing is added.
    for (const run of env.timers) run();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(env.fetched).toHaveLength(1);
    const again = await env.exportNow();
    expect(again.bundle.chain).toEqual(bundle.chain);
    expect(await verifyChain(again.bundle.events, again.bundle.chain.head)).toMatchObject({ ok: true });

    // So the verified export counts, and the next candidate starts without a confirmation.
    expect(
      await env.ask({
        type: 'session.exported',
        sessionId: bundle.session.id,
        filename,
        head: bundle.chain.head,
        count: bundle.chain.count,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await env.ask({ type: 'session.start', candidate: { number: '43' }, pin: PIN, browser: 'test' }),
    ).toMatchObject({ ok: true });
  });

  it('takes over a read still under way when the session ends: the evidence is chained before the end', async () => {
    // A loaded machine: the public page answers only after the examiner has ended the session.
    const { promise: slow, resolve: answer } = later<string>();
    let reads = 0;
    const env = await setup(async () => {
      reads += 1;
      return reads === 1 ? slow : PAGE;
    });
    await env.publish();
    env.timers.shift()!(); // the check starts its read, which hangs
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await env.ask({ type: 'session.end', pin: PIN })).toMatchObject({ ok: true });
    answer(PAGE); // the first read ends after the chain closed: it must add nothing
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { bundle } = await env.exportNow();
    const kinds = bundle.events.map((event) => event.kind);
    expect(kinds.at(-1)).toBe('session.ended');
    const snapshot = bundle.events.find((event) => event.kind === 'page.seo' && event.relatesTo);
    expect(snapshot).toBeDefined();
    const published = bundle.events.find((event) => event.kind === 'content.published');
    expect(snapshot!.relatesTo).toBe(published!.id);
    expect(kinds.filter((kind) => kind === 'page.seo')).toHaveLength(1);
  });

  it('keeps the evidence of a read that ends while the session is ending: its write, queued behind the end, is not lost', async () => {
    // Seen in the real browser: the read answered as the examiner ended the session; the check
    // was no longer pending, so the end did not take it over, and its write came after the end.
    const { promise: slow, resolve: answer } = later<string>();
    const env = await setup(() => slow);
    await env.publish();
    env.timers.shift()!(); // the check starts its read
    await new Promise((resolve) => setTimeout(resolve, 20));
    const ending = env.ask({ type: 'session.end', pin: PIN }); // the end waits for its PIN check
    answer(PAGE); // meanwhile the read gives the page
    expect(await ending).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { bundle } = await env.exportNow();
    const kinds = bundle.events.map((event) => event.kind);
    expect(kinds.at(-1)).toBe('session.ended');
    const published = bundle.events.find((event) => event.kind === 'content.published');
    const snapshots = bundle.events.filter((event) => event.kind === 'page.seo' && event.relatesTo);
    expect(snapshots.map((event) => event.relatesTo)).toEqual([published!.id]);
    expect(await verifyChain(bundle.events, bundle.chain.head)).toMatchObject({ ok: true });
  });

  it('reads the public page once more when the first read gave nothing', async () => {
    let reads = 0;
    const env = await setup(async () => {
      reads += 1;
      return reads === 1 ? null : PAGE;
    });
    await env.publish();
    env.timers.shift()!(); // unreachable the first time
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(env.timers).toHaveLength(1);
    env.timers.shift()!(); // the retry
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { bundle } = await env.exportNow();
    expect(bundle.events.some((event) => event.kind === 'page.seo' && event.relatesTo)).toBe(true);
    expect(reads).toBe(2);
  });

  it('tries the public page once more when the session ends and the first read gives nothing', async () => {
    let reads = 0;
    const env = await setup(async () => {
      reads += 1;
      return reads === 1 ? null : PAGE;
    });
    await env.publish();
    expect(await env.ask({ type: 'session.end', pin: PIN })).toMatchObject({ ok: true });
    const { bundle } = await env.exportNow();
    expect(bundle.events.at(-1)!.kind).toBe('session.ended');
    expect(bundle.events.some((event) => event.kind === 'page.seo' && event.relatesTo)).toBe(true);
    expect(reads).toBe(2);
  });

  it('refuses evidence sent to an ended session, without moving its chain', async () => {
    const env = await setup();
    expect(await env.ask({ type: 'session.end', pin: PIN })).toMatchObject({ ok: true });
    const before = await env.exportNow();
    await env.publish();
    const after = await env.exportNow();
    expect(after.bundle.chain).toEqual(before.bundle.chain);
    expect(after.bundle.events.some((event) => event.kind === 'net.request')).toBe(false);
  });
});

describe('the session record changes with its event', () => {
  it('keeps the pause after later evidence and derived events are written', async () => {
    const env = await setup();
    expect(await env.ask({ type: 'session.pause', pin: PIN, reason: 'Coupure du réseau' })).toMatchObject({
      ok: true,
    });
    await env.publish();
    for (const run of env.timers) run();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await env.ask({ type: 'task.setStatus', questionId: 'q1', status: 'done', trusted: true });
    const status = await env.ask({ type: 'session.status' });
    expect(status).toMatchObject({
      status: { timing: { pausedAt: expect.any(Number), pauseReason: 'Coupure du réseau' } },
    });
    const { bundle } = await env.exportNow();
    expect(bundle.events.filter((event) => event.kind === 'session.paused')).toHaveLength(1);
    expect(await verifyChain(bundle.events, bundle.chain.head)).toMatchObject({ ok: true });
  });
});
