/**
 * Reading request bodies and form fields whatever their shape: JSON objects, flat form keys
 * (`form[step1][name][1]`), nested objects (`{ form: { step1: … } }`), repeated keys as
 * arrays. Values are read defensively: a masked value (`[masqué]`) reads as absent.
 */
import type { DetectorContext, Observation } from '../types.ts';

export type Fields = Readonly<Record<string, unknown>>;

export const MASK = '[masqué]';

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `form[step1][name][1]` → `['form', 'step1', 'name', '1']`. */
export const bracketPath = (name: string): string[] => {
  const first = name.indexOf('[');
  if (first < 0) return [name];
  const out = [name.slice(0, first)];
  for (const match of name.slice(first).matchAll(/\[([^\]]*)\]/g)) out.push(match[1]!);
  return out;
};

const walk = (value: unknown, segments: readonly string[]): unknown => {
  let current = value;
  for (const segment of segments) {
    if (Array.isArray(current) && /^\d+$/.test(segment)) current = current[Number(segment)];
    else if (isRecord(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
};

/**
 * A field by its form name: the flat key as sent, else the same path through nested objects,
 * else a flat prefix with the rest nested (`form[step1]` → `{ name: … }`).
 */
export const field = (fields: Fields | undefined, name: string): unknown => {
  if (!fields) return undefined;
  if (Object.hasOwn(fields, name)) return fields[name];
  const segments = bracketPath(name);
  const nested = walk(fields, segments);
  if (nested !== undefined) return nested;
  for (let cut = segments.length - 1; cut > 1; cut -= 1) {
    const prefix = `${segments[0]}${segments
      .slice(1, cut)
      .map((s) => `[${s}]`)
      .join('')}`;
    if (Object.hasOwn(fields, prefix)) return walk(fields[prefix], segments.slice(cut));
  }
  return undefined;
};

/** The first of several names that holds a value. */
export const firstField = (fields: Fields | undefined, names: readonly string[]): unknown => {
  for (const name of names) {
    const value = field(fields, name);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
};

export const has = (fields: Fields | undefined, name: string): boolean => field(fields, name) !== undefined;

/** A text value (first of an array), or undefined; masked values read as undefined. */
export const text = (value: unknown): string | undefined => {
  const one = Array.isArray(value) ? value[0] : value;
  if (typeof one === 'string') return one === MASK ? undefined : one;
  if (typeof one === 'number' && Number.isFinite(one)) return String(one);
  if (typeof one === 'boolean') return one ? '1' : '0';
  return undefined;
};

export const textField = (fields: Fields | undefined, ...names: string[]): string | undefined =>
  text(firstField(fields, names));

/** Every value of a repeated field, as texts. */
export const texts = (value: unknown): string[] => {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [value];
  return list.map(text).filter((item): item is string => item !== undefined);
};

/** `12,50`, `1 234,5 €`, `12.5`, `$25.00` → number; anything else → undefined. */
export const amount = (value: unknown): number | undefined => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const raw = text(value);
  if (raw === undefined) return undefined;
  const cleaned = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/[^\d,.-]/g, '');
  if (!/\d/.test(cleaned)) return undefined;
  let normalised = cleaned;
  const comma = cleaned.lastIndexOf(',');
  const dot = cleaned.lastIndexOf('.');
  if (comma > dot) normalised = cleaned.replace(/\./g, '').replace(',', '.');
  else if (dot > comma && comma >= 0) normalised = cleaned.replace(/,/g, '');
  const parsed = Number.parseFloat(normalised);
  return Number.isFinite(parsed) ? parsed : undefined;
};

export const integer = (value: unknown): number | undefined => {
  const parsed = amount(value);
  return parsed === undefined ? undefined : Math.trunc(parsed);
};

/** Form booleans: `1`, `on`, `true`, `yes` are true; `0`, `off`, `false`, `` are false. */
export const flag = (value: unknown): boolean | undefined => {
  if (typeof value === 'boolean') return value;
  const raw = text(value)?.trim().toLowerCase();
  if (raw === undefined) return undefined;
  if (['1', 'on', 'true', 'yes', 'oui'].includes(raw)) return true;
  if (['0', 'off', 'false', 'no', 'non', ''].includes(raw)) return false;
  return undefined;
};

/** Clips a text to a schema limit (the schema refuses longer ones). */
export const clip = (value: string, max: number): string =>
  value.length > max ? value.slice(0, max) : value;

/** Removes keys whose value is undefined (the schemas are strict about unknown keys only). */
export const compact = <T extends object>(value: T): T => {
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>))
    if (inner !== undefined) out[key] = inner;
  return out as T;
};

/** What a back-office save looks like, whether seen as a request or (fallback) as a form submit. */
export interface Submission {
  via: 'request' | 'form';
  method: string;
  path: string;
  query: Readonly<Record<string, string>>;
  fields: Fields;
  response?: unknown;
  status?: number | undefined;
  url: string;
  time: number;
}

const splitAction = (action: string, base: string): { path: string; query: Record<string, string> } => {
  try {
    const url = new URL(action || base, base);
    const query: Record<string, string> = {};
    for (const key of new Set(url.searchParams.keys())) query[key] = url.searchParams.getAll(key).join(',');
    return { path: url.pathname, query };
  } catch {
    return { path: action, query: {} };
  }
};

/**
 * The submission an observation carries: a request, or a form submit when requests are not
 * observed (so that the same save is never counted twice). Masked form fields are left out.
 */
export const submissionOf = (observation: Observation, context: DetectorContext): Submission | undefined => {
  if (observation.type === 'request')
    return {
      via: 'request',
      method: observation.method.toUpperCase(),
      path: observation.path,
      query: observation.query,
      fields: observation.body ?? {},
      response: observation.response,
      status: observation.status,
      url: observation.url,
      time: observation.time,
    };
  if (observation.type === 'form' && !context.requestsObserved) {
    const fields: Record<string, unknown> = {};
    for (const item of observation.fields) {
      if (item.masked || item.value === undefined) continue;
      const previous = fields[item.name];
      fields[item.name] =
        previous === undefined
          ? item.value
          : [...(Array.isArray(previous) ? previous : [previous]), item.value];
    }
    return {
      via: 'form',
      method: observation.method.toUpperCase(),
      ...splitAction(observation.action, observation.url),
      fields,
      url: observation.url,
      time: observation.time,
    };
  }
  return undefined;
};

/** A request that failed (HTTP error) says nothing about the site's state. */
export const failed = (submission: { status?: number | undefined }): boolean =>
  submission.status !== undefined && submission.status >= 400;

/** Query parameter, case-insensitive on the name (PrestaShop writes `controller=AdminCartRules`). */
export const queryValue = (query: Readonly<Record<string, string>>, name: string): string | undefined => {
  if (Object.hasOwn(query, name)) return query[name];
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(query)) if (key.toLowerCase() === lower) return value;
  return undefined;
};

/**
 * The last URLs split, and what they gave: every detector asks about the page of every event
 * (a batch's events share a few pages), and parsing a URL is the costly part. Frozen, since
 * every caller shares them.
 */
const splitCache = new Map<string, Readonly<{ path: string; query: Readonly<Record<string, string>> }>>();
const SPLIT_CACHE_SIZE = 64;

/** Query of an absolute or relative URL. */
export const urlParts = (
  url: string,
  base = 'http://localhost/',
): Readonly<{ path: string; query: Readonly<Record<string, string>> }> => {
  const key = `${base}\n${url}`;
  const known = splitCache.get(key);
  if (known) return known;
  const parts = splitAction(url, base);
  Object.freeze(parts.query);
  const frozen = Object.freeze(parts);
  if (splitCache.size >= SPLIT_CACHE_SIZE) splitCache.delete(splitCache.keys().next().value!);
  splitCache.set(key, frozen);
  return frozen;
};
