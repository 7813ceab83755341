/**
 * A full disk must not crash the capture: a failed evidence write is refused (the sender keeps
 * its events and retries), the popup learns it through `session.status`, and the next write
 * that succeeds clears the warning and records the gap in the evidence.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../shared/bundle/chain.ts';
import { openDb } from '../storage/db.ts';
import { readEvents } from './session/recorder.ts';
import { createSessionService } from './session-service.ts';
import { senderFor } from './testing/sender.ts';

const DEMO = readFileSync(
  join(import.meta.dirname, '../../demo/subjects/demo-wordpress-a.temoin-subject.json'),
  'utf8',
);
const ORIGIN = 'http://127.0.0.1:4300';

const netEvent = (id: string) => ({
  id: `net-event-${id}`,
  kind: 'net.request',
  time: Date.parse('2026-06-12T08:01:00Z'),
  url: `${ORIGIN}/admin/bons/new`,
  trusted: true,
  data: { method: 'POST', path: '/admin/bons', query: {}, status: 303, body: { code: 'ETE10' } },
});

const setup = async (name: string) => {
  let clock = Date.parse('2026-06-12T08:00:00Z');
  let ids = 0;
  const newId = () => {
    ids += 1;
    return `id-${String(ids).padStart(6, '0')}`;
  };
  const db = await openDb(`storage-${process.pid}-${name}`);
  const changes: (string | null)[] = [];
  const service = createSessionService({
    db,
    now: () => clock,
    newId,
    extensionVersion: '0.1.0',
    referenceOrigins: async () => [ORIGIN],
    onChange: (sessionId) => changes.push(sessionId),
    pinIterations: 1000,
  });
  const ask = (message: unknown) =>
    service.handle(message, senderFor(message, `${ORIGIN}/`)) as Promise<Record<string, unknown>>;
  await ask({ type: 'pin.set', next: '246813' });
  await ask({ type: 'package.import', text: DEMO });
  const start = await ask({
    type: 'session.start',
    candidate: { number: '42' },
    pin: '246813',
    browser: 'test',
  });
  expect(start.ok).toBe(true);

  /** Makes every read-write transaction on `events` fail the way a full disk does. */
  let failure: Error | null = null;
  /** Makes every transaction fail, as after Chromium closed the connection. */
  let closed = false;
  const transaction = db.transaction.bind(db);
  (db as { transaction: unknown }).transaction = (stores: string | string[], mode?: IDBTransactionMode) => {
    const names = Array.isArray(stores) ? stores : [stores];
    if (closed)
      throw new DOMException(
        "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.",
        'InvalidStateError',
      );
    if (failure && mode === 'readwrite' && names.includes('events')) throw failure;
    return transaction(stores as never, mode as never);
  };
  return {
    db,
    ask,
    service,
    changes,
    sessionId: (start.status as { session: { id: string } }).session.id,
    fail: (error: Error | null) => {
      failure = error;
    },
    close: (value: boolean) => {
      closed = value;
    },
    advance: (ms: number) => {
      clock += ms;
    },
  };
};

describe('storage failures', () => {
  it('refuses the batch, warns the popup, then records the gap once the disk has room', async () => {
    const env = await setup('quota');
    const before = (await readEvents(env.db, env.sessionId)).filter((event) => !event.derivedFrom).length;

    env.fail(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const refused = await env.service.append([netEvent('1'), netEvent('2')]);
    expect(refused).toMatchObject({ ok: false, code: 'storage-error' });
    env.advance(5000);
    expect(await env.service.append([netEvent('1'), netEvent('2')])).toMatchObject({
      ok: false,
      code: 'storage-error',
    });
    // Other handlers that write events are refused the same way, never crash.
    expect(await env.ask({ type: 'overlay.toggled', visible: true, trusted: true })).toMatchObject({
      ok: false,
      code: 'storage-error',
    });

    const status = await env.ask({ type: 'session.status' });
    expect(status).toMatchObject({
      ok: true,
      storageWarning: {
        kind: 'quota',
        sessionId: env.sessionId,
        failures: 3,
        detail: 'QuotaExceededError: The quota has been exceeded.',
      },
    });
    expect((status.status as { session: { status: string } }).session.status).toBe('running');
    expect((await readEvents(env.db, env.sessionId)).length).toBe(before);
    expect(env.changes.at(-1)).toBe(env.sessionId);

    env.fail(null);
    const retried = await env.service.append([netEvent('1'), netEvent('2')]);
    expect(retried).toEqual({ ok: true, acknowledged: ['net-event-1', 'net-event-2'] });
    expect((await env.ask({ type: 'session.status' })).storageWarning).toBeNull();

    // Semantic events the adapters derive (the voucher creation) are not what this test is about.
    const all = await readEvents(env.db, env.sessionId);
    const events = all.filter((event) => !event.derivedFrom);
    expect(events.slice(before).map((event) => [event.kind, event.id])).toEqual([
      ['integrity.warning', expect.any(String)],
      ['net.request', 'net-event-1'],
      ['net.request', 'net-event-2'],
    ]);
    expect(events[before]!.data).toMatchObject({
      code: 'storage-error',
      detail: expect.stringContaining('(3 écritures refusées) : QuotaExceededError'),
    });
    const head = (await env.db.get('sessions', env.sessionId))!.chain.head;
    expect((await verifyChain(all, head)).ok).toBe(true);
    expect(all.filter((event) => event.derivedFrom).map((event) => event.kind)).toContain(
      'commerce.voucherCreated',
    );

    // Only once: the next batch has no gap to report.
    await env.service.append([netEvent('3')]);
    expect((await readEvents(env.db, env.sessionId)).at(-1)!.id).toBe('net-event-3');
  });

  it('treats any other write error the same way, named as it is', async () => {
    const env = await setup('unknown');
    env.fail(Object.assign(new Error('Internal error committing transaction.'), { name: 'UnknownError' }));
    expect(await env.service.append([netEvent('1')])).toMatchObject({
      ok: false,
      code: 'storage-error',
    });
    expect((await env.ask({ type: 'session.status' })).storageWarning).toMatchObject({
      kind: 'error',
      detail: 'UnknownError: Internal error committing transaction.',
    });
  });

  it('keeps a quota warning and the last status while the connection is closed (Chromium)', async () => {
    const env = await setup('closed');
    const running = await env.ask({ type: 'session.status' });
    env.fail(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await env.service.append([netEvent('1')]);
    env.close(true);
    // The read before the write fails now: still a storage refusal, never a plain error.
    expect(await env.service.append([netEvent('1')])).toMatchObject({
      ok: false,
      code: 'storage-error',
    });
    const status = await env.ask({ type: 'session.status' });
    expect(status).toMatchObject({
      ok: true,
      status: running.status,
      storageWarning: { kind: 'quota', sessionId: env.sessionId, failures: 3 },
    });
    expect((status.storageWarning as { detail: string }).detail).toContain('InvalidStateError');

    env.close(false);
    env.fail(null);
    expect(await env.service.append([netEvent('1')])).toMatchObject({ ok: true });
    expect((await env.ask({ type: 'session.status' })).storageWarning).toBeNull();
    const kinds = (await readEvents(env.db, env.sessionId))
      .filter((e) => !e.derivedFrom)
      .map((event) => event.kind);
    expect(kinds.slice(-2)).toEqual(['integrity.warning', 'net.request']);
  });

  it('survives a failure while resuming after a restart', async () => {
    const env = await setup('resume');
    env.fail(new DOMException('full', 'QuotaExceededError'));
    const service = createSessionService({
      db: env.db,
      now: () => Date.now(),
      newId: () => crypto.randomUUID(),
      extensionVersion: '0.1.0',
      referenceOrigins: async () => [ORIGIN],
    });
    await expect(service.resumeAfterRestart()).resolves.toBeUndefined();
    expect(await service.handle({ type: 'session.status' }, { role: 'extension-page' })).toMatchObject({
      storageWarning: { kind: 'quota' },
    });
  });
});
