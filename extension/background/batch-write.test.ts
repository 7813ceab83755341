/**
 * The worker writes per batch: what the adapters derive from a batch is sealed after it and
 * written in the same IndexedDB transaction, and batches that arrive while a write runs are
 * written together, each sender told of its own events only.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../shared/bundle/chain.ts';
import { getMeta } from '../storage/db.ts';
import { readEvents } from './session/recorder.ts';
import { createTestService, demoPackageText, TEST_ORIGIN as ORIGIN } from './testing/service.ts';

const started = async () => {
  const env = await createTestService('batch-write', { setTimer: () => undefined });
  await env.ask({ type: 'pin.set', next: '246813' });
  await env.ask({ type: 'package.import', text: demoPackageText() });
  await env.ask({ type: 'session.start', candidate: { number: '42' }, pin: '246813', browser: 'test' });
  env.advance(60_000);
  const sessionId = (await getMeta<string>(env.db, 'activeSession'))!;
  return { ...env, sessionId };
};

/** Counts the `readwrite` transactions opened from now on (every database of the test). */
const countWrites = () => {
  let writes = 0;
  const proto = globalThis.IDBDatabase.prototype;
  const original = proto.transaction;
  proto.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    if (args[1] === 'readwrite') writes += 1;
    return original.apply(this, args);
  };
  return () => {
    proto.transaction = original;
    return writes;
  };
};

const publish = (id: string, time: number) => ({
  id,
  kind: 'net.request',
  time,
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
      excerpt: 'Nos conseils.',
      content: 'Un thé vert bio.',
      link: `${ORIGIN}/blog/the-vert-bio-conseils`,
      categories: [],
      tags: [],
      date: '2026-06-12T08:01:00.000Z',
      modified: '2026-06-12T08:01:00.000Z',
    },
  },
});

const click = (id: string, time: number) => ({
  id,
  kind: 'ui.clicked',
  time,
  url: `${ORIGIN}/admin/`,
  trusted: true,
  data: { role: 'button', name: 'Publier', tag: 'button', selector: 'button.publish' },
});

describe('per batch', () => {
  it('writes a batch and the events derived from it in one transaction, derived after it', async () => {
    const env = await started();
    const writes = countWrites();
    const outcome = await env.service.append([publish('net-00000001', env.now())]);
    expect(outcome).toEqual({ ok: true, acknowledged: ['net-00000001'] });
    expect(writes()).toBe(1);
    const events = await readEvents(env.db, env.sessionId);
    const at = events.findIndex((event) => event.id === 'net-00000001');
    expect(events[at + 1]).toMatchObject({ kind: 'content.published', derivedFrom: 'net-00000001' });
    const record = await env.db.get('sessions', env.sessionId);
    expect(await verifyChain(events, record!.chain.head)).toMatchObject({ ok: true, count: events.length });
  });

  it('writes batches that arrive together as one, each sender acknowledged its own', async () => {
    const env = await started();
    const before = (await readEvents(env.db, env.sessionId)).length;
    const writes = countWrites();
    const t = env.now();
    const [a, b, c] = await Promise.all([
      env.ask({ type: 'capture.events', events: [click('click-0000001', t), click('click-0000002', t)] }),
      env.ask({ type: 'capture.events', events: [click('click-0000003', t + 1)] }),
      env.service.append([publish('net-00000002', t + 2)]),
    ]);
    expect(a).toEqual({ ok: true, acknowledged: ['click-0000001', 'click-0000002'] });
    expect(b).toEqual({ ok: true, acknowledged: ['click-0000003'] });
    expect(c).toEqual({ ok: true, acknowledged: ['net-00000002'] });
    // The first batch waits for nothing; the two behind it are written together.
    expect(writes()).toBeLessThanOrEqual(2);
    const events = await readEvents(env.db, env.sessionId);
    expect(events.slice(before).map((event) => event.id)).toEqual([
      'click-0000001',
      'click-0000002',
      'click-0000003',
      'net-00000002',
      'net-00000002:d0',
    ]);
    const record = await env.db.get('sessions', env.sessionId);
    expect(await verifyChain(events, record!.chain.head)).toMatchObject({ ok: true });
  });

  it('does not write a batch ahead of a session change asked for before it', async () => {
    const env = await started();
    const t = env.now();
    const first = env.ask({ type: 'capture.events', events: [click('click-0000011', t)] });
    const end = env.ask({ type: 'session.end', pin: '246813' });
    const late = env.ask({ type: 'capture.events', events: [click('click-0000012', t)] });
    expect(await first).toEqual({ ok: true, acknowledged: ['click-0000011'] });
    expect(await end).toMatchObject({ ok: true });
    expect(await late).toMatchObject({ ok: false });
    const ids = (await readEvents(env.db, env.sessionId)).map((event) => event.id);
    expect(ids).toContain('click-0000011');
    expect(ids).not.toContain('click-0000012');
  });
});
