/**
 * What an examiner wants to know of an article body without reading it: its words, the block
 * types used, the images and how many lack a text alternative.
 */
import { characterLength, countWords } from '../../../shared/rules/text.ts';
import { htmlText, tokenize } from './html.ts';

export interface ContentFacts {
  wordCount: number;
  /** Block types in order of first use (`core/heading`, `uagb/container`…). */
  blocks: string[];
  /** `<img>` elements; `missingAlt` counts those without a non-empty `alt`. */
  images: { total: number; missingAlt: number };
}

const BLOCK_OPENER = /^\s*wp:([a-z][a-z0-9-]*(?:\/[a-z][a-z0-9-]*)?)(?=[\s/]|$)/;

/**
 * Facts of an HTML body. WordPress block delimiters (`<!-- wp:heading {"level":2} -->`) give
 * the block types; core blocks are written without their namespace and get `core/` back.
 */
export const analyseHtml = (html: string): ContentFacts => {
  const blocks: string[] = [];
  const seen = new Set<string>();
  let total = 0;
  let missingAlt = 0;
  const textParts: string[] = [];
  for (const token of tokenize(html)) {
    if (token.type === 'comment') {
      const match = BLOCK_OPENER.exec(token.text);
      if (match) {
        const name = match[1]!.includes('/') ? match[1]! : `core/${match[1]}`;
        if (!seen.has(name) && blocks.length < 100) {
          seen.add(name);
          blocks.push(name);
        }
      }
    } else if (token.type === 'open' && token.name === 'img') {
      total += 1;
      if (!(token.attrs.alt ?? '').trim()) missingAlt += 1;
    } else if (token.type === 'text') textParts.push(token.text);
    else if (token.type === 'open' || token.type === 'close') textParts.push(' ');
  }
  return { wordCount: countWords(textParts.join('')), blocks, images: { total, missingAlt } };
};

const MD_IMAGE = /!\[([^\]]*)\]\(([^)\s]+)\)/g;

/**
 * Facts of the demo site's markdown-ish body (`## heading`, `- list`, `![alt](url)`): the same
 * figures as for HTML, with block types named after what the site renders.
 */
export const analyseMarkdown = (source: string): ContentFacts => {
  const blocks: string[] = [];
  const add = (name: string) => {
    if (!blocks.includes(name)) blocks.push(name);
  };
  let total = 0;
  let missingAlt = 0;
  for (const match of source.matchAll(MD_IMAGE)) {
    total += 1;
    if (!match[1]!.trim()) missingAlt += 1;
  }
  for (const block of source.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const trimmed = block.trim();
    if (!trimmed) continue;
    if (/^!\[[^\]]*\]\([^)]*\)$/.test(trimmed)) add('image');
    else if (/^#{1,3}\s/.test(trimmed)) add('heading');
    else if (trimmed.split('\n').every((line) => /^[-*]\s+/.test(line))) add('list');
    else add('paragraph');
  }
  const words = countWords(
    source
      .replace(MD_IMAGE, ' ')
      .replace(/\]\([^)\s]*\)/g, ' ')
      .replace(/[#*[\]]/g, ' '),
  );
  return { wordCount: words, blocks, images: { total, missingAlt } };
};

/** Length of the visible text of an HTML description, as a person counts characters. */
export const visibleLength = (html: string): number => characterLength(htmlText(html));

/**
 * The visible text of an HTML description, spacing collapsed and clipped to `max` characters:
 * what a reader of the product sheet sees, so that a rule can check what it says (a keyword),
 * not only how long it is.
 */
export const visibleText = (html: string, max = 5_000): string =>
  Array.from(htmlText(html).replace(/\s+/g, ' ').trim()).slice(0, max).join('');
