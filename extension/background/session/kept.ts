/**
 * The sessions kept in the workstation's IndexedDB: when one counts as exported, when the
 * retention period ends, and how one is erased. Used by the popup's handlers
 * (handlers/kept-sessions.ts) and the start-up retention pass (retention.ts).
 */
import { DEFAULT_RETENTION_DAYS } from '../../settings/managed.ts';
import { type Db, getMeta, type SessionRecord } from '../../storage/db.ts';
import { stationLinkKey } from '../station/keys.ts';
import type { LinkRecord } from '../station/link.ts';
import { forgetEventIds } from './event-ids.ts';

const DAY = 24 * 60 * 60 * 1000;

/** A verified export of the session as it stands now (no event was added since). */
export const isExported = (record: SessionRecord): boolean =>
  record.exported !== undefined &&
  record.exported.head === record.chain.head &&
  record.exported.count === record.chain.seq;

/**
 * The examiner's station acknowledged the whole chain of the ended session: every event (the
 * next seq it expects is the chain's count), the same head, and the ended session document.
 * A partial acknowledgement, or one of another head, leaves the evidence only here.
 */
export const isStationAcknowledged = (record: SessionRecord, link: LinkRecord | undefined): boolean =>
  record.session.status === 'ended' &&
  link !== undefined &&
  link.sentStatus === 'ended' &&
  link.acked === record.chain.seq &&
  link.head === record.chain.head;

/** Where the evidence is safely kept besides this workstation, if anywhere. */
export type StoredElsewhere = 'file' | 'station' | null;

export const storedElsewhere = async (db: Db, record: SessionRecord): Promise<StoredElsewhere> => {
  if (isExported(record)) return 'file';
  const link = await getMeta<LinkRecord>(db, stationLinkKey(record.id));
  return isStationAcknowledged(record, link) ? 'station' : null;
};

export const retentionDaysOf = async (source: { retentionDays?: () => Promise<number> }): Promise<number> => {
  const days = await source.retentionDays?.().catch(() => undefined);
  return typeof days === 'number' && Number.isFinite(days) && days >= 1
    ? Math.floor(days)
    : DEFAULT_RETENTION_DAYS;
};

/** Retention counts from the end of the exam (its start, if it never ended). */
export const retentionDeadline = (record: SessionRecord, days: number): number =>
  Date.parse(record.session.endedAt ?? record.session.startedAt) + days * DAY;

/** Deletes a session's events and record; the subject package stays (other sessions use it). */
export const purgeSession = async (db: Db, id: string): Promise<void> => {
  const tx = db.transaction(['events', 'sessions', 'meta'], 'readwrite');
  void tx.objectStore('events').delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
  void tx.objectStore('sessions').delete(id);
  void tx.objectStore('meta').delete(stationLinkKey(id));
  if ((await tx.objectStore('meta').get('activeSession'))?.value === id)
    void tx.objectStore('meta').delete('activeSession');
  try {
    await tx.done;
  } finally {
    forgetEventIds(db, id);
  }
};
