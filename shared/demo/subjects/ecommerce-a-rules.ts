/**
 * Rules of the demo e-commerce subject: one rule per requirement of each question, values
 * checked against the subject's data (price, stock, 5 % not 5 €, end date), near misses
 * counted in part, and a question's level never pretending to judge what the examiner must
 * (the `examinerAspects` next to each question).
 */
import type { EvidenceRuleInput } from '../../schema/rule.ts';
import { CASE_ONLY, SLUG_TOLERANT, TOLERANT } from '../company.ts';

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
const noteOf = (questionId: string) =>
  ({ op: 'equals', field: 'data.questionId', value: questionId, required: true }) as const;

export const PRODUCT_RULES: EvidenceRuleInput[] = [
  {
    id: 'q1-price',
    title: 'Prix TTC de 9,90 €',
    criteria: ['C1'],
    kind: 'commerce.productSaved',
    where: [theProduct, { op: 'between', field: 'data.price', min: 9.85, max: 9.95 }],
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
      { op: 'between', field: 'data.shortDescriptionLength', min: 200, max: 300, weight: 2 },
    ],
    evidence: 'state',
    weight: 2,
  },
  {
    id: 'q1-seo',
    title: 'Balise titre, méta description et URL simplifiée optimisées',
    criteria: ['C2'],
    kind: 'commerce.productSaved',
    where: [
      theProduct,
      { op: 'contains', field: 'data.metaTitle', value: '{{keyword}}', tolerant: TOLERANT },
      { op: 'lengthBetween', field: 'data.metaDescription', min: 120, max: 160 },
      { op: 'notStuffed', field: 'data.metaDescription', value: '{{keyword}}', maxRepeats: 2 },
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
    where: [theCode, { op: 'equals', field: 'data.reductionPercent', value: 5, weight: 2 }],
    evidence: 'process',
    weight: 2,
  },
  {
    id: 'q2-voucher-limits',
    title: 'Bon limité à 30 utilisations, une par client',
    criteria: ['C6'],
    kind: 'commerce.voucherCreated',
    where: [
      theCode,
      { op: 'equals', field: 'data.quantity', value: 30 },
      { op: 'equals', field: 'data.quantityPerUser', value: 1 },
    ],
    evidence: 'process',
    weight: 1,
  },
  {
    id: 'q2-voucher-dates',
    title: 'Bon valable jusqu’au 31 mai',
    criteria: ['C6'],
    kind: 'commerce.voucherCreated',
    where: [theCode, { op: 'sameDate', field: 'data.validTo', value: '31 mai' }],
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
    where: [{ op: 'equals', field: 'data.action', value: 'add' }],
    evidence: 'process',
    weight: 1,
  },
  {
    id: 'q3-voucher-tested',
    title: 'Code {{voucher}} essayé dans le panier',
    description: 'Accepté ou refusé : un refus signalé à l’examinateur est un test réussi.',
    criteria: ['C6', 'C7'],
    kind: 'commerce.voucherApplied',
    where: [theCode, { op: 'equals', field: 'data.accepted', value: true, weight: 1 }],
    evidence: 'process',
    weight: 2,
  },
  {
    id: 'q3-totals-noted',
    title: 'Totaux avant et après réduction relevés dans les notes',
    criteria: ['C7'],
    kind: 'task.noteSaved',
    where: [
      noteOf('q3'),
      {
        op: 'matches',
        field: 'data.text',
        pattern: '[0-9]{1,4}[,.][0-9]{2}[^0-9]{1,300}[0-9]{1,4}[,.][0-9]{2}',
      },
    ],
    evidence: 'state',
    weight: 1,
  },
];

export const COMPLAINT_RULES: EvidenceRuleInput[] = [
  {
    id: 'q4-orders-consulted',
    title: 'Commandes consultées dans le back-office',
    criteria: ['C7'],
    kind: 'nav.visited',
    where: [{ op: 'matches', field: 'url', pattern: 'order|commande', flags: 'i' }],
    evidence: 'process',
    weight: 1,
  },
  {
    id: 'q4-reply',
    title: 'Réponse de 80 mots au moins à la cliente',
    criteria: ['C7'],
    kind: 'task.noteSaved',
    where: [
      noteOf('q4'),
      { op: 'wordsAtLeast', field: 'data.text', value: 80 },
      { op: 'notRepetitive', field: 'data.text' },
    ],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q4-rights',
    title: 'Droit de rétractation, délai, frais de retour et justificatif',
    criteria: ['C7'],
    kind: 'task.noteSaved',
    where: [
      noteOf('q4'),
      {
        op: 'mentions',
        field: 'data.text',
        values: ['rétractation', '14 jours', 'frais de retour', 'photo'],
      },
    ],
    evidence: 'state',
    weight: 3,
  },
];

export const ANALYSIS_RULES: EvidenceRuleInput[] = [
  {
    id: 'q5-analysis',
    title: 'Analyse argumentée par des indicateurs',
    criteria: ['C8'],
    kind: 'task.noteSaved',
    where: [
      noteOf('q5'),
      { op: 'wordsAtLeast', field: 'data.text', value: 60 },
      { op: 'mentions', field: 'data.text', values: ['conversion', 'chiffre d’affaires', 'marge'] },
    ],
    evidence: 'state',
    weight: 2,
  },
  {
    id: 'q5-products-named',
    title: 'Produits choisis désignés par leur référence',
    criteria: ['C6'],
    kind: 'task.noteSaved',
    where: [
      noteOf('q5'),
      { op: 'matches', field: 'data.text', pattern: 'JDO-[0-9]{4}.*JDO-[0-9]{4}', flags: 'i' },
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
