/** The catalogue of compétences opérationnelles of one CMS for one exam session. */
import { z } from 'zod';
import { Cms, CriterionId, formatField, Id, Label, Text } from './common.ts';

export const CatalogueEntry = z
  .object({
    id: Id,
    label: Label,
    description: Text(1000).optional(),
    /** Capture-event kinds that can show this competence was used. */
    evidenceKinds: z.array(z.string().regex(/^[a-z]+\.[A-Za-z]+$/, { error: 'event-kind' })).min(1),
    /** Criteria this competence usually serves (a hint for designers). */
    criteria: z.array(CriterionId).default([]),
  })
  .strict();
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;

export const Catalogue = z
  .object({
    format: formatField('catalogue'),
    id: Id,
    title: Label,
    cms: Cms,
    session: z.string().max(40).optional(),
    entries: z.array(CatalogueEntry).min(1),
  })
  .strict()
  .superRefine((catalogue, ctx) => {
    const seen = new Set<string>();
    catalogue.entries.forEach((entry, i) => {
      if (seen.has(entry.id))
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'id'],
          message: 'duplicate-id',
          params: { value: entry.id },
        });
      seen.add(entry.id);
    });
  });
export type Catalogue = z.infer<typeof Catalogue>;
