/**
 * What every shop detector shares: the session's cart as the candidate built it (to count an
 * order's items), the vouchers the shop accepted (to name an order's codes), and a voucher
 * waiting for the next page to say whether the shop accepted it (classic form posts answer
 * with a redirect, the verdict is on the page that follows).
 */
import type { MarkupFacts, Notice } from '../markup.ts';
import type { DerivedEvent, Memory, PageObservation } from '../types.ts';
import { clip } from './fields.ts';

/** Names shops give the voucher field of a cart (generic list, lower case). */
export const COUPON_FIELDS = [
  'coupon',
  'coupon_code',
  'couponcode',
  'code_promo',
  'codepromo',
  'promo',
  'promo_code',
  'promocode',
  'voucher',
  'voucher_code',
  'discount_code',
  'discountcode',
  'discount_name',
  'discount',
] as const;

const CART_KEY = 'commerce:cart';
const VOUCHERS_KEY = 'commerce:vouchers';
const PENDING_KEY = 'commerce:pending-voucher';
const PRODUCT_KEY = 'commerce:product:';
const ORDER_KEY = 'commerce:order:';

/** How long a voucher waits for its verdict page. */
export const PENDING_VOUCHER_MS = 30_000;

export const normaliseCode = (code: string): string => code.trim().toUpperCase().replace(/\s+/g, '');

export const rememberCartLine = (memory: Memory, productId: string, quantity: number): void => {
  const cart = { ...(memory.get<Record<string, number>>(CART_KEY) ?? {}) };
  if (quantity <= 0) delete cart[productId];
  else cart[productId] = quantity;
  memory.set(CART_KEY, cart);
};

export const cartLine = (memory: Memory, productId: string): number =>
  memory.get<Record<string, number>>(CART_KEY)?.[productId] ?? 0;

export const cartItemCount = (memory: Memory): number =>
  Object.values(memory.get<Record<string, number>>(CART_KEY) ?? {}).reduce((sum, qty) => sum + qty, 0);

export const rememberVoucher = (memory: Memory, code: string, accepted: boolean): void => {
  const codes = new Set(memory.get<string[]>(VOUCHERS_KEY) ?? []);
  if (accepted) codes.add(normaliseCode(code));
  else codes.delete(normaliseCode(code));
  memory.set(VOUCHERS_KEY, [...codes]);
};

export const forgetVoucher = (memory: Memory, code: string): void => rememberVoucher(memory, code, false);

export const appliedVouchers = (memory: Memory): string[] => memory.get<string[]>(VOUCHERS_KEY) ?? [];

/** After an order, the cart and its vouchers start again. */
export const orderDone = (memory: Memory, orderKeys: readonly string[]): void => {
  memory.delete(CART_KEY);
  memory.delete(VOUCHERS_KEY);
  for (const key of orderKeys) memory.set(`${ORDER_KEY}${key}`, true);
};

export const orderSeen = (memory: Memory, keys: readonly string[]): boolean =>
  keys.some((key) => memory.get<boolean>(`${ORDER_KEY}${key}`) === true);

export interface KnownProduct {
  name?: string | undefined;
  price?: number | undefined;
}

export const rememberProduct = (memory: Memory, key: string, product: KnownProduct): void =>
  memory.set(`${PRODUCT_KEY}${key}`, { ...memory.get<KnownProduct>(`${PRODUCT_KEY}${key}`), ...product });

export const knownProduct = (memory: Memory, key: string): KnownProduct | undefined =>
  memory.get<KnownProduct>(`${PRODUCT_KEY}${key}`);

interface PendingVoucher {
  code: string;
  time: number;
}

/** Codes waiting for their verdict at once: a candidate may try a second before the first page settles. */
const MAX_PENDING = 5;

const pendingOf = (memory: Memory): PendingVoucher[] => {
  const stored = memory.get<PendingVoucher[] | PendingVoucher>(PENDING_KEY);
  return Array.isArray(stored) ? stored : stored ? [stored] : [];
};

/**
 * A voucher posted by a classic form: its verdict comes with a later page. Several detectors
 * may see the same post (a site's own and the generic one): the first keeps its spelling.
 */
export const awaitVoucherVerdict = (memory: Memory, code: string, time: number): void => {
  const pending = pendingOf(memory);
  if (pending.some((item) => item.time === time && normaliseCode(item.code) === normaliseCode(code))) return;
  memory.set(PENDING_KEY, [...pending, { code, time }].slice(-MAX_PENDING));
};

const VOUCHER_REFUSED =
  /refus|invalid|n'existe|n’existe|does not exist|not valid|expir|cannot|impossible|error|erreur/i;

/**
 * The verdict on a pending voucher, read from a page that followed its form: an error notice
 * refuses it; a success notice, or the code shown in the totals, accepts it. Pending codes are
 * read oldest first (verdict pages come in the order of the posts), one verdict per page.
 * A page observed before a code was posted is the previous page's late snapshot (the content
 * script snapshots a page when it settles, or as the candidate leaves it): it says nothing
 * about that code. Codes without a verdict expire after `PENDING_VOUCHER_MS`.
 */
export const voucherVerdict = (
  memory: Memory,
  page: PageObservation,
  read: (
    markup: MarkupFacts | undefined,
    code: string,
  ) => { accepted: boolean; message?: string } | undefined = readVerdict,
): DerivedEvent[] => {
  const all = pendingOf(memory);
  if (all.length === 0) return [];
  const pending = all.filter((item) => page.time - item.time <= PENDING_VOUCHER_MS);
  let outcome: DerivedEvent[] = [];
  for (const item of pending) {
    if (page.time < item.time) continue;
    const verdict = read(page.markup, item.code);
    if (!verdict) continue;
    pending.splice(pending.indexOf(item), 1);
    rememberVoucher(memory, item.code, verdict.accepted);
    outcome = [
      {
        kind: 'commerce.voucherApplied',
        data: {
          code: clip(item.code, 500),
          accepted: verdict.accepted,
          ...(verdict.message ? { message: clip(verdict.message, 5000) } : {}),
        },
      },
    ];
    break;
  }
  if (pending.length === 0) memory.delete(PENDING_KEY);
  else if (pending.length !== all.length || outcome.length > 0) memory.set(PENDING_KEY, pending);
  return outcome;
};

const QUOTED = /[«"“]\s*([^»"”]{1,60}?)\s*[»"”]/g;

/** A notice quoting a code-like word that is not this code is about another code. */
const namesAnotherCode = (text: string, code: string): boolean => {
  const quoted = [...text.matchAll(QUOTED)].map((match) => match[1]!).filter((word) => /^[\w-]+$/.test(word));
  return quoted.length > 0 && !quoted.some((word) => normaliseCode(word) === normaliseCode(code));
};

const mentionsCode = (text: string, code: string): boolean =>
  normaliseCode(text).includes(normaliseCode(code));

export const readVerdict = (
  markup: MarkupFacts | undefined,
  code: string,
): { accepted: boolean; message?: string } | undefined => {
  const notices: Notice[] = markup?.notices ?? [];
  const error = notices.find(
    (notice) =>
      (notice.kind === 'error' || VOUCHER_REFUSED.test(notice.tag ?? '')) &&
      !namesAnotherCode(notice.text, code),
  );
  if (error) return { accepted: false, message: error.text };
  const success = notices.find((notice) => notice.kind === 'success' && mentionsCode(notice.text, code));
  if (success) return { accepted: true, message: success.text };
  if (markup?.summary?.some((pair) => mentionsCode(pair.label, code) || mentionsCode(pair.value, code)))
    return { accepted: true };
  return undefined;
};

/** The amount a summary row gives for a label (`Total`, `Total TTC`…); the last match wins. */
export const summaryAmount = (
  markup: MarkupFacts | undefined,
  label: RegExp,
  parse: (text: string) => number | undefined,
): number | undefined => {
  let found: number | undefined;
  for (const pair of markup?.summary ?? []) if (label.test(pair.label)) found = parse(pair.value) ?? found;
  return found;
};
