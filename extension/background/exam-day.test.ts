import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../shared/bundle/chain.ts';
import { parseJson } from '../../shared/schema/index.ts';
import { openDb } from '../storage/db.ts';
import { createSessionService } from './session-service.ts';

const DEMO = readFileSync(
  join(import.meta.dirname, '../../demo/subjects/demo-wordpress-a.temoin-subject.json'),
  'utf8',
);
const ORIGIN = 'http://127.0.0.1:4300';
const PIN = '246813';
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
let dbCounter = 0;

const setup = async (retentionDays?: number) => {
  let clock = Date.parse('2026-06-12T08:00:00Z');
  let ids = 0;
  dbCounter += 1;
  const db = await openDb(`exam-day-${process.pid}-${dbCounter}`);
  const make = () =>
    createSessionService({
      db,
      now: () => clock,
      newId: () => `id-${String(++ids).padStart(6, '0')}`,
      extensionVersion: '0.1.0',
      referenceOrigins: async () => [ORIGIN],
      pinIterations: 1000,
      ...(retentionDays ? { retentionDays: async () => retentionDays } : {}),
    });
  let service = make();
  const ask = (message: unknown) =>
    service.handle(message, { url: 'chrome-extension://test/popup.html', role: 'extension-page' }) as Promise<
      Record<string, unknown> & { ok: boolean }
    >;
  const list = async () =>
    (await service.handle({ type: 'session.list' }, { role: 'extension-page' })) as {
      sessions: { candidateNumber: string; exported: boolean; retentionWarned: boolean }[];
    };
  await ask({ type: 'pin.set', next: PIN });
  await ask({ type: 'package.import', text: DEMO });
  const start = (number: string, extra: object = {}) =>
    ask({ type: 'session.start', candidate: { number }, pin: PIN, browser: 'test', ...extra });
  const bundle = async () => {
    const response = await ask({ type: 'session.export' });
    const parsed = parseJson('bundle', response.text as string);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.value;
  };
  return {
    db,
    ask,
    start,
    bundle,
    list,
    advance: (ms: number) => {
      clock += ms;
    },
    /** A new service on the same database, as after a browser restart. */
    restart: () => {
      service = make();
      return service;
    },
  };
};

describe('extra time and pauses', () => {
  it('grants tiers-temps (a third of 40 min = 14 min) with the PIN, as an event, and moves time-up', async () => {
    const env = await setup();
    expect((await env.start('42')).ok).toBe(true);
    expect(await env.ask({ type: 'session.extendTime', pin: '000000', third: true })).toMatchObject({
      ok: false,
      fr: 'Code examinateur incorrect.',
    });
    const granted = await env.ask({ type: 'session.extendTime', pin: PIN, third: true });
    expect(granted).toMatchObject({ ok: true, timing: { extraMinutes: 14 } });
    expect(
      await env.ask({ type: 'session.extendTime', pin: PIN, minutes: 5, reason: 'Panne réseau' }),
    ).toMatchObject({ ok: true, timing: { extraMinutes: 19 } });
    // 50 minutes in: past the subject's 40 minutes, within 40 + 19.
    env.advance(50 * MIN);
    await env.ask({ type: 'task.setStatus', questionId: 'q1', status: 'done', trusted: true });
    env.advance(10 * MIN);
    await env.ask({ type: 'task.setStatus', questionId: 'q2', status: 'done', trusted: true });
    const bundle = await env.bundle();
    expect(bundle.events.filter((e) => e.kind === 'session.timeExtended').map((e) => e.data)).toEqual([
      { minutes: 14, basis: 'third', reason: 'Tiers-temps : +14 min' },
      { minutes: 5, basis: 'minutes', reason: 'Panne réseau' },
    ]);
    const done = bundle.events.filter((e) => e.kind === 'task.statusChanged');
    expect(done.map((e) => e.afterTime ?? false)).toEqual([false, true]);
    expect(await verifyChain(bundle.events, bundle.chain.head)).toMatchObject({ ok: true });
  });

  it('pauses with a reason and the PIN; the paused time is given back', async () => {
    const env = await setup();
    await env.start('42');
    expect(await env.ask({ type: 'session.pause', pin: PIN, reason: '  ' })).toMatchObject({ ok: false });
    expect(await env.ask({ type: 'session.pause', pin: '999999', reason: 'Malaise' })).toMatchObject({
      ok: false,
    });
    env.advance(10 * MIN);
    const paused = await env.ask({ type: 'session.pause', pin: PIN, reason: 'Coupure de courant' });
    expect(paused).toMatchObject({ ok: true, timing: { pauseReason: 'Coupure de courant' } });
    expect(await env.ask({ type: 'session.pause', pin: PIN, reason: 'encore' })).toMatchObject({ ok: false });
    env.advance(35 * MIN);
    // 45 minutes after the start, but 35 of them paused: in time.
    await env.ask({ type: 'task.setStatus', questionId: 'q1', status: 'done', trusted: true });
    const resumed = await env.ask({ type: 'session.unpause', pin: PIN });
    expect(resumed).toMatchObject({ ok: true, timing: { pausedMs: 35 * MIN, pausedAt: null } });
    const status = await env.ask({ type: 'session.status' });
    expect(status).toMatchObject({ status: { timing: { pausedMs: 35 * MIN } } });
    const bundle = await env.bundle();
    expect(bundle.events.find((e) => e.kind === 'task.statusChanged')?.afterTime).toBeUndefined();
    expect(bundle.events.find((e) => e.kind === 'session.paused')?.data).toEqual({
      reason: 'Coupure de courant',
      cause: 'incident',
    });
    expect(bundle.events.find((e) => e.kind === 'session.pauseEnded')?.data).toEqual({
      reason: 'Coupure de courant',
      pausedMs: 35 * MIN,
    });
  });

  it('a browser restart pauses the running session until the examiner resumes it', async () => {
    const env = await setup();
    await env.start('42');
    env.advance(5 * MIN);
    await env.restart().resumeAfterRestart();
    const status = await env.ask({ type: 'session.status' });
    expect(status).toMatchObject({
      status: { session: { status: 'running' }, timing: { pausedAt: expect.any(Number) } },
    });
    const kinds = (await env.bundle()).events.map((e) => e.kind);
    expect(kinds.slice(-2)).toEqual(['session.resumed', 'session.paused']);
    expect((await env.ask({ type: 'session.unpause', pin: PIN })).ok).toBe(true);
  });
});

describe('sessions kept on the workstation', () => {
  const endAndExport = async (env: Awaited<ReturnType<typeof setup>>, id: string) => {
    await env.ask({ type: 'session.end', pin: PIN });
    const bundle = await env.bundle();
    return env.ask({
      type: 'session.exported',
      sessionId: id,
      filename: 'x.temoin.json',
      head: bundle.chain.head,
      count: bundle.chain.count,
    });
  };

  it('lists every session with its export state; asks before starting over an unexported one', async () => {
    const env = await setup();
    const first = (await env.start('41')) as { status?: { session: { id: string } } };
    const firstId = first.status!.session.id;
    expect(
      await env.ask({
        type: 'session.exported',
        sessionId: firstId,
        filename: 'x',
        head: '0'.repeat(64),
        count: 1,
      }),
    ).toMatchObject({ ok: false, en: 'The exam has not ended: this export is provisional.' });
    await env.ask({ type: 'session.end', pin: PIN });
    env.advance(MIN);
    const refused = await env.start('42');
    expect(refused).toMatchObject({ ok: false, code: 'unexported', fr: expect.stringContaining('41') });
    expect((await env.start('42', { confirmUnexported: true })).ok).toBe(true);
    const list = await env.list();
    expect(list.sessions.map((s) => [s.candidateNumber, s.exported])).toEqual([
      ['42', false],
      ['41', false],
    ]);
  });

  it('marks an export only when it matches the evidence, and purges only after it, with the PIN', async () => {
    const env = await setup();
    const started = (await env.start('41')) as { status?: { session: { id: string } } };
    const id = started.status!.session.id;
    await env.ask({ type: 'session.end', pin: PIN });
    expect(await env.ask({ type: 'session.purge', pin: PIN, sessionId: id })).toMatchObject({
      ok: false,
      en: 'Export this session’s evidence first: it would be lost.',
    });
    expect(
      await env.ask({
        type: 'session.exported',
        sessionId: id,
        filename: 'x',
        head: 'f'.repeat(64),
        count: 3,
      }),
    ).toMatchObject({ ok: false });
    expect(await endAndExport(env, id)).toMatchObject({ ok: true });
    const list = await env.list();
    expect(list.sessions[0]!.exported).toBe(true);
    expect(await env.ask({ type: 'session.purge', pin: '111111', sessionId: id })).toMatchObject({
      ok: false,
    });
    expect(await env.ask({ type: 'session.purge', pin: PIN, sessionId: id })).toMatchObject({ ok: true });
    expect(await env.db.get('sessions', id)).toBeUndefined();
    expect(await env.db.getAll('events')).toEqual([]);
    expect((await env.ask({ type: 'session.list' })) as object).toMatchObject({ sessions: [] });
    // Nothing unexported is left: the next session starts without a question.
    expect((await env.start('43')).ok).toBe(true);
  });

  it('retention: warns at the first start-up past the period, purges at the next, never a running session', async () => {
    const env = await setup(10);
    const old = (await env.start('41')) as { status?: { session: { id: string } } };
    await env.ask({ type: 'session.end', pin: PIN });
    env.advance(MIN);
    await env.start('42', { confirmUnexported: true });
    env.advance(11 * DAY);
    const first = await env.restart().enforceRetention();
    expect(first).toEqual({ warned: [old.status!.session.id], purged: [] });
    const list = await env.list();
    expect(list.sessions.map((s) => s.retentionWarned)).toEqual([false, true]);
    const second = await env.restart().enforceRetention();
    expect(second).toEqual({ warned: [], purged: [old.status!.session.id] });
    expect((await env.db.getAll('sessions')).map((r) => r.session.candidate.number)).toEqual(['42']);
  });
});
