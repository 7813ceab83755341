/**
 * The database connection the background hands to its services, reopened when the browser
 * drops it. Chromium closes every IndexedDB connection of an origin when a write fails on a
 * full disk ("The database connection is closing"), and never reopens it: without this, the
 * capture would stay dead for the rest of the exam even after the examiner frees space.
 *
 * The returned object stands for the current connection: each call goes to it, and a call
 * that fails because the connection is gone starts a reopen (the caller still gets its error,
 * is refused, and retries on the new connection).
 */
import type { Db } from '../storage/db.ts';

/** Errors that mean the connection itself is unusable. */
const CONNECTION_LOST = new Set(['InvalidStateError', 'UnknownError']);

export const liveDb = async (open: () => Promise<Db>): Promise<Db> => {
  let current = await open();
  let reopening: Promise<void> | null = null;

  const reopen = (): Promise<void> => {
    reopening ??= open()
      .then((fresh) => {
        try {
          current.close();
        } catch {
          // already closed
        }
        current = fresh;
        watch(fresh);
      })
      .catch(() => undefined)
      .finally(() => {
        reopening = null;
      });
    return reopening;
  };
  const watch = (db: Db) => {
    // Fired when the browser closes the connection abnormally (disk full, storage cleared).
    db.addEventListener('close', () => void reopen());
  };
  const lost = (error: unknown) => {
    if (CONNECTION_LOST.has((error as { name?: unknown } | null)?.name as string)) void reopen();
  };
  watch(current);

  return new Proxy({} as Db, {
    get(_target, property) {
      const value: unknown = Reflect.get(current, property, current);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          const result: unknown = Reflect.apply(value, current, args);
          if (result instanceof Promise)
            return result.catch((error: unknown) => {
              lost(error);
              throw error;
            });
          return result;
        } catch (error) {
          lost(error);
          throw error;
        }
      };
    },
  });
};
