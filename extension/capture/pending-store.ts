/**
 * The unacknowledged events, kept in the page's `sessionStorage` so that they survive what
 * unloads the page (a navigation, a form submit) and are re-sent by the next page of the same
 * tab. Each content script instance writes its own key; a new instance adopts every key.
 *
 * The page's scripts share that storage: each entry carries an HMAC keyed with the session's
 * pending key, which the background hands to the content script in the capture context and
 * which lives only in the content script's (isolated-world) memory — never in anything the
 * page can read. An entry that fails the check is dropped and reported.
 */
import { hmacSha256Hex } from './hmac.ts';
import type { ProposedEvent } from './types.ts';

export const PENDING_PREFIX = 'temoin:pending:';

/** The part of `Storage` used here (tests pass a Map-backed fake). */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface Restored {
  events: ProposedEvent[];
  /** Entries of this session whose MAC or shape was wrong: dropped. */
  tampered: number;
}

export interface PendingStore {
  /**
   * Replaces this instance's entry with the oldest events that fit in the size cap; returns
   * how many were saved. Throws when the storage refuses (quota).
   */
  save(events: readonly ProposedEvent[]): number;
  clear(): void;
  /** Takes over every entry left by earlier instances; entries of other sessions are dropped. */
  restore(): Restored;
}

/** The MAC covers the session id too: an entry cannot be moved to another session. */
const macOf = (secret: string, sessionId: string, json: string) =>
  hmacSha256Hex(`temoin-pending:${secret}`, `${sessionId}\n${json}`);

const isProposed = (value: unknown): value is ProposedEvent => {
  if (value === null || typeof value !== 'object') return false;
  const event = value as Record<string, unknown>;
  return (
    typeof event.id === 'string' &&
    typeof event.kind === 'string' &&
    typeof event.time === 'number' &&
    typeof event.url === 'string' &&
    typeof event.trusted === 'boolean' &&
    event.data !== null &&
    typeof event.data === 'object'
  );
};

/**
 * Most characters one instance writes: the page's own sessionStorage shares the origin's quota
 * (about 5 million characters), and Témoin must never be the reason the site's writes fail.
 */
export const MAX_PENDING_CHARS = 1_000_000;

export const createPendingStore = (
  storage: StorageLike,
  sessionId: string,
  /** The session's secret (`CaptureContext.pendingKey`). */
  secret: string,
  instanceId: string,
  maxChars = MAX_PENDING_CHARS,
): PendingStore => {
  const own = PENDING_PREFIX + instanceId;
  return {
    save(events) {
      if (events.length === 0) {
        storage.removeItem(own);
        return 0;
      }
      let kept = events;
      let json = JSON.stringify(kept);
      while (json.length > maxChars && kept.length > 0) {
        kept = kept.slice(0, Math.floor((kept.length * maxChars) / json.length));
        json = JSON.stringify(kept);
      }
      if (kept.length === 0) {
        storage.removeItem(own);
        return 0;
      }
      // mac \n session \n events: the events' JSON is stored once, not escaped inside JSON.
      storage.setItem(own, `${macOf(secret, sessionId, json)}\n${sessionId}\n${json}`);
      return kept.length;
    },
    clear() {
      storage.removeItem(own);
    },
    restore() {
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (key?.startsWith(PENDING_PREFIX) && key !== own) keys.push(key);
      }
      const events: ProposedEvent[] = [];
      let tampered = 0;
      for (const key of keys) {
        const text = storage.getItem(key) ?? '';
        storage.removeItem(key);
        const first = text.indexOf('\n');
        const second = text.indexOf('\n', first + 1);
        if (first < 0 || second < 0) {
          tampered += 1;
          continue;
        }
        const owner = text.slice(first + 1, second);
        if (owner !== sessionId) continue; // another session's leftovers: no longer wanted
        const json = text.slice(second + 1);
        if (macOf(secret, sessionId, json) !== text.slice(0, first)) {
          tampered += 1;
          continue;
        }
        try {
          const parsed: unknown = JSON.parse(json);
          if (!Array.isArray(parsed) || !parsed.every(isProposed)) throw new Error('shape');
          events.push(...parsed);
        } catch {
          tampered += 1;
        }
      }
      return { events, tampered };
    },
  };
};

/** The store over the window's sessionStorage, or `null` where the page may not use it. */
export const sessionPendingStore = (
  win: { readonly sessionStorage: StorageLike },
  sessionId: string,
  key: string,
  instanceId: string,
): PendingStore | null => {
  try {
    return createPendingStore(win.sessionStorage, sessionId, key, instanceId);
  } catch {
    return null; // sandboxed or storage-disabled frames throw on access
  }
};
