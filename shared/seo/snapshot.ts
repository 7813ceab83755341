/**
 * The one place that turns what a page says about itself into a `page.seo` snapshot. Two readers
 * feed it: the content script walks the live DOM (extension/capture/seo/snapshot.ts) and the
 * background scans the HTML of a page it fetched for an end-state check
 * (extension/adapters/seo-html.ts). They only collect facts; limits, link counting, JSON-LD
 * types and keyword matching are decided here, so the same page gives the same snapshot — and
 * the same `keyword.inTitle` — whichever way it was read.
 */

import type { z } from 'zod';
import { clip, countWholeWords, countWords, fold, slugify, stripAccents } from '../rules/text.ts';
import type { EVENT_PAYLOADS } from '../schema/event.ts';

export type SeoSnapshot = z.infer<(typeof EVENT_PAYLOADS)['page.seo']>;
export type KeywordPresence = NonNullable<SeoSnapshot['keyword']>;

export const SEO_LIMITS = {
  headings: 200,
  headingText: 200,
  openGraph: 30,
  jsonLdTypes: 50,
  jsonLdChars: 200_000,
} as const;

/**
 * Never content: scripts, styles, templates, embedded documents, and Témoin's own overlay
 * (its tag is repeated here because shared/ cannot import the extension).
 */
export const NEVER_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'temoin-overlay',
]);
/** Page chrome, left out of the content when there is no `main` to count. */
export const CHROME = new Set(['nav', 'header', 'footer', 'aside']);
/** Elements that do not break a word: text on both sides of them is glued. */
export const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'font',
]);

/** What a reader collects from a page, raw: the builder trims, bounds and interprets it. */
export interface SeoFacts {
  /** The page's address, to tell internal links from external ones. */
  url: string;
  /** The document's base URI for relative links (the page's address when absent). */
  base?: string | undefined;
  title: string;
  lang: string | null | undefined;
  metas: readonly { name: string | null; property: string | null; content: string | null }[];
  links: readonly { rel: string | null; href: string | null }[];
  /** In document order; a reader may stop after `SEO_LIMITS.headings`. */
  headings: readonly { level: number; text: string }[];
  /** `alt` of each image, `null` when the attribute is missing. */
  imageAlts: readonly (string | null)[];
  /** `href` of each anchor that has one. */
  anchors: readonly string[];
  /** Text of each `application/ld+json` script. */
  jsonLd: readonly string[];
  /**
   * Text of the main content — `main` or `[role=main]`, else a single `article`, else the body
   * without its `CHROME` — leaving out `NEVER_TEXT`, with a space at each non-`INLINE` boundary.
   */
  text: string;
}

const resolve = (href: string, base: string): URL | null => {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
};

/** `@type` of each top-level JSON-LD item and of each item of an `@graph`. */
export const jsonLdTypes = (scripts: readonly string[]): string[] => {
  const types = new Set<string>();
  const visit = (item: unknown, depth: number) => {
    if (depth > 3 || types.size >= SEO_LIMITS.jsonLdTypes || item === null || typeof item !== 'object')
      return;
    if (Array.isArray(item)) {
      for (const inner of item) visit(inner, depth + 1);
      return;
    }
    const record = item as Record<string, unknown>;
    const type = record['@type'];
    for (const name of Array.isArray(type) ? type : [type])
      if (typeof name === 'string' && name) types.add(clip(name, 200));
    if (record['@graph'] !== undefined) visit(record['@graph'], depth + 1);
  };
  for (const text of scripts) {
    if (text.length > SEO_LIMITS.jsonLdChars) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // Broken JSON-LD is the site's problem, and worth no more than being absent here.
    }
  }
  return [...types].slice(0, SEO_LIMITS.jsonLdTypes);
};

export interface KeywordFacts {
  title: string;
  h1: readonly string[];
  metaDescription: string | null;
  url: string;
  /** Content text already folded. */
  foldedText: string;
}

/**
 * Where the subject's keyword appears, matched as whole words without case, accents or
 * punctuation (« thé vert » is not in « thé verte »), and as its slug in the URL's path.
 */
export const keywordPresence = (term: string, facts: KeywordFacts): KeywordPresence => {
  const needle = fold(term);
  const has = (text: string | null) => !!text && countWholeWords(fold(text), needle) > 0;
  let path = facts.url;
  try {
    const url = new URL(facts.url);
    path = decodeURIComponent(url.pathname + url.search);
  } catch {
    // Keep the raw text: still searchable.
  }
  const slug = slugify(term);
  return {
    term: clip(term, 500),
    count: countWholeWords(facts.foldedText, needle),
    inTitle: has(facts.title),
    inH1: facts.h1.some((text) => has(text)),
    inMetaDescription: has(facts.metaDescription),
    inUrl:
      !!slug &&
      stripAccents(path)
        .replace(/[\s_+]+/g, '-')
        .includes(slug),
  };
};

/** First character of a reference that can only be a path or a query (see `countLinks`). */
const pathStart = (href: string): boolean => {
  const code = href.charCodeAt(0);
  return code > 0x20 && code !== 0x2f && code !== 0x5c; // not a control or space, `/`, `\\`
};

/**
 * Internal and external links of the page. The back office's pages carry hundreds of anchors,
 * and parsing each with `URL` was most of a snapshot's cost in the page: two common shapes are
 * decided without parsing, with the verdict the parser gives — an absolute address starting
 * with the page's own origin and `/` (the authority ends there), and a reference without `:`
 * whose first character is neither a control, a space, `/` nor `\\` (a path or a query, which
 * takes the base's origin). Anything else is parsed.
 */
export const countLinks = (anchors: readonly string[], url: string, base: string): SeoSnapshot['links'] => {
  const counted = { internal: 0, external: 0 };
  const page = resolve(url, url);
  const origin = page?.origin ?? '';
  const web = (target: URL | null) =>
    !!target && (target.protocol === 'http:' || target.protocol === 'https:');
  const baseUrl = resolve(base, base);
  // An unparsable base makes the parser refuse every reference, absolute ones included.
  const ownPrefix = web(page) && baseUrl ? `${origin}/` : null;
  /** Where a path or query reference lands: internal, external, or not a link to a page. */
  const relative = web(baseUrl) ? (baseUrl!.origin === origin ? 'internal' : 'external') : null;
  for (const raw of anchors) {
    const href = raw.trim();
    if (!href || href.startsWith('#')) continue;
    if (href.startsWith('/') && !href.startsWith('//')) {
      counted.internal += 1;
      continue;
    }
    if (ownPrefix !== null && href.startsWith(ownPrefix)) {
      counted.internal += 1;
      continue;
    }
    if (pathStart(href) && !href.includes(':')) {
      if (relative !== null) counted[relative] += 1;
      continue;
    }
    // mailto:, tel:, javascript: and unparsable addresses are not links to a page.
    const target = resolve(href, base);
    if (!target || !web(target)) continue;
    if (target.origin === origin) counted.internal += 1;
    else counted.external += 1;
  }
  return counted;
};

/** Builds the snapshot from a reader's facts; `keyword` is the subject's, if it has one. */
export const buildSeoSnapshot = (facts: SeoFacts, keyword?: string): SeoSnapshot => {
  const base = facts.base || facts.url;
  let metaDescription: string | null = null;
  let robots: string | null = null;
  const openGraph: Record<string, string> = {};
  let ogCount = 0;
  for (const meta of facts.metas) {
    const name = (meta.name ?? '').trim().toLowerCase();
    const property = (meta.property ?? '').trim().toLowerCase();
    const content = meta.content ?? '';
    if (name === 'description' && metaDescription === null) metaDescription = clip(content, 5000);
    else if (name === 'robots' && robots === null) robots = clip(content, 500);
    const og = property.startsWith('og:') ? property : name.startsWith('og:') ? name : '';
    if (og && ogCount < SEO_LIMITS.openGraph && !(og in openGraph)) {
      openGraph[og.slice(0, 100)] = clip(content, 5000);
      ogCount += 1;
    }
  }

  let canonical: string | null = null;
  for (const link of facts.links) {
    const rel = (link.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical') && link.href) {
      canonical = (resolve(link.href, base)?.href ?? link.href).slice(0, 2000);
      break;
    }
  }

  const headings = facts.headings
    .slice(0, SEO_LIMITS.headings)
    .map(({ level, text }) => ({ level, text: clip(text, SEO_LIMITS.headingText) }));

  const images = { total: 0, missingAlt: 0, emptyAlt: 0 };
  for (const alt of facts.imageAlts) {
    images.total += 1;
    if (alt === null) images.missingAlt += 1;
    else if (alt.trim() === '') images.emptyAlt += 1;
  }

  const title = clip(facts.title, 500);
  const lang = facts.lang?.trim();
  const term = keyword?.trim();
  return {
    title,
    metaDescription,
    robots,
    canonical,
    lang: lang ? lang.slice(0, 40) : null,
    headings,
    images,
    links: countLinks(facts.anchors, facts.url, base),
    openGraph,
    jsonLdTypes: jsonLdTypes(facts.jsonLd),
    wordCount: countWords(facts.text),
    ...(term
      ? {
          keyword: keywordPresence(term, {
            title,
            h1: headings.filter((heading) => heading.level === 1).map((heading) => heading.text),
            metaDescription,
            url: facts.url,
            foldedText: fold(facts.text),
          }),
        }
      : {}),
  };
};
