/**
 * What the network observer needs to know, read straight from the database and settings (the
 * same facts `capture.context` gives a content script, without the subject package).
 */

import { type Db, getMeta } from '../../storage/db.ts';
import type { TrackerContext } from './tracker.ts';

export const readRunningSession = async (
  db: Db,
): Promise<{ sessionId: string; referenceOrigins: string[]; allowedOrigins?: string[] } | null> => {
  const id = await getMeta<string>(db, 'activeSession');
  if (!id) return null;
  const record = await db.get('sessions', id);
  if (record?.session.status !== 'running') return null;
  return {
    sessionId: id,
    referenceOrigins: record.session.referenceOrigins,
    // Frozen at the session's start (absent for sessions started before they were).
    ...(record.capture ? { allowedOrigins: record.capture.allowedOrigins } : {}),
  };
};

export const sameContext = (a: TrackerContext | null, b: TrackerContext | null): boolean =>
  a === b ||
  (!!a &&
    !!b &&
    a.sessionId === b.sessionId &&
    a.referenceOrigins.join(' ') === b.referenceOrigins.join(' ') &&
    a.allowedOrigins.join(' ') === b.allowedOrigins.join(' '));
