/**
 * Describes a clicked control as an examiner reads it: its role, its accessible name, a short
 * selector that stays valid across page loads, and where a link goes. Pure: works on
 * `ElementLike`, so it is tested without a DOM.
 */
import { redactSecretsInText } from '../../../shared/privacy/sensitive.ts';
import { clip } from '../text.ts';
import { type ElementLike, inputType, labelledByText, labelsText, stringProp, tagOf } from './element.ts';

export const OVERLAY_TAG = 'temoin-overlay';
const NAME_MAX = 80;
const SELECTOR_MAX = 120;

const BUTTON_INPUTS = new Set(['submit', 'button', 'reset', 'image']);
const CHOICE_INPUTS = new Set(['checkbox', 'radio']);
const INTERACTIVE_TAGS = new Set(['a', 'button', 'select', 'summary', 'label']);
const INTERACTIVE_ROLES = new Set([
  'button',
  'link',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'checkbox',
  'radio',
  'switch',
  'option',
  'treeitem',
]);

const explicitRole = (element: ElementLike): string =>
  (element.getAttribute('role') ?? '').trim().split(/\s+/)[0]!.toLowerCase();

export const isInteractive = (element: ElementLike): boolean => {
  const tag = tagOf(element);
  if (INTERACTIVE_TAGS.has(tag)) return true;
  if (tag === 'input') {
    const type = inputType(element);
    return BUTTON_INPUTS.has(type) || CHOICE_INPUTS.has(type);
  }
  return INTERACTIVE_ROLES.has(explicitRole(element));
};

/** Text fields and editors: a click there is typing, recorded as a field change instead. */
const isTypingTarget = (element: ElementLike): boolean => {
  const tag = tagOf(element);
  if (tag === 'textarea') return true;
  if (tag === 'input') return !isInteractive(element);
  return element.isContentEditable === true && !isInteractive(element);
};

/**
 * The control a click is about, from the event's composed path (innermost first): the nearest
 * interactive element, or `null` for clicks on plain content, in text fields, inside Témoin's
 * overlay, or on a label whose control receives its own click right after.
 */
export const findClickTarget = (path: readonly ElementLike[]): ElementLike | null => {
  let found: ElementLike | null = null;
  for (const element of path) {
    if (tagOf(element) === OVERLAY_TAG) return null;
    if (found) continue;
    if (isTypingTarget(element)) return null;
    if (isInteractive(element)) found = element;
  }
  if (found && tagOf(found) === 'label' && found.control) return null;
  return found;
};

/** The element and its ancestors, innermost first (what `composedPath()` gives, light DOM only). */
export const ancestry = (element: ElementLike | null): ElementLike[] => {
  const out: ElementLike[] = [];
  for (let node = element; node; node = node.parentElement) out.push(node);
  return out;
};

export const roleOf = (element: ElementLike): string => {
  const explicit = explicitRole(element);
  if (explicit) return explicit;
  const tag = tagOf(element);
  switch (tag) {
    case 'a':
    case 'area':
      return 'link';
    case 'button':
    case 'summary':
      return 'button';
    case 'select':
      return element.hasAttribute('multiple') || Number(element.getAttribute('size') ?? 0) > 1
        ? 'listbox'
        : 'combobox';
    case 'input': {
      const type = inputType(element);
      if (BUTTON_INPUTS.has(type)) return 'button';
      if (CHOICE_INPUTS.has(type)) return type;
      return 'textbox';
    }
    default:
      return tag;
  }
};

const DEFAULT_BUTTON_NAMES: Readonly<Record<string, string>> = { submit: 'Envoyer', reset: 'Réinitialiser' };

/** Accessible name, simplified from accname: the sources a site's authors actually use. */
export const accessibleName = (element: ElementLike): string => {
  const tag = tagOf(element);
  const type = inputType(element);
  const candidates: (() => string)[] = [
    () => labelledByText(element),
    () => element.getAttribute('aria-label') ?? '',
  ];
  if (tag === 'input' && BUTTON_INPUTS.has(type))
    candidates.push(
      () => (type === 'image' ? (element.getAttribute('alt') ?? '') : ''),
      () => stringProp(element.value) || element.getAttribute('value') || '',
      () => DEFAULT_BUTTON_NAMES[type] ?? '',
    );
  else if (tag === 'input' || tag === 'select') candidates.push(() => labelsText(element));
  else if (tag === 'img') candidates.push(() => element.getAttribute('alt') ?? '');
  else {
    candidates.push(
      () => element.textContent ?? '',
      () => element.querySelector?.('img[alt]')?.getAttribute('alt') ?? '',
    );
  }
  candidates.push(
    () => element.getAttribute('title') ?? '',
    () => element.getAttribute('placeholder') ?? '',
  );
  for (const candidate of candidates) {
    const name = clip(candidate(), NAME_MAX);
    if (name) return redactSecretsInText(name);
  }
  return '';
};

/** Ids that frameworks generate (`:r1:`, `ember123`, UUIDs…) change from load to load. */
const UNSTABLE_ID =
  /^(?:ember|yui|ext-gen|ui-id|mui-|react-|headlessui-|radix-|__next|rc-|cdk-|mat-)|[:\s]|\d{4,}|[0-9a-f]{8,}/i;
export const isStableId = (id: string): boolean =>
  id.length > 0 && id.length <= 64 && !/^\d/.test(id) && !UNSTABLE_ID.test(id);

/** Class names that are state or generated hashes say nothing lasting. */
const UNSTABLE_CLASS =
  /^(?:is-|has-|ng-|css-|sc-|jsx-|svelte-|emotion-|tw-)|(?:^|-)(?:active|hover|focus|focused|selected|open|opened|closed|disabled|current|visible|hidden)$|\d{3,}/i;
const SIMPLE_IDENT = /^[A-Za-z_][\w-]{0,40}$/;

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&').slice(0, 60)}"`;
const idSelector = (id: string) => (SIMPLE_IDENT.test(id) ? `#${id}` : `[id=${quote(id)}]`);

const ownSelector = (element: ElementLike): string => {
  const tag = tagOf(element);
  if (isStableId(element.id)) return `${tag}${idSelector(element.id)}`;
  const testId = element.getAttribute('data-testid');
  if (testId) return `${tag}[data-testid=${quote(testId)}]`;
  const name = element.getAttribute('name');
  if (name) return `${tag}[name=${quote(name)}]`;
  const classes = (element.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((name) => SIMPLE_IDENT.test(name) && !UNSTABLE_CLASS.test(name))
    .slice(0, 2);
  return tag + classes.map((name) => `.${name}`).join('');
};

/**
 * A short selector that survives reloads: `tag#id`, else `tag[data-testid]`, `tag[name]` or
 * `tag.class`, prefixed with the nearest ancestor that has a stable id.
 */
export const selectorOf = (element: ElementLike): string => {
  const own = ownSelector(element);
  if (own.includes('#') || own.includes('[id=')) return own.slice(0, SELECTOR_MAX);
  let ancestor = element.parentElement;
  for (let depth = 0; ancestor && depth < 8; depth += 1, ancestor = ancestor.parentElement) {
    if (isStableId(ancestor.id)) {
      const full = `${idSelector(ancestor.id)} ${own}`;
      return full.length <= SELECTOR_MAX ? full : own.slice(0, SELECTOR_MAX);
    }
  }
  return own.slice(0, SELECTOR_MAX);
};

/** Everything `ui.clicked` says about a control. */
export const describeControl = (element: ElementLike, redactHref: (href: string) => string) => {
  const tag = tagOf(element);
  const href = tag === 'a' || tag === 'area' ? stringProp(element.href) : '';
  return {
    role: roleOf(element),
    name: accessibleName(element),
    tag: tag.slice(0, 40),
    selector: selectorOf(element),
    ...(href ? { href: redactHref(href).slice(0, 2000) } : {}),
  };
};
