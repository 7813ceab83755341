/** The evaluation grid: competences → sub-competences → criteria, the level scale, the fiche fields. */
import { z } from 'zod';
import { CriterionId, formatField, Id, Label, Level, Text } from './common.ts';

export const Criterion = z
  .object({ id: CriterionId, label: Label, descriptors: z.partialRecord(Level, Text(1000)).optional() })
  .strict();

export const SubCompetence = z.object({ id: Id, label: Label, criteria: z.array(Criterion).min(1) }).strict();

export const Competence = z
  .object({ id: Id, label: Label, subCompetences: z.array(SubCompetence).min(1) })
  .strict();

export const LevelDefinition = z
  .object({ id: Level, label: Label, short: z.string().min(1).max(12), rank: z.number().int().min(1).max(4) })
  .strict();

export const FicheField = z
  .object({
    id: Id,
    label: Label,
    type: z.enum(['text', 'date', 'mark', 'longtext', 'choice']),
    required: z.boolean().default(false),
    options: z.array(Label).optional(),
  })
  .strict();

export const Grid = z
  .object({
    format: formatField('grid'),
    id: Id,
    title: Label,
    version: z.string().min(1).max(40),
    source: Text(500).optional(),
    competences: z.array(Competence).min(1),
    levels: z.array(LevelDefinition).length(4),
    fiche: z.array(FicheField).min(1),
  })
  .strict()
  .superRefine((grid, ctx) => {
    const seen = new Set<string>();
    grid.competences.forEach((competence, ci) => {
      competence.subCompetences.forEach((sub, si) => {
        sub.criteria.forEach((criterion, ki) => {
          const path = ['competences', ci, 'subCompetences', si, 'criteria', ki, 'id'];
          if (seen.has(criterion.id))
            ctx.addIssue({ code: 'custom', path, message: 'duplicate-id', params: { value: criterion.id } });
          seen.add(criterion.id);
        });
      });
    });
    const levelIds = new Set(grid.levels.map((level) => level.id));
    if (levelIds.size !== grid.levels.length)
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'levels-incomplete' });
  });
export type Grid = z.infer<typeof Grid>;

/** Every criterion id of a grid, in order. */
export const criteriaOf = (grid: Grid): string[] =>
  grid.competences.flatMap((c) => c.subCompetences.flatMap((s) => s.criteria.map((k) => k.id)));
