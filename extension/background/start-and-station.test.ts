/**
 * Issue 17: a start without the permissions capture needs is refused (nothing is created), and
 * the station's acknowledgement of a whole ended chain counts as an export — a partial one,
 * or one of another head, does not.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PermissionProbe } from '../settings/start-permissions.ts';
import { openDb, setMeta } from '../storage/db.ts';
import { createSessionService } from './session-service.ts';
import { stationLinkKey } from './station/keys.ts';
import { createStationLink, type LinkRecord } from './station/link.ts';

const DEMO = readFileSync(
  join(import.meta.dirname, '../../demo/subjects/demo-wordpress-a.temoin-subject.json'),
  'utf8',
);
const PIN = '246813';
let dbCounter = 0;

const setup = async (origins: string[], permissions?: PermissionProbe) => {
  let ids = 0;
  dbCounter += 1;
  const db = await openDb(`start-station-${process.pid}-${dbCounter}`);
  const service = createSessionService({
    db,
    now: () => Date.parse('2026-06-12T08:00:00Z') + ids * 1000,
    newId: () => `id-${String(++ids).padStart(6, '0')}`,
    extensionVersion: '0.1.0',
    referenceOrigins: async () => origins,
    pinIterations: 1000,
    ...(permissions ? { permissions } : {}),
  });
  const ask = (message: unknown) =>
    service.handle(message, { url: 'chrome-extension://test/popup.html', role: 'extension-page' }) as Promise<
      Record<string, unknown> & { ok: boolean }
    >;
  await ask({ type: 'pin.set', next: PIN });
  await ask({ type: 'package.import', text: DEMO });
  const start = (number: string, extra: object = {}) =>
    ask({ type: 'session.start', candidate: { number }, pin: PIN, browser: 'test', ...extra });
  const list = async () =>
    (await ask({ type: 'session.list' })) as unknown as {
      sessions: { id: string; candidateNumber: string; exported: boolean; exportedTo: string | null }[];
    };
  return { db, ask, start, list };
};

/** The browser's `permissions.contains`, granting only what is listed. */
const probe = (granted: { origins?: string[]; permissions?: string[] }): PermissionProbe => ({
  contains: async (query) =>
    (query.origins ?? []).every((o) => granted.origins?.includes(o)) &&
    (query.permissions ?? []).every((p) => granted.permissions?.includes(p)),
});
const API = ['webRequest', 'webNavigation', 'scripting'];

describe('permissions at session start', () => {
  it('refuses, in French first, naming the origin and how to grant it, and starts nothing', async () => {
    const env = await setup(
      ['https://wordpress.centre.lan'],
      probe({ origins: ['http://127.0.0.1/*'], permissions: API }),
    );
    const refused = await env.start('42');
    expect(refused).toMatchObject({
      ok: false,
      code: 'permission',
      missing: { origins: ['https://wordpress.centre.lan'], permissions: [] },
    });
    expect(refused.fr).toContain('https://wordpress.centre.lan');
    expect(refused.fr).toContain('« Autoriser l’accès au site »');
    expect(refused.fr).toContain('about:addons');
    expect(refused.en).toContain('Site access');
    expect(await env.db.getAll('sessions')).toEqual([]);
    expect((await env.ask({ type: 'session.status' })).status).toBeNull();
  });

  it('names a withdrawn API permission too, and starts once everything is granted', async () => {
    const missingApi = await setup(
      ['http://127.0.0.1:4300'],
      probe({ origins: ['http://127.0.0.1/*'], permissions: ['webRequest'] }),
    );
    expect(await missingApi.start('42')).toMatchObject({
      ok: false,
      code: 'permission',
      missing: { origins: [], permissions: ['webNavigation', 'scripting'] },
    });
    const granted = await setup(
      ['http://127.0.0.1:4300'],
      probe({ origins: ['http://127.0.0.1/*'], permissions: API }),
    );
    expect((await granted.start('42')).ok).toBe(true);
  });

  it('a browser that fails to answer counts as not granted', async () => {
    const env = await setup(['http://127.0.0.1:4300'], {
      contains: () => Promise.reject(new Error('no permissions API')),
    });
    expect(await env.start('42')).toMatchObject({ ok: false, code: 'permission' });
  });
});

describe('a station acknowledgement counts as an export', () => {
  const endedSession = async () => {
    const env = await setup(['http://127.0.0.1:4300']);
    const started = (await env.start('41')) as { status?: { session: { id: string } } };
    const id = started.status!.session.id;
    await env.ask({ type: 'session.end', pin: PIN });
    const record = (await env.db.get('sessions', id))!;
    const link = (over: Partial<LinkRecord>): LinkRecord => ({
      sessionId: id,
      url: 'https://station.centre.lan',
      commissionId: 'c1',
      key: 'k',
      acked: record.chain.seq,
      head: record.chain.head,
      sentStatus: 'ended',
      ...over,
    });
    const acknowledge = (over: Partial<LinkRecord>) => setMeta(env.db, stationLinkKey(id), link(over));
    return { env, id, record, acknowledge };
  };

  it('a partial acknowledgement does not count: listed unexported, start asks, purge refused', async () => {
    const { env, id, record, acknowledge } = await endedSession();
    expect(record.chain.seq).toBeGreaterThan(1);
    for (const partial of [
      { acked: record.chain.seq - 1 },
      { head: 'f'.repeat(64) },
      { sentStatus: 'running' as const },
      { head: undefined },
    ]) {
      await acknowledge(partial);
      expect((await env.list()).sessions[0]).toMatchObject({ exported: false, exportedTo: null });
      expect(await env.start('42')).toMatchObject({ ok: false, code: 'unexported' });
      expect(await env.ask({ type: 'session.purge', pin: PIN, sessionId: id })).toMatchObject({
        ok: false,
        en: 'Export this session’s evidence first: it would be lost.',
      });
    }
  });

  it('the whole chain acknowledged: listed as on the station, no question at start, purge allowed', async () => {
    const { env, id, acknowledge } = await endedSession();
    await acknowledge({});
    expect((await env.list()).sessions[0]).toMatchObject({ id, exported: true, exportedTo: 'station' });
    expect((await env.start('42')).ok).toBe(true);
    await env.ask({ type: 'session.end', pin: PIN });
    expect(await env.ask({ type: 'session.purge', pin: PIN, sessionId: id })).toMatchObject({ ok: true });
    expect(await env.db.get('sessions', id)).toBeUndefined();
    // The link's record goes with the session: nothing about the candidate is left behind.
    expect(await env.db.get('meta', stationLinkKey(id))).toBeUndefined();
  });
});

describe('the link keeps the head the station acknowledged', () => {
  it('saves next and head from the acknowledgement, and forgets the head on a resync', async () => {
    const saved: LinkRecord[] = [];
    let answer: object = { ok: true, next: 3, head: 'a'.repeat(64) };
    const session = { id: 's1', status: 'ended' } as never;
    const link = createStationLink({
      fetch: async () => new Response(JSON.stringify(answer), { status: 200 }),
      now: () => Date.now(),
      readEvents: async () => [],
      sessionOf: async () => ({ session, total: 3 }),
      load: async () => ({ ...(saved.at(-1) ?? base) }),
      save: async (record) => void saved.push({ ...record }),
      onStatus: () => undefined,
      setTimer: () => undefined,
    });
    const base: LinkRecord = {
      sessionId: 's1',
      url: 'http://127.0.0.1:1',
      commissionId: 'c1',
      key: 'a2V5',
      acked: 3,
      sentStatus: 'running',
    };
    await link.push('s1');
    expect(saved.at(-1)).toMatchObject({ acked: 3, head: 'a'.repeat(64), sentStatus: 'ended' });
    answer = { ok: false, code: 'gap', fr: 'x', en: 'x', next: 1 };
    await link.push('s1');
    expect(saved.find((r) => r.acked === 1)?.head).toBeUndefined();
  });
});
