/**
 * What « New » makes: a subject package from the national grid and the session's catalogue
 * for a CMS, and each part a form adds (question, rule, condition, annex, variable, criterion,
 * catalogue entry), with ids that do not collide with the ones already there.
 */
import { catalogueFor, DEFAULT_GRID } from '../../../shared/grid/index.ts';
import { LIBRARY, type LibraryId, libraryRule } from '../../../shared/rules/index.ts';
import type { Cms, Condition } from '../../../shared/schema/index.ts';
import { asArray, asRecord } from './json-path.ts';

/** The first id of the form `${stem}${n}` (n ≥ 1) that `taken` does not hold. */
export const freshId = (stem: string, taken: Iterable<string>, start = 1): string => {
  const used = new Set(taken);
  for (let n = start; ; n += 1) if (!used.has(`${stem}${n}`)) return `${stem}${n}`;
};

/** A file name not already open: `nouveau-sujet.temoin-subject.json`, then `nouveau-sujet-2…`. */
export const freshName = (stem: string, suffix: string, taken: Iterable<string>): string => {
  const used = new Set(taken);
  if (!used.has(`${stem}${suffix}`)) return `${stem}${suffix}`;
  for (let n = 2; ; n += 1) if (!used.has(`${stem}-${n}${suffix}`)) return `${stem}-${n}${suffix}`;
};

const ids = (items: unknown, key = 'id'): string[] =>
  asArray(items)
    .map((item) => asRecord(item)[key])
    .filter((id): id is string => typeof id === 'string');

/** Every rule id of a subject draft (rule ids are unique across questions). */
export const ruleIds = (subject: unknown): string[] =>
  asArray(asRecord(subject).questions).flatMap((question) => ids(asRecord(question).rules));

/** The first question, as every national subject opens: an article (WordPress) or a product sheet. */
const FIRST_QUESTION: Record<
  'wordpress' | 'prestashop',
  { title: string; instructions: string; rules: LibraryId[] }
> = {
  wordpress: {
    title: 'Rédiger et publier un article',
    instructions:
      'À partir de l’annexe, rédigez et publiez un article contenant l’expression clé « {{keyword}} ».',
    rules: ['article.published', 'article.keywordInTitle'],
  },
  prestashop: {
    title: 'Compléter une fiche produit',
    instructions: 'Complétez la fiche du produit « {{product}} » : prix, stock, catégorie et référencement.',
    rules: ['product.saved'],
  },
};

export const SUBJECT_PACKAGE_SUFFIX = '.temoin-subject.json';

/** A new subject package: national grid, the catalogue of `cms`, one question to start from. */
export const newSubjectPackage = (cms: 'wordpress' | 'prestashop'): Record<string, unknown> => {
  const catalogue = catalogueFor(cms);
  const first = FIRST_QUESTION[cms];
  const variables = [
    { name: 'keyword', label: 'Expression clé', value: 'expression clé' },
    ...(cms === 'prestashop'
      ? [
          { name: 'product', label: 'Produit', value: 'Produit à compléter' },
          { name: 'voucher', label: 'Code promotionnel', value: 'CODE5' },
        ]
      : []),
  ];
  return structuredClone({
    format: 'temoin.subject-package/1',
    grid: DEFAULT_GRID,
    catalogue,
    subject: {
      format: 'temoin.subject/1',
      id: 'nouveau-sujet',
      title: 'Nouveau sujet',
      cms,
      letter: 'A',
      company: { name: 'Entreprise', context: '' },
      durationMinutes: 40,
      gridId: DEFAULT_GRID.id,
      ...(catalogue ? { catalogueId: catalogue.id } : {}),
      variables,
      annexes: [],
      questions: [
        {
          id: 'q1',
          number: 1,
          title: first.title,
          instructions: first.instructions,
          criteria: ['C1', 'C2'],
          competences: [],
          annexes: [],
          rules: first.rules.map((id) => libraryRule(id, { id: `q1-${id.split('.')[1]}` })),
        },
      ],
    },
    hash: { algorithm: 'sha256-jcs', value: '0'.repeat(64) },
  });
};

export const newQuestion = (subject: unknown): Record<string, unknown> => {
  const questions = asArray(asRecord(subject).questions);
  const numbers = questions.map((q) => asRecord(q).number).filter((n): n is number => typeof n === 'number');
  const number = Math.max(0, ...numbers) + 1;
  return {
    id: freshId('q', ids(questions), number),
    number,
    title: `Question ${number}`,
    instructions: '',
    criteria: [],
    competences: [],
    annexes: [],
    rules: [],
  };
};

/** A rule for a question: a stable id, the question's first criterion, a known event kind. */
export const newRule = (subject: unknown, question: unknown): Record<string, unknown> => {
  const q = asRecord(question);
  const stem = `${typeof q.id === 'string' ? q.id : 'q'}-r`;
  const criteria = asArray(q.criteria).filter((c): c is string => typeof c === 'string');
  return {
    id: freshId(stem, ruleIds(subject)),
    title: 'Nouvelle règle',
    criteria: criteria.slice(0, 1).length > 0 ? criteria.slice(0, 1) : ['C1'],
    kind: 'content.published',
    where: [],
    atLeast: 1,
    evidence: 'process',
    weight: 1,
  };
};

/** A rule from the library, with an id unique in the subject and the question's criteria. */
export const newLibraryRule = (
  subject: unknown,
  question: unknown,
  id: LibraryId,
): Record<string, unknown> => {
  const q = asRecord(question);
  const stem = `${typeof q.id === 'string' ? q.id : 'q'}-${id.split('.')[1] ?? 'regle'}`;
  const taken = ruleIds(subject);
  const ruleId = taken.includes(stem) ? freshId(`${stem}-`, taken, 2) : stem;
  const criteria = asArray(q.criteria).filter((c): c is string => typeof c === 'string');
  const shared = criteria.filter((c) => LIBRARY[id].criteria.includes(c));
  return {
    ...libraryRule(id, { id: ruleId }),
    ...(shared.length > 0
      ? { criteria: shared }
      : criteria.length > 0
        ? { criteria: criteria.slice(0, 1) }
        : {}),
  } as Record<string, unknown>;
};

export const CONDITION_OPS = [
  'contains',
  'equals',
  'differs',
  'matches',
  'exists',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'lengthBetween',
  'wordsAtLeast',
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** Ops whose text comparison can be tolerant (case, accents, spacing). */
export const TOLERANT_OPS: readonly ConditionOp[] = ['contains', 'equals', 'differs'];

export const newCondition = (field = 'data.title'): Condition => ({
  op: 'contains',
  field,
  value: '',
  tolerant: { case: true, accents: true, spacing: true, punctuation: false },
});

/**
 * The same condition under another operator: the field stays, a value that still makes sense
 * stays, the rest gets the new operator's defaults.
 */
export const withOp = (condition: unknown, op: ConditionOp): Record<string, unknown> => {
  const current = asRecord(condition);
  const field = typeof current.field === 'string' ? current.field : 'data.title';
  const value = current.value;
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
  const number =
    typeof value === 'number' ? value : Number.isFinite(Number(text)) && text !== '' ? Number(text) : 0;
  const tolerant = current.tolerant ?? { case: true, accents: true, spacing: true, punctuation: false };
  switch (op) {
    case 'contains':
      return { op, field, value: text, tolerant };
    case 'equals':
    case 'differs':
      return { op, field, value: typeof value === 'boolean' || typeof value === 'number' ? value : text };
    case 'matches':
      return { op, field, pattern: typeof current.pattern === 'string' ? current.pattern : text || '.' };
    case 'exists':
      return { op, field, value: true };
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
    case 'wordsAtLeast':
      return { op, field, value: Math.max(0, Math.round(number)) };
    case 'between':
    case 'lengthBetween':
      return {
        op,
        field,
        min: typeof current.min === 'number' ? current.min : 0,
        max: typeof current.max === 'number' ? current.max : 100,
      };
  }
};

export const newAnnex = (subject: unknown): Record<string, unknown> => {
  const annexes = asArray(asRecord(subject).annexes);
  const id = freshId('annexe-', ids(annexes));
  return { id, title: `Annexe ${annexes.length + 1}`, type: 'text', text: 'Texte de l’annexe.' };
};

export const newVariable = (subject: unknown): Record<string, unknown> => ({
  name: freshId('variable', ids(asRecord(subject).variables, 'name')),
  label: 'Nouvelle variable',
  value: 'valeur',
});

export const newCriterion = (grid: unknown): Record<string, unknown> => {
  const taken = asArray(asRecord(grid).competences).flatMap((c) =>
    asArray(asRecord(c).subCompetences).flatMap((s) => ids(asRecord(s).criteria)),
  );
  return { id: freshId('C', taken), label: 'Nouveau critère' };
};

export const newEntry = (catalogue: unknown): Record<string, unknown> => ({
  id: freshId('nouvelle.competence.', ids(asRecord(catalogue).entries)),
  label: 'Nouvelle compétence opérationnelle',
  evidenceKinds: ['content.published'],
  criteria: [],
});

export const newCompetence = (grid: unknown): Record<string, unknown> => ({
  id: freshId('competence-', ids(asRecord(grid).competences)),
  label: 'Nouvelle compétence',
  subCompetences: [
    { id: 'sous-competence-1', label: 'Nouvelle sous-compétence', criteria: [newCriterion(grid)] },
  ],
});

export const newSubCompetence = (grid: unknown, competence: unknown): Record<string, unknown> => ({
  id: freshId('sous-competence-', ids(asRecord(competence).subCompetences)),
  label: 'Nouvelle sous-compétence',
  criteria: [newCriterion(grid)],
});

export type { Cms };
