/**
 * Whether evidence can still be written. An IndexedDB failure (full disk, quota, a connection
 * the browser closed) is remembered — in memory, and in `meta` when that still works — so the
 * popup can warn the examiner; the first write that succeeds afterwards clears it and the gap
 * goes into the evidence as an `integrity.warning`.
 */
import { storageGapDetail } from '../../shared/evidence/warnings.ts';
import type { StorageWarning } from '../messaging/protocol.ts';
import { type Db, getMeta, setMeta } from '../storage/db.ts';

/** An evidence write failed: nothing was written. */
export class StorageFailure extends Error {}

export const errorText = (error: unknown): string => {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return `${typeof name === 'string' ? name : 'Error'}: ${typeof message === 'string' ? message : String(error)}`.slice(
    0,
    500,
  );
};

const storageKind = (error: unknown): StorageWarning['kind'] =>
  (error as { name?: unknown } | null)?.name === 'QuotaExceededError' ||
  /quota|disk|space/i.test(errorText(error))
    ? 'quota'
    : 'error';

/** IndexedDB failures outside the recorder (a read, or a connection the browser closed). */
const STORAGE_ERROR_NAMES = new Set([
  'QuotaExceededError',
  'InvalidStateError',
  'UnknownError',
  'AbortError',
  'TransactionInactiveError',
  'NotReadableError',
  'VersionError',
]);
export const isStorageError = (error: unknown): boolean =>
  STORAGE_ERROR_NAMES.has((error as { name?: unknown } | null)?.name as string);

const STORAGE_WARNING_META = 'storageWarning';

export const createStorageHealth = (
  db: Db,
  now: () => number,
  /** Told after each failure, so that pages showing the warning refresh. */
  onFailure: (sessionId: string | null) => void,
) => {
  /** The last write failure, until a write succeeds; `undefined` until read from meta. */
  let warning: StorageWarning | null | undefined;
  const current = async (): Promise<StorageWarning | null> => {
    if (warning === undefined)
      warning = (await getMeta<StorageWarning>(db, STORAGE_WARNING_META).catch(() => undefined)) ?? null;
    return warning;
  };
  const noteFailure = async (sessionId: string | null, error: unknown) => {
    const previous = await current().catch(() => warning ?? null);
    const same = previous && (previous.sessionId === sessionId || !sessionId) ? previous : null;
    const at = now();
    warning = {
      // A full disk shows first as a quota error, then (Chromium) as a closed connection.
      kind: same?.kind === 'quota' ? 'quota' : storageKind(error),
      detail: errorText(error),
      sessionId: sessionId ?? same?.sessionId ?? null,
      since: same?.since ?? at,
      lastAt: at,
      failures: (same?.failures ?? 0) + 1,
    };
    // Likely to fail as well when the disk is full: memory is enough for the popup.
    await setMeta(db, STORAGE_WARNING_META, warning).catch(() => undefined);
    onFailure(sessionId);
  };
  const clear = async () => {
    warning = null;
    await db.delete('meta', STORAGE_WARNING_META).catch(() => undefined);
  };
  /** The gap a warning covers, in words for the examiner's timeline. */
  const gapDetail = (w: StorageWarning) => storageGapDetail(w.since, w.lastAt, w.failures, w.detail);
  return { current, noteFailure, clear, gapDetail };
};

export type StorageHealth = ReturnType<typeof createStorageHealth>;
