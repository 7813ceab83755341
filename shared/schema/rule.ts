/**
 * Evidence rules: declarative JSON that says which capture events count as evidence for which
 * question and criterion. Evaluation lives in `shared/rules/`; this file is only the shape.
 */
import { z } from 'zod';
import { CriterionId, Id, Label, Text } from './common.ts';

/** Text normalisations a condition may ask for (tolerant matching). */
export const TextTolerance = z
  .object({
    case: z.boolean().default(true),
    accents: z.boolean().default(true),
    spacing: z.boolean().default(true),
    punctuation: z.boolean().default(false),
  })
  .strict();
export type TextTolerance = z.infer<typeof TextTolerance>;

/** A value in a condition: a literal, possibly with `{{variable}}` placeholders in strings. */
const Scalar = z.union([z.string().max(2000), z.number(), z.boolean()]);

/** A dotted path into an event, e.g. `data.seo.metaDescription` or `url`. */
export const FieldPath = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*|\[\d+\])*$/, { error: 'field-path' });

const field = { field: FieldPath };

export const Condition = z.discriminatedUnion('op', [
  z.object({ op: z.literal('equals'), ...field, value: Scalar, tolerant: TextTolerance.optional() }).strict(),
  z
    .object({ op: z.literal('differs'), ...field, value: Scalar, tolerant: TextTolerance.optional() })
    .strict(),
  z.object({ op: z.enum(['gt', 'gte', 'lt', 'lte']), ...field, value: z.number() }).strict(),
  z.object({ op: z.literal('between'), ...field, min: z.number(), max: z.number() }).strict(),
  z.object({ op: z.literal('exists'), ...field, value: z.boolean().default(true) }).strict(),
  z
    .object({
      op: z.literal('contains'),
      ...field,
      value: z.string().max(2000),
      tolerant: TextTolerance.optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal('matches'),
      ...field,
      pattern: z.string().min(1).max(200),
      flags: z
        .string()
        .regex(/^[imsu]*$/)
        .optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal('lengthBetween'),
      ...field,
      min: z.number().int().min(0),
      max: z.number().int().min(0),
    })
    .strict(),
  z.object({ op: z.literal('wordsAtLeast'), ...field, value: z.number().int().min(0) }).strict(),
]);
export type Condition = z.infer<typeof Condition>;

export const EvidenceType = z.enum(['process', 'state']);

export const EvidenceRule = z
  .object({
    id: Id,
    title: Label,
    description: Text(2000).optional(),
    /** Criteria of the grid this rule gives evidence for. */
    criteria: z.array(CriterionId).min(1).max(8),
    /** Event kind matched, e.g. `content.published`. */
    kind: z.string().regex(/^[a-z]+\.[A-Za-z]+$/, { error: 'event-kind' }),
    where: z.array(Condition).max(30).default([]),
    /** At least this many matching events. */
    atLeast: z.number().int().min(1).max(10_000).default(1),
    /** Only events after the first match of another rule of the same subject. */
    after: Id.optional(),
    /** Time window in minutes from the session's start. */
    window: z
      .object({ fromMinute: z.number().min(0).default(0), toMinute: z.number().min(0).optional() })
      .strict()
      .optional(),
    evidence: EvidenceType.default('process'),
    weight: z.number().min(0).max(100).default(1),
    /** Library rule this one was instantiated from, if any. */
    template: Id.optional(),
  })
  .strict();
export type EvidenceRule = z.infer<typeof EvidenceRule>;
export type EvidenceRuleInput = z.input<typeof EvidenceRule>;
