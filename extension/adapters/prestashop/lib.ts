/**
 * Shared PrestaShop knowledge: legacy admin controllers (`index.php?controller=AdminCartRules`,
 * `submitAdd<table>` buttons, `<field>_<id_lang>` translatable fields), Symfony admin routes
 * (`/index.php/sell/…`, `<form>[<field>][<id_lang>]`), the front office's cart controller.
 */
import { visibleLength, visibleText } from '../lib/content.ts';
import {
  amount,
  clip,
  type Fields,
  field,
  integer,
  isRecord,
  queryValue,
  type Submission,
  text,
} from '../lib/fields.ts';
import type { PayloadOf } from '../types.ts';

export const PRESTASHOP_REPO = 'PrestaShop/PrestaShop';

/** The legacy controller a request targets (`AdminCartRules`), lower-cased, if any. */
export const legacyController = (submission: Pick<Submission, 'query'>): string | undefined =>
  queryValue(submission.query, 'controller')?.toLowerCase();

/** `Tools::isSubmit($name)`: the name is in the POST fields or the query. */
export const isSubmit = (submission: Pick<Submission, 'fields' | 'query'>, name: string): boolean =>
  Object.hasOwn(submission.fields, name) || queryValue(submission.query, name) !== undefined;

/** The Symfony route of an admin request: the path after `index.php` (`/sell/orders/5/message`). */
export const symfonyPath = (path: string): string => {
  const at = path.indexOf('/index.php/');
  return at >= 0 ? path.slice(at + '/index.php'.length) : path;
};

/**
 * A translatable field in the default (first non-empty, lowest id) language: Symfony forms
 * send `base[1]`, legacy HelperForm `base_1`.
 */
export const langText = (fields: Fields, base: string): string | undefined => {
  const candidates: [number, string][] = [];
  const nested = field(fields, base);
  if (nested && typeof nested === 'object' && !Array.isArray(nested))
    for (const [lang, value] of Object.entries(nested)) {
      const read = text(value);
      if (/^\d+$/.test(lang) && read !== undefined) candidates.push([Number(lang), read]);
    }
  const bracket = new RegExp(`^${base.replace(/[[\]]/g, '\\$&')}\\[(\\d+)\\]$`);
  const underscore = new RegExp(`^${base.replace(/[[\]]/g, '\\$&')}_(\\d+)$`);
  for (const [key, value] of Object.entries(fields)) {
    const match = bracket.exec(key) ?? underscore.exec(key);
    const read = match ? text(value) : undefined;
    if (match && read !== undefined) candidates.push([Number(match[1]), read]);
  }
  candidates.sort(([a], [b]) => a - b);
  return (candidates.find(([, value]) => value.trim() !== '') ?? candidates[0])?.[1];
};

/** Keys that are never evidence in a PrestaShop form (tokens, buttons, navigation). */
export const isInternalField = (name: string): boolean =>
  /^(token|_token|submit|ajax|action|controller|tab|back|configure|module_name|tab_module|id_lang)$/i.test(
    name,
  ) ||
  /^submit/i.test(name) ||
  /\[_token\]$/.test(name);

/** Friendly names of the cart page in PrestaShop's shipped languages. */
const CART_PATH = /\/(cart|panier|carrito|carrello|warenkorb|winkelwagen|koszyk|carrinho|kosik)\/?$/i;

export const isCartController = (submission: Pick<Submission, 'path' | 'query'>): boolean =>
  queryValue(submission.query, 'controller') === 'cart' || CART_PATH.test(submission.path);

/** The cart part of displayAjaxUpdate's answer, if the capture kept it. */
export const cartAnswer = (
  response: unknown,
):
  | { ok: boolean; errors: string[]; quantity?: number; products: Record<string, unknown>[]; total?: number }
  | undefined => {
  if (!isRecord(response)) return undefined;
  const errors = (Array.isArray(response.errors) ? response.errors : [response.errors])
    .map((error) => text(error))
    .filter((error): error is string => !!error);
  const cart = isRecord(response.cart) ? response.cart : {};
  const totals = isRecord(cart.totals) ? cart.totals : {};
  const total = isRecord(totals.total)
    ? (amount(totals.total.amount) ?? amount(totals.total.value))
    : undefined;
  return {
    ok:
      response.hasError !== true &&
      !(response.hasError === undefined && response.success !== true && errors.length > 0),
    errors,
    quantity: integer(response.quantity),
    products: Array.isArray(cart.products) ? cart.products.filter(isRecord) : [],
    ...(total === undefined ? {} : { total }),
  };
};

/** PHP's next index for `[]` in an array being built: one past the highest integer key. */
const nextIndex = (node: Record<string, unknown>): string =>
  String(
    Math.max(
      -1,
      ...Object.keys(node)
        .filter((key) => /^\d+$/.test(key))
        .map(Number),
    ) + 1,
  );

/**
 * Every value under a bracketed base (`fees` → `fees[1][0]`, `options[2][]`), with the
 * segments after the base, whether the capture kept flat keys or nested objects. Keys are
 * numbered as PHP would: `range_inf[0]` then `range_inf[]` twice gives 0, 1, 2.
 */
export const bracketEntries = (fields: Fields, base: string): { path: string[]; value: string }[] => {
  const root: Record<string, unknown> = {};
  const insert = (segments: string[], value: unknown): void => {
    let node = root;
    segments.forEach((raw, index) => {
      const segment = raw === '' ? nextIndex(node) : raw;
      if (index === segments.length - 1) {
        node[segment] = value;
        return;
      }
      if (!isRecord(node[segment])) node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    });
  };
  for (const [key, value] of Object.entries(fields)) {
    if (key !== base && !key.startsWith(`${base}[`)) continue;
    const segments = [...key.slice(base.length).matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);
    if (segments.at(-1) === '' && Array.isArray(value)) for (const item of value) insert(segments, item);
    else if (segments.length) insert(segments, value);
    else if (isRecord(value)) Object.assign(root, value);
  }
  const out: { path: string[]; value: string }[] = [];
  const visit = (value: unknown, path: string[]): void => {
    if (Array.isArray(value))
      for (const [index, item] of value.entries()) visit(item, [...path, String(index)]);
    else if (isRecord(value)) for (const [key, inner] of Object.entries(value)) visit(inner, [...path, key]);
    else {
      const read = text(value);
      if (read !== undefined) out.push({ path, value: read });
    }
  };
  visit(root, []);
  return out;
};

/** `options[<group>][…] = <id>` → `{ <group>: [ids] }`, in the order sent. */
export const groupedIds = (fields: Fields, base: string): Record<string, string[]> => {
  const groups: Record<string, string[]> = {};
  for (const { path, value } of bracketEntries(fields, base)) {
    const group = path[0];
    if (group === undefined || value === '') continue;
    groups[group] = [...(groups[group] ?? []), value];
  }
  return groups;
};

/**
 * The texts both product pages post (1.7.8 `form[step1|step5][…]`, 8.x
 * `product[description|seo][…]`), as `commerce.productSaved` keeps them: the descriptions by
 * their visible length, the SEO fields clipped. Each page names its own fields.
 */
export interface ProductTextFields {
  shortDescription: string;
  description: string;
  metaTitle: string;
  metaDescription: string;
  friendlyUrl: string;
}

type ProductTexts = Pick<
  PayloadOf<'commerce.productSaved'>,
  | 'shortDescriptionLength'
  | 'shortDescription'
  | 'descriptionLength'
  | 'metaTitle'
  | 'metaDescription'
  | 'friendlyUrl'
>;

/** The texts in the default language; a field the form did not send stays undefined. */
export const productTexts = (fields: Fields, names: ProductTextFields): ProductTexts => {
  const read = (name: keyof ProductTextFields) => langText(fields, names[name]);
  const clipped = (value: string | undefined, max: number) =>
    value === undefined ? undefined : clip(value, max);
  const length = (value: string | undefined) => (value === undefined ? undefined : visibleLength(value));
  return {
    shortDescriptionLength: length(read('shortDescription')),
    shortDescription: ((value) => (value === undefined ? undefined : visibleText(value)))(
      read('shortDescription'),
    ),
    descriptionLength: length(read('description')),
    metaTitle: clipped(read('metaTitle'), 500),
    metaDescription: clipped(read('metaDescription'), 5000),
    friendlyUrl: clipped(read('friendlyUrl'), 500),
  };
};
