/**
 * Where a top-level navigation went, as far as integrity goes: the reference site, an origin
 * the subject allows, a browser or extension page (ignored), or somewhere else — recorded by
 * its origin only, never its full URL.
 */

export type NavigationVerdict =
  | { kind: 'reference'; origin: string }
  | { kind: 'allowed'; origin: string }
  | { kind: 'internal' }
  | { kind: 'foreign'; origin: string };

/** Browser and extension pages: new tab, settings, error pages, extension pages. */
const INTERNAL_SCHEMES = new Set([
  'about:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'chrome-error:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'javascript:',
]);

export interface OriginSets {
  referenceOrigins: readonly string[];
  allowedOrigins: readonly string[];
}

/** Whether `origin` is written as a URL's `origin` reads (parsed once per origin). */
const normalOrigins = new Map<string, boolean>();
const isNormalOrigin = (origin: string): boolean => {
  let known = normalOrigins.get(origin);
  if (known === undefined) {
    try {
      known = new URL(origin).origin === origin;
    } catch {
      known = false;
    }
    if (normalOrigins.size < 100) normalOrigins.set(origin, known);
  }
  return known;
};

/**
 * The reference origin `url` is on, read without parsing it: a URL that starts with an origin
 * written as `URL.origin` writes it, followed by the end of the authority (`/`, `?`, `#` or
 * nothing), has that origin. Navigations are mostly the reference site's pages, and parsing
 * each was a visible part of the worker's time on the real block editor.
 */
const referencePrefix = (url: string, origins: readonly string[]): string | undefined => {
  for (const origin of origins) {
    if (!url.startsWith(origin)) continue;
    const next = url.charAt(origin.length);
    if ((next === '' || next === '/' || next === '?' || next === '#') && isNormalOrigin(origin))
      return origin;
  }
  return undefined;
};

export const classifyNavigation = (url: string, sets: OriginSets): NavigationVerdict => {
  const known = referencePrefix(url, sets.referenceOrigins);
  if (known !== undefined) return { kind: 'reference', origin: known };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'internal' };
  }
  if (INTERNAL_SCHEMES.has(parsed.protocol)) return { kind: 'internal' };
  // `blob:` URLs carry their creator's origin; `data:` and `file:` have none worth a URL.
  const origin =
    parsed.protocol === 'data:' ? 'data:' : parsed.protocol === 'file:' ? 'file://' : parsed.origin;
  if (sets.referenceOrigins.includes(origin)) return { kind: 'reference', origin };
  if (sets.allowedOrigins.includes(origin)) return { kind: 'allowed', origin };
  return { kind: 'foreign', origin: origin === 'null' ? `${parsed.protocol}` : origin };
};

/**
 * webRequest / content-script match patterns for some origins. Match patterns cannot hold a
 * port (Firefox), so they cover the host; callers still compare exact origins.
 */
export const matchPatternsFor = (origins: readonly string[]): string[] => {
  const patterns = new Set<string>();
  for (const origin of origins) {
    try {
      const url = new URL(origin);
      if (url.protocol === 'http:' || url.protocol === 'https:')
        patterns.add(`${url.protocol}//${url.hostname}/*`);
    } catch {
      // not an origin: nothing to observe
    }
  }
  return [...patterns].sort();
};
