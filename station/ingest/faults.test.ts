/**
 * Faults, with the extension's own link as the workstation: the station process killed with
 * SIGKILL mid-session and restarted on the same data folder (the workstation catches up, the
 * station's copy equals the workstation's events one for one), and a full disk on the station
 * (the workstation keeps everything, the examiner's stream shows the station's error, and the
 * push resumes when there is room again), a workstation killed and relaunched (disconnected, then
 * resumed), the network cut for 60 s, and a station unreachable at the start.
 *
 * TEMOIN_STATION_DATABASE=postgres://… runs them all against a real PostgreSQL
 * (npm run test:station-postgres).
 */
import { readFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../db/database.ts';
import { openDatabase } from '../db/database.ts';
import type { HubMessage } from '../live/hub.ts';
import { createStation } from '../server.ts';
import { DEMO_PACKAGE_PATH, seedCommission } from '../testing.ts';
import { adminSession, type StationProcess, startStationProcess } from '../testing-process.ts';
import { createWorkstation, type Workstation } from '../testing-workstation.ts';
import { storedEvents } from './ingest.ts';

const DATABASE_URL = process.env.TEMOIN_STATION_DATABASE;

const until = async (what: string, test: () => boolean | Promise<boolean>, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
};

const cleanup: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/** A station in this process on its own database, with one seeded commission, listening. */
const liveStation = async () => {
  const db = await openDatabase(DATABASE_URL ? { url: DATABASE_URL } : { dataDir: null });
  cleanup.push(() => db.close());
  const { commission } = await seedCommission(db);
  const station = await createStation({ db });
  cleanup.push(() => station.close());
  const url = await station.app.listen({ port: 0, host: '127.0.0.1' });
  return { db, commission, station, url };
};

describe('station faults', () => {
  it('a station killed with SIGKILL and restarted: workstations catch up, copies equal', async () => {
    const dataDir = `/tmp/temoin-station-kill-${process.pid}-${Date.now()}`;
    let station: StationProcess = await startStationProcess(
      DATABASE_URL ? { databaseUrl: DATABASE_URL } : { dataDir },
    );
    cleanup.push(() => station.kill('SIGKILL'));
    const port = station.port;
    const admin = await adminSession(station.url);
    const created = await admin.call<{ ok: boolean; id: string; pairingCode: string }>(
      'POST',
      '/api/commissions',
      {
        label: 'SIGKILL',
        examinerId: 1,
        packageText: readFileSync(DEMO_PACKAGE_PATH, 'utf8'),
      },
    );
    expect(created.ok).toBe(true);
    const workstations: Workstation[] = ['K1', 'K2', 'K3'].map((n) => createWorkstation(n));
    for (const w of workstations) cleanup.push(() => w.stop());
    for (const w of workstations) await w.pair(station.url, created.pairingCode);
    for (const w of workstations) await w.work(20);
    await until('first events acknowledged', () =>
      workstations.every((w) => (w.record()?.acked ?? 0) === 20),
    );

    await station.kill('SIGKILL');
    // Recording goes on while the station is down.
    for (const w of workstations) await w.work(15);
    await until('workstations see the station down', () =>
      workstations.every((w) => w.statuses.at(-1)?.state === 'disconnected'),
    );
    station = await startStationProcess(
      DATABASE_URL ? { databaseUrl: DATABASE_URL, port } : { dataDir, port },
    );
    for (const w of workstations) await w.work(5);
    await until(
      'caught up after the restart',
      () => workstations.every((w) => w.record()?.acked === 40),
      60_000,
    );
    expect(workstations.every((w) => w.statuses.at(-1)?.state === 'connected')).toBe(true);

    const again = await adminSession(station.url);
    for (const w of workstations) {
      const copy = await again.call<{ events: unknown[] }>('GET', `/api/sessions/${w.session().id}/events`);
      expect(copy.events).toEqual(w.events);
    }
  }, 240_000);

  it('a full disk on the station: nothing lost, the examiner sees the error, the push resumes', async () => {
    const real = await openDatabase(DATABASE_URL ? { url: DATABASE_URL } : { dataDir: null });
    cleanup.push(() => real.close());
    let full = false;
    const noSpace = () => {
      throw new Error('could not extend file "base/5/16384": No space left on device');
    };
    const db: Database = {
      ...real,
      kind: real.kind,
      query: real.query,
      size: real.size,
      close: real.close,
      transaction: <T>(work: (tx: Queryable) => Promise<T>) =>
        full ? Promise.resolve().then(noSpace) : real.transaction(work),
    };
    const { commission } = await seedCommission(db);
    const station = await createStation({ db });
    cleanup.push(() => station.close());
    const url = await station.app.listen({ port: 0, host: '127.0.0.1' });
    const seen: HubMessage[] = [];
    station.hub.subscribe(commission.id, (message) => seen.push(message));

    const workstation = createWorkstation('D1');
    cleanup.push(() => workstation.stop());
    await workstation.pair(url, commission.pairingCode);
    await workstation.work(10);
    await until('first events stored', () => workstation.record()?.acked === 10);

    full = true;
    await workstation.work(10);
    await until('the examiner is told', () =>
      seen.some((m) => m.type === 'station-error' && m.message !== null),
    );
    expect(workstation.events).toHaveLength(20);
    expect(workstation.record()?.acked).toBe(10);
    expect(workstation.statuses.at(-1)?.state).toBe('disconnected');
    expect(workstation.statuses.at(-1)?.fr).toContain('disque plein');

    full = false;
    await until('the push resumed', () => workstation.record()?.acked === 20, 20_000);
    expect(seen.at(-1)).toBeDefined();
    expect(seen.some((m) => m.type === 'station-error' && m.message === null)).toBe(true);
    const stored = await real.query<{ n: string }>('select count(*) as n from events where session_id = $1', [
      workstation.session().id,
    ]);
    expect(Number(stored[0]!.n)).toBe(20);
  }, 120_000);

  it("the network cut for 60 s (the station's port dropped): the examiner sees it, then no loss, no duplicate", async () => {
    const { db, commission, station, url: listening } = await liveStation();
    const target = new URL(listening);
    // A TCP relay in front of the station: closing it drops the port (connections refused).
    const sockets = new Set<Socket>();
    const relay = (): Server =>
      createServer((client) => {
        const upstream = connect(Number(target.port), '127.0.0.1');
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const drop = () => {
          client.destroy();
          upstream.destroy();
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
      });
    let server = relay();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as { port: number }).port;
    cleanup.push(() => void server.close());

    const workstation = createWorkstation('N1');
    cleanup.push(() => workstation.stop());
    await workstation.pair(`http://127.0.0.1:${port}`, commission.pairingCode);
    await workstation.work(10);
    await until('first events stored', () => workstation.record()?.acked === 10);

    server.close();
    for (const socket of sockets) socket.destroy();
    const cutAt = Date.now();
    while (Date.now() - cutAt < 60_000) {
      await workstation.work(2);
      await new Promise((done) => setTimeout(done, 5_000));
    }
    expect(workstation.statuses.at(-1)?.state).toBe('disconnected');
    await station.hub.tick();
    expect(station.hub.live(workstation.session().id)?.state).toBe('disconnected');
    expect(workstation.record()?.acked).toBe(10);

    server = relay();
    await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
    const total = workstation.events.length;
    await until('caught up', () => workstation.record()?.acked === total, 30_000);
    await until(
      'shown connected again',
      () => station.hub.live(workstation.session().id)?.state === 'connected',
    );
    expect(await storedEvents(db, workstation.session().id)).toEqual(workstation.events);
  }, 150_000);

  it('a workstation browser killed: the examiner sees it disconnected, then resumed from the last acknowledged seq', async () => {
    const { db, commission, station, url } = await liveStation();
    // What the examiner's page receives on its event stream, candidate by candidate.
    const states: string[] = [];
    station.hub.subscribe(commission.id, (message) => {
      if (message.type === 'candidate' && states.at(-1) !== message.candidate.state)
        states.push(message.candidate.state);
    });

    const before = createWorkstation('B1');
    cleanup.push(() => before.stop());
    await before.pair(url, commission.pairingCode);
    await before.work(10);
    await until('first events stored', () => before.record()?.acked === 10);
    const sessionId = before.session().id;

    // Killed: no goodbye, no more heartbeats. The station notices the silence on its own.
    const after = before.relaunch();
    cleanup.push(() => after.stop());
    await until('shown disconnected', () => states.at(-1) === 'disconnected', 30_000);
    expect(station.hub.live(sessionId)?.count).toBe(10);

    // Relaunched on the same profile: the session goes on and the link resumes where it was acknowledged.
    await after.work(5);
    await until('caught up', () => after.record()?.acked === 15, 20_000);
    await until('shown connected again', () => states.at(-1) === 'connected');
    expect(states.slice(states.indexOf('disconnected'))).toEqual(['disconnected', 'connected']);
    expect(await storedEvents(db, sessionId)).toEqual(after.events);
    expect(after.events).toHaveLength(15);
  }, 90_000);

  it('a station unreachable at the start: the session records, pairing is retried, then everything arrives', async () => {
    const { commission, url } = await liveStation();
    let down = true;
    const workstation = createWorkstation('P1', {
      fetch: (input, init) => (down ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init)),
    });
    cleanup.push(() => workstation.stop());
    await workstation.work(5);
    await workstation.pair(url, commission.pairingCode);
    expect(workstation.statuses.at(-1)).toMatchObject({ state: 'disconnected' });
    expect(workstation.record()).toBeUndefined();
    await workstation.work(5);
    down = false;
    await until('paired and caught up', () => workstation.record()?.acked === 10, 20_000);
  }, 60_000);
});
