/**
 * The sessions kept in the workstation's IndexedDB: when one counts as exported, when the
 * retention period ends, and how one is erased. Used by the popup's handlers
 * (handlers/kept-sessions.ts) and the start-up retention pass (retention.ts).
 */
import { DEFAULT_RETENTION_DAYS } from '../../settings/managed.ts';
import type { Db, SessionRecord } from '../../storage/db.ts';

const DAY = 24 * 60 * 60 * 1000;

/** A verified export of the session as it stands now (no event was added since). */
export const isExported = (record: SessionRecord): boolean =>
  record.exported !== undefined &&
  record.exported.head === record.chain.head &&
  record.exported.count === record.chain.seq;

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
  if ((await tx.objectStore('meta').get('activeSession'))?.value === id)
    void tx.objectStore('meta').delete('activeSession');
  await tx.done;
};
