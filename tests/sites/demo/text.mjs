// Small text helpers shared by the catalogue, the CMS and the forms.

/** Lower-cases and strips accents so that searches tolerate « thé » vs « the ». */
export function foldText(value) {
  return String(value ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** URL-safe slug (« Thé vert d’Anjou » → « the-vert-d-anjou »), capped to keep URLs readable. */
export function slugify(value) {
  return foldText(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** True when `value` is already a valid slug (what the admin « URL simplifiée » field accepts). */
export function isSlug(value) {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/**
 * Parses a French or English decimal amount in euros (« 12,50 », « 12.5 ») into cents.
 * Returns NaN for anything else so callers can report a field error.
 */
export function parseEuros(value) {
  const text = String(value ?? '')
    .trim()
    .replace(/\s|€/g, '')
    .replace(',', '.');
  if (!/^\d+(?:\.\d{1,2})?$/.test(text)) return Number.NaN;
  return Math.round(Number(text) * 100);
}

/** Parses a non-negative integer field; NaN when the text is not one. */
export function parseCount(value) {
  const text = String(value ?? '').trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
}

/** Pragmatic e-mail check: the demo only needs to refuse obvious typos. */
export function isEmail(value) {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value ?? '').trim());
}

/** Returns `candidate`, or `candidate-2`, `-3`… so that it is not in `taken`. */
export function uniqueSlug(candidate, taken) {
  if (!taken.has(candidate)) return candidate;
  let n = 2;
  while (taken.has(`${candidate}-${n}`)) n += 1;
  return `${candidate}-${n}`;
}
