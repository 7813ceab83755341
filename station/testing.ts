/** Helpers for the station's tests: an in-memory station, a demo session, sealed events, signed batches. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import postgres from 'postgres';
import { startBinding } from '../shared/bundle/binding.ts';
import { GENESIS, sealEvents } from '../shared/bundle/chain.ts';
import { canonicalize } from '../shared/bundle/jcs.ts';
import type { CaptureEvent, UnsealedEvent } from '../shared/schema/event.ts';
import type { SubjectPackage } from '../shared/schema/package.ts';
import type { Session } from '../shared/schema/session.ts';
import {
  type Batch,
  HEADERS,
  hmacHex,
  randomHex,
  signBatch,
  signingText,
} from '../shared/station/protocol.ts';
import { createExaminer } from './accounts/accounts.ts';
import { createCommission } from './accounts/commissions.ts';
import { type Database, openDatabase } from './db/database.ts';
import type { Station } from './server.ts';

export const DEMO_PACKAGE_PATH = join(
  import.meta.dirname,
  '../demo/subjects/demo-wordpress-a.temoin-subject.json',
);
export const demoPackageText = () => readFileSync(DEMO_PACKAGE_PATH, 'utf8');
export const demoPackage = () => JSON.parse(demoPackageText()) as SubjectPackage;

/**
 * The database a test file runs on: PGlite in memory, or — when TEMOIN_STATION_DATABASE names a
 * real PostgreSQL (`npm run test:station-postgres`) — a fresh database of its own on that server,
 * so that every query the station makes is run there too and test files that create the same
 * accounts do not meet. The database is dropped at close.
 */
export const openTestDatabase = async (): Promise<Database> => {
  const url = process.env.TEMOIN_STATION_DATABASE;
  if (!url) return openDatabase({ dataDir: null });
  const name = `temoin_test_${randomHex(6)}`;
  const server = postgres(url, { max: 1, onnotice: () => undefined });
  await server.unsafe(`create database ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  const db = await openDatabase({ url: own.toString() });
  return {
    ...db,
    close: async () => {
      await db.close();
      await server.unsafe(`drop database if exists ${name}`);
      await server.end({ timeout: 5 });
    },
  };
};

/**
 * For a station started as a process (`startStationProcess`): under `npm run
 * test:station-postgres` (TEMOIN_STATION_DATABASE set), a fresh database of its own on that
 * server, dropped by `drop`; otherwise null (the process then uses PGlite in a data folder).
 */
export const freshStationDatabase = async (): Promise<{ url: string; drop(): Promise<void> } | null> => {
  const url = process.env.TEMOIN_STATION_DATABASE;
  if (!url) return null;
  const name = `temoin_e2e_${randomHex(6)}`;
  const server = postgres(url, { max: 1, onnotice: () => undefined });
  await server.unsafe(`create database ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return {
    url: own.toString(),
    drop: async () => {
      await server.unsafe(`drop database if exists ${name} with (force)`);
      await server.end({ timeout: 5 });
    },
  };
};

let counter = 0;
export const newId = () => {
  counter += 1;
  return `test-${Date.now().toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
};

export const demoSession = (candidate: string, startedAt = new Date()): Session => {
  const pkg = demoPackage();
  return {
    format: 'temoin.session/1',
    id: newId(),
    status: 'running',
    subject: {
      id: pkg.subject.id,
      title: pkg.subject.title,
      letter: pkg.subject.letter,
      cms: pkg.subject.cms,
      hash: pkg.hash.value,
    },
    // The package's grid, hashed as the extension does: the station's copy then reads as a bundle.
    grid: { id: pkg.grid.id, hash: createHash('sha256').update(canonicalize(pkg.grid)).digest('hex') },
    candidate: { number: candidate },
    referenceOrigins: ['http://127.0.0.1:8081'],
    startedAt: startedAt.toISOString(),
    durationMinutes: pkg.subject.durationMinutes,
    browser: 'Test 1',
    extensionVersion: '0.1.0',
  };
};

/** `count` plausible events (a start, then page visits and publications), sealed from `from`. */
export const makeEvents = async (
  session: Session,
  count: number,
  previous: { seq: number; head: string } = { seq: 0, head: GENESIS },
): Promise<{ sealed: CaptureEvent[]; head: string; seq: number }> => {
  const start = Date.parse(session.startedAt);
  const events: UnsealedEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const n = previous.seq + i;
    const base = {
      id: newId(),
      time: start + n * 1000,
      elapsedMs: n * 1000,
      url: 'http://127.0.0.1:8081/wp-admin/',
      questionId: null,
      trusted: true,
    };
    if (n === 0)
      events.push({
        ...base,
        kind: 'session.started',
        data: {
          subjectId: session.subject.id,
          candidateNumber: session.candidate.number,
          durationMinutes: session.durationMinutes,
          // Bound to the session and package as the extension binds them (shared/bundle/binding.ts).
          ...(await startBinding(session)),
        },
      });
    else if (n % 5 === 0)
      events.push({
        ...base,
        kind: 'content.published',
        data: { cms: 'wordpress', contentType: 'post', id: String(n), title: `Article ${n}`, wordCount: 400 },
      });
    else events.push({ ...base, kind: 'nav.visited', data: { title: `Page ${n}`, via: 'load' } });
  }
  return sealEvents(previous, events);
};

export interface Paired {
  sessionId: string;
  commissionId: string;
  key: string;
}

/** Signs a batch as a workstation does and returns what an HTTP client sends. */
export const signed = (
  paired: Paired,
  events: CaptureEvent[],
  options: Partial<Batch> & { now?: number } = {},
) => {
  const from = options.from ?? events[0]?.seq ?? 0;
  const batch: Batch = {
    sessionId: paired.sessionId,
    commissionId: paired.commissionId,
    from,
    to: options.to ?? from + events.length - 1,
    total: options.total ?? from + events.length,
    events,
    ...(options.session ? { session: options.session } : {}),
    ...(options.commissionId ? { commissionId: options.commissionId } : {}),
  };
  return signBatch(paired.key, batch, options.now ?? Date.now());
};

/** An administrator, an examiner and one commission of the demo subject. */
export const seedCommission = async (db: Database, examinerName = 'examinatrice') => {
  const admin = await createExaminer(db, {
    username: `admin-${newId()}`.slice(0, 60),
    password: 'admin-password-1',
    isAdmin: true,
  });
  const examiner = await createExaminer(db, {
    username: `${examinerName}-${counter}`,
    password: 'examiner-password-1',
  });
  const commission = await createCommission(db, {
    label: 'Commission test',
    examinerId: examiner.id,
    packageText: demoPackageText(),
  });
  return { admin, examiner, commission };
};

/** Signs any body text (a forged or broken batch that is nevertheless correctly signed). */
export const signRaw = async (paired: Paired, body: string, from: number, to: number, now = Date.now()) => {
  const timestamp = String(now);
  const nonce = randomHex(16);
  const text = await signingText({ sessionId: paired.sessionId, timestamp, nonce, from, to, body });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      [HEADERS.session]: paired.sessionId,
      [HEADERS.timestamp]: timestamp,
      [HEADERS.nonce]: nonce,
      [HEADERS.signature]: await hmacHex(paired.key, text),
    },
  };
};

/** Logs in through the login form, as a browser does: the answer and the session cookie it set. */
export const logIn = async (station: Station, username: string, password: string) => {
  const response = await station.app.inject({
    method: 'POST',
    url: '/login',
    payload: new URLSearchParams({ username, password }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  return { response, cookie: String(response.headers['set-cookie'] ?? '').split(';')[0]! };
};

/** Pairs a workstation's session with a commission's code from loopback, as the popup does. */
export const pairSession = (station: Station, code: string, session: Session) =>
  station.app.inject({
    method: 'POST',
    url: '/api/pair',
    payload: JSON.stringify({ code, session }),
    headers: { 'content-type': 'application/json' },
    remoteAddress: '127.0.0.1',
  });
