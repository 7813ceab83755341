/**
 * JSON Canonicalization Scheme (RFC 8785): the one byte string a JSON value hashes to.
 * Object keys sorted by UTF-16 code units, no whitespace, numbers as ECMAScript prints them
 * (which is what RFC 8785 specifies), strings as JSON.stringify escapes them.
 */
export const canonicalize = (value: unknown): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('JCS: non-finite number');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      // Built by concatenation: the worker canonicalises every event it seals (hash chain), and
      // the intermediate arrays of map/filter/join were a visible part of that time.
      if (Array.isArray(value)) {
        let out = '[';
        for (let i = 0; i < value.length; i += 1) {
          if (i > 0) out += ',';
          // A hole stays empty, as `map` then `join` left it.
          if (i in value) out += canonicalize(value[i] === undefined ? null : value[i]);
        }
        return `${out}]`;
      }
      return objectText(value as Record<string, unknown>);
    }
    default:
      throw new TypeError(`JCS: cannot canonicalize a ${typeof value}`);
  }
};

const objectText = (record: Record<string, unknown>, omitted?: string): string => {
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const inner = record[key];
    if (inner === undefined || key === omitted) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalize(inner)}`;
  }
  return `${out}}`;
};

/**
 * JCS of an object as if one of its own keys were absent: the hash chain hashes each event
 * without its `hash` field, and copying every event to drop it was an allocation per link.
 */
export const canonicalizeWithout = (record: Record<string, unknown>, omitted: string): string =>
  objectText(record, omitted);
