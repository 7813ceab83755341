/**
 * Rules of the demo e-commerce subject: one rule per requirement of each question, values
 * checked against the subject's data (price, stock, 5 % not 5 €, end date), near misses
 * counted in part, and a question's level never pretending to judge what the examiner must
 * (the `examinerAspects` next to each question).
 *
 * Weights follow the level meanings, the same way in every question: the question's core
 * (what makes the work « done and usable ») weighs about 55 % of the question, so that it
 * alone reaches S; the precise requirements make up the rest up to TS; a follow-up step in
 * the back office that the question asks after its core (announce page, order status,
 * category: ecommerce-a-shop-rules.ts) weighs 0.5, under a tenth of the question. Thresholds
 * are the same for every question (`SHOP_THRESHOLDS`).
 */

import { noHealthClaim, notTheQuestion } from '../../rules/library/index.ts';
import type { EvidenceRuleInput } from '../../schema/rule.ts';
import { CASE_ONLY, SLUG_TOLERANT, TOLERANT } from '../company.ts';
import { offerDates, Q3_VOUCHER_EXISTS } from './ecommerce-a-shop-rules.ts';

const theProduct = {
  op: 'contains',
  field: 'data.name',
  value: '{{product}}',
  tolerant: TOLERANT,
  required: true,
} as const;
const theCode = {
  op: 'equals',
  field: 'data.code',
  value: '{{voucher}}',
  tolerant: CASE_ONLY,
  required: true,
} as const;
/** The candidate's note of one question. */
export const noteOf = (questionId: string) =>
  ({ op: 'equals', field: 'data.questionId', value: questionId, required: true }) as const;

/**
 * I from 10 % of the weight (something of the question started), S from 50 % (its core done),
 * TS from 90 % (everything, a near miss or a follow-up step aside).
 */
export const SHOP_THRESHOLDS = { I: 0.1, S: 0.5, TS: 0.9 } as const;

export const PRODUCT_RULES: EvidenceRuleInput[] = [
  {
    id: 'q1-price',
    title: 'Prix TTC de 9,90 €',
    criteria: ['C1'],
    kind: 'commerce.productSaved',
    where: [
      theProduct,
      // A price saved but wrong (8,25 € entered without tax) sells the product at the wrong
      // price: wrong work, not a missing detail (at most I).
      { op: 'between', field: 'data.price', min: 9.85, max: 9.95, ceiling: 'I' },
    ],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q1-stock',
    title: 'Stock de 80',
    criteria: ['C1'],
    kind: 'commerce.productSaved',
    where: [theProduct, { op: 'equals', field: 'data.stock', value: 80 }],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q1-description',
    title: 'Catégorie Thés verts et description courte de 200 à 300 caractères',
    criteria: ['C1'],
    kind: 'commerce.productSaved',
    where: [
      theProduct,
      { op: 'contains', field: 'data.category', value: 'Thés verts', tolerant: SLUG_TOLERANT },
      // A usable summary a few characters off the range is a near miss, not a missing one.
      {
        op: 'between',
        field: 'data.shortDescriptionLength',
        min: 150,
        max: 350,
        weight: 2,
        label: 'description courte de longueur proche (150 à 350 caractères)',
      },
      { op: 'between', field: 'data.shortDescriptionLength', min: 200, max: 300 },
    ],
    evidence: 'state',
    weight: 2,
  },
  {
    id: 'q1-summary-keyword',
    title: 'Description courte contenant « {{keyword}} »',
    description: 'Lu dans le texte visible du résumé enregistré (balises retirées).',
    criteria: ['C1', 'C2'],
    kind: 'commerce.productSaved',
    where: [
      theProduct,
      { op: 'contains', field: 'data.shortDescription', value: '{{keyword}}', tolerant: TOLERANT },
      // A summary that only repeats the expression is filler, not a description (at most I).
      {
        op: 'notRepetitive',
        field: 'data.shortDescription',
        minVariety: 0.5,
        // An empty summary is missing work (its own checks cost it), not filler.
        ifAny: true,
        weight: 0,
        ceiling: 'I',
        label: 'description courte rédigée, pas une répétition de l’expression',
      },
      // The supplier's sheet (annex 1): a Japanese green tea from Yame, infused at 60–85 °C.
      // A summary that sends buyers elsewhere misinforms them (at most I).
      {
        op: 'numbersWithin',
        field: 'data.shortDescription',
        unit: '°C',
        min: 60,
        max: 85,
        ifAny: true,
        weight: 0,
        ceiling: 'I',
        label: 'aucune température contraire à la fiche (60 à 85 °C)',
      },
      {
        op: 'matches',
        field: 'data.shortDescription',
        pattern: 'bouill|chin(?:e|ois)|inde|ceylan',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'aucune information contraire à la fiche fournisseur (origine, eau bouillante)',
      },
      noHealthClaim(undefined, 'I', 'data.shortDescription'),
      offerDates('data.shortDescription'),
    ],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q1-seo',
    title: 'Balise titre, méta description et URL simplifiée optimisées',
    criteria: ['C2'],
    kind: 'commerce.productSaved',
    where: [
      theProduct,
      { op: 'contains', field: 'data.metaTitle', value: '{{keyword}}', tolerant: TOLERANT },
      // A title tag of about a hundred characters is cut in the results (about 60–70 shown).
      {
        op: 'lengthBetween',
        field: 'data.metaTitle',
        min: 10,
        max: 70,
        label: 'balise titre de 70 caractères au plus (pas tronquée)',
      },
      { op: 'lengthBetween', field: 'data.metaDescription', min: 120, max: 160 },
      // A 120–160 character description is about 20 words: the three-word expression once is
      // already 15 % of them, so stuffing is told by repeats, not by the 8 % default density.
      {
        op: 'notStuffed',
        field: 'data.metaDescription',
        value: '{{keyword}}',
        maxRepeats: 2,
        maxDensity: 0.4,
        // Stuffing is wrong, not missing; SEO is one requirement of the sheet: no TS.
        ceiling: 'S',
      },
      { op: 'contains', field: 'data.friendlyUrl', value: '{{keyword}}', tolerant: SLUG_TOLERANT },
    ],
    evidence: 'state',
    weight: 2,
  },
];

export const VOUCHER_RULES: EvidenceRuleInput[] = [
  {
    id: 'q2-voucher-code',
    title: 'Bon {{voucher}} créé à 5 % (et non 5 €)',
    criteria: ['C6'],
    kind: 'commerce.voucherCreated',
    where: [
      theCode,
      { op: 'equals', field: 'data.reductionPercent', value: 5, weight: 2 },
      // A rate of 10 % or more (50 % for 5 %) gives the margin away: wrong work (at most I).
      // 5 € instead of 5 % stays a share (the question's classic confusion, explained orally).
      {
        op: 'matches',
        field: 'data.reductionPercent',
        pattern: '^[1-9][0-9]',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'aucun taux démesuré (10 % ou plus)',
      },
      // « 0,05 » typed for 5 %: a rate under 1 % gives customers nothing of the offer announced
      // (wrong work, at most I).
      {
        op: 'matches',
        field: 'data.reductionPercent',
        pattern: '^0',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'aucun taux dérisoire (moins de 1 %)',
      },
      // « Expliquez en quoi ces restrictions protègent la marge »: a voucher left open to every
      // basket, any number of times per customer (the form's 9999), protects nothing — the
      // operation the question builds is not there (at most I). One of the two limits set,
      // even wrong, is a restriction (the limits' own rule weighs how right it is).
      {
        op: 'between',
        field: 'data.quantity',
        orFields: ['data.quantityPerUser'],
        min: 1,
        max: 1000,
        weight: 0,
        ceiling: 'I',
        label: 'bon restreint (nombre de paniers limité ou une fois par client)',
      },
    ],
    evidence: 'process',
    weight: 3,
  },
  {
    id: 'q2-voucher-limits',
    title: 'Bon nommé et limité à 30 utilisations, une par client',
    criteria: ['C6'],
    kind: 'commerce.voucherCreated',
    // Any voucher the candidate created: limits set right on a voucher whose code is wrong are
    // still work done (the code's own rule already costs the mistake).
    where: [
      // « nom : Printemps des thés verts bio »: the name customers see in their cart.
      {
        op: 'contains',
        field: 'data.name',
        value: 'Printemps',
        tolerant: TOLERANT,
        label: 'bon nommé « Printemps des thés verts bio »',
      },
      { op: 'equals', field: 'data.quantity', value: 30 },
      { op: 'equals', field: 'data.quantityPerUser', value: 1 },
      // A voucher usable a handful of times in all (the two fields swapped: 1 in total) is not
      // the offer for the first buyers: the operation is defeated (at most I).
      {
        op: 'between',
        field: 'data.quantity',
        min: 10,
        max: 1000000,
        weight: 0,
        ceiling: 'I',
        label: 'bon utilisable par les premiers acheteurs (10 utilisations au moins)',
      },
      // A minimum purchase nobody asked for refuses the offer to small baskets.
      {
        op: 'matches',
        field: 'data.minimumAmount',
        pattern: '^[1-9]',
        negate: true,
        label: 'aucun minimum d’achat non demandé',
      },
    ],
    evidence: 'process',
    weight: 1,
  },
  {
    id: 'q2-voucher-dates',
    title: 'Bon valable dès sa création et jusqu’au 31 mai',
    criteria: ['C6'],
    kind: 'commerce.voucherCreated',
    where: [
      { op: 'sameDate', field: 'data.validTo', value: '31 mai' },
      // « Valable à partir d’aujourd’hui »: a voucher that starts tomorrow refuses the day's first
      // buyers, one that starts next year the whole operation. (The event's day is UTC's: a
      // voucher created in Paris between midnight and two o'clock would read as tomorrow's;
      // exams do not run then.)
      {
        op: 'notAfterEventDay',
        field: 'data.validFrom',
        graceDays: 0,
        label: 'bon utilisable dès maintenant (date de début)',
      },
      // An end date already past (the year typed wrong): the code is expired before the
      // operation starts and no customer can use it — wrong work, not missing (at most I).
      {
        op: 'notBeforeEventDay',
        field: 'data.validTo',
        graceDays: 1,
        weight: 0,
        ceiling: 'I',
        label: 'bon pas déjà expiré (date de fin)',
      },
    ],
    evidence: 'process',
    weight: 1,
  },
];

export const CART_RULES: EvidenceRuleInput[] = [
  {
    id: 'q3-cart',
    title: 'Produit ajouté au panier en boutique',
    criteria: ['C6'],
    kind: 'commerce.cartChanged',
    where: [
      { op: 'equals', field: 'data.action', value: 'add', required: true },
      // Another product than the one the offer is tested on is a wrong test, not a partial one.
      {
        op: 'equals',
        field: 'data.productId',
        value: '{{productId}}',
        ceiling: 'I',
        label: 'le produit demandé',
      },
    ],
    evidence: 'process',
    weight: 1,
  },
  Q3_VOUCHER_EXISTS,
  {
    id: 'q3-voucher-tested',
    title: 'Code {{voucher}} essayé dans le panier',
    description:
      'Accepté ou refusé : un refus signalé à l’examinateur est un test réussi. Essayé avant que le bon existe, il ne teste pas l’offre.',
    criteria: ['C6', 'C7'],
    kind: 'commerce.voucherApplied',
    // The question asks to test the code and report any anomaly: a refusal is a finding, so
    // whether the shop accepted the code is not a check of the candidate's test.
    where: [theCode],
    // « Avant d’annoncer l’offre, vérifiez qu’elle fonctionne » : the offer is the voucher of
    // question 2; a code refused because nothing was created yet tests nothing.
    after: 'q3-voucher-exists',
    evidence: 'process',
    // Testing the code is what the question is for (« Tester le code ») : it weighs most, so
    // totals noted without the code ever tried stay below half.
    weight: 3,
  },
  {
    id: 'q3-totals-noted',
    title: 'Totaux avant et après réduction relevés dans les notes',
    criteria: ['C7'],
    kind: 'task.noteSaved',
    where: [
      noteOf('q3'),
      notTheQuestion('q3'),
      {
        op: 'matches',
        field: 'data.text',
        pattern: '[0-9]{1,4}[,.][0-9]{2}[^0-9]{1,300}[0-9]{1,4}[,.][0-9]{2}',
      },
      // The figures must be the ones the cart showed: before and after differ by the 5 % of the
      // offer (« 9,90 € puis 9,50 € » is a wrong reading, whatever the price in the shop).
      {
        op: 'reducedBy',
        field: 'data.text',
        percent: 5,
        // The reduction applies to the products, not the shipping: notes giving only the totals
        // with shipping (« 14,80 € puis 14,30 € ») are read against one to three Gyokuro.
        of: [9.9, 19.8, 29.7],
        label: 'totaux cohérents avec la réduction de 5 %',
      },
    ],
    evidence: 'state',
    weight: 1,
  },
];

export const EXAMINER_ASPECTS: Record<string, string[]> = {
  q1: [
    'Qualité commerciale de la description (donne-t-elle envie ?)',
    'Contrôle de la fiche en front office, à l’oral',
  ],
  q2: ['Explication orale des restrictions qui protègent la marge'],
  q3: ['Anomalies constatées et signalées à l’examinateur'],
  q4: ['Courtoisie et préservation de la relation client', 'Pertinence de la solution proposée'],
  q5: ['Justesse des calculs et du raisonnement commercial'],
};
