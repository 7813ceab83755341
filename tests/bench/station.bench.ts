/**
 * `npm run bench:station`: the station under simulated workstations on loopback — the
 * extension's own link (extension/background/station/link.ts) for each, pushing sealed events
 * as they are "recorded" — the events of real recorded sessions (the labelled set) — at 3, 30
 * and 90 workstations at real speed (one event every 2 s per
 * candidate, the pace of the e2e's recorded candidates) and 90 at 10×. An examiner stream (SSE)
 * per commission measures ingest-to-visible: from the event's recording time to its arrival on
 * the stream. Also: station CPU per 1,000 events (/proc of the station process), database growth
 * per candidate-hour. PGlite, and PostgreSQL when TEMOIN_STATION_DATABASE is set (the npm script
 * starts a private cluster), side by side. Each phase is bounded in time (PHASE_SECONDS).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStationLink, type LinkRecord } from '../../extension/background/station/link.ts';
import { GENESIS, sealEvents } from '../../shared/bundle/chain.ts';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { DEMO_PACKAGE_PATH, demoSession, newId } from '../../station/testing.ts';
import { adminSession, type StationProcess, startStationProcess } from '../../station/testing-process.ts';

const PHASE_SECONDS = Number(process.env.PHASE_SECONDS ?? 20);
const PHASES = [
  { workstations: 3, speed: 1 },
  { workstations: 30, speed: 1 },
  { workstations: 90, speed: 1 },
  { workstations: 90, speed: 10 },
];
const EVENT_INTERVAL_MS = 2000;

/**
 * What the workstations send: the candidates' events of the labelled WordPress sessions
 * (tests/labelled/bundles/, recorded with the real extension on the demo site for the same
 * subject the commissions use), replayed in their order with fresh ids and times, so that the
 * station stores, verifies and evaluates real payloads (page snapshots with markup, requests,
 * semantic events the rules read) — only the pace is the bench's. Session start and end are the
 * bench's own.
 */
const LABELLED_DIR = join(import.meta.dirname, '../labelled/bundles');
const RECORDED: CaptureEvent[][] = readdirSync(LABELLED_DIR)
  .filter((name) => name.startsWith('wordpress-') && name.endsWith('.json'))
  .sort()
  .map(
    (name) =>
      (JSON.parse(readFileSync(join(LABELLED_DIR, name), 'utf8')) as { events: CaptureEvent[] }).events,
  )
  .map((events) => events.filter((event) => !event.kind.startsWith('session.')));
if (RECORDED.length === 0) throw new Error(`no labelled WordPress bundle in ${LABELLED_DIR}`);
let replayed = 0;

const cpuMs = (pid: number): number => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 10 ms
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
};

/** Reads a commission's SSE stream and records each new row's delay. */
const watch = async (
  url: string,
  cookie: string,
  commissionId: string,
  delays: number[],
  signal: AbortSignal,
) => {
  const response = await fetch(`${url}/api/commissions/${commissionId}/stream`, {
    headers: { cookie },
    signal,
  });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const chunk = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          if (!chunk.startsWith('data: ')) continue;
          const message = JSON.parse(chunk.slice(6)) as { type: string; rows?: { time: number }[] };
          const now = Date.now();
          if (message.type === 'candidate') for (const row of message.rows ?? []) delays.push(now - row.time);
        }
      }
    } catch {
      // aborted at the end of the phase
    }
  })();
};

const simulated = (url: string, code: string) => {
  const session = demoSession(`B${newId().slice(-6)}`);
  const script = RECORDED[replayed++ % RECORDED.length]!;
  const events: CaptureEvent[] = [];
  let head = GENESIS;
  let record: LinkRecord | undefined;
  let stopped = false;
  const link = createStationLink({
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    readEvents: async (_id, from, limit) => events.slice(from, from + limit),
    sessionOf: async () => ({ session, total: events.length }),
    load: async () => record && { ...record },
    save: async (next) => {
      record = { ...next };
    },
    onStatus: () => undefined,
    setTimer: (run, ms) => void (!stopped && setTimeout(() => !stopped && run(), ms)),
  });
  const record1 = async () => {
    const n = events.length;
    const now = Date.now();
    const sealed = await sealEvents({ seq: n, head }, [
      n === 0
        ? {
            id: newId(),
            kind: 'session.started',
            time: now,
            elapsedMs: 0,
            url: 'http://127.0.0.1/',
            questionId: null,
            trusted: true,
            data: {
              subjectId: session.subject.id,
              candidateNumber: session.candidate.number,
              durationMinutes: 40,
            },
          }
        : replay(script[(n - 1) % script.length]!, now, Date.parse(session.startedAt)),
    ]);
    events.push(...sealed.sealed);
    head = sealed.head;
    void link.push(session.id);
  };
  return {
    start: async () => {
      await link.pair(session.id, url, code);
    },
    record1,
    stop: () => {
      stopped = true;
    },
    acked: () => record?.acked ?? 0,
    count: () => events.length,
  };
};

/** A recorded event as if it happened now in this session (links to other events dropped). */
const replay = (event: CaptureEvent, now: number, startedAt: number) => {
  const copy: Record<string, unknown> = { ...event, id: newId(), time: now, elapsedMs: now - startedAt };
  for (const key of ['seq', 'hash', 'relatesTo', 'derivedFrom', 'afterTime']) delete copy[key];
  return copy as Omit<CaptureEvent, 'seq' | 'hash'>;
};

const health = async (url: string) => (await (await fetch(`${url}/health`)).json()) as { dbBytes: number };

const runPhase = async (station: StationProcess, phase: (typeof PHASES)[number]) => {
  const admin = await adminSession(station.url);
  const packageText = readFileSync(DEMO_PACKAGE_PATH, 'utf8');
  const controller = new AbortController();
  const delays: number[] = [];
  const workstations: ReturnType<typeof simulated>[] = [];
  for (let c = 0; c < Math.ceil(phase.workstations / 3); c += 1) {
    const created = await admin.call<{ id: string; pairingCode: string }>('POST', '/api/commissions', {
      label: `bench ${c}`,
      examinerId: 1,
      packageText,
    });
    await watch(station.url, admin.cookie, created.id, delays, controller.signal);
    for (let i = 0; i < 3 && workstations.length < phase.workstations; i += 1) {
      const w = simulated(station.url, created.pairingCode);
      await w.start();
      workstations.push(w);
    }
  }
  const sizeBefore = (await health(station.url)).dbBytes;
  const cpuBefore = cpuMs(station.child.pid!);
  const interval = EVENT_INTERVAL_MS / phase.speed;
  const started = Date.now();
  // Candidates do not act in step: each starts at a random point of the interval.
  const timers = workstations.map((w) => {
    const tick = () => void w.record1();
    return setTimeout(() => {
      tick();
      timers.push(setInterval(tick, interval) as unknown as NodeJS.Timeout);
    }, Math.random() * interval);
  });
  await new Promise((done) => setTimeout(done, PHASE_SECONDS * 1000));
  for (const timer of timers) clearTimeout(timer);
  for (const timer of timers) clearInterval(timer);
  const deadline = Date.now() + 30_000;
  while (workstations.some((w) => w.acked() < w.count()) && Date.now() < deadline)
    await new Promise((done) => setTimeout(done, 200));
  await new Promise((done) => setTimeout(done, 500));
  const elapsed = (Date.now() - started) / 1000;
  const cpu = cpuMs(station.child.pid!) - cpuBefore;
  const sizeAfter = (await health(station.url)).dbBytes;
  controller.abort();
  for (const w of workstations) w.stop();
  const events = workstations.reduce((sum, w) => sum + w.count(), 0);
  const lost = workstations.reduce((sum, w) => sum + (w.count() - w.acked()), 0);
  const perEventBytes = (sizeAfter - sizeBefore) / Math.max(1, events);
  return {
    workstations: phase.workstations,
    speed: `${phase.speed}×`,
    events,
    unacknowledged: lost,
    seen: delays.length,
    p50: percentile(delays, 50),
    p99: percentile(delays, 99),
    cpuPer1000: Math.round((cpu / Math.max(1, events)) * 1000),
    mbPerCandidateHour: +((perEventBytes * (3600_000 / EVENT_INTERVAL_MS)) / 1e6).toFixed(2),
    seconds: Math.round(elapsed),
  };
};

const main = async () => {
  const targets = [
    { name: 'PGlite', options: { dataDir: mkdtempSync(join(tmpdir(), 'temoin-bench-station-')) } },
    ...(process.env.TEMOIN_STATION_DATABASE
      ? [{ name: 'PostgreSQL', options: { databaseUrl: process.env.TEMOIN_STATION_DATABASE } }]
      : []),
  ];
  const rows: string[] = [];
  for (const target of targets) {
    const station = await startStationProcess(target.options);
    try {
      for (const phase of PHASES) {
        const result = await runPhase(station, phase);
        const row = `| ${target.name} | ${result.workstations} | ${result.speed} | ${result.events} | ${result.unacknowledged} | ${result.p50} | ${result.p99} | ${result.cpuPer1000} | ${result.mbPerCandidateHour} |`;
        console.log(row);
        rows.push(row);
      }
    } finally {
      await station.kill();
    }
  }
  console.log(
    '\n| database | workstations | speed | events | unacknowledged | p50 ms | p99 ms | station CPU ms / 1,000 events | MB / candidate-hour |',
  );
  console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const row of rows) console.log(row);
  if (!process.env.TEMOIN_STATION_DATABASE)
    console.log(
      '\n(PostgreSQL skipped: TEMOIN_STATION_DATABASE is not set; `npm run bench:station` as root starts one.)',
    );
};

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
