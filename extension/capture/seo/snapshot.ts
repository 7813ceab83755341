/**
 * The SEO snapshot of a page, read in one pass over a handful of `querySelectorAll` results and
 * one walk of the main content's text nodes. No layout-forcing reads (`innerText`,
 * `getComputedStyle`, sizes): the snapshot never makes the page reflow.
 */

import { OVERLAY_TAG } from '../dom/describe.ts';
import type { ElementLike } from '../dom/element.ts';
import { clip, countFolded, countWords, fold, slugify, stripAccents } from '../text.ts';
import type { SeoSnapshot } from '../types.ts';

export interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<NodeLike>;
}

export type SeoElement = ElementLike & NodeLike;

/** What the snapshot reads from a document (`Document` satisfies it). */
export interface SeoDocument {
  readonly title: string;
  readonly baseURI: string;
  readonly documentElement: ElementLike | null;
  readonly body: SeoElement | null;
  querySelector(selectors: string): SeoElement | null;
  querySelectorAll(selectors: string): ArrayLike<SeoElement>;
}

export const LIMITS = {
  headings: 200,
  headingText: 200,
  openGraph: 30,
  jsonLdTypes: 50,
  jsonLdChars: 200_000,
} as const;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Never content: scripts, styles, templates, and Témoin's own overlay. */
const NEVER_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  OVERLAY_TAG.toUpperCase(),
]);
/** Page chrome, left out when there is no `main` to count. */
const CHROME = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE']);
/** Elements that do not break a word: text on both sides of them is glued. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'FONT',
]);

/** Text of a subtree, block boundaries as spaces, skipping scripts (and page chrome if asked). */
export const contentText = (root: NodeLike, skipChrome: boolean): string => {
  const parts: string[] = [];
  const stack: (NodeLike | ' ')[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === ' ') {
      parts.push(' ');
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toUpperCase();
    if (node !== root && (NEVER_TEXT.has(name) || (skipChrome && CHROME.has(name)))) continue;
    const block = !INLINE.has(name);
    if (block) stack.push(' ');
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
    if (block) stack.push(' ');
  }
  return parts.join('');
};

/** `main` or `[role=main]`, else a single `article`, else the body without its chrome. */
const mainContent = (doc: SeoDocument): { root: NodeLike | null; skipChrome: boolean } => {
  const main = doc.querySelector('main') ?? doc.querySelector('[role="main"]');
  if (main) return { root: main, skipChrome: false };
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return { root: articles[0]!, skipChrome: false };
  return { root: doc.body, skipChrome: true };
};

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
    if (depth > 3 || types.size >= LIMITS.jsonLdTypes || item === null || typeof item !== 'object') return;
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
    if (text.length > LIMITS.jsonLdChars) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // Broken JSON-LD is the site's problem, and worth no more than being absent here.
    }
  }
  return [...types].slice(0, LIMITS.jsonLdTypes);
};

export interface KeywordFacts {
  title: string;
  h1: readonly string[];
  metaDescription: string | null;
  url: string;
  /** Content text already folded. */
  foldedText: string;
}

/** Where the subject's keyword appears, matched without case, accents or punctuation. */
export const keywordPresence = (term: string, facts: KeywordFacts): NonNullable<SeoSnapshot['keyword']> => {
  const needle = fold(term);
  const has = (text: string | null) => !!text && countFolded(fold(text), needle) > 0;
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
    count: countFolded(facts.foldedText, needle),
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

/** Reads the SEO snapshot of a document. `url` is the page's address, `keyword` the subject's. */
export const readSeoSnapshot = (doc: SeoDocument, url: string, keyword?: string): SeoSnapshot => {
  const base = doc.baseURI || url;
  let metaDescription: string | null = null;
  let robots: string | null = null;
  const openGraph: Record<string, string> = {};
  let ogCount = 0;
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length; i += 1) {
    const meta = metas[i]!;
    const name = (meta.getAttribute('name') ?? '').trim().toLowerCase();
    const property = (meta.getAttribute('property') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content') ?? '';
    if (name === 'description' && metaDescription === null) metaDescription = clip(content, 5000);
    else if (name === 'robots' && robots === null) robots = clip(content, 500);
    const og = property.startsWith('og:') ? property : name.startsWith('og:') ? name : '';
    if (og && ogCount < LIMITS.openGraph && !(og in openGraph)) {
      openGraph[og.slice(0, 100)] = clip(content, 5000);
      ogCount += 1;
    }
  }

  let canonical: string | null = null;
  const links = doc.querySelectorAll('link');
  for (let i = 0; i < links.length && canonical === null; i += 1) {
    const link = links[i]!;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href');
    if (rel.includes('canonical') && href) canonical = (resolve(href, base)?.href ?? href).slice(0, 2000);
  }

  const headings: SeoSnapshot['headings'] = [];
  const h1: string[] = [];
  const headingNodes = doc.querySelectorAll('h1,h2,h3,h4,h5,h6');
  for (let i = 0; i < headingNodes.length && headings.length < LIMITS.headings; i += 1) {
    const heading = headingNodes[i]!;
    const level = Number(heading.tagName.slice(1));
    const text = clip(contentText(heading, false), LIMITS.headingText);
    headings.push({ level, text });
    if (level === 1) h1.push(text);
  }

  const images = { total: 0, missingAlt: 0, emptyAlt: 0 };
  const imageNodes = doc.querySelectorAll('img');
  for (let i = 0; i < imageNodes.length; i += 1) {
    const alt = imageNodes[i]!.getAttribute('alt');
    images.total += 1;
    if (alt === null) images.missingAlt += 1;
    else if (alt.trim() === '') images.emptyAlt += 1;
  }

  const counted = { internal: 0, external: 0 };
  const origin = resolve(url, url)?.origin ?? '';
  const anchors = doc.querySelectorAll('a');
  for (let i = 0; i < anchors.length; i += 1) {
    const href = anchors[i]!.getAttribute('href')?.trim();
    if (!href || href.startsWith('#')) continue;
    if (href.startsWith('/') && !href.startsWith('//')) {
      counted.internal += 1;
      continue;
    }
    const target = resolve(href, base);
    if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) continue;
    if (target.origin === origin) counted.internal += 1;
    else counted.external += 1;
  }

  const scripts: string[] = [];
  const scriptNodes = doc.querySelectorAll('script');
  for (let i = 0; i < scriptNodes.length; i += 1) {
    const script = scriptNodes[i]!;
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json')
      scripts.push(script.textContent ?? '');
  }

  const { root, skipChrome } = mainContent(doc);
  const text = root ? contentText(root, skipChrome) : '';
  const title = clip(doc.title, 500);
  const lang = doc.documentElement?.getAttribute('lang')?.trim();
  const term = keyword?.trim();
  return {
    title,
    metaDescription,
    robots,
    canonical,
    lang: lang ? lang.slice(0, 40) : null,
    headings,
    images,
    links: counted,
    openGraph,
    jsonLdTypes: jsonLdTypes(scripts),
    wordCount: countWords(text),
    ...(term
      ? {
          keyword: keywordPresence(term, {
            title,
            h1,
            metaDescription,
            url,
            foldedText: fold(text),
          }),
        }
      : {}),
  };
};
