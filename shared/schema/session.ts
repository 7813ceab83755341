/** A candidate's exam session on one workstation, as the extension stores it. */
import { z } from 'zod';
import { formatField, Id, IsoDateTime, Label, Origin, Sha256Hex } from './common.ts';

export const Candidate = z
  .object({
    number: z.string().trim().min(1).max(40),
    lastName: z.string().max(100).optional(),
    firstName: z.string().max(100).optional(),
  })
  .strict();
export type Candidate = z.infer<typeof Candidate>;

export const SubjectRef = z
  .object({
    id: Id,
    title: Label,
    letter: z.string().max(2).optional(),
    cms: z.string().max(40),
    hash: Sha256Hex,
  })
  .strict();

export const Session = z
  .object({
    format: formatField('session'),
    id: z.string().min(8).max(64),
    status: z.enum(['running', 'ended']),
    subject: SubjectRef,
    grid: z.object({ id: Id, hash: Sha256Hex }).strict(),
    candidate: Candidate,
    commission: z.string().max(40).optional(),
    centre: z.string().max(200).optional(),
    referenceOrigins: z.array(Origin).min(1),
    startedAt: IsoDateTime,
    endedAt: IsoDateTime.optional(),
    durationMinutes: z.number().int().min(1).max(240),
    browser: z.string().max(200),
    extensionVersion: z.string().max(40),
  })
  .strict()
  .superRefine((session, ctx) => {
    if (session.status === 'ended' && !session.endedAt)
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'ended-without-date' });
    // Compare instants, not strings: `…T10:00:00+02:00` and `…T08:00:00Z` are the same time.
    if (session.endedAt && Date.parse(session.endedAt) < Date.parse(session.startedAt))
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'ends-before-start' });
  });
export type Session = z.infer<typeof Session>;
