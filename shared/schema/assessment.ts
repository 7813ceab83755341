/** The examiner's assessment of one bundle: levels, comments, notes, the fiche d'évaluation. */
import { z } from 'zod';
import { formatField, Id, IsoDate, IsoDateTime, Level, Sha256Hex } from './common.ts';
import { Candidate } from './session.ts';

export const QuestionAssessment = z
  .object({
    questionId: Id,
    level: Level.nullable(),
    /** The level Témoin suggested when the examiner decided, if any. */
    suggested: Level.nullable().default(null),
    overridden: z.boolean().default(false),
    comment: z.string().max(5_000).default(''),
    competences: z.array(z.object({ id: Id, level: Level.nullable() }).strict()).default([]),
  })
  .strict();

export const ExaminerNote = z
  .object({
    at: IsoDateTime,
    questionId: Id.nullable(),
    question: z.string().max(5_000),
    answer: z.string().max(5_000).default(''),
  })
  .strict();

export const Assessment = z
  .object({
    format: formatField('assessment'),
    id: z.string().min(8).max(64),
    status: z.enum(['draft', 'final']),
    bundle: z
      .object({
        sessionId: z.string().min(8).max(64),
        chainHead: Sha256Hex,
        eventCount: z.number().int().min(0),
      })
      .strict(),
    subject: z
      .object({
        id: Id,
        hash: Sha256Hex,
        cms: z.string().max(40),
        letter: z.string().max(2).optional(),
        code: z.string().max(40).optional(),
      })
      .strict(),
    candidate: Candidate,
    commission: z.string().max(40).optional(),
    date: IsoDate,
    examiner: z.object({ name: z.string().trim().min(1).max(200) }).strict(),
    questions: z.array(QuestionAssessment),
    notes: z.array(ExaminerNote).default([]),
    mark: z.number().min(0).max(20).multipleOf(0.5).nullable(),
    suggestedMark: z.number().min(0).max(20).nullable().default(null),
    appreciation: z.string().max(10_000).default(''),
    updatedAt: IsoDateTime,
    finalisedAt: IsoDateTime.optional(),
    /** SHA-256 of the JCS of this assessment without `hash`, set when finalised. */
    hash: Sha256Hex.optional(),
  })
  .strict()
  .superRefine((assessment, ctx) => {
    if (assessment.status !== 'final') return;
    if (assessment.mark === null)
      ctx.addIssue({ code: 'custom', path: ['mark'], message: 'final-needs-mark' });
    if (!assessment.finalisedAt)
      ctx.addIssue({ code: 'custom', path: ['finalisedAt'], message: 'final-needs-date' });
    if (!assessment.hash) ctx.addIssue({ code: 'custom', path: ['hash'], message: 'final-needs-hash' });
    assessment.questions.forEach((q, i) => {
      if (q.level === null)
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'level'], message: 'final-needs-level' });
    });
  });
export type Assessment = z.infer<typeof Assessment>;
