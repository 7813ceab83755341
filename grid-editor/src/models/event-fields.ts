/**
 * The fields a rule may read on an event of a kind, from the schemas themselves: the
 * envelope's fields (`url`, `questionId`…) and `data.<path>` through the kind's payload in
 * EVENT_PAYLOADS. Used to flag a condition on a field that never exists, and to suggest
 * fields in the rule form.
 */
import type { z } from 'zod';
import { EVENT_PAYLOADS, type EventKind, eventEnvelope } from '../../../shared/schema/event.ts';
import { parsePath } from './json-path.ts';

type Schema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  valueType?: Schema;
  element?: Schema;
  options?: readonly Schema[];
}

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

/** Optional, nullable, default… wrap the schema that says what the value is. */
const unwrap = (schema: Schema): Schema => {
  let current = schema;
  for (let guard = 0; guard < 10; guard += 1) {
    const def = defOf(current);
    if (
      !def.innerType ||
      !['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)
    )
      return current;
    current = def.innerType;
  }
  return current;
};

/** Envelope fields a condition may read, plus `kind`. */
export const ENVELOPE_FIELDS: readonly string[] = [...Object.keys(eventEnvelope), 'kind'];

export const isEventKind = (kind: string): kind is EventKind => Object.hasOwn(EVENT_PAYLOADS, kind);

/** Whether an event of `kind` can have a value at `field`. Unknown kinds know no field. */
export const fieldExists = (kind: string, field: string): boolean => {
  if (!isEventKind(kind)) return false;
  const [head, ...rest] = parsePath(field);
  if (head === undefined) return false;
  if (head !== 'data') return typeof head === 'string' && ENVELOPE_FIELDS.includes(head) && rest.length === 0;
  let schema: Schema | undefined = EVENT_PAYLOADS[kind] as unknown as Schema;
  for (const segment of rest) {
    schema = unwrap(schema);
    const def = defOf(schema);
    if (def.type === 'unknown' || def.type === 'any') return true;
    if (typeof segment === 'number') {
      if (def.type !== 'array' || !def.element) return false;
      schema = def.element;
    } else if (def.type === 'object') {
      schema = def.shape?.[segment];
      if (!schema) return false;
    } else if (def.type === 'record' && def.valueType) {
      schema = def.valueType;
    } else return false;
  }
  return true;
};

/** Readable paths under a payload: `data.seo.metaDescription`, `data.tags`… (records end at their name). */
const payloadPaths = (schema: Schema, at: string, out: string[], depth: number): void => {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object' && def.shape && depth < 4) {
    for (const [key, child] of Object.entries(def.shape)) {
      const path = `${at}.${key}`;
      const childDef = defOf(unwrap(child));
      out.push(path);
      if (childDef.type === 'object') payloadPaths(child, path, out, depth + 1);
      else if (
        childDef.type === 'array' &&
        childDef.element &&
        defOf(unwrap(childDef.element)).type === 'object'
      )
        payloadPaths(childDef.element, `${path}[0]`, out, depth + 1);
    }
  }
};

const cache = new Map<string, readonly string[]>();

/** Every field worth suggesting for `kind`: the payload's paths first, then the envelope's. */
export const fieldsOf = (kind: string): readonly string[] => {
  if (!isEventKind(kind)) return ENVELOPE_FIELDS;
  let fields = cache.get(kind);
  if (!fields) {
    const out: string[] = [];
    payloadPaths(EVENT_PAYLOADS[kind] as unknown as Schema, 'data', out, 0);
    fields = [...out, ...ENVELOPE_FIELDS.filter((field) => field !== 'hash' && field !== 'id')];
    cache.set(kind, fields);
  }
  return fields;
};
