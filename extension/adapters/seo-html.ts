/**
 * The SEO snapshot of an HTML document given as text — what an end-state check records after
 * fetching a public page from the background, which has no DOM (a Chrome service worker).
 * Same fields and limits as the `page.seo` payload; the content script's own snapshot
 * (extension/capture/seo/snapshot.ts) reads a live DOM instead.
 */
import { countWords, normalise } from '../../shared/rules/text.ts';
import { collapse, tokenize } from './lib/html.ts';
import type { SeoSnapshot } from './types.ts';

const LIMITS = { headings: 200, headingText: 200, openGraph: 30, jsonLdTypes: 50 } as const;
const CHROME = new Set(['nav', 'header', 'footer', 'aside']);
const FOLD = { case: true, accents: true, spacing: true, punctuation: true } as const;

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

const jsonLdTypes = (raw: string, into: Set<string>) => {
  const visit = (node: unknown, depth: number) => {
    if (depth > 4 || into.size >= LIMITS.jsonLdTypes) return;
    if (Array.isArray(node)) for (const item of node) visit(item, depth + 1);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const type = record['@type'];
      for (const name of Array.isArray(type) ? type : [type])
        if (typeof name === 'string') into.add(clip(name, 500));
      if (record['@graph']) visit(record['@graph'], depth + 1);
    }
  };
  try {
    visit(JSON.parse(raw), 0);
  } catch {
    // invalid JSON-LD: no types
  }
};

const occurrences = (haystack: string, needle: string): number => {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length))
    count += 1;
  return count;
};

export const seoSnapshotFromHtml = (html: string, pageUrl: string, keyword?: string): SeoSnapshot => {
  let origin = '';
  try {
    origin = new URL(pageUrl).origin;
  } catch {
    origin = '';
  }
  let title = '';
  let lang: string | null = null;
  let metaDescription: string | null = null;
  let robots: string | null = null;
  let canonical: string | null = null;
  const openGraph: Record<string, string> = {};
  const types = new Set<string>();
  const headings: { level: number; text: string }[] = [];
  const images = { total: 0, missingAlt: 0, emptyAlt: 0 };
  const links = { internal: 0, external: 0 };
  const mainText: string[] = [];
  const bodyText: string[] = [];
  let inBody = 0;
  let inMain = 0;
  let inChrome = 0;
  let sawMain = false;
  let heading: { level: number; name: string; parts: string[]; depth: number } | null = null;

  for (const token of tokenize(html)) {
    if (token.type === 'raw') {
      if (token.name === 'title' && !title) title = collapse(token.text);
      else if (token.name === 'script' && (token.attrs.type ?? '').toLowerCase() === 'application/ld+json')
        jsonLdTypes(token.text, types);
      continue;
    }
    if (token.type === 'text') {
      if (heading) heading.parts.push(token.text);
      if (inMain > 0) mainText.push(token.text);
      if (inBody > 0 && inChrome === 0) bodyText.push(token.text);
      continue;
    }
    if (token.type === 'comment') continue;
    if (token.type === 'close') {
      const { name } = token;
      if (name === 'body') inBody = Math.max(0, inBody - 1);
      else if (name === 'main') inMain = Math.max(0, inMain - 1);
      else if (CHROME.has(name)) inChrome = Math.max(0, inChrome - 1);
      if (heading && name === heading.name && --heading.depth === 0) {
        const text = collapse(heading.parts.join(''));
        if (headings.length < LIMITS.headings)
          headings.push({ level: heading.level, text: clip(text, LIMITS.headingText) });
        heading = null;
      }
      mainText.push(' ');
      bodyText.push(' ');
      continue;
    }
    const { name, attrs } = token;
    if (name === 'html' && attrs.lang) lang = clip(attrs.lang, 40);
    else if (name === 'body') inBody += 1;
    else if (name === 'main' && !token.selfClosing) {
      inMain += 1;
      sawMain = true;
    } else if (CHROME.has(name) && !token.selfClosing) inChrome += 1;
    else if (name === 'meta') {
      const key = (attrs.name ?? '').toLowerCase();
      const property = (attrs.property ?? '').toLowerCase();
      if (key === 'description' && metaDescription === null)
        metaDescription = clip(attrs.content ?? '', 5000);
      else if (key === 'robots' && robots === null) robots = clip(attrs.content ?? '', 500);
      else if (property.startsWith('og:') && Object.keys(openGraph).length < LIMITS.openGraph)
        openGraph[clip(property, 100)] = clip(attrs.content ?? '', 5000);
    } else if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && canonical === null)
      canonical = clip(attrs.href ?? '', 2000);
    else if (name === 'img') {
      images.total += 1;
      if (attrs.alt === undefined) images.missingAlt += 1;
      else if (!attrs.alt.trim()) images.emptyAlt += 1;
    } else if (name === 'a' && attrs.href) {
      const href = attrs.href.trim();
      if (!/^(#|mailto:|tel:|javascript:)/i.test(href)) {
        try {
          if (new URL(href, pageUrl).origin === origin) links.internal += 1;
          else links.external += 1;
        } catch {
          // an unparsable href is not a link
        }
      }
    } else if (/^h[1-6]$/.test(name) && !heading && !token.selfClosing)
      heading = { level: Number(name[1]), name, parts: [], depth: 1 };
    else if (heading && name === heading.name && !token.selfClosing) heading.depth += 1;
    mainText.push(' ');
    bodyText.push(' ');
  }

  const text = collapse((sawMain ? mainText : bodyText).join(''));
  const snapshot: SeoSnapshot = {
    title: clip(title, 500),
    metaDescription,
    robots,
    canonical,
    lang,
    headings,
    images,
    links,
    openGraph,
    jsonLdTypes: [...types],
    wordCount: countWords(text),
  };
  const term = keyword?.trim();
  if (term) {
    const folded = normalise(term, FOLD);
    let path = '';
    try {
      path = decodeURIComponent(new URL(pageUrl).pathname);
    } catch {
      path = pageUrl;
    }
    snapshot.keyword = {
      term: clip(term, 500),
      count: occurrences(` ${normalise(text, FOLD)} `, ` ${folded} `),
      inTitle: normalise(title, FOLD).includes(folded),
      inH1: headings.some((h) => h.level === 1 && normalise(h.text, FOLD).includes(folded)),
      inMetaDescription: normalise(metaDescription ?? '', FOLD).includes(folded),
      inUrl: normalise(path, FOLD).includes(folded),
    };
  }
  return snapshot;
};
