/** The one file a centre imports into the extension: grid + catalogue + subject + content hash. */
import { z } from 'zod';
import { Catalogue } from './catalogue.ts';
import { formatField, Sha256Hex } from './common.ts';
import { Grid } from './grid.ts';
import { Subject } from './subject.ts';

export const SubjectPackage = z
  .object({
    format: formatField('subject-package'),
    grid: Grid,
    catalogue: Catalogue,
    subject: Subject,
    /** SHA-256 of the JCS canonical JSON of `{ grid, catalogue, subject }` (see shared/bundle/package-hash.ts). */
    hash: z.object({ algorithm: z.literal('sha256-jcs'), value: Sha256Hex }).strict(),
  })
  .strict();
export type SubjectPackage = z.infer<typeof SubjectPackage>;
