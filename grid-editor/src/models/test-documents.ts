/** Small valid documents for the models' tests, built on the national E5 grid. */
import { DEFAULT_GRID } from '../../../shared/grid/e5-grid.ts';
import type { CatalogueEntry, SubjectInput } from '../../../shared/schema/index.ts';

export const grid = DEFAULT_GRID;

export const catalogue = {
  format: 'temoin.catalogue/1',
  id: 'wordpress-2025',
  title: 'Compétences opérationnelles WordPress',
  cms: 'wordpress',
  entries: [
    {
      id: 'wp.post.publish',
      label: 'Créer et publier un article',
      evidenceKinds: ['content.published'],
      criteria: ['C1'],
    } satisfies CatalogueEntry,
  ],
} as const;

export const subject = {
  format: 'temoin.subject/1',
  id: 'sujet-a',
  title: 'Les Jardins de Lou — blog',
  cms: 'wordpress',
  letter: 'A',
  company: { name: 'Les Jardins de Lou', context: 'Une jardinerie de quartier.' },
  gridId: DEFAULT_GRID.id,
  variables: [{ name: 'keyword', label: 'Mot-clé', value: 'potager urbain' }],
  annexes: [{ id: 'annexe-1', title: 'Texte de l’article', type: 'text', text: 'Le potager urbain…' }],
  questions: [
    {
      id: 'q1',
      number: 1,
      title: 'Publier l’article',
      instructions: 'Publiez le texte de l’annexe 1.',
      criteria: ['C1', 'C2'],
      annexes: ['annexe-1'],
      rules: [
        {
          id: 'r1',
          title: 'Article publié',
          criteria: ['C1'],
          kind: 'content.published',
          where: [{ op: 'contains', field: 'data.title', value: '{{keyword}}' }],
        },
      ],
    },
  ],
} satisfies SubjectInput;

/** The same subject with its first question naming a criterion the grid does not have. */
export const subjectWithUnknownCriterion = {
  ...subject,
  questions: [{ ...subject.questions[0], criteria: ['C9'] }],
} satisfies SubjectInput;

export const json = (value: unknown): string => JSON.stringify(value);
