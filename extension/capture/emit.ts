/**
 * The capture's single emit point. It stamps each event (id, time, URL, trust), queues it,
 * and sends batches to the background (`capture.events`), which answers with the ids it has
 * made durable. An event leaves the queue only when acknowledged:
 *
 * - batches go every `flushDelayMs` (or as soon as `batchSize` events wait), one regular
 *   batch in flight at a time so that the background stores them in order; an urgent kind
 *   (`nav.visited`, by default) goes at once, with what waits before it: a page load is
 *   followed by the site's own start-up scripts (a block editor's second of work), and a
 *   timer waits behind them — the visit then reached the background a second late;
 * - `flushNow` (pagehide, hidden tab, form submit) sends everything unsent at once;
 * - a failed or unanswered batch (service worker stopped, message refused, timeout) goes back
 *   to the queue and is re-sent after an exponential backoff; the background deduplicates by
 *   id, so a re-sent event is never stored twice;
 * - the queue is kept in the page's sessionStorage (see pending-store.ts) when it may be lost:
 *   when the page may unload (`flushNow`), when a batch fails or stays unanswered past
 *   `lateMs`, and at stop; a new page of the same tab re-sends what the previous one left.
 *   Not on every batch: most batches are acknowledged within a few hundred milliseconds, and
 *   signing every event for storage was the content script's largest cost (docs/benchmarks);
 *   the page's storage is probed at the first batch so that an unusable one is still said early;
 * - the queue is capped; on overflow, new events are dropped and one `integrity.warning`
 *   (`storage-error`) says so.
 */
import { pendingTamperedDetail } from '../../shared/evidence/warnings.ts';
import type { PendingStore } from './pending-store.ts';
import type { CapturedKind, Emit, PayloadOf, ProposedEvent, WarningCode } from './types.ts';

export type SendOutcome = { acknowledged: readonly string[] } | { refused: true };
export type Send = (events: ProposedEvent[]) => Promise<SendOutcome>;

export interface EmitterOptions {
  send: Send;
  /** The URL stamped on events (already redacted). */
  url: () => string;
  store?: PendingStore | null;
  now?: () => number;
  newId?: () => string;
  flushDelayMs?: number;
  batchSize?: number;
  /** Most events in one message (the protocol accepts 2,000). */
  maxBatch?: number;
  maxQueue?: number;
  retryInitialMs?: number;
  retryMaxMs?: number;
  /** A batch without an answer after this long is treated as failed (and re-sent). */
  sendTimeoutMs?: number;
  /** A batch without an answer after this long is kept in the page's storage meanwhile. */
  lateMs?: number;
  /** The background refused a batch (no running session?): the caller may re-check. */
  onRefused?: () => void;
  /** Kinds sent at once instead of after `flushDelayMs` (default: `nav.visited`). */
  urgentKinds?: readonly CapturedKind[];
}

export interface Emitter {
  emit: Emit;
  /** Sends the next batch now, unless one is in flight or a retry is pending. */
  flush(): void;
  /** Persists the queue and sends every unsent event at once (the page may unload next). */
  flushNow(): void;
  /** Events not yet acknowledged. */
  pending(): number;
  /** Persists what is left and stops sending. */
  stop(): void;
}

export const DEFAULTS = {
  flushDelayMs: 250,
  batchSize: 50,
  maxBatch: 500,
  maxQueue: 20_000,
  retryInitialMs: 500,
  retryMaxMs: 10_000,
  sendTimeoutMs: 10_000,
  lateMs: 1_000,
} as const;

/** A random UUID, also on plain-http sites where `crypto.randomUUID` (secure contexts) is absent. */
export const newEventId = (): string => {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
};

export const createEmitter = (options: EmitterOptions): Emitter => {
  const { send, url, store = null, now = Date.now, newId = newEventId, onRefused } = options;
  const flushDelayMs = options.flushDelayMs ?? DEFAULTS.flushDelayMs;
  const batchSize = options.batchSize ?? DEFAULTS.batchSize;
  const maxBatch = options.maxBatch ?? DEFAULTS.maxBatch;
  const maxQueue = options.maxQueue ?? DEFAULTS.maxQueue;
  const retryInitialMs = options.retryInitialMs ?? DEFAULTS.retryInitialMs;
  const retryMaxMs = options.retryMaxMs ?? DEFAULTS.retryMaxMs;
  const sendTimeoutMs = options.sendTimeoutMs ?? DEFAULTS.sendTimeoutMs;
  const lateMs = options.lateMs ?? DEFAULTS.lateMs;
  const urgentKinds = new Set<CapturedKind>(options.urgentKinds ?? ['nav.visited']);

  /** Unacknowledged events, oldest first (a Map keeps insertion order). */
  const queue = new Map<string, ProposedEvent>();
  const inFlight = new Set<string>();
  let sending = false;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = retryInitialMs;
  let stopped = false;
  let overflowing = false;
  let storageFailed = false;
  let failedAtSize = 0;
  let capReported = false;
  let dirty = false;
  /** The page's storage holds an entry of ours (it must shrink as acknowledgements come). */
  let stored = false;
  let probed = false;
  /** Restored entries are being verified (asynchronously): regular batches wait. */
  let restoring = false;

  const stamp = <K extends CapturedKind>(kind: K, data: PayloadOf<K>, trusted: boolean): ProposedEvent => ({
    id: newId(),
    kind,
    time: Math.round(now()),
    url: url(),
    trusted,
    data: data as Record<string, unknown>,
  });
  const add = (event: ProposedEvent) => {
    queue.set(event.id, event);
    dirty = true;
  };
  /** Témoin's own warnings pass the cap: they are what tells the examiner something is lost. */
  const warn = (code: WarningCode, detail: string) => add(stamp('capture.warning', { code, detail }, true));

  const persist = (force = false) => {
    if (!store || (!dirty && !force)) return;
    // After a quota error, wait until the queue has shrunk well below the size that failed:
    // serialising megabytes on every flush would cost the page more than it could save.
    if (failedAtSize > 0 && queue.size > failedAtSize / 2) return;
    dirty = false;
    try {
      const saved = store.save([...queue.values()]);
      stored = saved > 0;
      failedAtSize = 0;
      if (saved < queue.size && !capReported) {
        capReported = true;
        warn(
          'storage-error',
          `Trop d’événements en attente (${queue.size}) : seuls les ${saved} plus anciens sont protégés contre un changement de page.`,
        );
      }
    } catch {
      failedAtSize = Math.max(queue.size, 2);
      storageFailing();
    }
  };
  function storageFailing() {
    const first = !storageFailed;
    storageFailed = true;
    if (!first) return;
    warn(
      'storage-error',
      'La page ne peut plus conserver les événements en attente (stockage de session plein) : ils restent en mémoire.',
    );
  }
  /** Once per page: can the page's storage take an entry at all? (Nothing is signed.) */
  const probe = () => {
    if (!store || probed) return;
    probed = true;
    try {
      store.probe();
    } catch {
      storageFailing();
    }
  };
  /** Persists only when our entry is stale: it holds events acknowledged since. */
  const shrink = () => {
    if (stored) persist();
  };

  const unsentCount = () => Math.max(0, queue.size - inFlight.size);
  const unsent = (limit: number): ProposedEvent[] => {
    const out: ProposedEvent[] = [];
    for (const event of queue.values()) {
      if (inFlight.has(event.id)) continue;
      out.push(event);
      if (out.length >= limit) break;
    }
    return out;
  };

  /** Sends one batch; resolves `true` when every event of it is acknowledged. */
  const transmit = (batch: ProposedEvent[]): Promise<boolean> => {
    for (const event of batch) inFlight.add(event.id);
    return new Promise((resolve) => {
      let settled = false;
      const settle = (ok: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timeout);
        clearTimeout(late);
        for (const event of batch) inFlight.delete(event.id);
        resolve(ok && batch.every((event) => !queue.has(event.id)));
      };
      const timeout = setTimeout(() => settle(false), sendTimeoutMs);
      // Unanswered for a while (a worker starting, a busy machine): keep it in the page meanwhile.
      const late = setTimeout(() => {
        if (!settled) persist();
      }, lateMs);
      let attempt: Promise<SendOutcome>;
      try {
        attempt = send(batch);
      } catch (error) {
        attempt = Promise.reject(error);
      }
      attempt.then(
        (outcome) => {
          if ('refused' in outcome) {
            onRefused?.();
            settle(false);
            return;
          }
          // Acknowledgements count even when they arrive after the timeout.
          for (const id of outcome.acknowledged) if (queue.delete(id)) dirty = true;
          if (settled) shrink();
          settle(true);
        },
        () => settle(false),
      );
    });
  };

  const retryLater = () => {
    if (retryTimer !== undefined || stopped) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      flush();
    }, retryDelay);
    retryDelay = Math.min(retryDelay * 2, retryMaxMs);
  };

  const schedule = (delay: number) => {
    if (stopped) return;
    if (delay <= 0) {
      flush();
      return;
    }
    flushTimer ??= setTimeout(flush, delay);
  };

  const flush = () => {
    if (flushTimer !== undefined) {
      clearTimeout(flushTimer);
      flushTimer = undefined;
    }
    if (stopped || sending || restoring || retryTimer !== undefined) return;
    const batch = unsent(maxBatch);
    if (batch.length === 0) {
      shrink();
      return;
    }
    sending = true;
    const done = transmit(batch);
    probe();
    void done.then((ok) => {
      sending = false;
      if (stopped) return;
      if (!ok) {
        persist();
        retryLater();
        return;
      }
      shrink();
      retryDelay = retryInitialMs;
      const waiting = unsentCount();
      if (waiting > 0) schedule(waiting >= batchSize ? 0 : flushDelayMs);
    });
  };

  const flushNow = () => {
    if (stopped) return;
    if (flushTimer !== undefined) {
      clearTimeout(flushTimer);
      flushTimer = undefined;
    }
    for (let batch = unsent(maxBatch); batch.length > 0; batch = unsent(maxBatch))
      void transmit(batch).then((ok) => {
        if (stopped) return;
        if (ok) shrink();
        else {
          persist();
          retryLater();
        }
      });
    persist(true);
  };

  const emit: Emit = (kind, data, trusted) => {
    if (stopped) return;
    if (overflowing && queue.size < maxQueue / 2) overflowing = false;
    if (queue.size >= maxQueue) {
      if (!overflowing) {
        overflowing = true;
        warn(
          'storage-error',
          `File d’attente de la capture pleine (${maxQueue} événements non confirmés) : des événements ont été perdus.`,
        );
      }
      return;
    }
    add(stamp(kind, data, trusted));
    schedule(unsentCount() >= batchSize || urgentKinds.has(kind) ? 0 : flushDelayMs);
  };

  /** What earlier pages of the tab left, re-sent before this page's own events. */
  const adoptRestored = ({ events, tampered }: { events: ProposedEvent[]; tampered: number }) => {
    const own = [...queue.values()];
    queue.clear();
    for (const event of events.slice(0, maxQueue)) add(event);
    for (const event of own) queue.set(event.id, event);
    if (tampered > 0) warn('storage-error', pendingTamperedDetail(tampered));
    // Restoring took the entries out of the storage: put them back at once (their signed lines
    // are kept, nothing is signed again) until the background acknowledges them.
    if (events.length > 0) persist();
    if (queue.size > 0) schedule(0);
  };
  if (store) {
    try {
      const verifying = store.restoreAsync();
      if (verifying) {
        // WebCrypto: batches wait for the verdict (a few milliseconds), so that the previous
        // page's events still go first. If WebCrypto itself fails (not a wrong MAC: an API that
        // throws, as a browser may in a content script), the entries are still there: the
        // synchronous verifier takes them, rather than leave them to pages that fail alike.
        restoring = true;
        const fallback = () => {
          try {
            return store.restore();
          } catch {
            return { events: [], tampered: 0 };
          }
        };
        void verifying.catch(fallback).then((restored) => {
          restoring = false;
          // Even stopped: persisting them again is what keeps them for the next page.
          adoptRestored(restored);
        });
      } else adoptRestored(store.restore());
    } catch {
      // Storage unreadable (sandboxed frame): nothing to restore.
    }
  }

  return {
    emit,
    flush,
    flushNow,
    pending: () => queue.size,
    stop() {
      if (stopped) return;
      persist(true);
      stopped = true;
      clearTimeout(flushTimer);
      clearTimeout(retryTimer);
    },
  };
};
