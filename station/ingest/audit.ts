/** The station's log of refused requests and failures: kept in the database and on stderr. */
import type { Database } from '../db/database.ts';

export const audit = async (db: Database, kind: string, remote: string, detail: string): Promise<void> => {
  console.warn(`[station] ${kind} from ${remote || '?'}: ${detail}`);
  // The log must never turn a refusal into a crash (e.g. when the disk is full).
  await db
    .query('insert into audit_log (at, kind, remote, detail) values ($1, $2, $3, $4)', [
      Date.now(),
      kind,
      remote,
      detail.slice(0, 2000),
    ])
    .catch(() => undefined);
};

export const recentAudit = (db: Database, limit = 50) =>
  db.query<{ at: string; kind: string; remote: string; detail: string }>(
    'select at, kind, remote, detail from audit_log order by id desc limit $1',
    [limit],
  );
