/**
 * A small, forgiving HTML scanner for strings (post content from a REST response, a page
 * fetched by the background for an end-state check). No DOM: a service worker has none, and
 * the adapters must run in Node tests. It knows what evidence needs — tags, attributes, text,
 * comments (WordPress block delimiters), raw-text elements (`script`, `style`) — and nothing of
 * tree construction: callers track the few nestings they care about.
 */

export type HtmlToken =
  | { type: 'open'; name: string; attrs: Readonly<Record<string, string>>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string }
  /** Content of `script`, `style`, `textarea`, `title`: not HTML, given whole. */
  | { type: 'raw'; name: string; text: string; attrs: Readonly<Record<string, string>> }
  | { type: 'comment'; text: string };

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  euro: '€',
  copy: '©',
  reg: '®',
  deg: '°',
  middot: '·',
  times: '×',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  auml: 'ä',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ouml: 'ö',
  oelig: 'œ',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  Agrave: 'À',
  Eacute: 'É',
  Egrave: 'È',
  Ecirc: 'Ê',
  Ccedil: 'Ç',
  OElig: 'Œ',
};

/** Decodes character references (numeric and the common named ones). */
export const decodeEntities = (text: string): string =>
  text.includes('&')
    ? text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
        if (ref[0] === '#') {
          const code =
            ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
          return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED[ref] ?? whole;
      })
    : text;

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

export const isVoid = (name: string): boolean => VOID.has(name);

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const parseAttributes = (source: string): Record<string, string> => {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (Object.hasOwn(attrs, name)) continue;
    attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
};

/** Runs of characters that neither quote nor end a tag (one class, greedy: linear, no backtracking). */
const PLAIN = /[^"'>]*/y;

/** End of a tag starting at `from` (the index of `<`), respecting quoted attribute values. */
const tagEnd = (html: string, from: number): number => {
  let at = from + 1;
  for (;;) {
    PLAIN.lastIndex = at;
    PLAIN.test(html);
    at = PLAIN.lastIndex;
    const char = html[at];
    if (char === '>') return at;
    if (char === undefined) return -1;
    const close = html.indexOf(char, at + 1);
    if (close < 0) return -1;
    at = close + 1;
  }
};

/**
 * Index of the next `</name` (any case) from `from`, or -1. Looks only at each `</`: lowering the
 * whole source for every raw-text element cost a back office page (dozens of inline scripts,
 * a megabyte of markup) hundreds of milliseconds in the candidate's page.
 */
const closingTag = (source: string, name: string, from: number): number => {
  for (let at = source.indexOf('</', from); at >= 0; at = source.indexOf('</', at + 2))
    if (source.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  return -1;
};

/** Scans HTML into tokens. Bounded by `maxChars` so that a huge page cannot stall the caller. */
export function* tokenize(html: string, maxChars = 2_000_000): Generator<HtmlToken> {
  const source = html.length > maxChars ? html.slice(0, maxChars) : html;
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) {
      yield { type: 'text', text: decodeEntities(source.slice(i)) };
      return;
    }
    if (lt > i) yield { type: 'text', text: decodeEntities(source.slice(i, lt)) };
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      yield { type: 'comment', text: source.slice(lt + 4, end < 0 ? source.length : end) };
      i = end < 0 ? source.length : end + 3;
      continue;
    }
    const next = source[lt + 1] ?? '';
    if (next === '!' || next === '?') {
      const end = source.indexOf('>', lt);
      i = end < 0 ? source.length : end + 1;
      continue;
    }
    if (next === '/') {
      const end = source.indexOf('>', lt);
      const name = source
        .slice(lt + 2, end < 0 ? source.length : end)
        .trim()
        .toLowerCase();
      if (/^[a-z]/.test(name)) yield { type: 'close', name: name.split(/\s/)[0]! };
      i = end < 0 ? source.length : end + 1;
      continue;
    }
    if (!/[a-z]/i.test(next)) {
      yield { type: 'text', text: '<' };
      i = lt + 1;
      continue;
    }
    const end = tagEnd(source, lt);
    if (end < 0) {
      yield { type: 'text', text: decodeEntities(source.slice(lt)) };
      return;
    }
    const inner = source.slice(lt + 1, end);
    const nameMatch = /^[^\s/>]+/.exec(inner);
    const name = (nameMatch?.[0] ?? '').toLowerCase();
    const selfClosing = inner.endsWith('/');
    const attrs = parseAttributes(inner.slice(name.length, selfClosing ? -1 : undefined));
    i = end + 1;
    if (RAW_TEXT.has(name) && !selfClosing) {
      const close = closingTag(source, name, i);
      const stop = close < 0 ? source.length : close;
      const raw = source.slice(i, stop);
      yield {
        type: 'raw',
        name,
        attrs,
        text: name === 'title' || name === 'textarea' ? decodeEntities(raw) : raw,
      };
      const closeEnd = close < 0 ? source.length : source.indexOf('>', close);
      i = closeEnd < 0 ? source.length : closeEnd + 1;
      continue;
    }
    yield { type: 'open', name, attrs, selfClosing: selfClosing || VOID.has(name) };
  }
}

const BLOCK_BREAK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'blockquote',
  'table',
  'main',
  'nav',
  'aside',
]);

/** Visible text of an HTML fragment: block boundaries become spaces, spacing collapsed. */
export const htmlText = (html: string): string => {
  const parts: string[] = [];
  for (const token of tokenize(html)) {
    if (token.type === 'text') parts.push(token.text);
    else if ((token.type === 'open' || token.type === 'close') && BLOCK_BREAK.has(token.name))
      parts.push(' ');
  }
  return collapse(parts.join(''));
};

export const collapse = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
