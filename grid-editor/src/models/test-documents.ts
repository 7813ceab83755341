/** Small valid documents (and a sealed evidence bundle) for the models' tests, on the national E5 grid. */
import { startBinding } from '../../../shared/bundle/binding.ts';
import { GENESIS, sealEvents } from '../../../shared/bundle/chain.ts';
import { sealBundle } from '../../../shared/bundle/seal.ts';
import { DEFAULT_GRID } from '../../../shared/grid/e5-grid.ts';
import type {
  CatalogueEntry,
  EvidenceBundle,
  Session,
  SubjectInput,
  UnsealedEvent,
} from '../../../shared/schema/index.ts';

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

/**
 * A valid evidence bundle of `events` (sealed in a real hash chain, bound and sealed as the
 * extension exports it: `session.started` first and `session.ended` last, added when missing).
 */
export const makeBundle = async (
  events: readonly { kind: string; data: unknown; questionId?: string | null; elapsedMs?: number }[],
  subjectId = 'sujet-a',
): Promise<EvidenceBundle> => {
  const start = Date.UTC(2025, 4, 12, 8, 0, 0);
  const session: Session = {
    format: 'temoin.session/1',
    id: 'session-0001',
    status: 'ended',
    subject: { id: subjectId, title: 'Sujet', letter: 'A', cms: 'wordpress', hash: 'a'.repeat(64) },
    grid: { id: DEFAULT_GRID.id, hash: 'b'.repeat(64) },
    candidate: { number: '02468' },
    referenceOrigins: ['http://127.0.0.1:8080'],
    startedAt: new Date(start).toISOString(),
    endedAt: new Date(start + 40 * 60_000).toISOString(),
    durationMinutes: 40,
    browser: 'Chromium',
    extensionVersion: '0.1.0',
  };
  const binding = await startBinding(session);
  const given = events.map((event) =>
    event.kind === 'session.started' ? { ...event, data: { ...(event.data as object), ...binding } } : event,
  );
  const all = [
    ...(given[0]?.kind === 'session.started'
      ? []
      : [
          {
            kind: 'session.started',
            data: { subjectId, candidateNumber: '02468', durationMinutes: 40, ...binding },
            elapsedMs: 0,
          },
        ]),
    ...given,
    ...(given.some((event) => event.kind === 'session.ended')
      ? []
      : [{ kind: 'session.ended', data: { reason: 'examiner' }, elapsedMs: 40 * 60_000 }]),
  ];
  const unsealed = all.map((event, i) => ({
    id: `evt-${String(i).padStart(6, '0')}`,
    time: start + (event.elapsedMs ?? i * 1000),
    elapsedMs: event.elapsedMs ?? i * 1000,
    url: 'http://127.0.0.1:8080/',
    questionId: ('questionId' in event ? event.questionId : null) ?? null,
    trusted: true,
    kind: event.kind,
    data: event.data,
  })) as unknown as UnsealedEvent[];
  const { sealed, head } = await sealEvents({ seq: 0, head: GENESIS }, unsealed);
  return sealBundle({
    format: 'temoin.bundle/1',
    exportedAt: new Date(start + 45 * 60_000).toISOString(),
    session,
    events: sealed,
    chain: { algorithm: 'temoin-chain-sha256-jcs/1', count: sealed.length, head },
  });
};
