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

export const classifyNavigation = (url: string, sets: OriginSets): NavigationVerdict => {
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
