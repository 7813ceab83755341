/**
 * The Markdown of question instructions, rendered safely: a small parser that builds Preact
 * VNodes directly, so no string ever becomes HTML. Raw HTML in the source shows as text; links
 * are kept only for http(s) URLs and open in a new tab without access to the opener.
 *
 * Supported: paragraphs (a single newline is a line break), headings `#`–`###`, unordered
 * (`-`, `*`, `+`) and ordered (`1.`, `1)`) lists with nesting by indentation, `**bold**`,
 * `*italic*`, `` `code` ``, `[text](https://…)`, backslash escapes, and `{{variable}}`
 * placeholders replaced by the subject's values (as text: a value is never read as Markdown).
 */
import { type ComponentChild, h } from 'preact';

export type Variables = Readonly<Record<string, string>>;

export interface MarkdownOptions {
  variables?: Variables;
  /** Added to heading depth: with 3, `#` renders as `<h4>`. Depths stop at `<h6>`. */
  headingOffset?: number;
}

export const variableMap = (variables: readonly { name: string; value: string }[]): Variables =>
  Object.fromEntries(variables.map(({ name, value }) => [name, value]));

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/y;
const PLACEHOLDERS = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/g;

const lookup = (variables: Variables, name: string): string | undefined =>
  Object.hasOwn(variables, name) ? variables[name] : undefined;

/** Replaces known `{{name}}` placeholders; unknown ones stay visible, as the designer wrote them. */
export const substitute = (text: string, variables: Variables): string =>
  text.replace(PLACEHOLDERS, (whole, name: string) => lookup(variables, name) ?? whole);

/** Only absolute http(s) URLs become links; everything else (javascript:, data:, relative) is refused. */
export const safeHref = (url: string): string | null => {
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
};

// ---------------------------------------------------------------------------------------------
// Blocks

type Block =
  | { kind: 'heading'; depth: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] };

interface ListMarker {
  ordered: boolean;
  start: number;
  indent: number;
  /** Column where the item's text starts. */
  contentIndent: number;
  text: string;
}

const HEADING = /^ {0,3}(#{1,3})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const BULLET = /^( {0,3})([-*+])([ \t]+|$)(.*)$/;
const ORDERED = /^( {0,3})(\d{1,9})([.)])([ \t]+|$)(.*)$/;

const isBlank = (line: string) => line.trim() === '';
const indentOf = (line: string) => line.length - line.trimStart().length;

const listMarker = (line: string): ListMarker | null => {
  const bullet = BULLET.exec(line);
  if (bullet) {
    const indent = bullet[1]!.length;
    return {
      ordered: false,
      start: 1,
      indent,
      contentIndent: indent + 1 + Math.min(bullet[3]!.length || 1, 4),
      text: bullet[4]!,
    };
  }
  const ordered = ORDERED.exec(line);
  if (ordered) {
    const indent = ordered[1]!.length;
    return {
      ordered: true,
      start: Number(ordered[2]),
      indent,
      contentIndent: indent + ordered[2]!.length + 1 + Math.min(ordered[4]!.length || 1, 4),
      text: ordered[5]!,
    };
  }
  return null;
};

/** Whether a line ends the paragraph above it (an ordered list may only interrupt with `1.`). */
const interruptsParagraph = (line: string) => {
  if (HEADING.test(line)) return true;
  const marker = listMarker(line);
  return marker !== null && (!marker.ordered || marker.start === 1);
};

const parseList = (lines: string[], from: number, first: ListMarker, out: Block[]): number => {
  const items: Block[][] = [];
  let i = from;
  let marker: ListMarker | null = first;
  while (marker) {
    // Lenient nesting: two spaces are enough to nest under `1.`, as people often write.
    const nestIndent = Math.min(marker.contentIndent, marker.indent + 2);
    const content = [marker.text];
    let afterBlank = false;
    i++;
    while (i < lines.length) {
      const line = lines[i]!;
      if (isBlank(line)) {
        let next = i + 1;
        while (next < lines.length && isBlank(lines[next]!)) next++;
        if (next < lines.length && indentOf(lines[next]!) >= nestIndent) {
          for (; i < next; i++) content.push('');
          afterBlank = true;
          continue;
        }
        break;
      }
      const indent = indentOf(line);
      if (indent >= nestIndent) {
        content.push(line.slice(Math.min(indent, marker.contentIndent)));
        afterBlank = false;
        i++;
        continue;
      }
      // A lazy continuation line belongs to the item's last paragraph.
      if (!afterBlank && !listMarker(line) && !HEADING.test(line)) {
        content.push(line.trim());
        i++;
        continue;
      }
      break;
    }
    items.push(parseBlocks(content));
    let next = i;
    while (next < lines.length && isBlank(lines[next]!)) next++;
    const following = next < lines.length ? listMarker(lines[next]!) : null;
    if (following && following.ordered === first.ordered) {
      i = next;
      marker = following;
    } else marker = null;
  }
  out.push({ kind: 'list', ordered: first.ordered, start: first.start, items });
  return i;
};

const parseBlocks = (lines: string[]): Block[] => {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const text = (heading[2] ?? '').trim();
      if (text) blocks.push({ kind: 'heading', depth: heading[1]!.length, text });
      i++;
      continue;
    }
    const marker = listMarker(line);
    if (marker) {
      i = parseList(lines, i, marker, blocks);
      continue;
    }
    const paragraph = [line.trim()];
    i++;
    while (i < lines.length && !isBlank(lines[i]!) && !interruptsParagraph(lines[i]!)) {
      paragraph.push(lines[i]!.trim());
      i++;
    }
    blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
  }
  return blocks;
};

const toLines = (source: string): string[] =>
  source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^\t+/, (tabs) => '    '.repeat(tabs.length)).replace(/[ \t]+$/, ''));

// ---------------------------------------------------------------------------------------------
// Inlines

interface InlineContext {
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
type Piece = ComponentChild | Delimiter;

const isDelimiter = (piece: Piece): piece is Delimiter =>
  typeof piece === 'object' && piece !== null && (piece as Delimiter).delimiter === true;

/** Joins adjacent strings so the tree stays as small as the text it shows. */
const mergeText = (pieces: Piece[]): ComponentChild[] => {
  const out: ComponentChild[] = [];
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
const resolveEmphasis = (pieces: Piece[]): ComponentChild[] => {
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
        pieces.splice(at + 1, i - at - 1, h(use === 2 ? 'strong' : 'em', null, ...inner));
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

const parseInline = (src: string, context: InlineContext): ComponentChild[] => {
  const pieces: Piece[] = [];
  let text = '';
  const flushText = () => {
    if (!text) return;
    text.split('\n').forEach((part, index) => {
      if (index > 0) pieces.push(h('br', null));
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
        pieces.push(h('code', null, substitute(code, context.variables)));
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
        if (href) pieces.push(h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, ...label));
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

// ---------------------------------------------------------------------------------------------
// Rendering

const renderBlock = (block: Block, context: InlineContext, headingOffset: number): ComponentChild => {
  if (block.kind === 'heading')
    return h(`h${Math.min(6, block.depth + headingOffset)}`, null, ...parseInline(block.text, context));
  if (block.kind === 'paragraph') return h('p', null, ...parseInline(block.text, context));
  return h(
    block.ordered ? 'ol' : 'ul',
    block.ordered && block.start !== 1 ? { start: block.start } : null,
    ...block.items.map((item) => h('li', null, ...renderItem(item, context, headingOffset))),
  );
};

const renderBlocks = (blocks: Block[], context: InlineContext, headingOffset: number): ComponentChild[] =>
  blocks.map((block) => renderBlock(block, context, headingOffset));

/** A tight item (one paragraph, maybe followed by a nested list) shows its text without `<p>`. */
const renderItem = (blocks: Block[], context: InlineContext, headingOffset: number): ComponentChild[] => {
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph').length;
  if (paragraphs > 1) return renderBlocks(blocks, context, headingOffset);
  return blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? parseInline(block.text, context)
      : renderBlocks([block], context, headingOffset),
  );
};

export const renderMarkdown = (source: string, options: MarkdownOptions = {}): ComponentChild[] =>
  renderBlocks(
    parseBlocks(toLines(source)),
    { variables: options.variables ?? {}, inLink: false },
    Math.max(0, options.headingOffset ?? 0),
  );
