// Catalogue queries: filter, sort and paginate the 500 products. Pure functions over the
// product array; one pass each, so a full listing costs well under a millisecond.
import { PRODUCT_CATEGORIES } from './seed.mjs';
import { foldText, parseEuros } from './text.mjs';

export const PAGE_SIZE = 24;

export const SORT_OPTIONS = [
  { value: '', label: 'Pertinence' },
  { value: 'prix-asc', label: 'Prix croissant' },
  { value: 'prix-desc', label: 'Prix décroissant' },
  { value: 'nom', label: 'Nom (A → Z)' },
  { value: 'nouveaute', label: 'Nouveautés' },
];

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

// Ties are broken by id so that a sort is stable and pagination never repeats an item.
const COMPARATORS = {
  'prix-asc': (a, b) => a.price - b.price || a.id - b.id,
  'prix-desc': (a, b) => b.price - a.price || a.id - b.id,
  nom: (a, b) => collator.compare(a.name, b.name) || a.id - b.id,
  nouveaute: (a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id - b.id),
};

export function categoryBySlug(slug) {
  return PRODUCT_CATEGORIES.find((c) => c.slug === slug) ?? null;
}

/** Reads `?q=&categorie=&prixMax=&tri=&page=`, ignoring values that make no sense. */
export function parseCatalogQuery(params) {
  const q = (params.get('q') ?? '').trim().slice(0, 100);
  const categorie = categoryBySlug(params.get('categorie') ?? '') ? params.get('categorie') : '';
  const prixMaxText = (params.get('prixMax') ?? '').trim();
  const prixMax = prixMaxText ? parseEuros(prixMaxText) : Number.NaN;
  const tri = COMPARATORS[params.get('tri')] ? params.get('tri') : '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  return { q, categorie, prixMax: Number.isNaN(prixMax) ? null : prixMax, tri, page };
}

/** Serialises a query back into URL parameters (empty values dropped). */
export function catalogQueryString(query, overrides = {}) {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set('q', merged.q);
  if (merged.categorie) params.set('categorie', merged.categorie);
  if (merged.prixMax !== null && merged.prixMax !== undefined)
    params.set('prixMax', (merged.prixMax / 100).toString());
  if (merged.tri) params.set('tri', merged.tri);
  if (merged.page > 1) params.set('page', String(merged.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function queryCatalog(products, query, pageSize = PAGE_SIZE) {
  const words = foldText(query.q).split(/\s+/).filter(Boolean);
  const matches = products.filter((product) => {
    if (query.categorie && product.category !== query.categorie) return false;
    if (query.prixMax !== null && product.price > query.prixMax) return false;
    if (words.length) {
      const haystack = foldText(`${product.name} ${product.origin} ${product.reference}`);
      if (!words.every((word) => haystack.includes(word))) return false;
    }
    return true;
  });
  if (query.tri) matches.sort(COMPARATORS[query.tri]);
  const pages = Math.max(1, Math.ceil(matches.length / pageSize));
  const page = Math.min(query.page, pages);
  return {
    items: matches.slice((page - 1) * pageSize, page * pageSize),
    total: matches.length,
    page,
    pages,
  };
}
