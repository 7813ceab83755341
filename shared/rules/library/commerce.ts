/**
 * Shop (PrestaShop or any shop): vouchers created, tested and used; product sheets completed.
 * Codes compare without case or spacing; values given as subject variables (« 10 », « 10 % »)
 * compare as numbers.
 */
import type { Condition } from '../../schema/rule.ts';
import { CODE, define, noHealthClaim, TEXT } from './define.ts';

const code = {
  name: 'code',
  description: 'Code de réduction attendu (texte ou variable du sujet)',
  default: '{{voucher}}',
};
const codeIs = (field: string, value: string | undefined): Condition => ({
  // Identifies the voucher: another code is not a near miss of this one.
  required: true,
  op: 'equals',
  field,
  value: value ?? '{{voucher}}',
  tolerant: CODE,
});

export const voucherCreated = define({
  id: 'voucher.created',
  title: 'Code promo créé avec le code et la valeur demandés',
  description:
    'Une règle panier / un bon de réduction existe avec le code demandé (casse ignorée) et, si précisés, la réduction en pourcentage `percent` ou en montant `amount`, la date de fin `until` (même jour, quel que soit le format : « 31/05/2026 », « 2026-05-31 ») et, avec `startsNow`, une date de début qui n’est pas postérieure au lendemain de sa création (« valable à partir d’aujourd’hui »). Une date de fin déjà passée le jour de la création (année mal saisie) limite la question à I. La dernière version enregistrée du bon décide ; chaque exigence compte pour sa part.',
  cms: ['prestashop', 'any'],
  kind: 'commerce.voucherCreated',
  reads: [
    'data.code',
    'data.reductionPercent',
    'data.reductionAmount',
    'data.validTo',
    'data.validFrom',
    'time',
  ],
  evidence: 'state',
  criteria: ['C6'],
  parameters: [
    code,
    { name: 'percent', description: 'Réduction en % attendue (nombre ou variable, facultatif)' },
    { name: 'amount', description: 'Réduction en montant attendue (nombre ou variable, facultatif)' },
    { name: 'until', description: 'Date de fin attendue (p. ex. 2026-05-31 ou {{endDate}}, facultatif)' },
    {
      name: 'startsNow',
      description: 'Le bon doit être utilisable dès sa création (date de début au plus le lendemain)',
      default: false,
    },
  ],
  ruleTitle: (p) =>
    `Code promo ${p.code ?? '{{voucher}}'} créé${p.percent === undefined ? '' : ` (−${p.percent} %)`}${p.amount === undefined ? '' : ` (−${p.amount} €)`}`,
  where: (p: {
    code?: string;
    percent?: number | string;
    amount?: number | string;
    until?: string;
    startsNow?: boolean;
  }) => [
    codeIs('data.code', p.code),
    ...(p.percent === undefined
      ? []
      : [{ op: 'equals', field: 'data.reductionPercent', value: p.percent } as const]),
    ...(p.amount === undefined
      ? []
      : [{ op: 'equals', field: 'data.reductionAmount', value: p.amount } as const]),
    ...(p.until === undefined ? [] : [{ op: 'sameDate', field: 'data.validTo', value: p.until } as const]),
    ...(p.startsNow === true
      ? [{ op: 'notAfterEventDay', field: 'data.validFrom', graceDays: 1 } as const]
      : []),
    // An end date already past (the year typed wrong): expired before anyone can use it.
    {
      op: 'notBeforeEventDay',
      field: 'data.validTo',
      graceDays: 1,
      weight: 0,
      ceiling: 'I',
      label: 'bon pas déjà expiré (date de fin)',
    } as const,
  ],
});

export const voucherOncePerCustomer = define({
  id: 'voucher.oncePerCustomer',
  title: 'Code promo limité à une utilisation par client',
  description:
    'Le bon de réduction au code demandé n’est utilisable qu’une fois par client (quantité par utilisateur = 1) dans sa dernière version enregistrée.',
  cms: ['prestashop', 'any'],
  kind: 'commerce.voucherCreated',
  reads: ['data.code', 'data.quantityPerUser'],
  evidence: 'state',
  criteria: ['C6', 'C7'],
  parameters: [code],
  where: (p: { code?: string }) => [
    codeIs('data.code', p.code),
    { op: 'equals', field: 'data.quantityPerUser', value: 1 },
  ],
});

export const voucherTestedInCart = define({
  id: 'voucher.testedInCart',
  title: 'Code promo testé dans le panier',
  description:
    'Côté boutique, le candidat applique le code demandé dans le panier et la boutique l’accepte (`commerce.voucherApplied` avec `accepted`).',
  cms: ['prestashop', 'any'],
  kind: 'commerce.voucherApplied',
  reads: ['data.code', 'data.accepted'],
  evidence: 'process',
  criteria: ['C6'],
  parameters: [code],
  where: (p: { code?: string }) => [
    codeIs('data.code', p.code),
    { op: 'equals', field: 'data.accepted', value: true },
  ],
});

export const orderPlacedWithVoucher = define({
  id: 'order.placedWithVoucher',
  title: 'Commande passée avec le code promo',
  description: 'Une commande est confirmée et le code demandé figure parmi ses codes de réduction.',
  cms: ['prestashop', 'any'],
  kind: 'commerce.orderPlaced',
  reads: ['data.voucherCodes'],
  evidence: 'process',
  criteria: ['C6'],
  parameters: [code],
  where: (p: { code?: string }) => [codeIs('data.voucherCodes', p.code)],
});

export const productSaved = define({
  id: 'product.saved',
  title: 'Fiche produit avec prix, stock, catégorie et SEO',
  description:
    'Une fiche produit est enregistrée avec un prix (> `minPrice`, 0 par défaut), un stock, une catégorie, une balise titre et une méta-description ; avec `name`, le nom du produit doit contenir ce texte. La dernière version enregistrée du produit décide.',
  cms: ['prestashop', 'any'],
  kind: 'commerce.productSaved',
  reads: ['data.name', 'data.price', 'data.stock', 'data.category', 'data.metaTitle', 'data.metaDescription'],
  evidence: 'state',
  criteria: ['C1', 'C2'],
  parameters: [
    {
      name: 'name',
      description: 'Texte que le nom du produit doit contenir (p. ex. {{product}}, facultatif)',
    },
    { name: 'minPrice', description: 'Prix au-dessus duquel le prix est accepté', default: 0 },
  ],
  where: (p: { name?: string; minPrice?: number }) => [
    ...(p.name === undefined
      ? []
      : [{ op: 'contains', field: 'data.name', value: p.name, tolerant: TEXT } as const]),
    { op: 'gt', field: 'data.price', value: p.minPrice ?? 0 },
    { op: 'exists', field: 'data.stock', value: true },
    { op: 'exists', field: 'data.category', value: true },
    { op: 'exists', field: 'data.metaTitle', value: true },
    { op: 'exists', field: 'data.metaDescription', value: true },
  ],
});

export const productShortDescription = define({
  id: 'product.shortDescriptionLength',
  title: 'Description courte de 200 à 300 caractères',
  description:
    'La description courte de la fiche produit compte entre `min` et `max` caractères (200 à 300 par défaut), d’après la longueur relevée à l’enregistrement ; avec `name`, pour ce produit-là.',
  cms: ['prestashop', 'any'],
  kind: 'commerce.productSaved',
  reads: ['data.name', 'data.shortDescriptionLength'],
  evidence: 'state',
  criteria: ['C1'],
  parameters: [
    { name: 'min', description: 'Nombre minimal de caractères', default: 200 },
    { name: 'max', description: 'Nombre maximal de caractères', default: 300 },
    { name: 'name', description: 'Texte que le nom du produit doit contenir (facultatif)' },
  ],
  ruleTitle: (p) => `Description courte de ${p.min ?? 200} à ${p.max ?? 300} caractères`,
  where: (p: { name?: string; min?: number; max?: number }) => [
    ...(p.name === undefined
      ? []
      : [{ op: 'contains', field: 'data.name', value: p.name, tolerant: TEXT } as const]),
    { op: 'between', field: 'data.shortDescriptionLength', min: p.min ?? 200, max: p.max ?? 300 },
  ],
});

export const productKeywordInShortDescription = define({
  id: 'product.keywordInShortDescription',
  title: 'Expression clé dans la description courte',
  description:
    'Le texte visible de la description courte (résumé) de la fiche produit, balises retirées, contient l’expression clé (casse, accents et espaces ignorés) ; avec `name`, pour ce produit-là. La dernière version enregistrée du produit décide. Une allégation de santé interdite (« fait maigrir », « renforce les défenses », « guérit ») limite la question à I.',
  cms: ['prestashop', 'any'],
  kind: 'commerce.productSaved',
  reads: ['data.name', 'data.shortDescription'],
  evidence: 'state',
  criteria: ['C1', 'C2'],
  parameters: [
    {
      name: 'keyword',
      description: 'Expression clé attendue (texte ou variable du sujet)',
      default: '{{keyword}}',
    },
    { name: 'name', description: 'Texte que le nom du produit doit contenir (facultatif)' },
  ],
  where: (p: { keyword?: string; name?: string }) => [
    ...(p.name === undefined
      ? []
      : [{ op: 'contains', field: 'data.name', value: p.name, tolerant: TEXT, required: true } as const]),
    { op: 'contains', field: 'data.shortDescription', value: p.keyword ?? '{{keyword}}', tolerant: TEXT },
    noHealthClaim(undefined, 'I', 'data.shortDescription'),
  ],
});
