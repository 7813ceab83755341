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

/**
 * What every condition may add: its weight in the rule's degree (default 1), whether it is
 * required (a gate: the event or thing is not a candidate at all without it, e.g. « it is the
 * article to optimise »), and the French label the examiner reads for it.
 */
const grading = {
  weight: z.number().min(0).max(100).optional(),
  required: z.boolean().optional(),
  label: z.string().min(1).max(200).optional(),
  /**
   * A check that tells wrong work from incomplete work (wrong advice, a stuffed description,
   * filler text): when the rule's best evidence fails it, the question's suggested level is at
   * most this one, whatever the rest of the question weighs. Missing work only costs its weight.
   */
  ceiling: z.enum(['TI', 'I', 'S']).optional(),
};
const field = { field: FieldPath, ...grading };
const share = z.number().min(0).max(1);

export const Condition = z.discriminatedUnion('op', [
  z.object({ op: z.literal('equals'), ...field, value: Scalar, tolerant: TextTolerance.optional() }).strict(),
  z
    .object({ op: z.literal('differs'), ...field, value: Scalar, tolerant: TextTolerance.optional() })
    .strict(),
  z.object({ op: z.enum(['gt', 'gte', 'lt', 'lte']), ...field, value: z.number() }).strict(),
  z
    .object({
      op: z.literal('between'),
      ...field,
      min: z.number(),
      max: z.number(),
      /**
       * Other fields that may hold the number instead (« limited in number of uses OR to one
       * per customer »): the check holds when `field` or any of these is in range.
       */
      orFields: z.array(FieldPath).min(1).max(8).optional(),
    })
    .strict(),
  z.object({ op: z.literal('exists'), ...field, value: z.boolean().default(true) }).strict(),
  z
    .object({
      op: z.literal('contains'),
      ...field,
      value: z.string().max(2000),
      tolerant: TextTolerance.optional(),
      /**
       * Other fields that may hold the value instead (« the query in the SEO title or in the
       * meta description »): the check holds when `field` or any of these contains it.
       */
      orFields: z.array(FieldPath).min(1).max(8).optional(),
      /**
       * Holds when the field is not filled in: a check of what is written when it is (Yoast's
       * focus keyphrase, an optional field), not a requirement to write it.
       */
      ifAny: z.boolean().optional(),
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
      /**
       * Holds when the text does NOT match: a wrong statement the designer names from the
       * subject's facts (« riche en théine » for a rooibos, « vous auriez dû lire nos CGV »), a
       * file name given as alternative text. A missing text holds (nothing wrong is written).
       */
      negate: z.boolean().optional(),
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
  // Quality operators (see shared/rules/quality.ts): what a machine can check honestly.
  /**
   * Reformulated, not copied: share of the text's word n-grams found in the annex at most
   * `maxCopied`. `annex` is an annex's id, or `question:<id>` for a question's own wording.
   */
  z
    .object({
      op: z.literal('reformulated'),
      ...field,
      annex: Id,
      ngram: z.number().int().min(3).max(12).default(6),
      maxCopied: share.default(0.5),
    })
    .strict(),
  /** Not filler: repeated sentences at most `maxRepeated` of all, distinct words at least `minVariety`. */
  z
    .object({
      op: z.literal('notRepetitive'),
      ...field,
      maxRepeated: share.default(0.2),
      minVariety: share.default(0.3),
      /** Holds when nothing is written: a guard against filler, not a requirement to write. */
      ifAny: z.boolean().optional(),
    })
    .strict(),
  /** No keyword stuffing: the keyword at most `maxRepeats` times and at most `maxDensity` of the words. */
  z
    .object({
      op: z.literal('notStuffed'),
      ...field,
      value: z.string().min(1).max(200),
      maxRepeats: z.number().int().min(1).max(1000).default(3),
      maxDensity: share.default(0.08),
    })
    .strict(),
  /**
   * Required mentions (a code, a date, an amount, a call to action), matched tolerantly; graded.
   * A mention may be a list of equivalent wordings (« conservation », « durée », « supprimer »):
   * any one of them makes it. A wording is whole words, or ends with `*` for words that start
   * so (« conserv* »).
   */
  z
    .object({
      op: z.literal('mentions'),
      ...field,
      values: z
        .array(z.union([z.string().min(1).max(500), z.array(z.string().min(1).max(500)).min(1).max(10)]))
        .min(1)
        .max(20),
    })
    .strict(),
  /** Structure of a body: intertitles, lists and links, counted from its markup or its facts. */
  z
    .object({
      op: z.literal('structured'),
      ...field,
      headings: z.number().int().min(0).max(100).default(0),
      lists: z.number().int().min(0).max(100).default(0),
      links: z.number().int().min(0).max(100).default(0),
    })
    .strict(),
  /** The same calendar day, whatever the writing (`2025-04-30`, `30/04/2025`, `30 avril 2025`). */
  z.object({ op: z.literal('sameDate'), ...field, value: z.string().min(1).max(200) }).strict(),
  /** Plausible against the subject's facts: every number written before `unit` lies in [min, max]. */
  z
    .object({
      op: z.literal('numbersWithin'),
      ...field,
      unit: z.string().min(1).max(20),
      min: z.number(),
      max: z.number(),
      /** Holds when no such number is written: only a wrong one fails (« no wrong temperature »). */
      ifAny: z.boolean().optional(),
    })
    .strict(),
  /**
   * Every number written before `unit` is one of the subject's facts: within `tolerance` (0.05)
   * of one of `values` (« samedi 19 avril » when the workshop is on the 12th, a rate of 25 %
   * noted for 2,5 %). Holds when none is written: a guard against a wrong fact, not a
   * requirement to write one.
   */
  z
    .object({
      op: z.literal('numbersAmong'),
      ...field,
      unit: z.string().min(1).max(20),
      values: z.array(z.number()).min(1).max(50),
      tolerance: z.number().min(0).max(1000).default(0.05),
    })
    .strict(),
  /**
   * Amounts consistent with a reduction of `percent` %: two amounts written differ by `percent` %
   * of an amount written (« 9,90 € puis 9,41 € », or totals with shipping « 14,80 € puis 14,30 € »
   * for 5 % of 9,90 €), to the cent, or the text says the code was refused (totals rightly
   * unchanged). Wrong totals noted (« 9,90 € puis 9,50 € ») fail.
   */
  z
    .object({
      op: z.literal('reducedBy'),
      ...field,
      percent: z.number().gt(0).max(100),
      /**
       * The subject's prices the reduction may apply to although the note does not write them
       * (the product's 9,90 € when only totals with shipping are noted: « 14,80 € puis 14,30 € »).
       */
      of: z.array(z.number().positive()).max(20).optional(),
    })
    .strict(),
  /**
   * A date that is not after the day the event happened (+ `graceDays`): a voucher that starts
   * next year is unusable during the operation. A date without a year, or none, holds.
   */
  z
    .object({
      op: z.literal('notAfterEventDay'),
      ...field,
      graceDays: z.number().int().min(0).max(366).default(0),
    })
    .strict(),
  /**
   * French written with its accents: at least `minShare` of the text's words carry a diacritic
   * (é, è, à, ç…). French prose has about one word in six so; a text typed without accents has
   * almost none. A text shorter than 30 words, or none, holds (too short to judge).
   */
  z.object({ op: z.literal('accented'), ...field, minShare: share.default(0.06) }).strict(),
  /**
   * Written in sentences: at least `minShare` of the words are French function words (articles,
   * prepositions, pronouns). Telegraphic notes published as an article fail; under 30 words, or
   * none, holds.
   */
  z.object({ op: z.literal('prose'), ...field, minShare: share.default(0.15) }).strict(),
  /**
   * A date that is not before the day the event happened (− `graceDays`): a voucher whose end
   * date is already past (a year typed wrong) is expired the day it is created. A date without
   * a year, or none, holds.
   */
  z
    .object({
      op: z.literal('notBeforeEventDay'),
      ...field,
      graceDays: z.number().int().min(0).max(366).default(0),
    })
    .strict(),
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
    /**
     * Other kinds that deliver the same thing by another route (a reply posted as a new comment
     * instead of under the comment): their events are read with the same conditions; a
     * condition on `kind` can cap them.
     */
    orKinds: z
      .array(z.string().regex(/^[a-z]+\.[A-Za-z]+$/, { error: 'event-kind' }))
      .max(5)
      .optional(),
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
    /**
     * State rules only: also read pages Témoin fetched itself (the public end state of a
     * publication). Never evidence of what the candidate did: process rules ignore them always.
     */
    fetched: z.boolean().optional(),
    /** Library rule this one was instantiated from, if any. */
    template: Id.optional(),
  })
  .strict();
export type EvidenceRule = z.infer<typeof EvidenceRule>;
export type EvidenceRuleInput = z.input<typeof EvidenceRule>;
