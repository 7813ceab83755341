/**
 * The page's markup facts (adapters/markup.ts) read from the live DOM, without serialising it.
 * The snapshot used to digest `documentElement.outerHTML`: serialising the block editor's
 * document and scanning the string again cost more than the rest of the snapshot (profiles in
 * docs/benchmarks). This walk feeds the same digest the tokens that `tokenize` would read from
 * that serialisation — same elements, attributes, text, raw-text elements and void elements, in
 * the same order — so both readers give the same facts (markup-dom.test.ts compares them).
 *
 * Bounded: at most `maxNodes` nodes are visited (the HTML reader reads at most its first
 * 1.5 million characters; on larger pages the two bounds cut at different places).
 */
import { isVoid as isVoidElement } from '../../adapters/lib/html.ts';
import { type MarkupFacts, markupDigest } from '../../adapters/markup.ts';

export interface MarkupNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly firstChild: MarkupNode | null;
  readonly nextSibling: MarkupNode | null;
  readonly parentNode: MarkupNode | null;
  /** Elements: their attributes' names, in order (one array, no `Attr` objects). */
  getAttributeNames?(): string[];
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** What the HTML serialiser writes without children or closing tag (void for it, not for `tokenize`). */
const SERIALISED_VOID = new Set(['basefont', 'bgsound', 'frame', 'keygen', 'param']);
/** What `tokenize` reads as one raw-text token (no open or close token). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template']);

export const MAX_MARKUP_NODES = 150_000;

/** Attributes as `tokenize` gives them: lower-cased names, the first of a name kept. */
const attributesOf = (node: MarkupNode): Record<string, string> => {
  const attrs: Record<string, string> = {};
  const names = node.getAttributeNames?.();
  if (!names) return attrs;
  for (let i = 0; i < names.length; i += 1) {
    const name = names[i]!;
    const key = name.toLowerCase();
    if (!Object.hasOwn(attrs, key)) attrs[key] = node.getAttribute!(name) ?? '';
  }
  return attrs;
};

/** Markup facts of a document, from its root element (`document.documentElement`). */
export const markupFactsFromDom = (root: MarkupNode, maxNodes = MAX_MARKUP_NODES): MarkupFacts => {
  const sink = markupDigest();
  /** Names of the open elements, innermost last: each is closed after its last child. */
  const open: string[] = [];
  let budget = maxNodes;
  let node: MarkupNode | null = root;
  while (node) {
    budget -= 1;
    let descend = false;
    const type = node.nodeType;
    if (type === TEXT || type === CDATA) {
      if (sink.wantsText()) sink.text(node.nodeValue ?? '');
    } else if (type === ELEMENT) {
      const name = node.nodeName.toLowerCase();
      const attrs = attributesOf(node);
      if (RAW_TEXT.has(name)) {
        const element = node;
        sink.raw(name, attrs, () => element.textContent ?? '');
      } else {
        const isVoid = isVoidElement(name);
        sink.open(name, attrs, isVoid);
        if (!isVoid && !SERIALISED_VOID.has(name)) {
          open.push(name);
          descend = true;
        }
      }
    }
    if (budget <= 0) break; // closing what is open, visiting nothing more
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) sink.close(open.pop()!);
    // Up to the next sibling, closing each element left on the way (never above the root).
    while (node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node) break;
      sink.close(open.pop()!);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  while (open.length > 0) sink.close(open.pop()!);
  return sink.facts();
};
