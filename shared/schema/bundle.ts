/**
 * An evidence bundle: one candidate's session with all its events and the head of their
 * SHA-256 chain. Shape only: the chain itself is verified by `verifyChain` (shared/bundle/chain.ts).
 */
import { z } from 'zod';
import { formatField, IsoDateTime, Sha256Hex } from './common.ts';
import { CaptureEvent } from './event.ts';
import { SubjectPackage } from './package.ts';
import { Session } from './session.ts';

export const CHAIN_ALGORITHM = 'temoin-chain-sha256-jcs/1' as const;

export const EvidenceBundle = z
  .object({
    format: formatField('bundle'),
    exportedAt: IsoDateTime,
    session: Session,
    /** The subject package the session ran, so a reviewer needs only this file. */
    subjectPackage: SubjectPackage.optional(),
    events: z.array(CaptureEvent),
    chain: z
      .object({ algorithm: z.literal(CHAIN_ALGORITHM), count: z.number().int().min(0), head: Sha256Hex })
      .strict(),
    /**
     * SHA-256 of the rest of the file (shared/bundle/seal.ts): a changed byte
     * anywhere that the chain does not cover (the export date, the session's end) is seen.
     */
    seal: z
      .object({ algorithm: z.literal('sha256-compact-json'), value: Sha256Hex })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((bundle, ctx) => {
    if (bundle.chain.count !== bundle.events.length)
      ctx.addIssue({
        code: 'custom',
        path: ['chain', 'count'],
        message: 'chain-count',
        params: { expected: bundle.events.length },
      });
    bundle.events.forEach((event, i) => {
      if (event.seq !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'seq'],
          message: 'seq-order',
          params: { expected: i },
        });
    });
    if (bundle.subjectPackage && bundle.subjectPackage.hash.value !== bundle.session.subject.hash)
      ctx.addIssue({
        code: 'custom',
        path: ['subjectPackage', 'hash', 'value'],
        message: 'subject-hash-mismatch',
      });
  });
/** Events typed by kind (zod's inference of the union loses the kind ↔ data link). */
export type EvidenceBundle = Omit<z.infer<typeof EvidenceBundle>, 'events'> & { events: CaptureEvent[] };
