/**
 * The Markdown of question instructions, rendered safely into a neutral tree (no string ever
 * becomes HTML): the one renderer of Témoin, used by the candidate's overlay (Preact) and the
 * designer's live preview (DOM), so both show the same thing. Raw HTML in the source shows as
 * text; links are kept only for http(s) URLs and open in a new tab without access to the opener.
 *
 * Supported: paragraphs (a single newline is a line break), headings `#`–`###`, unordered
 * (`-`, `*`, `+`) and ordered (`1.`, `1)`) lists with nesting by indentation, `**bold**`,
 * `*italic*`, `` `code` ``, `[text](https://…)`, backslash escapes, and `{{variable}}`
 * placeholders replaced by the subject's values (as text: a value is never read as Markdown).
 */
import { type Block, parseBlocks, toLines } from './blocks.ts';
import { el, type InlineContext, type MdNode, parseInline } from './inlines.ts';
import type { Variables } from './variables.ts';

export type { MdElement, MdNode } from './inlines.ts';
export { safeHref, substitute, type Variables, variableMap } from './variables.ts';

export interface MarkdownOptions {
  variables?: Variables;
  /** Added to heading depth: with 3, `#` renders as `<h4>`. Depths stop at `<h6>`. */
  headingOffset?: number;
}

const renderBlock = (block: Block, context: InlineContext, headingOffset: number): MdNode => {
  if (block.kind === 'heading')
    return el(`h${Math.min(6, block.depth + headingOffset)}`, null, ...parseInline(block.text, context));
  if (block.kind === 'paragraph') return el('p', null, ...parseInline(block.text, context));
  return el(
    block.ordered ? 'ol' : 'ul',
    block.ordered && block.start !== 1 ? { start: block.start } : null,
    ...block.items.map((item) => el('li', null, ...renderItem(item, context, headingOffset))),
  );
};

const renderBlocks = (blocks: Block[], context: InlineContext, headingOffset: number): MdNode[] =>
  blocks.map((block) => renderBlock(block, context, headingOffset));

/** A tight item (one paragraph, maybe followed by a nested list) shows its text without `<p>`. */
const renderItem = (blocks: Block[], context: InlineContext, headingOffset: number): MdNode[] => {
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph').length;
  if (paragraphs > 1) return renderBlocks(blocks, context, headingOffset);
  return blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? parseInline(block.text, context)
      : renderBlocks([block], context, headingOffset),
  );
};

export const renderMarkdownTree = (source: string, options: MarkdownOptions = {}): MdNode[] =>
  renderBlocks(
    parseBlocks(toLines(source)),
    { variables: options.variables ?? {}, inLink: false },
    Math.max(0, options.headingOffset ?? 0),
  );
