/**
 * Articles and pages (WordPress): published, with the keyword where search engines read it,
 * long enough, with described images and a meta description of the right length.
 * All are *state* rules: the last save of the content decides (see shared/rules/README.md).
 */
import type { Condition } from '../../schema/rule.ts';
import { define, SLUG, TEXT } from './define.ts';

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
    'La méta-description de l’article publié (champ SEO, p. ex. Yoast) contient l’expression clé, casse, accents et espaces ignorés.',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.seo.metaDescription'],
  evidence: 'state',
  criteria: ['C2'],
  parameters: [keyword, contentType],
  where: (p: KeywordParams) => [
    ofType(p),
    { op: 'contains', field: 'data.seo.metaDescription', value: p.keyword ?? '{{keyword}}', tolerant: TEXT },
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
    'L’article publié compte au moins `words` mots (150 par défaut), d’après le décompte de l’éditeur relevé par la capture.',
  cms: ['wordpress'],
  kind: 'content.published',
  reads: ['data.contentType', 'data.wordCount'],
  evidence: 'state',
  criteria: ['C1'],
  parameters: [{ name: 'words', description: 'Nombre minimal de mots', default: 150 }, contentType],
  ruleTitle: (p) => `Au moins ${p.words ?? 150} mots`,
  where: (p: ContentParams & { words?: number }) => [
    ofType(p),
    { op: 'wordsAtLeast', field: 'data.wordCount', value: p.words ?? 150 },
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
