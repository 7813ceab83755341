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
import { jsonValue } from '../../shared/schema/json-value.ts';
import { hmacSha256Signer } from './hmac.ts';
import { pageSubtle, type SignedLine, subtleVerifier } from './pending-verify.ts';
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
  /** Writes and removes an empty entry: throws when the page's storage refuses (full, disabled). */
  probe(): void;
  /** Takes over every entry left by earlier instances; entries of other sessions are dropped. */
  restore(): Restored;
  /**
   * The same with WebCrypto, when the store was given it (secure contexts), else `null`. An
   * entry stays in the storage until verified, and is taken only if no other instance (a
   * same-origin frame shares the storage) took it meanwhile: a page that unloads first loses
   * nothing.
   */
  restoreAsync(): Promise<Restored> | null;
}

/**
 * The MAC covers the session id too: an entry cannot be moved to another session. Each event
 * is signed on its own and its signed line kept in memory, so an event is signed once however
 * many times the queue is saved (each batch sent, each acknowledgement), and a restored event
 * is verified once and never signed again: the pure-JS HMAC was the content script's largest
 * cost on the block editor (docs/benchmarks).
 */
const macSigner = (secret: string, sessionId: string) => {
  let sign: ((message: string) => string) | undefined;
  // The key's pads are compressed at the first signature, not at the store's creation: most
  // frames never sign anything.
  return (json: string) => {
    sign ??= hmacSha256Signer(`temoin-pending:${secret}`);
    return sign(`${sessionId}\n${json}`);
  };
};

/** First line of an entry: the format, so that older or forged layouts are refused whole. */
const FORMAT = 'v2';

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
  /** WebCrypto for verifying restored entries (`pageSubtle`); `null`: the pure-JS HMAC. */
  subtle: SubtleCrypto | null = null,
): PendingStore => {
  const own = PENDING_PREFIX + instanceId;
  const header = `${FORMAT}\n${sessionId}\n`;
  const macOf = macSigner(secret, sessionId);
  /** id → the event's signed line (`mac <tab> json`), for the events of the last save. */
  let signed = new Map<string, string>();
  const lineOf = (event: ProposedEvent, previous: Map<string, string>) => {
    const known = previous.get(event.id);
    if (known !== undefined) return known;
    const json = JSON.stringify(event);
    return `${macOf(json)}\t${json}`;
  };

  /** An entry's signed lines, or `null` when its layout is wrong. */
  const linesOf = (body: string): SignedLine[] | null => {
    const lines: SignedLine[] = [];
    for (const line of body.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) return null;
      lines.push({ mac: line.slice(0, tab), json: line.slice(tab + 1) });
    }
    return lines;
  };
  /** The events of genuine lines, or `null` when one is not an event. */
  const eventsOf = (lines: readonly SignedLine[]) => {
    const events: ProposedEvent[] = [];
    for (const { json } of lines) {
      const event = jsonValue(json);
      if (!isProposed(event)) return null;
      events.push(event);
    }
    return events;
  };
  type Entry = { key: string; text: string; lines: SignedLine[] | null };
  /** Every entry of earlier instances of this session; other sessions' leftovers are removed. */
  const entries = (): Entry[] => {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(PENDING_PREFIX) && key !== own) keys.push(key);
    }
    const found: Entry[] = [];
    for (const key of keys) {
      const text = storage.getItem(key) ?? '';
      const first = text.indexOf('\n');
      const second = text.indexOf('\n', first + 1);
      if (first < 0 || second < 0 || text.slice(0, first) !== FORMAT) found.push({ key, text, lines: null });
      else if (text.slice(first + 1, second) !== sessionId)
        storage.removeItem(key); // another session's leftovers
      else found.push({ key, text, lines: linesOf(text.slice(second + 1)) });
    }
    return found;
  };
  /** Adds an entry's events (if genuine) to `out`; counts it as tampered otherwise. */
  const adopt = (lines: readonly SignedLine[] | null, genuine: boolean, out: Restored) => {
    const events = lines && genuine ? eventsOf(lines) : null;
    if (!lines || !events) {
      out.tampered += 1;
      return;
    }
    out.events.push(...events);
    for (const [i, event] of events.entries()) signed.set(event.id, `${lines[i]!.mac}\t${lines[i]!.json}`);
  };
  const verifyAll = subtle ? subtleVerifier(subtle, secret, sessionId) : null;

  return {
    save(events) {
      const previous = signed;
      signed = new Map();
      const lines: string[] = [];
      let chars = header.length;
      for (const event of events) {
        const line = lineOf(event, previous);
        if (chars + line.length + 1 > maxChars) break;
        chars += line.length + 1;
        lines.push(line);
        signed.set(event.id, line);
      }
      if (lines.length === 0) {
        storage.removeItem(own);
        return 0;
      }
      storage.setItem(own, header + lines.join('\n'));
      return lines.length;
    },
    clear() {
      signed = new Map();
      storage.removeItem(own);
    },
    probe() {
      if (storage.getItem(own) !== null) return; // an entry of ours is there: it is writable
      storage.setItem(own, header);
      storage.removeItem(own);
    },
    restore() {
      const out: Restored = { events: [], tampered: 0 };
      for (const { key, lines } of entries()) {
        storage.removeItem(key);
        const genuine = !!lines && lines.every(({ mac, json }) => macOf(json) === mac);
        adopt(lines, genuine, out);
      }
      return out;
    },
    restoreAsync() {
      if (!verifyAll) return null;
      const found = entries();
      if (found.length === 0) return Promise.resolve({ events: [], tampered: 0 });
      return Promise.all(found.map(({ lines }) => (lines ? verifyAll(lines) : false))).then((verdicts) => {
        const out: Restored = { events: [], tampered: 0 };
        found.forEach(({ key, text, lines }, i) => {
          if (storage.getItem(key) !== text) return; // another instance took it meanwhile
          storage.removeItem(key);
          adopt(lines, verdicts[i]!, out);
        });
        return out;
      });
    },
  };
};

/** The store over the window's sessionStorage, or `null` where the page may not use it. */
export const sessionPendingStore = (
  win: { readonly sessionStorage: StorageLike; readonly isSecureContext?: boolean; readonly crypto?: Crypto },
  sessionId: string,
  key: string,
  instanceId: string,
): PendingStore | null => {
  try {
    return createPendingStore(
      win.sessionStorage,
      sessionId,
      key,
      instanceId,
      MAX_PENDING_CHARS,
      pageSubtle(win),
    );
  } catch {
    return null; // sandboxed or storage-disabled frames throw on access
  }
};
