/**
 * The overlay's side of the subject's Markdown: the one renderer (shared/markdown/render.ts,
 * also behind the designer's live preview) turned into Preact VNodes. Its supported subset and
 * its safety rules are documented there.
 */
import { type ComponentChild, h } from 'preact';
import { type MarkdownOptions, type MdNode, renderMarkdownTree } from '../../shared/markdown/render.ts';

export {
  type MarkdownOptions,
  safeHref,
  substitute,
  type Variables,
  variableMap,
} from '../../shared/markdown/render.ts';

const toVNode = (node: MdNode): ComponentChild =>
  typeof node === 'string' ? node : h(node.tag, node.attrs, ...node.children.map(toVNode));

export const renderMarkdown = (source: string, options: MarkdownOptions = {}): ComponentChild[] =>
  renderMarkdownTree(source, options).map(toVNode);
