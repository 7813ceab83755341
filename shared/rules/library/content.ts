/**
 * Articles and pages (WordPress): published, with the keyword where search engines read it,
 * long enough, with described images and a meta description of the right length.
 * All are *state* rules: the last save of the content decides (see shared/rules/README.md).
 */
import type { Condition } from '../../schema/rule.ts';
import { define, listOf, noHealthClaim, notFiller, SLUG, TEXT } from './define.ts';

interface ContentParams {
  /** `post` (article) or `page`. */
  contentType?: string;
}
interface KeywordParams extends ContentParams {
  keyword?: string;
}

const ofType = (params: ContentParams): Condition => ({
  // Identifies the thing (an article, not a page): a gate, not a share of the degree.
  required: true,
  op: 'equals',
  field: 'data.contentType',
  value: params.contentType ?? 'post',
});
const contentType = {
  name: 'contentType',
  description: 'Type de contenu : post (article) ou page',
  default: 'post',
};
const keyword = {
  name: 'keyword',
  description: 'Expression clé attendue (texte ou variable du sujet)',
  default: '{{keyword}}',
};

export const articlePublished = define({
  id: 'article.published',
  title: 'Article publié',
  description:
    'Un article est publié et l’est encore à la fin (une dépublication ultérieure l’annule). Avec `title`, son titre doit contenir ce texte (casse, accents et espaces ignorés).',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.title'],
  evidence: 'state',
  criteria: ['C1'],
  parameters: [contentType, { name: 'title', description: 'Texte que le titre doit contenir (facultatif)' }],
  where: (p: ContentParams & { title?: string }) => [
    ofType(p),
    ...(p.title === undefined
      ? []
      : [{ op: 'contains', field: 'data.title', value: p.title, tolerant: TEXT } as const]),
  ],
});

export const keywordInTitle = define({
  id: 'article.keywordInTitle',
  title: 'Mot-clé dans le titre',
  description:
    'Le titre de l’article publié contient l’expression clé, sans tenir compte de la casse, des accents ni des espaces.',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.title'],
  evidence: 'state',
  criteria: ['C2'],
  parameters: [keyword, contentType],
  where: (p: KeywordParams) => [
    ofType(p),
    { op: 'contains', field: 'data.title', value: p.keyword ?? '{{keyword}}', tolerant: TEXT },
  ],
});

export const keywordInSlug = define({
  id: 'article.keywordInSlug',
  title: 'Mot-clé dans le slug',
  description:
    'Le slug (fin de l’adresse) de l’article publié contient l’expression clé : tirets, casse et accents ignorés, donc `the-vert-bio` contient « thé vert bio ».',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.slug'],
  evidence: 'state',
  criteria: ['C2'],
  parameters: [keyword, contentType],
  where: (p: KeywordParams) => [
    ofType(p),
    { op: 'contains', field: 'data.slug', value: p.keyword ?? '{{keyword}}', tolerant: SLUG },
  ],
});

export const keywordInMetaDescription = define({
  id: 'article.keywordInMetaDescription',
  title: 'Mot-clé dans la méta-description',
  description:
    'La méta-description de l’article publié (champ SEO, p. ex. Yoast) contient l’expression clé, casse, accents et espaces ignorés. Répétée plus de deux fois (bourrage), la question est limitée à S : c’est une erreur, pas un oubli.',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.seo.metaDescription'],
  evidence: 'state',
  criteria: ['C2'],
  parameters: [keyword, contentType],
  where: (p: KeywordParams) => [
    ofType(p),
    { op: 'contains', field: 'data.seo.metaDescription', value: p.keyword ?? '{{keyword}}', tolerant: TEXT },
    // A 120–160 character description is about 20 words: the expression once is already 15 % of
    // them, so stuffing is told by repeats. Stuffing is wrong work, not missing: at most S.
    {
      op: 'notStuffed',
      field: 'data.seo.metaDescription',
      value: p.keyword ?? '{{keyword}}',
      maxRepeats: 2,
      maxDensity: 0.4,
      weight: 0,
      ceiling: 'S',
      label: 'méta-description sans bourrage de l’expression clé',
    },
  ],
});

export const metaDescriptionLength = define({
  id: 'article.metaDescriptionLength',
  title: 'Méta-description de 120 à 160 caractères',
  description:
    'La méta-description de l’article publié compte entre `min` et `max` caractères (120 à 160 par défaut, longueur que les moteurs affichent), espaces compris.',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.seo.metaDescription'],
  evidence: 'state',
  criteria: ['C2'],
  parameters: [
    { name: 'min', description: 'Nombre minimal de caractères', default: 120 },
    { name: 'max', description: 'Nombre maximal de caractères', default: 160 },
    contentType,
  ],
  ruleTitle: (p) => `Méta-description de ${p.min ?? 120} à ${p.max ?? 160} caractères`,
  where: (p: ContentParams & { min?: number; max?: number }) => [
    ofType(p),
    { op: 'lengthBetween', field: 'data.seo.metaDescription', min: p.min ?? 120, max: p.max ?? 160 },
  ],
});

export const imagesWithAlt = define({
  id: 'article.imagesWithAlt',
  title: 'Toutes les images avec un texte alternatif',
  description:
    'L’article publié contient au moins `minImages` image(s) (1 par défaut) et aucune image sans texte alternatif (attribut alt).',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.images.total', 'data.images.missingAlt'],
  evidence: 'state',
  criteria: ['C2'],
  parameters: [{ name: 'minImages', description: 'Nombre minimal d’images', default: 1 }, contentType],
  where: (p: ContentParams & { minImages?: number }) => [
    ofType(p),
    { op: 'gte', field: 'data.images.total', value: p.minImages ?? 1 },
    { op: 'equals', field: 'data.images.missingAlt', value: 0 },
  ],
});

export const wordsAtLeast = define({
  id: 'article.wordsAtLeast',
  title: 'Au moins 150 mots',
  description:
    'L’article publié compte au moins `words` mots (150 par défaut), d’après le décompte de l’éditeur relevé par la capture. Un texte de remplissage (phrases répétées, vocabulaire très pauvre) limite la question à I : la longueur n’y est qu’apparente ; une allégation de santé interdite (« fait maigrir », « guérit ») aussi.',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.wordCount', 'data.text'],
  evidence: 'state',
  criteria: ['C1'],
  parameters: [{ name: 'words', description: 'Nombre minimal de mots', default: 150 }, contentType],
  ruleTitle: (p) => `Au moins ${p.words ?? 150} mots`,
  where: (p: ContentParams & { words?: number }) => [
    ofType(p),
    { op: 'wordsAtLeast', field: 'data.wordCount', value: p.words ?? 150 },
    // Filler is not a shorter text but an unusable one: the whole question is at most I.
    notFiller('texte sans remplissage'),
    noHealthClaim(),
  ],
});

export const pagePublished = define({
  id: 'page.published',
  title: 'Page publiée',
  description:
    'Une page (pas un article) est publiée et l’est encore à la fin. Avec `title`, son titre doit contenir ce texte (casse, accents et espaces ignorés).',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.title'],
  evidence: 'state',
  criteria: ['C1', 'C3'],
  parameters: [{ name: 'title', description: 'Texte que le titre doit contenir (facultatif)' }],
  where: (p: { title?: string }) => [
    { op: 'equals', field: 'data.contentType', value: 'page', required: true },
    ...(p.title === undefined
      ? []
      : [{ op: 'contains', field: 'data.title', value: p.title, tolerant: TEXT } as const]),
  ],
});

export const privacyPolicyPagePublished = define({
  id: 'privacy.policyPagePublished',
  title: 'Page de politique de confidentialité publiée',
  description:
    'Une page dont le titre parle de confidentialité (« Politique de confidentialité », « Privacy Policy ») est publiée et l’est encore à la fin. Complète `privacy.policyPageSet`, qui vérifie le réglage.',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.title'],
  evidence: 'state',
  criteria: ['C7'],
  where: () => [
    { op: 'equals', field: 'data.contentType', value: 'page', required: true },
    { op: 'matches', field: 'data.title', pattern: 'confidentialit|privacy', flags: 'i', required: true },
  ],
});

export const articleStructured = define({
  id: 'article.structured',
  title: 'Article structuré : intertitres et liste',
  description:
    'Le texte de l’article publié compte au moins `headings` intertitres (2 par défaut) et `lists` liste(s) à puces ou numérotée(s) (1 par défaut), lus dans son balisage. Noté en partie : un intertitre sur deux compte pour moitié.',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.text'],
  evidence: 'state',
  criteria: ['C1'],
  parameters: [
    { name: 'headings', description: 'Nombre minimal d’intertitres', default: 2 },
    { name: 'lists', description: 'Nombre minimal de listes', default: 1 },
    contentType,
  ],
  where: (p: ContentParams & { headings?: number; lists?: number }) => [
    ofType(p),
    { op: 'structured', field: 'data.text', headings: p.headings ?? 2, lists: p.lists ?? 1, links: 0 },
  ],
});

export const articleMentions = define({
  id: 'article.mentions',
  title: 'Mentions attendues dans l’article',
  description:
    'Le texte de l’article publié mentionne chacune des valeurs `values` (un code promo, une date, un montant, un appel à l’action…), casse, accents, ponctuation et espaces ignorés (« 5 % » = « 5% »). Noté en partie : chaque mention compte pour sa part.',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.text'],
  evidence: 'state',
  criteria: ['C1'],
  parameters: [
    {
      name: 'values',
      description: 'Textes à mentionner, séparés par « ; » (p. ex. {{voucher}} ; 30 avril)',
      default: '{{voucher}}',
    },
    contentType,
  ],
  ruleTitle: (p) => `Article mentionnant ${listOf(p.values).join(', ')}`,
  where: (p: ContentParams & { values?: string | string[] }) => [
    ofType(p),
    { op: 'mentions', field: 'data.text', values: listOf(p.values) },
  ],
});
