/**
 * Commissions: one examiner, one subject, up to three candidates (the regulation's limit for
 * one examiner at a time). Each has a short pairing code that the examiner reads out to the
 * workstations; the code only pairs, it never authenticates a batch (see ingest/pairing.ts).
 */
import { randomInt } from 'node:crypto';
import { packageContentHash } from '../../shared/bundle/package-hash.ts';
import { parseJson } from '../../shared/schema/index.ts';
import type { SubjectPackage } from '../../shared/schema/package.ts';
import type { Database } from '../db/database.ts';
import type { Examiner } from './accounts.ts';

export const MAX_CANDIDATES = 3;

export interface Commission {
  id: string;
  label: string;
  examinerId: number;
  examinerName: string;
  subjectTitle: string;
  pairingCode: string;
  pkg: SubjectPackage;
}

/** No 0/O, 1/I/L: read aloud across a room and typed on a workstation without confusion. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export const newPairingCode = (): string => {
  let code = '';
  for (let i = 0; i < 8; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
};

/** What a person typed → the stored form (case, spaces and dashes do not matter). */
export const normaliseCode = (typed: string): string => {
  const bare = typed.toUpperCase().replace(/[\s-]/g, '');
  return bare.length === 8 ? `${bare.slice(0, 4)}-${bare.slice(4)}` : bare;
};

type CommissionRow = {
  id: string;
  label: string;
  examiner_id: number;
  username: string;
  subject_package: string;
  subject_title: string;
  pairing_code: string;
};

const toCommission = (row: CommissionRow): Commission => ({
  id: row.id,
  label: row.label,
  examinerId: Number(row.examiner_id),
  examinerName: row.username,
  subjectTitle: row.subject_title,
  pairingCode: row.pairing_code,
  pkg: JSON.parse(row.subject_package) as SubjectPackage,
});

const SELECT = 'select c.*, e.username from commissions c join examiners e on e.id = c.examiner_id';

/** Validates the subject file as the extension does (schema, then its content hash). */
export const readSubjectPackage = async (text: string): Promise<SubjectPackage> => {
  const parsed = parseJson('subject-package', text);
  if (!parsed.ok)
    throw new Error(
      `Fichier de sujet refusé : ${parsed.problems
        .slice(0, 5)
        .map((p) => `${p.path || '(racine)'} ${p.code}`)
        .join(' ; ')}`,
    );
  if ((await packageContentHash(parsed.value)) !== parsed.value.hash.value)
    throw new Error('Fichier de sujet refusé : son empreinte ne correspond pas.');
  return parsed.value;
};

export const createCommission = async (
  db: Database,
  input: { label: string; examinerId: number; packageText: string },
): Promise<Commission> => {
  const pkg = await readSubjectPackage(input.packageText);
  const label = input.label.trim() || `Commission ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;
  const id = crypto.randomUUID();
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const rows = await db.query(
      `insert into commissions (id, label, examiner_id, subject_package, subject_title, pairing_code)
       values ($1, $2, $3, $4, $5, $6) on conflict (pairing_code) do nothing returning id`,
      [id, label.slice(0, 200), input.examinerId, JSON.stringify(pkg), pkg.subject.title, newPairingCode()],
    );
    if (rows.length > 0) return (await commissionById(db, id))!;
  }
  throw new Error('Impossible de créer un code d’appairage unique.');
};

export const commissionById = async (db: Database, id: string): Promise<Commission | null> => {
  const row = (await db.query<CommissionRow>(`${SELECT} where c.id = $1`, [id]))[0];
  return row ? toCommission(row) : null;
};

export const commissionByCode = async (db: Database, code: string): Promise<Commission | null> => {
  const row = (
    await db.query<CommissionRow>(`${SELECT} where c.pairing_code = $1`, [normaliseCode(code)])
  )[0];
  return row ? toCommission(row) : null;
};

/** An administrator sees every commission; an examiner only theirs. */
export const commissionsFor = async (db: Database, examiner: Examiner): Promise<Commission[]> =>
  (
    await db.query<CommissionRow>(
      `${SELECT} ${examiner.isAdmin ? '' : 'where c.examiner_id = $1'} order by c.created_at desc, c.id`,
      examiner.isAdmin ? [] : [examiner.id],
    )
  ).map(toCommission);

export const canSee = (examiner: Examiner, commission: Commission): boolean =>
  examiner.isAdmin || commission.examinerId === examiner.id;
