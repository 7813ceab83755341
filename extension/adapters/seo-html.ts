/**
 * The SEO snapshot of an HTML document given as text — what an end-state check records after
 * fetching a public page from the background, which has no DOM (a Chrome service worker).
 * This file only scans the HTML for the facts a DOM would give; shared/seo/snapshot.ts builds
 * the snapshot from them, as it does for the content script's live-DOM reader
 * (extension/capture/seo/snapshot.ts), so both give the same snapshot for the same page.
 */
import { buildSeoSnapshot, CHROME, INLINE, NEVER_TEXT, type SeoFacts } from '../../shared/seo/snapshot.ts';
import { tokenize } from './lib/html.ts';
import type { SeoSnapshot } from './types.ts';

/**
 * Text of one element and its descendants while the scan is inside it. Without a tree, the
 * element ends when as many `</name>` as `<name>` have been seen.
 */
class Region {
  private depth = 1;
  readonly parts: string[] = [];
  done = false;
  constructor(readonly name: string) {}
  open(name: string) {
    if (!this.done && name === this.name) this.depth += 1;
  }
  close(name: string) {
    if (!this.done && name === this.name && --this.depth === 0) this.done = true;
  }
  push(text: string) {
    if (!this.done) this.parts.push(text);
  }
  get text() {
    return this.parts.join('');
  }
}

const resolve = (href: string, from: string): string | undefined => {
  try {
    return new URL(href, from).href;
  } catch {
    return undefined;
  }
};

/** Scans HTML into the facts `buildSeoSnapshot` takes, reading content as a DOM reader would. */
export const seoFactsFromHtml = (html: string, pageUrl: string): SeoFacts => {
  let title = '';
  let lang: string | null = null;
  let base: string | undefined;
  const headings: { level: number; text: string }[] = [];
  const metas: SeoFacts['metas'][number][] = [];
  const links: SeoFacts['links'][number][] = [];
  const imageAlts: (string | null)[] = [];
  const anchors: string[] = [];
  const jsonLd: string[] = [];
  let sawTitle = false;
  let main: Region | null = null;
  let roleMain: Region | null = null;
  let article: Region | null = null;
  let articles = 0;
  let heading: Region | null = null;
  let headingLevel = 0;
  const body: string[] = [];
  let inBody = false;
  let chrome = 0;
  let never: Region | null = null;

  const regions = () => [main, roleMain, article, heading];
  const pushText = (text: string, boundary: boolean) => {
    for (const region of regions()) region?.push(text);
    if (inBody && (chrome === 0 || boundary)) body.push(text);
  };

  for (const token of tokenize(html)) {
    if (never) {
      if (token.type === 'open' && !token.selfClosing) never.open(token.name);
      else if (token.type === 'close') never.close(token.name);
      if (never.done) never = null;
      continue;
    }
    if (token.type === 'comment') continue;
    if (token.type === 'raw') {
      if (token.name === 'title' && !sawTitle) {
        title = token.text;
        sawTitle = true;
      } else if (
        token.name === 'script' &&
        (token.attrs.type ?? '').trim().toLowerCase() === 'application/ld+json'
      )
        jsonLd.push(token.text);
      continue;
    }
    if (token.type === 'text') {
      pushText(token.text, false);
      continue;
    }
    const { name } = token;
    if (token.type === 'close') {
      if (!INLINE.has(name)) pushText(' ', true);
      for (const region of regions()) region?.close(name);
      if (heading?.done) {
        headings.push({ level: headingLevel, text: heading.text });
        heading = null;
      }
      if (name === 'body') inBody = false;
      else if (CHROME.has(name)) chrome = Math.max(0, chrome - 1);
      continue;
    }
    const { attrs, selfClosing } = token;
    if (NEVER_TEXT.has(name)) {
      if (!selfClosing) never = new Region(name);
      continue;
    }
    if (!selfClosing) for (const region of regions()) region?.open(name);
    if (!INLINE.has(name)) pushText(' ', true);
    if (name === 'html' && attrs.lang !== undefined) lang = attrs.lang;
    else if (name === 'base' && attrs.href && base === undefined) base = resolve(attrs.href, pageUrl);
    else if (name === 'body') inBody = true;
    else if (name === 'meta')
      metas.push({
        name: attrs.name ?? null,
        property: attrs.property ?? null,
        content: attrs.content ?? null,
      });
    else if (name === 'link') links.push({ rel: attrs.rel ?? null, href: attrs.href ?? null });
    else if (name === 'img') imageAlts.push(attrs.alt ?? null);
    else if (name === 'a' && attrs.href !== undefined) anchors.push(attrs.href);
    if (selfClosing) continue;
    if (name === 'main' && !main) main = new Region(name);
    if (attrs.role?.trim().toLowerCase() === 'main' && !roleMain) roleMain = new Region(name);
    if (name === 'article') {
      articles += 1;
      if (!article) article = new Region(name);
    }
    if (CHROME.has(name)) chrome += 1;
    if (/^h[1-6]$/.test(name) && !heading) {
      heading = new Region(name);
      headingLevel = Number(name[1]);
    }
  }
  const content = main ?? roleMain ?? (articles === 1 ? article : null);
  return {
    url: pageUrl,
    base,
    title,
    lang,
    metas,
    headings,
    links,
    imageAlts,
    anchors,
    jsonLd,
    text: content ? content.text : body.join(''),
  };
};

export const seoSnapshotFromHtml = (html: string, pageUrl: string, keyword?: string): SeoSnapshot =>
  buildSeoSnapshot(seoFactsFromHtml(html, pageUrl), keyword);
