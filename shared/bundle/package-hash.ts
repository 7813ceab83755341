/** A subject package's hash: SHA-256 of JCS({ catalogue, grid, subject }). */
import type { SubjectPackage } from '../schema/package.ts';
import { canonicalize } from './jcs.ts';
import { sha256Hex } from './sha256.ts';

type Contents = Pick<SubjectPackage, 'grid' | 'catalogue' | 'subject'>;

export const packageContentHash = ({ grid, catalogue, subject }: Contents): Promise<string> =>
  sha256Hex(canonicalize({ grid, catalogue, subject }));

export const buildSubjectPackage = async (contents: Contents): Promise<SubjectPackage> => ({
  format: 'temoin.subject-package/1',
  grid: contents.grid,
  catalogue: contents.catalogue,
  subject: contents.subject,
  hash: { algorithm: 'sha256-jcs', value: await packageContentHash(contents) },
});
