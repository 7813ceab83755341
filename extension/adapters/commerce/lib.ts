/**
 * Reading shop JSON APIs whatever their dialect: `{ data: … }` envelopes (EverShop), flat
 * objects, WooCommerce's Store API (`totals.total_price` in minor units), errors as
 * `error`, `errors`, `hasError`, `success: false` or a WordPress-style `{ code, message }`.
 */
import { amount, type Fields, firstField, integer, isRecord, text } from '../lib/fields.ts';
import { htmlText } from '../lib/html.ts';

/** The payload of an answer: `data` when the API wraps it, else the answer itself. */
export const payload = (response: unknown): Fields | undefined => {
  if (!isRecord(response)) return undefined;
  return isRecord(response.data) ? response.data : response;
};

/** The error an answer reports, if any (its message, or `true` when it has none). */
export const answerError = (response: unknown, status?: number): string | true | undefined => {
  if (isRecord(response)) {
    const error = response.error;
    if (isRecord(error)) return text(error.message) ?? true;
    if (typeof error === 'string' && error) return error;
    const errors = Array.isArray(response.errors)
      ? response.errors.map((item) => (isRecord(item) ? text(item.message) : text(item)))
      : [];
    if (response.hasError === true || (errors.length && response.success !== true))
      return errors.filter(Boolean).join(' ') || true;
    if (response.success === false) return text(response.message) ?? true;
    if (status !== undefined && status >= 400) return text(response.message) ?? true;
  }
  return status !== undefined && status >= 400 ? true : undefined;
};

/** A total from the usual places (grand_total, total, totals.total_price with minor units…). */
export const totalOf = (source: Fields | undefined): number | undefined => {
  if (!source) return undefined;
  const direct = amount(
    firstField(source, ['grand_total', 'grandTotal', 'total', 'total_price', 'totalPrice']),
  );
  if (direct !== undefined) return direct;
  const totals = isRecord(source.totals) ? source.totals : undefined;
  if (totals) {
    const minor = integer(totals.currency_minor_unit);
    const raw = amount(totals.total_price);
    if (raw !== undefined) return minor ? raw / 10 ** minor : raw;
    if (isRecord(totals.total)) return amount(totals.total.amount) ?? amount(totals.total.value);
  }
  return undefined;
};

/** Visible text of a description: HTML, or EditorJS-like rows (`{ text }` anywhere inside). */
export const descriptionText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return htmlText(value);
  if (value === undefined || value === null) return undefined;
  const parts: string[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 8 || parts.length > 500) return;
    if (Array.isArray(node)) for (const item of node) visit(item, depth + 1);
    else if (isRecord(node))
      for (const [key, inner] of Object.entries(node)) {
        if ((key === 'text' || key === 'html') && typeof inner === 'string') parts.push(htmlText(inner));
        else visit(inner, depth + 1);
      }
  };
  visit(value, 0);
  return parts.join(' ').trim();
};

/** Whether a request goes to a back office or an API (not a storefront page). */
export const isApiOrAdmin = (path: string): boolean => /\/(api|admin|wp-json|rest|graphql)(\/|$)/i.test(path);
