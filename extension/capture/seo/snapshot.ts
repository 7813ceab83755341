/**
 * Reads the SEO facts of a live page in one pass over a handful of `querySelectorAll` results
 * and one walk of the main content's text nodes; shared/seo/snapshot.ts turns them into the
 * snapshot, as it does for the HTML the background fetches. No layout-forcing reads
 * (`innerText`, `getComputedStyle`, sizes): the snapshot never makes the page reflow.
 */

import { buildSeoSnapshot, CHROME, INLINE, NEVER_TEXT, SEO_LIMITS } from '../../../shared/seo/snapshot.ts';
import type { ElementLike } from '../dom/element.ts';
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

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

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
    const name = node.nodeName.toLowerCase();
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

const all = <T>(list: ArrayLike<T>): T[] => Array.from(list);

/** Reads the SEO snapshot of a document. `url` is the page's address, `keyword` the subject's. */
export const readSeoSnapshot = (doc: SeoDocument, url: string, keyword?: string): SeoSnapshot => {
  const headings: { level: number; text: string }[] = [];
  const headingNodes = doc.querySelectorAll('h1,h2,h3,h4,h5,h6');
  for (let i = 0; i < headingNodes.length && headings.length < SEO_LIMITS.headings; i += 1) {
    const heading = headingNodes[i]!;
    headings.push({ level: Number(heading.tagName.slice(1)), text: contentText(heading, false) });
  }
  const { root, skipChrome } = mainContent(doc);
  return buildSeoSnapshot(
    {
      url,
      base: doc.baseURI,
      title: doc.title,
      lang: doc.documentElement?.getAttribute('lang'),
      metas: all(doc.querySelectorAll('meta')).map((meta) => ({
        name: meta.getAttribute('name'),
        property: meta.getAttribute('property'),
        content: meta.getAttribute('content'),
      })),
      links: all(doc.querySelectorAll('link')).map((link) => ({
        rel: link.getAttribute('rel'),
        href: link.getAttribute('href'),
      })),
      headings,
      imageAlts: all(doc.querySelectorAll('img')).map((image) => image.getAttribute('alt')),
      anchors: all(doc.querySelectorAll('a[href]')).map((anchor) => anchor.getAttribute('href') ?? ''),
      jsonLd: all(doc.querySelectorAll('script'))
        .filter(
          (script) => (script.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json',
        )
        .map((script) => script.textContent ?? ''),
      text: root ? contentText(root, skipChrome) : '',
    },
    keyword,
  );
};
