/**
 * Which requests are evidence, and how a request is described: the effective method (with
 * WordPress's `X-HTTP-Method-Override` or `_method` applied), the path and the query, within
 * the sizes the `net.request` schema accepts.
 */
import { maskStructure, redactSecretsInText } from '../../../shared/privacy/sensitive.ts';

/** Methods that change state on the server. */
export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const METHOD = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/;
const OVERRIDE_HEADERS = new Set(['x-http-method-override', 'x-http-method', 'x-method-override']);

/**
 * Resource types that can carry a back-office action: documents (form submits), fetch/XHR,
 * beacons. Images, scripts, styles, fonts and media are never evidence.
 */
const OBSERVED_TYPES = new Set(['main_frame', 'sub_frame', 'xmlhttprequest', 'ping', 'beacon', 'other']);

/** Limits from the `net.request` payload schema (shared/schema/event.ts). */
export const LIMITS = { method: 10, path: 2000, queryKey: 200, queryValue: 5000, queryKeys: 100, url: 4000 };

export const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

export const normaliseMethod = (method: string | undefined | null): string | undefined => {
  const upper = method?.trim().toUpperCase();
  return upper && METHOD.test(upper) ? upper : undefined;
};

export interface HeaderLike {
  name: string;
  value?: string;
}

/** The method named by an override header, if a valid one is present. */
export const overrideFromHeaders = (headers: readonly HeaderLike[] | undefined): string | undefined => {
  for (const header of headers ?? [])
    if (OVERRIDE_HEADERS.has(header.name.toLowerCase())) {
      const method = normaliseMethod(header.value);
      if (method) return method;
    }
  return undefined;
};

/**
 * The method the server acts on: an override header wins, then a `_method` query parameter
 * (WordPress REST) or form field (Symfony, Laravel), then the method on the wire.
 */
export const effectiveMethod = (
  method: string,
  overrides: { header?: string | undefined; query?: string | undefined; field?: string | undefined },
): string =>
  normaliseMethod(overrides.header) ??
  normaliseMethod(overrides.query) ??
  normaliseMethod(overrides.field) ??
  method.toUpperCase();

export const originOf = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
};

export interface SplitUrl {
  origin: string;
  path: string;
  /** Raw query values (repeated keys joined with a comma); not yet masked. */
  rawQuery: Record<string, string>;
}

export const splitUrl = (url: string): SplitUrl | null => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const rawQuery: Record<string, string> = {};
  let count = 0;
  for (const key of new Set(parsed.searchParams.keys())) {
    if (count++ >= LIMITS.queryKeys) break;
    rawQuery[clip(key, LIMITS.queryKey)] = clip(parsed.searchParams.getAll(key).join(','), LIMITS.queryValue);
  }
  return { origin: parsed.origin, path: clip(redactSecretsInText(parsed.pathname), LIMITS.path), rawQuery };
};

/** Query values with nonces, passwords and secret-looking values masked. */
export const maskQuery = (rawQuery: Record<string, string>): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawQuery)) {
    const masked = maskStructure(value, key);
    out[key] = clip(typeof masked === 'string' ? masked : '', LIMITS.queryValue);
  }
  return out;
};

/** A URL without its fragment (what webRequest reports, and what the hook sends). */
export const withoutFragment = (url: string): string => {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
};

export interface RequestFacts {
  url: string;
  method: string;
  tabId: number;
  type: string;
  /** Chromium: origin of the document that made the request. */
  initiator?: string | undefined;
  /** Firefox: URL of the document / of the resource that made the request. */
  documentUrl?: string | undefined;
  originUrl?: string | undefined;
}

/** Origin of the page that made the request, whichever browser reported it. */
export const initiatorOf = (facts: RequestFacts): string | undefined | null => {
  const source = facts.initiator ?? facts.documentUrl ?? facts.originUrl;
  if (source === undefined) return undefined;
  // "null" (opaque origin: sandboxed frame, data: URL) is a source, just not a usable one.
  return originOf(source) ?? null;
};

/**
 * Whether a request is evidence: state-changing, from a tab, to a reference origin, made by a
 * reference-origin page (not by another site's page, nor by an extension), and not an asset.
 */
export const isObserved = (facts: RequestFacts, referenceOrigins: ReadonlySet<string>): boolean => {
  if (facts.tabId < 0 || !OBSERVED_TYPES.has(facts.type)) return false;
  if (!STATE_CHANGING.has(facts.method.toUpperCase())) return false;
  const target = originOf(facts.url);
  if (!target || !referenceOrigins.has(target)) return false;
  const initiator = initiatorOf(facts);
  // No initiator: a navigation the browser itself started (reload of a POST result).
  return initiator === undefined || (initiator !== null && referenceOrigins.has(initiator));
};

/** Whether a `Content-Type` is JSON (`application/json`, `application/ld+json`, …). */
export const isJsonContentType = (contentType: string | undefined): boolean =>
  !!contentType && /^[^;]*[/+]json\s*(;|$)/i.test(contentType.trim());

export const headerValue = (headers: readonly HeaderLike[] | undefined, name: string): string | undefined => {
  const lower = name.toLowerCase();
  return headers?.find((header) => header.name.toLowerCase() === lower)?.value;
};
