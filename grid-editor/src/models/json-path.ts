/**
 * JSON paths as problems write them (`questions[2].rules[0].where[1].value`), and immutable
 * edits at a path: the editor's documents are plain JSON values that are never mutated, so a
 * change shares every untouched branch with the value before it (cheap undo snapshots).
 */
import { formatPath } from '../../../shared/schema/problems.ts';

export type Segment = string | number;
export type Path = readonly Segment[];

const SEGMENT = /([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;

/** `questions[2].title` → `['questions', 2, 'title']`; `""` → `[]`. */
export const parsePath = (path: string): Segment[] => {
  const segments: Segment[] = [];
  for (const match of path.matchAll(SEGMENT)) {
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[3] !== undefined) segments.push(JSON.parse(match[3]) as string);
  }
  return segments;
};

export const toPath = (segments: Path): string => formatPath(segments);

/** `a.b` + `c` → `a.b.c`, `a` + 0 → `a[0]`, `""` + `x` → `x`. */
export const joinPath = (base: string, ...rest: Segment[]): string => toPath([...parsePath(base), ...rest]);

/** Whether `prefix` is `path` or one of its ancestors, segment by segment (`q[1]` is not above `q[10]`). */
export const isWithin = (path: string, prefix: string): boolean => {
  const a = parsePath(path);
  const b = parsePath(prefix);
  return b.length <= a.length && b.every((segment, i) => segment === a[i]);
};

export const parentPath = (path: string): string => toPath(parsePath(path).slice(0, -1));

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path`, or `undefined` when any step is missing. Own properties only. */
export const getAt = (value: unknown, path: Path | string): unknown => {
  let current = value;
  for (const segment of typeof path === 'string' ? parsePath(path) : path) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[segment];
    } else {
      if (!isRecord(current) || !Object.hasOwn(current, segment)) return undefined;
      current = current[segment];
    }
  }
  return current;
};

/**
 * A copy of `value` with `next` at `path` (missing objects and arrays on the way are created);
 * `next === undefined` removes an object key or an array item.
 */
export const setAt = (value: unknown, path: Path | string, next: unknown): unknown => {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  if (segments.length === 0) return next;
  const [head, ...rest] = segments as [Segment, ...Segment[]];
  if (typeof head === 'number') {
    const array = Array.isArray(value) ? [...value] : [];
    const child = setAt(array[head], rest, next);
    if (child === undefined && rest.length === 0) array.splice(head, 1);
    else array[head] = child;
    return array;
  }
  const record: Record<string, unknown> = isRecord(value) ? { ...value } : {};
  const child = setAt(record[head], rest, next);
  if (child === undefined) delete record[head];
  else record[head] = child;
  return record;
};

/** Inserts `item` into the array at `path` (at its end by default). */
export const insertAt = (value: unknown, path: Path | string, item: unknown, index?: number): unknown => {
  const current = getAt(value, path);
  const array = Array.isArray(current) ? [...current] : [];
  array.splice(index ?? array.length, 0, item);
  return setAt(value, path, array);
};

export const removeAt = (value: unknown, path: Path | string): unknown => setAt(value, path, undefined);

/** Plain JSON equality (key order ignored). */
export const jsonEqual = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a).filter((key) => a[key] !== undefined);
    const other = Object.keys(b).filter((key) => b[key] !== undefined);
    return keys.length === other.length && keys.every((key) => jsonEqual(a[key], b[key]));
  }
  return false;
};

export const asArray = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
export const asRecord = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
export const asString = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
