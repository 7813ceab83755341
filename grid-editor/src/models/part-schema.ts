/**
 * The published JSON Schema of a document (`npm run schemas` writes the same thing to
 * `schemas/<kind>.schema.json`: both are `z.toJSONSchema` of the zod schema, for its input) and
 * the piece of it that describes one part (`questions[0].rules[1]`), which is what the JSON
 * editor shows. The schemas are inlined (no `$ref`), so walking `properties`, `items` and
 * the variants of `anyOf`/`oneOf`/`allOf` is enough.
 */
import { z } from 'zod';
import { type DocumentKind, SCHEMAS } from '../../../shared/schema/index.ts';
import type { Path } from './json-path.ts';

export type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  const?: unknown;
  enum?: unknown[];
  default?: unknown;
  [key: string]: unknown;
};

const cache = new Map<DocumentKind, JsonSchema>();

/** The document's JSON Schema, as `npm run schemas` publishes it (without `$id`, title and description). */
export const documentSchema = (kind: DocumentKind): JsonSchema => {
  let schema = cache.get(kind);
  if (!schema) {
    const { $schema: _, ...rest } = z.toJSONSchema(SCHEMAS[kind], { io: 'input', unrepresentable: 'any' });
    schema = rest as JsonSchema;
    cache.set(kind, schema);
  }
  return schema;
};

/** The schema and its variants, flattened (a union's branches are all candidates). */
export const variantsOf = (schema: JsonSchema): JsonSchema[] => {
  const nested = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
  return nested.length === 0 ? [schema] : [schema, ...nested.flatMap(variantsOf)];
};

const step = (schema: JsonSchema, segment: Path[number]): JsonSchema[] =>
  variantsOf(schema).flatMap((variant) => {
    if (typeof segment === 'number') {
      const item = variant.prefixItems?.[segment] ?? variant.items;
      return item ? [item] : [];
    }
    const property = variant.properties?.[segment];
    if (property) return [property];
    return typeof variant.additionalProperties === 'object' ? [variant.additionalProperties] : [];
  });

/** The schemas that may describe the value at `path` (several for a union such as a rule's condition). */
export const schemasAt = (root: JsonSchema, path: Path): JsonSchema[] =>
  path.reduce<JsonSchema[]>((schemas, segment) => schemas.flatMap((s) => step(s, segment)), [root]);

/** One schema for the part at `path`: the only candidate, or their union. */
export const partSchema = (root: JsonSchema, path: Path): JsonSchema => {
  const found = schemasAt(root, path);
  if (found.length === 1) return found[0]!;
  return found.length === 0 ? {} : { anyOf: found };
};

export interface PropertySuggestion {
  name: string;
  required: boolean;
  type?: string;
  description?: string;
  /** A `const` value (the `format` field, a discriminator): completed with the value. */
  constant?: unknown;
}

const typeName = (schema: JsonSchema): string | undefined => {
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (Array.isArray(schema.type)) return schema.type.join(' | ');
  if (schema.type) return schema.type;
  const variants = variantsOf(schema).slice(1);
  const names = [...new Set(variants.map(typeName).filter((t): t is string => Boolean(t)))];
  return names.length > 0 ? names.join(' | ') : undefined;
};

/** The property names the object at `path` may have, without those it already has. */
export const propertySuggestions = (
  root: JsonSchema,
  path: Path,
  present: readonly string[] = [],
): PropertySuggestion[] => {
  const byName = new Map<string, PropertySuggestion>();
  for (const schema of schemasAt(root, path))
    for (const variant of variantsOf(schema))
      for (const [name, property] of Object.entries(variant.properties ?? {})) {
        if (present.includes(name) || byName.has(name)) continue;
        const type = typeName(property);
        byName.set(name, {
          name,
          required: variant.required?.includes(name) ?? false,
          ...(type ? { type } : {}),
          ...(property.description ? { description: property.description } : {}),
          ...(property.const !== undefined ? { constant: property.const } : {}),
        });
      }
  return [...byName.values()].sort((a, b) => Number(b.required) - Number(a.required));
};
