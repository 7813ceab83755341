/**
 * What harmonisation reads from the station (`GET /api/harmonisation`): for the commissions an
 * account may see — every one for an administrator, their own for an examiner — the finalised
 * assessments, the subject packages, and per candidate session the chain head the station
 * holds (the anchor an exported bundle is checked against). Drafts are never sent: only what
 * the examiner finalised counts, as with files.
 */
import {
  STATION_SNAPSHOT_FORMAT,
  type StationAnchor,
  type StationSnapshot,
} from '../../shared/harmonisation/station-source.ts';
import type { Examiner } from '../accounts/accounts.ts';
import { commissionsFor } from '../accounts/commissions.ts';
import type { Database } from '../db/database.ts';

type SessionRow = {
  id: string;
  candidate_number: string;
  next_seq: number;
  head: string;
  assessment: string | null;
};

export const harmonisationSnapshot = async (
  db: Database,
  examiner: Examiner,
  station: string,
  now = new Date(),
): Promise<StationSnapshot> => {
  const assessments: unknown[] = [];
  const anchors: StationAnchor[] = [];
  const subjects = new Map<string, unknown>();
  for (const commission of await commissionsFor(db, examiner)) {
    subjects.set(commission.pkg.hash.value, commission.pkg);
    const rows = await db.query<SessionRow>(
      `select s.id, s.candidate_number, s.next_seq, s.head, m.assessment
       from candidate_sessions s left join marks m on m.session_id = s.id
       where s.commission_id = $1 order by s.paired_at, s.id`,
      [commission.id],
    );
    for (const row of rows) {
      if (row.assessment) assessments.push(JSON.parse(row.assessment) as unknown);
      anchors.push({
        sessionId: row.id,
        candidate: row.candidate_number,
        examiner: commission.examinerName,
        count: Number(row.next_seq),
        head: row.head,
      });
    }
  }
  return {
    format: STATION_SNAPSHOT_FORMAT,
    station,
    readAt: now.toISOString(),
    assessments,
    subjects: [...subjects.values()],
    anchors,
  };
};
