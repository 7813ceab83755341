/**
 * The slice of the DOM the capture reads, as plain interfaces: real elements satisfy them, and
 * unit tests build small trees of plain objects (see `testing/fake-dom.ts`) without a DOM.
 */

export interface ElementLike {
  readonly tagName: string;
  readonly id: string;
  readonly parentElement: ElementLike | null;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector?(selectors: string): ElementLike | null;
  closest?(selectors: string): ElementLike | null;
  matches?(selectors: string): boolean;
  /** Form controls: the labels that name them (`label[for]` and wrapping labels). */
  readonly labels?: ArrayLike<ElementLike> | null;
  /** `<label>`: the control it labels. */
  readonly control?: ElementLike | null;
  readonly isContentEditable?: boolean;
  /** Resolved link target of `<a>`/`<area>`. */
  readonly href?: unknown;
  readonly value?: unknown;
  readonly type?: unknown;
  readonly name?: unknown;
  readonly ownerDocument?: { getElementById(id: string): ElementLike | null } | null;
}

export const tagOf = (element: ElementLike) => element.tagName.toLowerCase();

export const stringProp = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Lower-cased `type` of an input (`text` when absent), or the tag for other elements. */
export const inputType = (element: ElementLike): string => {
  const tag = tagOf(element);
  if (tag !== 'input') return tag;
  return (stringProp(element.type) || element.getAttribute('type') || 'text').toLowerCase();
};

/** Text of the elements an `aria-labelledby` names. */
export const labelledByText = (element: ElementLike): string => {
  const ids = element.getAttribute('aria-labelledby');
  const doc = element.ownerDocument;
  if (!ids || !doc) return '';
  return ids
    .split(/\s+/)
    .map((id) => (id ? (doc.getElementById(id)?.textContent ?? '') : ''))
    .join(' ')
    .trim();
};

/** Text of a control's labels, without the control's own text (a wrapping label holds it). */
export const labelsText = (element: ElementLike): string => {
  const labels = element.labels;
  if (!labels) return '';
  const parts: string[] = [];
  for (let i = 0; i < labels.length; i += 1) {
    const text = labels[i]?.textContent ?? '';
    if (text.trim()) parts.push(text);
  }
  return parts.join(' ');
};
