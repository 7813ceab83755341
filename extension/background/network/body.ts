/**
 * Request bodies and responses as evidence: decoded (form fields, JSON), masked with the shared
 * privacy rules, and size-capped so that one huge request cannot bloat a session.
 */
import { maskStructure } from '../../../shared/privacy/sensitive.ts';
import { clip, LIMITS } from './request.ts';

/** Serialised size (characters of JSON) above which a body is clipped and marked truncated. */
export const BODY_MAX_CHARS = 32 * 1024;
/** Same for a response. */
export const RESPONSE_MAX_CHARS = 64 * 1024;
/** Raw bodies longer than this are not decoded at all: only their size is kept. */
export const RAW_DECODE_MAX_BYTES = 256 * 1024;

/** The `requestBody` of `webRequest.onBeforeRequest`, in both browsers. */
export interface RequestBodyDetails {
  error?: string;
  formData?: Record<string, unknown>;
  raw?: { bytes?: ArrayBuffer | ArrayBufferView; file?: string }[];
}

export interface DecodedBody {
  /** Masked and capped fields; `{ _bytes: n }` when the body was not decodable. */
  body?: Record<string, unknown>;
  truncated?: true;
  /** A `_method` form field (method override), read before masking. */
  methodField?: string;
}

const sizeOf = (value: unknown): number => {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};

const clipDeep = (value: unknown, maxString: number, maxItems: number): unknown => {
  if (typeof value === 'string') return clip(value, maxString);
  if (Array.isArray(value))
    return value.slice(0, maxItems).map((item) => clipDeep(item, maxString, maxItems));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value).slice(0, maxItems * 4))
      out[key] = clipDeep(inner, maxString, maxItems);
    return out;
  }
  return value;
};

/**
 * Fits a (masked) structure in `maxChars` of JSON: long strings and arrays are clipped more
 * and more, then top-level entries are dropped from the end. Structure is kept as long as
 * possible, because an examiner needs the field names even when the values are cut.
 */
export const capStructure = (value: unknown, maxChars: number): { value: unknown; truncated: boolean } => {
  if (sizeOf(value) <= maxChars) return { value, truncated: false };
  const steps: [number, number][] = [
    [4000, 200],
    [1000, 50],
    [200, 20],
    [50, 5],
  ];
  let clipped: unknown = value;
  for (const [maxString, maxItems] of steps) {
    clipped = clipDeep(value, maxString, maxItems);
    if (sizeOf(clipped) <= maxChars) return { value: clipped, truncated: true };
  }
  if (typeof clipped === 'object' && clipped !== null) {
    const entries = Array.isArray(clipped)
      ? clipped.map((item, i) => [String(i), item] as const)
      : Object.entries(clipped);
    const kept: [string, unknown][] = [];
    let used = 2;
    for (const [key, inner] of entries) {
      const cost = sizeOf(key) + sizeOf(inner) + 2;
      if (used + cost > maxChars) break;
      kept.push([key, inner]);
      used += cost;
    }
    return {
      value: Array.isArray(clipped) ? kept.map(([, inner]) => inner) : Object.fromEntries(kept),
      truncated: true,
    };
  }
  return { value: null, truncated: true };
};

/** Top-level keys within the schema's 200 characters. */
const fitKeys = (fields: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[clip(key, LIMITS.queryKey)] = value;
  return out;
};

/** Masks then caps a set of body fields. */
export const finishFields = (fields: Record<string, unknown>): DecodedBody => {
  const masked = maskStructure(fields) as Record<string, unknown>;
  const { value, truncated } = capStructure(fitKeys(masked), BODY_MAX_CHARS);
  return { body: (value ?? {}) as Record<string, unknown>, ...(truncated ? { truncated: true } : {}) };
};

/** `key=[v]` → `key=v`; several values stay an array; non-strings are dropped (files). */
const fromFormData = (formData: Record<string, unknown>): Record<string, unknown> => {
  const fields: Record<string, unknown> = {};
  for (const [key, values] of Object.entries(formData)) {
    const list = (Array.isArray(values) ? values : [values]).filter(
      (v): v is string => typeof v === 'string',
    );
    fields[key] = list.length === 1 ? list[0] : list;
  }
  return fields;
};

const methodFieldOf = (fields: Record<string, unknown>): string | undefined => {
  const value = fields._method;
  return typeof value === 'string' ? value : undefined;
};

const toBytes = (part: ArrayBuffer | ArrayBufferView): Uint8Array =>
  part instanceof ArrayBuffer
    ? new Uint8Array(part)
    : new Uint8Array(part.buffer, part.byteOffset, part.byteLength);

const URLENCODED = /^[\w.~%+\-[\]]+=[^&\s]*(&[\w.~%+\-[\]]+=[^&\s]*)*$/;

/**
 * Whether parsed JSON holds a number JSON cannot write back (`1e400` parses to Infinity): such
 * a body is not kept as JSON — it could not be hashed into the chain — only its size is.
 */
export const holdsNonFinite = (value: unknown, depth = 0): boolean => {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value !== 'object' || value === null || depth > 200) return false;
  for (const child of Object.values(value)) if (holdsNonFinite(child, depth + 1)) return true;
  return false;
};

/**
 * Decodes a text body: JSON (objects as they are, anything else under `_json`), else
 * `application/x-www-form-urlencoded`, else nothing but its size.
 */
export const decodeText = (text: string, bytes: number): DecodedBody => {
  const trimmed = text.trim();
  if (/^[[{"]/.test(trimmed) || /^(-?\d|true$|false$|null$)/.test(trimmed)) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (holdsNonFinite(parsed)) return { body: { _bytes: bytes } };
      const fields =
        typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
          ? (parsed as Record<string, unknown>)
          : { _json: parsed };
      const methodField = methodFieldOf(fields);
      return { ...finishFields(fields), ...(methodField ? { methodField } : {}) };
    } catch {
      // not JSON: try the next shape
    }
  }
  if (trimmed && URLENCODED.test(trimmed)) {
    const params = new URLSearchParams(trimmed);
    const formData: Record<string, string[]> = {};
    for (const key of new Set(params.keys())) formData[key] = params.getAll(key);
    const fields = fromFormData(formData);
    const methodField = methodFieldOf(fields);
    return { ...finishFields(fields), ...(methodField ? { methodField } : {}) };
  }
  return { body: { _bytes: bytes } };
};

/**
 * Decodes `requestBody` as webRequest gives it: parsed form data (urlencoded and multipart
 * forms), or raw bytes (fetch/XHR bodies: JSON, urlencoded strings, anything else).
 */
export const decodeRequestBody = (requestBody: RequestBodyDetails | null | undefined): DecodedBody => {
  if (!requestBody || requestBody.error) return {};
  if (requestBody.formData && typeof requestBody.formData === 'object') {
    const fields = fromFormData(requestBody.formData);
    const methodField = methodFieldOf(fields);
    return { ...finishFields(fields), ...(methodField ? { methodField } : {}) };
  }
  const parts = requestBody.raw ?? [];
  if (parts.length === 0) return {};
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let files = 0;
  for (const part of parts) {
    if (part.bytes) {
      const chunk = toBytes(part.bytes);
      chunks.push(chunk);
      bytes += chunk.byteLength;
    } else if (part.file !== undefined) files += 1;
  }
  if (files > 0) return { body: { _bytes: bytes, _files: files } };
  if (bytes > RAW_DECODE_MAX_BYTES) return { body: { _bytes: bytes }, truncated: true };
  const joined = new Uint8Array(bytes);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decodeText(new TextDecoder('utf-8').decode(joined), bytes);
};

/**
 * A response as the hook read it: parsed as JSON, masked, capped. A body the hook could not
 * read whole, or that is not JSON, gives no `response`.
 */
export const decodeResponse = (
  text: string | undefined,
  truncatedAtSource: boolean,
): { response?: unknown; truncated?: true } => {
  if (truncatedAtSource || text === undefined) return truncatedAtSource ? { truncated: true } : {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (holdsNonFinite(parsed)) return {};
  const { value, truncated } = capStructure(maskStructure(parsed), RESPONSE_MAX_CHARS);
  return { response: value, ...(truncated ? { truncated: true } : {}) };
};
