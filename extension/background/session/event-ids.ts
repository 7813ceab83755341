/**
 * The ids of a session's stored events, kept in the worker's memory so that the recorder finds
 * duplicates (a content script re-sending a batch it got no answer for) without one IndexedDB
 * request per proposed event. Loaded once per session and worker life from the `byEventId`
 * index (a key cursor), then kept up to date by the recorder after each committed write — the
 * recorder is the only writer of events (storage/db.ts), and `purgeSession` forgets the set.
 */
import type { Db } from '../../storage/db.ts';

/** One session per database at a time: the running one (an ended session refuses events). */
const known = new WeakMap<Db, { sessionId: string; ids: Set<string> }>();

const load = async (db: Db, sessionId: string): Promise<Set<string>> => {
  const ids = new Set<string>();
  const range = IDBKeyRange.bound([sessionId, ''], [sessionId, '\uffff']);
  let cursor = await db.transaction('events').store.index('byEventId').openKeyCursor(range);
  while (cursor) {
    ids.add(cursor.key[1]);
    cursor = await cursor.continue();
  }
  return ids;
};

/** The stored ids of `sessionId` (the live set: add to it only through `rememberEventIds`). */
export const storedEventIds = async (db: Db, sessionId: string): Promise<ReadonlySet<string>> => {
  const entry = known.get(db);
  if (entry?.sessionId === sessionId) return entry.ids;
  const ids = await load(db, sessionId);
  // Another call may have loaded it meanwhile (and added to it): keep the first.
  const again = known.get(db);
  if (again?.sessionId === sessionId) return again.ids;
  known.set(db, { sessionId, ids });
  return ids;
};

/** After a write committed: these ids are now stored. */
export const rememberEventIds = (db: Db, sessionId: string, ids: Iterable<string>): void => {
  const entry = known.get(db);
  if (entry?.sessionId !== sessionId) return;
  for (const id of ids) entry.ids.add(id);
};

/** The session's events were deleted (or may have been): read them again next time. */
export const forgetEventIds = (db: Db, sessionId: string): void => {
  if (known.get(db)?.sessionId === sessionId) known.delete(db);
};
