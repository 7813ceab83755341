/**
 * A read cache in front of the background's database, for the small records it reads on every
 * message: the active session's id (`meta`), its record (`sessions`) and its subject (`packages`).
 * Each IndexedDB read costs the service worker a transaction and a round trip to the browser
 * process (about 1–3 ms of its CPU on a loaded machine); the capture path read the same three
 * records for every batch, every page load and every session signal.
 *
 * Sound because only the background writes this database (storage/db.ts), through this object:
 * - a read returns a copy, never the cached object (callers mutate what they read);
 * - a write empties the entry first, and the cache is filled again only once the write has
 *   committed, with the value written, and only if no other write started meanwhile (a
 *   generation counter); a failed write (full disk) leaves the entry empty, so the next read
 *   asks IndexedDB;
 * - a read that started before a write is not allowed to fill the cache with what it found
 *   (the same counter); IndexedDB orders a read made after a write's transaction behind it, so
 *   an empty entry always reads the latest committed value;
 * - `readwrite` transactions over these stores are wrapped the same way (the recorder writes a
 *   session record together with its events).
 * Anything else (events, indexes, `getAll`) goes straight to the database.
 */
import type { Db, SessionRecord } from './db.ts';

const KEY_PATHS = { sessions: 'id', meta: 'name', packages: 'hash' } as const;
type CachedStore = keyof typeof KEY_PATHS;

const isCached = (store: unknown): store is CachedStore =>
  typeof store === 'string' && Object.hasOwn(KEY_PATHS, store);

const keyOf = (store: CachedStore, value: unknown): string | undefined => {
  const key = (value as Record<string, unknown> | null)?.[KEY_PATHS[store]];
  return typeof key === 'string' ? key : undefined;
};

/** A present value, or a known absence (`undefined` stored as such). */
type Entry = { value: unknown };

/**
 * A copy of a cached value. `meta` entries are flat (`{ name, value }` with a string, number or
 * boolean): a spread copies them as structuredClone would, without its serialisation, and they
 * are read on every message (the active session's id). Anything nested is cloned.
 */
const copyOf = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object') return value;
  if (Object.getPrototypeOf(value) === Object.prototype) {
    let flat = true;
    for (const key in value) {
      const inner = (value as Record<string, unknown>)[key];
      if (inner !== null && typeof inner === 'object') {
        flat = false;
        break;
      }
    }
    if (flat) return { ...(value as Record<string, unknown>) };
  }
  return structuredClone(value);
};

/** The cache's own read without a copy (see `readShared`). */
const SHARED = Symbol('read-cache shared read');

/**
 * A record as the cache holds it, without a copy, for a caller that only reads it and lets go
 * of it before its next `await` that could write (the capture path reads the active session
 * for every frame and every batch). Never change what it returns: other readers share it.
 * Without the cache (a database not wrapped), an ordinary read.
 */
export function readShared(db: Db, store: 'sessions', key: string): Promise<SessionRecord | undefined>;
export function readShared(
  db: Db,
  store: 'meta',
  key: string,
): Promise<{ name: string; value: unknown } | undefined>;
export function readShared(db: Db, store: 'sessions' | 'meta', key: string): Promise<unknown> {
  const shared = (db as unknown as { [SHARED]?: (store: CachedStore, key: string) => Promise<unknown> })[
    SHARED
  ];
  return shared ? shared(store, key) : db.get(store, key);
}

export const withReadCache = (db: Db): Db => {
  const cache = new Map<CachedStore, Map<string, Entry>>(
    (Object.keys(KEY_PATHS) as CachedStore[]).map((store) => [store, new Map()]),
  );
  let generation = 0;

  const fill = (store: CachedStore, key: string, value: unknown, since: number) => {
    if (generation === since) cache.get(store)!.set(key, { value: copyOf(value) });
  };

  const get = async (store: unknown, key: unknown, ...rest: unknown[]) => {
    if (!isCached(store) || typeof key !== 'string' || rest.length > 0)
      return (db.get as (...args: unknown[]) => Promise<unknown>)(store, key, ...rest);
    const hit = cache.get(store)!.get(key);
    if (hit) return copyOf(hit.value);
    const since = generation;
    const value = await db.get(store, key);
    fill(store, key, value, since);
    return value;
  };

  const getShared = async (store: CachedStore, key: string) => {
    const hit = cache.get(store)!.get(key);
    if (hit) return hit.value;
    return get(store, key);
  };

  /** A write through the object's shorthand (`put`, `add`, `delete`, `clear`). */
  const write =
    (method: 'put' | 'add' | 'delete' | 'clear') =>
    async (store: unknown, ...args: unknown[]) => {
      const call = () => (db[method] as (...a: unknown[]) => Promise<unknown>)(store, ...args);
      if (!isCached(store)) return call();
      generation += 1;
      const mine = generation;
      const entries = cache.get(store)!;
      const key =
        method === 'put' || method === 'add'
          ? keyOf(store, args[0])
          : typeof args[0] === 'string'
            ? args[0]
            : undefined;
      if (key === undefined) entries.clear();
      else entries.delete(key);
      const result = await call();
      if (key !== undefined && (method === 'put' || method === 'add')) fill(store, key, args[0], mine);
      return result;
    };

  /** Writes in a `readwrite` transaction: the same rule, applied when the transaction commits. */
  const transaction = (names: unknown, mode?: unknown, ...rest: unknown[]) => {
    const tx = (db.transaction as (...a: unknown[]) => ReturnType<Db['transaction']>)(names, mode, ...rest);
    const stores = (Array.isArray(names) ? names : [names]).filter(isCached);
    if (mode !== 'readwrite' || stores.length === 0) return tx;
    generation += 1;
    const mine = generation;
    for (const store of stores) cache.get(store)!.clear();
    const written: { store: CachedStore; value: unknown }[] = [];
    const watchStore = (store: unknown, target: object) =>
      isCached(store)
        ? new Proxy(target, {
            get(object, property) {
              const value: unknown = Reflect.get(object, property, object);
              if (property !== 'put' && property !== 'add') return bound(object, value);
              return (record: unknown, ...more: unknown[]) => {
                written.push({ store, value: record });
                return (value as (...a: unknown[]) => unknown).call(object, record, ...more);
              };
            },
          })
        : target;
    void tx.done.then(
      () => {
        for (const { store, value } of written) {
          const key = keyOf(store, value);
          if (key !== undefined) fill(store, key, value, mine);
        }
      },
      () => undefined,
    );
    return new Proxy(tx, {
      get(object, property) {
        const value: unknown = Reflect.get(object, property, object);
        if (property === 'store' && stores.length === 1) return watchStore(stores[0], value as object);
        if (property === 'objectStore')
          return (name: unknown) => watchStore(name, (value as (n: unknown) => object).call(object, name));
        return bound(object, value);
      },
    });
  };

  return new Proxy(db, {
    get(target, property) {
      if (property === 'get') return get;
      if (property === SHARED) return getShared;
      if (property === 'put' || property === 'add' || property === 'delete' || property === 'clear')
        return write(property);
      if (property === 'transaction') return transaction;
      return bound(target, Reflect.get(target, property, target));
    },
  });
};

const bound = (object: object, value: unknown) =>
  typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
