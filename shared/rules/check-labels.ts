/**
 * The French label of one check of a rule, as the examiner reads it in review (« méta
 * description de 120 à 160 caractères », « texte reformulé (≤ 50 % copié de l’annexe) »).
 * A designer's own `label` wins; variables are substituted by the caller.
 */
import type { Condition } from '../schema/rule.ts';

/** Last segment of a field path, readable: `data.seo.metaDescription` → « metaDescription ». */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  title: 'titre',
  slug: 'slug',
  metaDescription: 'méta description',
  excerpt: 'extrait',
  text: 'texte',
  wordCount: 'nombre de mots',
  alt: 'texte alternatif',
  url: 'adresse',
  price: 'prix',
  stock: 'stock',
  category: 'catégorie',
  categories: 'catégories',
  tags: 'étiquettes',
  code: 'code',
  action: 'action',
  accepted: 'accepté',
  name: 'nom',
  quantity: 'quantité',
  quantityPerUser: 'quantité par client',
  reductionPercent: 'réduction en %',
  reductionAmount: 'réduction en €',
  validTo: 'fin de validité',
  validFrom: 'début de validité',
  shortDescriptionLength: 'longueur de la description courte',
  shortDescription: 'description courte',
  metaTitle: 'balise titre',
  friendlyUrl: 'URL simplifiée',
  structure: 'structure',
  missingAlt: 'images sans texte alternatif',
  total: 'nombre',
  blocks: 'blocs',
};

export const fieldName = (path: string): string => {
  const segments = path.split('.');
  const last = segments[segments.length - 1] ?? path;
  if (path.endsWith('seo.title')) return 'titre SEO';
  if (path.endsWith('featuredImage.url')) return 'image mise en avant';
  if (path.startsWith('data.changes.')) return `réglage ${last}`;
  return FIELD_NAMES[last] ?? last;
};

const percent = (share: number) => `${Math.round(share * 100)} %`;

export const checkLabel = (condition: Condition): string => {
  if (condition.label) return condition.label;
  const name = fieldName(condition.field);
  switch (condition.op) {
    case 'equals':
      return `${name} = ${String(condition.value)}`;
    case 'differs':
      return `${name} ≠ ${String(condition.value)}`;
    case 'gt':
      return `${name} > ${condition.value}`;
    case 'gte':
      return `${name} ≥ ${condition.value}`;
    case 'lt':
      return `${name} < ${condition.value}`;
    case 'lte':
      return `${name} ≤ ${condition.value}`;
    case 'between':
      return `${[name, ...(condition.orFields ?? []).map(fieldName)].join(' ou ')} entre ${condition.min} et ${condition.max}`;
    case 'exists':
      return condition.value === false ? `${name} absent` : `${name} renseigné`;
    case 'contains':
      return condition.orFields
        ? `${[name, ...condition.orFields.map(fieldName)].join(' ou ')} contient « ${condition.value} »`
        : `${name} contient « ${condition.value} »`;
    case 'matches':
      return condition.negate ? `${name} sans erreur connue` : `${name} conforme au motif attendu`;
    case 'lengthBetween':
      return `${name} de ${condition.min} à ${condition.max} caractères`;
    case 'wordsAtLeast':
      return `${name} d’au moins ${condition.value} mots`;
    case 'reformulated':
      return `${name} reformulé (au plus ${percent(condition.maxCopied)} copié de l’annexe)`;
    case 'notRepetitive':
      return `${name} sans remplissage (phrases répétées, vocabulaire pauvre)`;
    case 'notStuffed':
      return `« ${condition.value} » sans bourrage (au plus ${condition.maxRepeats} fois)`;
    case 'mentions':
      return `${name} mentionne ${condition.values
        .map((value) => (typeof value === 'string' ? [value] : value).map((v) => `« ${v} »`).join(' ou '))
        .join(', ')}`;
    case 'structured': {
      const parts = [
        condition.headings > 0 ? `${condition.headings} intertitre${condition.headings > 1 ? 's' : ''}` : '',
        condition.lists > 0 ? `${condition.lists} liste${condition.lists > 1 ? 's' : ''}` : '',
        condition.links > 0 ? `${condition.links} lien${condition.links > 1 ? 's' : ''}` : '',
      ].filter(Boolean);
      return `${name} structuré (${parts.join(', ') || 'structure'})`;
    }
    case 'sameDate':
      return `${name} au ${condition.value}`;
    case 'reducedBy':
      return `${name} cohérent avec une réduction de ${condition.percent} %`;
    case 'notAfterEventDay':
      return `${name} déjà en vigueur le jour même`;
    case 'accented':
      return `${name} écrit avec ses accents`;
    case 'prose':
      return `${name} rédigé en phrases (pas en notes télégraphiques)`;
    case 'notBeforeEventDay':
      return `${name} pas déjà passée le jour même`;
    case 'numbersAmong':
      return `${name} sans ${condition.unit === '%' ? 'taux' : 'valeur'} faux (${condition.values
        .map((value) => `${String(value).replace('.', ',')} ${condition.unit}`)
        .join(', ')})`;
    case 'numbersWithin':
      return condition.ifAny
        ? `${name} sans valeur fausse (hors ${condition.min}–${condition.max} ${condition.unit})`
        : `${name} plausible (${condition.min}–${condition.max} ${condition.unit})`;
  }
};
