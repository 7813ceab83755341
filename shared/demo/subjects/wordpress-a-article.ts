/**
 * Rules of question 1 of the demo WordPress subject (the article): one rule per requirement of
 * the question, so that a near miss costs its share and no more.
 */
import { inSentences, noHealthClaim } from '../../rules/library/index.ts';
import type { Condition, EvidenceRuleInput } from '../../schema/rule.ts';
import { SLUG_TOLERANT, TOLERANT } from '../company.ts';

/**
 * An alternative text that repeats a few words (« thé coffret thé printemps thé ») describes
 * nothing: wrong work, not missing work, so it caps the question at S instead of costing a share.
 * A real description varies its words (a 10-word one has 9 or 10 distinct words).
 */
export const ALT_NOT_STUFFED: Condition = {
  op: 'notRepetitive',
  field: 'data.featuredImage.alt',
  maxRepeated: 1,
  minVariety: 0.7,
  // No alt at all is missing work (the length check costs it), not a stuffed one.
  ifAny: true,
  weight: 0,
  ceiling: 'S',
  label: 'texte alternatif descriptif, pas une suite de mots répétés',
};

/**
 * A file name (« coffrets-printemps.jpg ») is not a description of the image either: the alt
 * is filled but says nothing to a reader who cannot see it — wrong, not missing (at most S).
 */
export const ALT_NOT_FILE_NAME: Condition = {
  op: 'matches',
  field: 'data.featuredImage.alt',
  pattern: '^[^ ]+[.](jpe?g|png|gif|webp|svg|avif)$',
  flags: 'i',
  negate: true,
  weight: 0,
  ceiling: 'S',
  label: 'texte alternatif descriptif, pas un nom de fichier',
};

/** Annex 2's water temperature for each tea of the range. */
const ANNEX_2_TEMPERATURES: readonly (readonly [string, number])[] = [
  ['Sencha', 75],
  ['Gyokuro', 60],
  ['Genmaicha', 80],
  ['Long Jing', 80],
  ['Gunpowder', 80],
  ['Bancha', 85],
];

/** Two-digit degrees (and 100) at least `margin` away from `right`, as a pattern alternation. */
const degreesOtherThan = (right: number, margin = 8): string => {
  const tens = new Map<string, string>();
  for (let n = 40; n < 100; n += 1)
    if (Math.abs(n - right) >= margin)
      tens.set(String(n)[0]!, (tens.get(String(n)[0]!) ?? '') + String(n)[1]);
  return [
    ...[...tens].map(([ten, units]) => (units.length === 10 ? `${ten}[0-9]` : `${ten}[${units}]`)),
    '100',
  ].join('|');
};

/**
 * The list of infusion marks gives each tea annex 2's temperature: a tea given a clearly other
 * one (the Gyokuro at 85 °C, figures swapped between two lines) is a wrong mark handed to
 * customers — done, but wrong (at most S). The first temperature after the tea's name within
 * the line is read; a range around the right value (« 70–80 °C » for a Sencha) is no error.
 */
const rightTemperature = (tea: string, degrees: number): Condition => ({
  op: 'matches',
  field: 'data.text',
  pattern: `${tea}[^\\n°]{0,40}?\\b(?:${degreesOtherThan(degrees)}) ?°`,
  flags: 'i',
  negate: true,
  weight: 0,
  ceiling: 'S',
  label: `repère juste pour le ${tea} (${degrees} °C, annexe 2)`,
});

/**
 * The articles questions 4 and 5 work on are published: an edit that leaves one in draft,
 * pending review or the bin takes it off the blog before the campaign — the task done, and
 * something else broken (at most I). An event without a status (a save of other fields) holds.
 */
export const STILL_ONLINE: Condition = {
  op: 'matches',
  field: 'data.status',
  pattern: '^(draft|pending|private|trash|future|auto-draft)$',
  negate: true,
  weight: 0,
  ceiling: 'I',
  label: 'article laissé en ligne (ni brouillon ni corbeille)',
};

/**
 * Annex 2's temperatures run from 60 to 85 °C: a text that gives another one (boiling water)
 * gives wrong advice — wrong work, not a missing detail (at most I). Only a wrong number fails.
 */
export const noWrongTemperature = (label?: string): Condition => ({
  op: 'numbersWithin',
  field: 'data.text',
  unit: '°C',
  min: 60,
  max: 85,
  ifAny: true,
  weight: 0,
  ceiling: 'I',
  ...(label ? { label } : {}),
});

export const ARTICLE_RULES: EvidenceRuleInput[] = [
  {
    id: 'q1-published',
    title: 'Article publié',
    criteria: ['C1'],
    kind: 'content.published',
    where: [
      { op: 'equals', field: 'data.contentType', value: 'post', required: true },
      // A title over « Article en cours de rédaction » is a placeholder made public, nothing a
      // reader can use: the question is not done (TI), whatever the title and SEO fields say.
      // Two short sentences (16 words) are a poor article, not a placeholder (first set).
      {
        op: 'gte',
        field: 'data.wordCount',
        value: 10,
        weight: 0,
        ceiling: 'TI',
        label: 'un article rédigé, pas un texte d’attente (10 mots au moins)',
      },
    ],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q1-title',
    title: 'Expression clé dans le titre',
    criteria: ['C1', 'C2'],
    kind: 'content.published',
    where: [
      { op: 'equals', field: 'data.contentType', value: 'post', required: true },
      { op: 'contains', field: 'data.title', value: '{{keyword}}', tolerant: TOLERANT },
    ],
    evidence: 'state',
    weight: 2,
  },
  {
    id: 'q1-text',
    title: 'Texte reformulé d’au moins 150 mots, sans remplissage',
    description: 'Au plus 40 % du texte repris mot à mot de l’annexe 1 (suites de 6 mots).',
    criteria: ['C1'],
    kind: 'content.published',
    where: [
      { op: 'equals', field: 'data.contentType', value: 'post', required: true },
      { op: 'gte', field: 'data.wordCount', value: 60, required: true },
      { op: 'gte', field: 'data.wordCount', value: 150 },
      // Copying the annex is the main way to miss this requirement: it weighs most.
      { op: 'reformulated', field: 'data.text', annex: 'annexe-1-texte', maxCopied: 0.4, weight: 3 },
      // Filler is not a shorter text but an unusable one: the whole question is at most I.
      { op: 'notRepetitive', field: 'data.text', ceiling: 'I' },
      // A list that says 100 °C (boiling water) gives readers wrong advice, against the annex.
      noWrongTemperature('aucune température contraire à l’annexe 2 (60 à 85 °C)'),
      // A text typed without its accents is published with spelling mistakes in every line:
      // done, but it damages the brand's image (at most S).
      {
        op: 'accented',
        field: 'data.text',
        weight: 0,
        ceiling: 'S',
        label: 'texte écrit avec ses accents (orthographe soignée)',
      },
      // Telegraphic notes published as they are (« Nouveautés printemps : 6 thés verts bio 1re
      // récolte. Japon… ») are not an article a customer can read: at most I.
      inSentences('article rédigé en phrases (pas des notes télégraphiques)', 'I'),
      // « Thé vert bio » in every sentence (« notre thé vert bio est le meilleur thé vert bio »)
      // writes for a search engine, not for customers, and search engines penalise it: the
      // article is unusable as asked (at most I). A few uses in a long text are optimisation.
      {
        op: 'notStuffed',
        field: 'data.text',
        value: '{{keyword}}',
        maxRepeats: 12,
        maxDensity: 0.12,
        weight: 0,
        ceiling: 'I',
        label: 'texte non suroptimisé (l’expression clé pas à chaque phrase)',
      },
      noHealthClaim(),
    ],
    evidence: 'state',
    weight: 3,
  },
  {
    id: 'q1-structure',
    title: 'Intertitres et liste des repères d’infusion',
    criteria: ['C1'],
    kind: 'content.published',
    where: [
      { op: 'equals', field: 'data.contentType', value: 'post', required: true },
      { op: 'structured', field: 'data.text', headings: 2, lists: 1 },
      ...ANNEX_2_TEMPERATURES.map(([tea, degrees]) => rightTemperature(tea, degrees)),
    ],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q1-call-to-action',
    title: 'Appel à l’action : atelier et code {{voucher}}',
    criteria: ['C1'],
    kind: 'content.published',
    where: [
      { op: 'equals', field: 'data.contentType', value: 'post', required: true },
      { op: 'mentions', field: 'data.text', values: ['{{voucher}}', '5 %', 'atelier', '30 avril'] },
      // Annex 1's facts: the workshop on Saturday 12 April, the offer until 30 April. Another day
      // of April sends customers on the wrong date (done, with wrong information: at most S).
      {
        op: 'numbersAmong',
        field: 'data.text',
        unit: 'avril',
        values: [12, 30],
        tolerance: 0,
        weight: 0,
        ceiling: 'S',
        label: 'dates de l’annexe exactes (atelier le 12 avril, offre jusqu’au 30 avril)',
      },
      // The offer is 5 % (« 100 % bio » is no rate): « 10 % avec OLEANE5 » promises customers a
      // reduction the shop will not give (at most S).
      {
        op: 'numbersAmong',
        field: 'data.text',
        unit: '%',
        values: [5, 100],
        tolerance: 0,
        weight: 0,
        ceiling: 'S',
        label: 'taux de l’offre exact (5 %)',
      },
    ],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q1-taxonomy',
    title: 'Catégorie Nouveautés et au moins deux étiquettes',
    criteria: ['C2'],
    kind: 'content.published',
    where: [
      { op: 'equals', field: 'data.contentType', value: 'post', required: true },
      { op: 'contains', field: 'data.categories', value: 'Nouveautés', tolerant: TOLERANT },
      { op: 'lengthBetween', field: 'data.tags', min: 2, max: 30 },
    ],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q1-image',
    title: 'Image mise en avant avec un texte alternatif descriptif',
    criteria: ['C1', 'C2'],
    kind: 'content.published',
    where: [
      { op: 'equals', field: 'data.contentType', value: 'post', required: true },
      { op: 'exists', field: 'data.featuredImage.url', value: true },
      { op: 'lengthBetween', field: 'data.featuredImage.alt', min: 15, max: 150 },
      {
        op: 'notStuffed',
        field: 'data.featuredImage.alt',
        value: '{{keyword}}',
        maxRepeats: 1,
        // The expression once in a short alt (« Thé vert bio en feuilles ») is no stuffing.
        maxDensity: 0.8,
      },
      ALT_NOT_STUFFED,
      ALT_NOT_FILE_NAME,
      // The banner of annex 3, or an image of the site's media library: a picture linked from
      // another website (rights unknown, may vanish) is done, not as a company may publish (at
      // most S). A relative address or WordPress's uploads are the site's own.
      {
        op: 'matches',
        field: 'data.featuredImage.url',
        pattern: '^/|/wp-content/uploads/|^data:image/',
        weight: 0,
        ceiling: 'S',
        label: 'image du site (bannière de l’annexe 3 ou médiathèque), pas une image du web',
      },
    ],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q1-seo',
    title: 'Slug et méta description optimisés pour l’expression clé',
    criteria: ['C2'],
    kind: 'content.published',
    where: [
      { op: 'equals', field: 'data.contentType', value: 'post', required: true },
      { op: 'contains', field: 'data.slug', value: '{{keyword}}', tolerant: SLUG_TOLERANT },
      // « Un slug court » : the whole title as slug (WordPress's default) is not one.
      {
        op: 'lengthBetween',
        field: 'data.slug',
        min: 3,
        max: 50,
        label: 'slug court (50 caractères au plus)',
      },
      { op: 'contains', field: 'data.seo.metaDescription', value: '{{keyword}}', tolerant: TOLERANT },
      { op: 'lengthBetween', field: 'data.seo.metaDescription', min: 120, max: 160 },
      // Stuffing is wrong, not missing; the description is one requirement of seven: no TS.
      {
        op: 'notStuffed',
        field: 'data.seo.metaDescription',
        value: '{{keyword}}',
        maxRepeats: 2,
        // A 120–160 character description is about 20 words: the three-word expression once is
        // already 15 % of them (the 8 % default density would call one use stuffing).
        maxDensity: 0.4,
        ceiling: 'S',
      },
    ],
    evidence: 'state',
    weight: 2,
  },
];
