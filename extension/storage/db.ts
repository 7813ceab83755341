/**
 * The extension's IndexedDB (through `idb`). Only the background writes here; pages ask the
 * background through messages. Events are validated before they are written
 * (background/session/recorder.ts); an exported bundle is validated again where it is read.
 *
 *   sessions  key: id              → SessionRecord (the session document + its chain state)
 *   events    key: [sessionId, seq] → StoredEvent (sealed capture events), index byEventId
 *   packages  key: hash            → imported subject packages
 *   meta      key: name            → small values (active session id, current package hash)
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import type { SubjectPackage } from '../../shared/schema/package.ts';
import type { Session } from '../../shared/schema/session.ts';
import type { TaskState } from '../messaging/protocol.ts';
import type { ExamTiming } from '../session/clock.ts';

export interface SessionRecord {
  id: string;
  session: Session;
  /** Next sequence number and hash of the last event. */
  chain: { seq: number; head: string };
  lastEventAt: number | null;
  tasks: Record<string, TaskState>;
  activeQuestionId: string | null;
  /** The candidate's question switches with their time, to stamp events at their own time. */
  questionSwitches?: { questionId: string | null; at: number }[];
  timeUpRecorded: boolean;
  /**
   * The capture settings frozen when the session started: changing the settings during the
   * session changes nothing the capture does (records from before this field: live settings).
   */
  capture?: { allowedOrigins: string[]; sensitiveSelectors: string[] };
  /** The secret that signs the content scripts' unsent-event queue (never exported). */
  pendingKey?: string;
  /** Extra time and pauses (absent on records written before they existed: none). */
  timing?: ExamTiming;
  /** The last verified export of the ended session (file saved, chain checked). */
  exported?: ExportRecord;
  /** Start-up warned that this session is past the retention period (purged at the next). */
  retentionWarnedAt?: number;
}

export interface ExportRecord {
  at: number;
  filename: string;
  /** Chain head and event count of the exported bundle: it is current while they match. */
  head: string;
  count: number;
}

export type StoredEvent = CaptureEvent & { sessionId: string };

interface TemoinDB extends DBSchema {
  sessions: { key: string; value: SessionRecord };
  events: { key: [string, number]; value: StoredEvent; indexes: { byEventId: [string, string] } };
  packages: { key: string; value: { hash: string; importedAt: number; pkg: SubjectPackage } };
  meta: { key: string; value: { name: string; value: unknown } };
}

export type Db = IDBPDatabase<TemoinDB>;

export const DB_NAME = 'temoin';
const DB_VERSION = 1;

export const openDb = (name = DB_NAME): Promise<Db> =>
  openDB<TemoinDB>(name, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('sessions', { keyPath: 'id' });
      const events = db.createObjectStore('events', { keyPath: ['sessionId', 'seq'] });
      events.createIndex('byEventId', ['sessionId', 'id'], { unique: true });
      db.createObjectStore('packages', { keyPath: 'hash' });
      db.createObjectStore('meta', { keyPath: 'name' });
    },
  });

export const getMeta = async <T>(db: Db, name: string): Promise<T | undefined> =>
  (await db.get('meta', name))?.value as T | undefined;

export const setMeta = (db: Db, name: string, value: unknown) => db.put('meta', { name, value });
