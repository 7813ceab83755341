/**
 * Rules of the e-commerce demo subject that use the shop's catalogue and order pages: a CMS page
 * (question 2), an order status (question 4), a category with its SEO fields (question 5).
 * Their events come from the PrestaShop detectors (prestashop.cms-page, .order-status,
 * .category) and the demo site's back office (demo.catalog-forms). Kept beside the subject
 * so that the subject file stays within the size limit.
 */
import { inSentences } from '../../rules/library/index.ts';
import type { EvidenceRuleInput } from '../../schema/rule.ts';
import { TOLERANT } from '../company.ts';

type Rule = EvidenceRuleInput;

/**
 * The offer runs until 31 May (question 2): a text that gives customers another end (« jusqu’au
 * 30 avril ») promises what the voucher will not do — done, with a wrong fact (at most S).
 */
export const offerDates = (field: string) =>
  ({
    op: 'matches',
    field,
    pattern: '\\b(?:[0-9]|[12][0-9]|30) mai|[0-9] (?:mars|avril|juin|juillet)',
    flags: 'i',
    negate: true,
    weight: 0,
    ceiling: 'S',
    label: 'dates de l’offre exactes (jusqu’au 31 mai)',
  }) as const;

export const Q2_CMS_PAGE = {
  id: 'q2-cms-page',
  title: 'Page d’information de l’offre publiée (80 mots au moins, code et conditions, méta description)',
  criteria: ['C6'],
  kind: 'content.published',
  where: [
    { op: 'equals', field: 'data.contentType', value: 'cms-page' },
    { op: 'contains', field: 'data.title', value: 'Printemps', tolerant: TOLERANT },
    { op: 'between', field: 'data.wordCount', min: 80, max: 100000 },
    { op: 'lengthBetween', field: 'data.seo.metaDescription', min: 50, max: 160 },
    // « le code et ses conditions » : what a customer must know to use it, in the page's words
    // (an enthusiastic page without them, or with another end date, is not the offer).
    {
      op: 'mentions',
      field: 'data.text',
      values: [
        ['{{voucher}}'],
        ['5 %', 'cinq pour cent'],
        ['31 mai'],
        ['une fois', 'une seule fois', 'un seul usage', 'une utilisation', 'par client'],
        ['30 premi*', 'trente premi*', '30 paniers', '30 commandes', '30 utilisations'],
      ],
      weight: 2,
      label: 'page qui donne le code et ses conditions (5 %, 31 mai, une fois par client, 30 paniers)',
    },
    // « Expliquez à l’examinateur » how the limits protect the margin: said to customers on the
    // offer's page, that internal argument spoils the offer (at most S).
    {
      op: 'matches',
      field: 'data.text',
      pattern: 'marge',
      flags: 'i',
      negate: true,
      weight: 0,
      ceiling: 'S',
      label: 'page pour les clients, sans argument interne (la marge)',
    },
    // A page customers read: telegraphic notes published as it are not one (at most I).
    inSentences('page rédigée en phrases (pas des notes télégraphiques)', 'I'),
    offerDates('data.text'),
  ],
  evidence: 'process',
  // A deliverable the question names, after its core: a small share of the ratio, but TS (« everything
  // asked ») needs it — weight 1, not a secondary step (below 1, see shared/rules/levels.ts).
  weight: 1,
} satisfies Rule;

/** The anchor of question 3's test: the code is tried after a voucher exists. */
export const Q3_VOUCHER_EXISTS: Rule = {
  id: 'q3-voucher-exists',
  title: 'Un bon de réduction créé (question 2)',
  description: 'Le repère du test qui suit : il ne pèse rien par lui-même.',
  criteria: ['C6'],
  kind: 'commerce.voucherCreated',
  // Any voucher, whatever its code: a candidate who tests the code of a voucher created
  // wrong, and reports the refusal, has tested the offer (issue 14, class 2).
  where: [],
  evidence: 'process',
  weight: 0,
};

/**
 * « Il n’est pas nécessaire de valider la commande »: an order placed to test the code is a
 * fake order in the shop, and uses one of the 30 vouchers (at most S). A guard: it weighs
 * nothing and caps only when an order is placed.
 */
export const Q3_NO_TEST_ORDER: Rule = {
  id: 'q3-no-test-order',
  title: 'Aucune commande fictive validée',
  criteria: ['C6'],
  kind: 'commerce.orderPlaced',
  where: [
    {
      op: 'exists',
      field: 'data.orderId',
      value: false,
      ceiling: 'S',
      label: 'commande de test non validée',
    },
  ],
  evidence: 'process',
  weight: 0,
};

export const Q4_ORDER_STATUS = {
  id: 'q4-order-status',
  title: 'Commande de la cliente passée à l’état « Retour accepté »',
  criteria: ['C7'],
  kind: 'settings.changed',
  where: [
    { op: 'equals', field: 'data.area', value: 'order-status' },
    { op: 'matches', field: 'data.changes.statusName', pattern: 'retour', flags: 'i' },
    // Not checked: which order. Mme Fontaine's is CMD-0409 on the demo site and another number
    // on each centre's PrestaShop; the examiner sees the order in the evidence.
  ],
  evidence: 'process',
  // A deliverable the question names, after its core: a small share of the ratio, but TS (« everything
  // asked ») needs it — weight 1, not a secondary step (below 1, see shared/rules/levels.ts).
  weight: 1,
} satisfies Rule;

export const Q5_CATEGORY = {
  id: 'q5-category',
  title: 'Catégorie « Sélection de printemps » créée avec sa méta description',
  criteria: ['C6'],
  kind: 'settings.changed',
  where: [
    { op: 'equals', field: 'data.area', value: 'category' },
    {
      op: 'contains',
      field: 'data.changes.name',
      value: 'Sélection de printemps',
      tolerant: TOLERANT,
    },
    { op: 'lengthBetween', field: 'data.changes.metaDescription', min: 120, max: 160 },
    // « qui accueillera les deux produits »: a category left inactive is invisible on the site.
    {
      op: 'matches',
      field: 'data.changes.active',
      pattern: '^false$',
      negate: true,
      label: 'catégorie active (visible sur le site)',
    },
  ],
  evidence: 'process',
  // A deliverable the question names, after its core: a small share of the ratio, but TS (« everything
  // asked ») needs it — weight 1, not a secondary step (below 1, see shared/rules/levels.ts).
  weight: 1,
} satisfies Rule;
