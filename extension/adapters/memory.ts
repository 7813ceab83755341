/**
 * A session's detector memory: a bounded map, least recently written entries dropped first.
 * Plain data only, so that the background can persist `snapshot()` and restore it after a
 * service-worker restart with `createMemory(snapshot)`.
 */
import type { Memory } from './types.ts';

export const MEMORY_LIMIT = 2_000;

export const createMemory = (initial: Iterable<[string, unknown]> = [], limit = MEMORY_LIMIT): Memory => {
  const entries = new Map<string, unknown>(initial);
  return {
    get: <T>(key: string) => entries.get(key) as T | undefined,
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > limit) entries.delete(entries.keys().next().value as string);
    },
    delete(key) {
      entries.delete(key);
    },
    snapshot: () => [...entries],
  };
};
