/**
 * A few dozen lines of DOM for unit tests: elements with attributes, children, text, labels,
 * and `querySelector(All)`/`closest`/`matches` for simple selectors (`tag`, `#id`, `.class`,
 * `[attr]`, `[attr="value"]`, compounds of these, comma lists). Enough for the capture's pure
 * modules, which only read what `ElementLike`/`SeoDocument` declare.
 */
import type { SeoDocument } from '../seo/snapshot.ts';

type Child = FakeElement | FakeText;

export class FakeText {
  readonly nodeType = 3;
  readonly nodeName = '#text';
  readonly childNodes: Child[] = [];
  parentElement: FakeElement | null = null;
  constructor(public nodeValue: string) {}
  get textContent() {
    return this.nodeValue;
  }
}

interface SimpleSelector {
  tag?: string;
  id?: string;
  classes: string[];
  attributes: { name: string; value?: string }[];
}

const parseCompound = (text: string): SimpleSelector => {
  const selector: SimpleSelector = { classes: [], attributes: [] };
  const pattern = /([a-zA-Z][\w-]*)|#([\w-]+)|\.([\w-]+)|\[([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\]]*)))?\]/g;
  let consumed = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index !== consumed) throw new Error(`unsupported selector: ${text}`);
    consumed += match[0].length;
    if (match[1]) selector.tag = match[1].toUpperCase();
    else if (match[2]) selector.id = match[2];
    else if (match[3]) selector.classes.push(match[3]);
    else selector.attributes.push({ name: match[4]!, value: match[5] ?? match[6] ?? match[7] });
  }
  if (consumed !== text.length) throw new Error(`unsupported selector: ${text}`);
  return selector;
};

const parseList = (selectors: string) => selectors.split(',').map((part) => parseCompound(part.trim()));

export class FakeElement {
  readonly nodeType = 1;
  readonly tagName: string;
  readonly attributes = new Map<string, string>();
  readonly childNodes: Child[] = [];
  parentElement: FakeElement | null = null;
  ownerDocument: { getElementById(id: string): FakeElement | null } | null = null;
  // Properties real controls have; tests set the ones they need.
  labels?: FakeElement[] | null;
  value?: string;
  type?: string;
  checked?: boolean;
  disabled?: boolean;
  files?: { name: string; size: number }[] | null;
  selectedOptions?: { value: string }[];
  isContentEditable?: boolean;
  href?: string;

  constructor(tag: string) {
    this.tagName = tag.toUpperCase();
  }
  get nodeName() {
    return this.tagName;
  }
  get nodeValue() {
    return null;
  }
  get id() {
    return this.attributes.get('id') ?? '';
  }
  get name() {
    return this.attributes.get('name') ?? '';
  }
  get control(): FakeElement | null {
    if (this.tagName !== 'LABEL') return null;
    const target = this.attributes.get('for');
    if (target) return this.ownerDocument?.getElementById(target) ?? null;
    return this.querySelector('input,select,textarea');
  }
  get textContent(): string {
    return this.childNodes.map((child) => child.textContent).join('');
  }
  get children(): FakeElement[] {
    return this.childNodes.filter((child): child is FakeElement => child instanceof FakeElement);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  append(...children: (Child | string)[]) {
    for (const child of children) {
      const node = typeof child === 'string' ? new FakeText(child) : child;
      node.parentElement = this;
      this.childNodes.push(node);
    }
    return this;
  }
  matches(selectors: string): boolean {
    return parseList(selectors).some(
      (s) =>
        (!s.tag || s.tag === this.tagName) &&
        (!s.id || s.id === this.id) &&
        s.classes.every((name) => (this.getAttribute('class') ?? '').split(/\s+/).includes(name)) &&
        s.attributes.every((a) =>
          a.value === undefined ? this.hasAttribute(a.name) : this.getAttribute(a.name) === a.value,
        ),
    );
  }
  closest(selectors: string): FakeElement | null {
    for (let node: FakeElement | null = this; node; node = node.parentElement)
      if (node.matches(selectors)) return node;
    return null;
  }
  /** Descendants in document order. */
  *descendants(): Generator<FakeElement> {
    for (const child of this.children) {
      yield child;
      yield* child.descendants();
    }
  }
  querySelectorAll(selectors: string): FakeElement[] {
    return [...this.descendants()].filter((element) => element.matches(selectors));
  }
  querySelector(selectors: string): FakeElement | null {
    return this.querySelectorAll(selectors)[0] ?? null;
  }
}

type Props = Partial<
  Pick<
    FakeElement,
    'value' | 'type' | 'checked' | 'disabled' | 'files' | 'selectedOptions' | 'isContentEditable' | 'href'
  >
>;

/** Attributes by name; `props` sets DOM properties (`value`, `checked`…) that are not attributes. */
export interface Attributes {
  props?: Props;
  [name: string]: string | boolean | undefined | Props;
}

/** `h('a', { href: '/x' }, 'text', h('img', { alt: 'y' }))`. */
export const h = (tag: string, attributes: Attributes = {}, ...children: (FakeElement | string)[]) => {
  const element = new FakeElement(tag);
  const { props, ...attrs } = attributes;
  for (const [name, value] of Object.entries(attrs))
    if (typeof value === 'string' || value === true)
      element.attributes.set(name, value === true ? '' : value);
  if (props) Object.assign(element, props);
  return element.append(...children);
};

/** Wires `ownerDocument` and `labels` (by `for` and by wrapping) through a tree. */
export const connect = (root: FakeElement) => {
  const all = [root, ...root.descendants()];
  const doc = { getElementById: (id: string) => all.find((element) => element.id === id) ?? null };
  for (const element of all) element.ownerDocument = doc;
  for (const element of all) {
    if (!['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName) || element.labels !== undefined) continue;
    element.labels = all.filter(
      (label) =>
        label.tagName === 'LABEL' &&
        (label.getAttribute('for') === element.id ||
          (!label.hasAttribute('for') && label.querySelector('input,select,textarea') === element)),
    );
  }
  return doc;
};

export interface FakeDocumentOptions {
  title?: string;
  url?: string;
  lang?: string;
  head?: FakeElement[];
  body?: FakeElement[];
}

/** A document with `<html lang><head>…</head><body>…</body></html>`. */
export const fakeDocument = ({
  title = '',
  url = 'http://127.0.0.1:4300/',
  lang,
  head = [],
  body = [],
}: FakeDocumentOptions): SeoDocument & { html: FakeElement } => {
  const html = h('html', { lang }, h('head', {}, ...head), h('body', {}, ...body));
  connect(html);
  return {
    html,
    title,
    baseURI: url,
    documentElement: html,
    body: html.children[1]!,
    querySelector: (selectors) => (html.matches(selectors) ? html : html.querySelector(selectors)),
    querySelectorAll: (selectors) => html.querySelectorAll(selectors),
  };
};
