/**
 * A subject: the company context, variables, annexes and 3–6 questions, each naming its
 * criteria, its compétences opérationnelles and its evidence rules.
 */
import { z } from 'zod';
import { Cms, CriterionId, formatField, Id, Label, Level, Text } from './common.ts';
import { EvidenceRule } from './rule.ts';

export const VariableName = z.string().regex(/^[a-z][a-zA-Z0-9_]{0,39}$/, { error: 'variable-name' });

export const Variable = z
  .object({ name: VariableName, label: Label, value: z.string().min(1).max(500) })
  .strict();
export type Variable = z.infer<typeof Variable>;

const annexBase = { id: Id, title: Label };
export const Annex = z.discriminatedUnion('type', [
  z.object({ ...annexBase, type: z.literal('text'), text: z.string().min(1).max(20_000) }).strict(),
  z
    .object({
      ...annexBase,
      type: z.literal('image'),
      /** A `data:image/...` URL so the package stays one self-contained file. */
      src: z.string().regex(/^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$/, {
        error: 'image-data-url',
      }),
      alt: Text(300),
    })
    .strict(),
  z
    .object({
      ...annexBase,
      type: z.literal('table'),
      columns: z.array(Label).min(1).max(20),
      rows: z.array(z.array(z.string().max(1000))).max(500),
    })
    .strict()
    .superRefine((table, ctx) => {
      table.rows.forEach((row, i) => {
        if (row.length !== table.columns.length)
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i],
            message: 'row-width',
            params: { expected: table.columns.length },
          });
      });
    }),
]);
export type Annex = z.infer<typeof Annex>;

/** Share of the weight satisfied needed for each level (the highest reached wins). */
export const LevelThresholds = z
  .object({
    I: z.number().min(0).max(1),
    S: z.number().min(0).max(1),
    TS: z.number().min(0).max(1),
    /**
     * TS means « everything asked, done well » (the official level meaning): unless `false`, TS
     * is suggested only when every rule of weight 1 or more holds in full; otherwise S at most,
     * whatever the ratio. A rule weighted below 1 is a secondary step that does not bar TS.
     * `false`: the TS threshold alone decides (a near miss may still be TS).
     */
    complete: z.boolean().optional(),
  })
  .strict()
  .refine((t) => t.I <= t.S && t.S <= t.TS, { error: 'thresholds-order' });
export type LevelThresholds = z.infer<typeof LevelThresholds>;

export const Question = z
  .object({
    id: Id,
    number: z.number().int().min(1).max(20),
    title: Label,
    /** Markdown, rendered safely (no raw HTML). */
    instructions: z.string().max(10_000),
    criteria: z.array(CriterionId).min(1).max(8),
    competences: z.array(Id).default([]),
    annexes: z.array(Id).default([]),
    rules: z.array(EvidenceRule).default([]),
    thresholds: LevelThresholds.optional(),
    /**
     * What the rules do not judge and the examiner must (« à apprécier ») : tone, relevance of
     * advice, the oral justification. Shown in review next to the suggested level.
     */
    examinerAspects: z.array(z.string().min(1).max(300)).max(12).optional(),
  })
  .strict();
export type Question = z.infer<typeof Question>;

export const Subject = z
  .object({
    format: formatField('subject'),
    id: Id,
    title: Label,
    cms: Cms,
    letter: z.string().regex(/^[A-Z]$/, { error: 'letter' }),
    code: z.string().max(40).optional(),
    session: z.string().max(40).optional(),
    company: z.object({ name: Label, context: z.string().max(10_000) }).strict(),
    durationMinutes: z.number().int().min(1).max(240).default(40),
    gridId: Id,
    catalogueId: Id.optional(),
    variables: z.array(Variable).default([]),
    annexes: z.array(Annex).default([]),
    questions: z.array(Question).min(1).max(10),
    thresholds: LevelThresholds.optional(),
    /** Levels a designer may pre-set as the floor when a question shows no evidence at all. */
    emptyLevel: Level.optional(),
  })
  .strict();
export type Subject = z.infer<typeof Subject>;
export type SubjectInput = z.input<typeof Subject>;
