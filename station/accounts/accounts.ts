/**
 * Examiner accounts and their logins. An administrator creates commissions and accounts; an
 * examiner sees only the commissions assigned to them. Login tokens live in the database (a
 * restarted station keeps its examiners logged in) and expire after 12 hours.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

export interface Examiner {
  id: number;
  username: string;
  displayName: string;
  isAdmin: boolean;
}

const LOGIN_TTL_MS = 12 * 60 * 60 * 1000;

type ExaminerRow = {
  id: number;
  username: string;
  display_name: string;
  is_admin: boolean;
  password_hash: string;
};

const toExaminer = (row: ExaminerRow): Examiner => ({
  id: Number(row.id),
  username: row.username,
  displayName: row.display_name,
  isAdmin: Boolean(row.is_admin),
});

export const createExaminer = async (
  db: Database,
  account: { username: string; displayName?: string; password: string; isAdmin?: boolean },
): Promise<Examiner> => {
  const username = account.username.trim();
  if (!/^[\p{L}\p{N}._-]{2,64}$/u.test(username))
    throw new Error('Identifiant invalide (2 à 64 lettres, chiffres, . _ -).');
  const problem = passwordProblem(account.password);
  if (problem) throw new Error(problem);
  const rows = await db.query<ExaminerRow>(
    `insert into examiners (username, display_name, password_hash, is_admin) values ($1, $2, $3, $4)
     on conflict (username) do nothing returning *`,
    [
      username,
      account.displayName?.trim() || username,
      await hashPassword(account.password),
      account.isAdmin ?? false,
    ],
  );
  if (!rows[0]) throw new Error(`Le compte « ${username} » existe déjà.`);
  return toExaminer(rows[0]);
};

/** Creates the first administrator when missing (unattended start with --admin). */
export const ensureAdmin = async (db: Database, username: string, password: string): Promise<void> => {
  const existing = await db.query('select id from examiners where username = $1', [username]);
  if (existing.length === 0) await createExaminer(db, { username, password, isAdmin: true });
};

export const listExaminers = async (db: Database): Promise<Examiner[]> =>
  (await db.query<ExaminerRow>('select * from examiners order by username')).map(toExaminer);

export const login = async (db: Database, username: string, password: string): Promise<string | null> => {
  const row = (
    await db.query<ExaminerRow>('select * from examiners where username = $1', [username.trim()])
  )[0];
  // Verify against a dummy hash for unknown users, so timing does not tell which names exist.
  const ok = await verifyPassword(password, row?.password_hash ?? `scrypt$16384$8$1$00$${'0'.repeat(64)}`);
  if (!row || !ok) return null;
  const token = randomBytes(32).toString('hex');
  await db.query('insert into logins (token, examiner_id, expires_at) values ($1, $2, $3)', [
    token,
    row.id,
    Date.now() + LOGIN_TTL_MS,
  ]);
  return token;
};

export const examinerForToken = async (db: Database, token: string | undefined): Promise<Examiner | null> => {
  if (!token || !/^[0-9a-f]{64}$/.test(token)) return null;
  const row = (
    await db.query<ExaminerRow>(
      'select e.* from logins l join examiners e on e.id = l.examiner_id where l.token = $1 and l.expires_at > $2',
      [token, Date.now()],
    )
  )[0];
  return row ? toExaminer(row) : null;
};

export const logout = (db: Database, token: string) =>
  db.query('delete from logins where token = $1', [token]);
