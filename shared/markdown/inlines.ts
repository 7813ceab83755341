/**
 * Inline Markdown of the subject's texts — `**bold**`, `*italic*` (CommonMark's delimiter
 * rules for `*`), `` `code` ``, `[text](https://…)`, backslash escapes and `{{variable}}`
 * placeholders (a value is text, never Markdown) — into a neutral tree of elements and
 * strings that each UI turns into its own nodes (Preact in the overlay, DOM in the editor).
 */
import { lookup, PLACEHOLDER, safeHref, substitute, type Variables } from './variables.ts';

/** A rendered element: a tag from the subset, its attributes, its children. */
export interface MdElement {
  tag: string;
  attrs: Readonly<Record<string, string | number>> | null;
  children: MdNode[];
}
export type MdNode = string | MdElement;

export const el = (tag: string, attrs: MdElement['attrs'], ...children: MdNode[]): MdElement => ({
  tag,
  attrs,
  children,
});

export interface InlineContext {
  variables: Variables;
  inLink: boolean;
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;

const backtickRun = (src: string, at: number) => {
  let end = at;
  while (src[end] === '`') end++;
  return end - at;
};

/** Index of the backtick run closing a code span opened by `length` backticks at `from`, or -1. */
const codeClose = (src: string, from: number, length: number): number => {
  let j = from;
  while (j < src.length) {
    if (src[j] === '`') {
      const run = backtickRun(src, j);
      if (run === length) return j;
      j += run;
    } else j++;
  }
  return -1;
};

interface LinkParts {
  label: string;
  url: string;
  end: number;
}

/** `[label](url "optional title")` starting at `at`, or null. */
const linkAt = (src: string, at: number): LinkParts | null => {
  let depth = 0;
  let j = at;
  for (; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) break;
  }
  if (j >= src.length || src[j + 1] !== '(') return null;
  const label = src.slice(at + 1, j);
  let parens = 0;
  let k = j + 2;
  for (; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === '(') parens++;
    else if (c === ')') {
      if (parens === 0) break;
      parens--;
    } else if (c === '\n') return null;
  }
  if (k >= src.length) return null;
  const target = src.slice(j + 2, k).trim();
  const url = target.split(/\s+/)[0] ?? '';
  return { label, url, end: k + 1 };
};

/** A run of `*` waiting to become emphasis (CommonMark's delimiter run, for `*` only). */
interface Delimiter {
  delimiter: true;
  count: number;
  /** Length of the run as written, for the rule of three. */
  length: number;
  canOpen: boolean;
  canClose: boolean;
}
type Piece = MdNode | Delimiter;

const isDelimiter = (piece: Piece): piece is Delimiter =>
  typeof piece === 'object' && piece !== null && (piece as Delimiter).delimiter === true;

/** Joins adjacent strings so the tree stays as small as the text it shows. */
const mergeText = (pieces: Piece[]): MdNode[] => {
  const out: MdNode[] = [];
  for (const piece of pieces) {
    const value = isDelimiter(piece) ? '*'.repeat(piece.count) : piece;
    if (value === '') continue;
    const last = out.length - 1;
    if (typeof value === 'string' && typeof out[last] === 'string') out[last] += value;
    else out.push(value);
  }
  return out;
};

/** CommonMark's "process emphasis", restricted to `*`: pairs delimiter runs into `<em>`/`<strong>`. */
const resolveEmphasis = (pieces: Piece[]): MdNode[] => {
  const openers: Delimiter[] = [];
  /** Per kind of closer, the stack height below which no opener can match: keeps the work linear. */
  const floor = new Map<string, number>();
  let i = 0;
  while (i < pieces.length) {
    const closer = pieces[i]!;
    if (!isDelimiter(closer)) {
      i++;
      continue;
    }
    if (closer.canClose && closer.count > 0) {
      const kind = `${closer.length % 3}${closer.canOpen}`;
      let found = -1;
      for (let s = openers.length - 1; s >= (floor.get(kind) ?? 0); s--) {
        const opener = openers[s]!;
        const ruleOfThree =
          (opener.canClose || closer.canOpen) &&
          (opener.length + closer.length) % 3 === 0 &&
          !(opener.length % 3 === 0 && closer.length % 3 === 0);
        if (!ruleOfThree) {
          found = s;
          break;
        }
      }
      if (found >= 0) {
        const opener = openers[found]!;
        openers.length = found + 1;
        const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
        opener.count -= use;
        closer.count -= use;
        const at = pieces.indexOf(opener);
        const inner = mergeText(pieces.slice(at + 1, i));
        pieces.splice(at + 1, i - at - 1, el(use === 2 ? 'strong' : 'em', null, ...inner));
        i = at + 2;
        if (opener.count === 0) {
          pieces.splice(at, 1);
          openers.pop();
          i--;
        }
        if (closer.count === 0) pieces.splice(i, 1);
        continue;
      }
      floor.set(kind, openers.length);
    }
    if (closer.canOpen && closer.count > 0) openers.push(closer);
    i++;
  }
  return mergeText(pieces);
};

export const parseInline = (src: string, context: InlineContext): MdNode[] => {
  const pieces: Piece[] = [];
  let text = '';
  const flushText = () => {
    if (!text) return;
    text.split('\n').forEach((part, index) => {
      if (index > 0) pieces.push(el('br', null));
      if (part) pieces.push(part);
    });
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length && ESCAPABLE.test(src[i + 1]!)) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (c === '{' && src[i + 1] === '{') {
      PLACEHOLDER.lastIndex = i;
      const placeholder = PLACEHOLDER.exec(src);
      if (placeholder) {
        text += lookup(context.variables, placeholder[1]!) ?? placeholder[0];
        i += placeholder[0].length;
        continue;
      }
    }
    if (c === '`') {
      const run = backtickRun(src, i);
      const close = codeClose(src, i + run, run);
      if (close >= 0) {
        let code = src.slice(i + run, close).replace(/\n/g, ' ');
        if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ')) code = code.slice(1, -1);
        flushText();
        pieces.push(el('code', null, substitute(code, context.variables)));
        i = close + run;
        continue;
      }
      text += src.slice(i, i + run);
      i += run;
      continue;
    }
    if (c === '*') {
      let end = i;
      while (src[end] === '*') end++;
      const before = src[i - 1];
      const after = src[end];
      flushText();
      pieces.push({
        delimiter: true,
        count: end - i,
        length: end - i,
        canOpen: after !== undefined && !/\s/.test(after),
        canClose: before !== undefined && !/\s/.test(before),
      });
      i = end;
      continue;
    }
    if (c === '[' && !context.inLink) {
      const link = linkAt(src, i);
      if (link) {
        flushText();
        const label = parseInline(link.label, { ...context, inLink: true });
        const href = safeHref(substitute(link.url, context.variables));
        if (href) pieces.push(el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, ...label));
        // A refused link keeps its words and loses its target.
        else pieces.push(...label);
        i = link.end;
        continue;
      }
    }
    text += c;
    i++;
  }
  flushText();
  return resolveEmphasis(pieces);
};
