/**
 * The workstation's link to the examiner's station (store and forward). IndexedDB stays the
 * source of truth: this only reads sealed events and pushes them in seq order, signed with the
 * session key got at pairing (shared/station/protocol.ts). The station answers with the next
 * seq it expects; after any interruption the link resumes from there. Nothing here ever
 * blocks or fails recording: every error becomes a state the popup shows, and a retry.
 *
 * Runtime-free (fetch, clock and storage are injected) so Node tests drive the same code.
 */
import type { CaptureEvent } from '../../../shared/schema/event.ts';
import type { Session } from '../../../shared/schema/session.ts';
import {
  type Batch,
  type BatchAck,
  MAX_BATCH_EVENTS,
  type PairResponse,
  type StationRefusal,
  signBatch,
} from '../../../shared/station/protocol.ts';

export type LinkState = 'pairing' | 'connected' | 'catching-up' | 'disconnected' | 'error';

export interface LinkRecord {
  sessionId: string;
  url: string;
  commissionId: string;
  key: string;
  /** Next seq the station expects: everything below is acknowledged. */
  acked: number;
  /**
   * The chain head the station answered with its last acknowledgement: with `acked` equal to
   * the chain's count and the ended status sent, the station holds the whole chain, which
   * counts as an export (background/session/kept.ts). Absent until the first acknowledgement.
   */
  head?: string;
  /** Status of the session document the station last got. */
  sentStatus: Session['status'];
}

export interface LinkStatus {
  sessionId: string;
  url: string;
  state: LinkState;
  acked: number;
  total: number;
  /** French, then English: what the examiner reads in the popup. */
  fr: string;
  en: string;
  at: number;
}

export interface LinkDeps {
  fetch: typeof fetch;
  now: () => number;
  /** Sealed events of a session from `from` (inclusive), at most `limit`, in seq order. */
  readEvents(sessionId: string, from: number, limit: number): Promise<CaptureEvent[]>;
  /** The session document and how many events it holds (its next seq). */
  sessionOf(sessionId: string): Promise<{ session: Session; total: number } | null>;
  load(sessionId: string): Promise<LinkRecord | undefined>;
  save(record: LinkRecord): Promise<void>;
  onStatus(status: LinkStatus): void;
  /** Schedules a retry; setTimeout by default. */
  setTimer?: (run: () => void, ms: number) => unknown;
}

export const HEARTBEAT_MS = 5_000;
const MAX_BACKOFF_MS = 5_000;
const REQUEST_TIMEOUT_MS = 10_000;
/** Events per batch: well under the station's limits, big enough to catch up quickly. */
const BATCH = Math.min(200, MAX_BATCH_EVENTS);

const TEXT: Record<LinkState, [string, string]> = {
  pairing: ['Appairage avec la station…', 'Pairing with the station…'],
  connected: ['Station : à jour.', 'Station: up to date.'],
  'catching-up': ['Station : envoi des événements en attente…', 'Station: sending pending events…'],
  disconnected: [
    'Station injoignable : l’enregistrement continue sur ce poste, l’envoi reprendra.',
    'Station unreachable: recording goes on here; sending will resume.',
  ],
  error: ['Station : erreur.', 'Station: error.'],
};

const post = async (deps: LinkDeps, url: string, body: string, headers: Record<string, string>) => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REQUEST_TIMEOUT_MS);
  try {
    const response = await deps.fetch(url, { method: 'POST', body, headers, signal: controller.signal });
    const json = (await response.json().catch(() => null)) as BatchAck | PairResponse | StationRefusal | null;
    return { status: response.status, json };
  } finally {
    clearTimeout(timer);
  }
};

const endpoint = (base: string, path: string) => new URL(path, base.endsWith('/') ? base : `${base}/`).href;

export const createStationLink = (deps: LinkDeps) => {
  const setTimer = deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  const failures = new Map<string, number>();
  const timers = new Map<string, boolean>();

  const report = (
    record: Pick<LinkRecord, 'sessionId' | 'url'>,
    state: LinkState,
    acked: number,
    total: number,
    detail?: [string, string],
  ) =>
    deps.onStatus({
      sessionId: record.sessionId,
      url: record.url,
      state,
      acked,
      total,
      fr: detail ? `${TEXT[state][0]} ${detail[0]}` : TEXT[state][0],
      en: detail ? `${TEXT[state][1]} ${detail[1]}` : TEXT[state][1],
      at: deps.now(),
    });

  const later = (sessionId: string, ms: number) => {
    if (timers.get(sessionId)) return;
    timers.set(sessionId, true);
    setTimer(() => {
      timers.set(sessionId, false);
      void push(sessionId);
    }, ms);
  };

  /** One pass: sends batches until the station has everything (or a failure), then a heartbeat. */
  const pass = async (sessionId: string): Promise<void> => {
    const record = await deps.load(sessionId);
    if (!record) return;
    const current = await deps.sessionOf(sessionId);
    if (!current) return;
    let { acked } = record;
    const { total, session } = current;
    try {
      for (;;) {
        const events = acked < total ? await deps.readEvents(sessionId, acked, BATCH) : [];
        const statusChanged = session.status !== record.sentStatus;
        const batch: Batch = {
          sessionId,
          commissionId: record.commissionId,
          from: acked,
          to: acked + events.length - 1,
          total,
          events,
          ...(statusChanged ? { session } : {}),
        };
        const signed = await signBatch(record.key, batch, deps.now());
        const { status, json } = await post(
          deps,
          endpoint(record.url, 'api/ingest'),
          signed.body,
          signed.headers,
        );
        if (json && json.ok === true && 'next' in json) {
          acked = json.next;
          record.acked = acked;
          if ('head' in json) record.head = json.head;
          else delete record.head;
          record.sentStatus = session.status;
          await deps.save(record);
          failures.delete(sessionId);
          if (acked >= total || events.length === 0) break;
          report(record, 'catching-up', acked, total);
          continue;
        }
        const refusal = json as StationRefusal | null;
        // The station has more, or fewer, than we thought: resume from what it expects.
        if (
          refusal &&
          typeof refusal.next === 'number' &&
          refusal.next !== acked &&
          refusal.next <= total &&
          ['gap', 'conflict', 'chain'].includes(refusal.code)
        ) {
          acked = refusal.next;
          record.acked = acked;
          // The head we knew belonged to another count: none until the next acknowledgement.
          delete record.head;
          await deps.save(record);
          continue;
        }
        if (status === 507 || status >= 500 || refusal?.code === 'busy' || refusal?.code === 'replay')
          throw new Error(refusal?.fr ?? `HTTP ${status}`);
        // Refused for good (key, host, commission, malformed): say why, keep recording, retry slowly.
        report(
          record,
          'error',
          acked,
          total,
          refusal ? [refusal.fr, refusal.en] : [`HTTP ${status}`, `HTTP ${status}`],
        );
        later(sessionId, HEARTBEAT_MS * 6);
        return;
      }
      report(record, total > acked ? 'catching-up' : 'connected', acked, total);
      // An ended session fully received needs no more heartbeats.
      if (!(session.status === 'ended' && acked >= total && record.sentStatus === 'ended'))
        later(sessionId, HEARTBEAT_MS);
    } catch (error) {
      const count = (failures.get(sessionId) ?? 0) + 1;
      failures.set(sessionId, count);
      const detail =
        error instanceof Error && error.name !== 'AbortError' && !/fetch|network/i.test(error.message)
          ? ([error.message, error.message] as [string, string])
          : undefined;
      report(record, 'disconnected', acked, total, detail);
      later(sessionId, Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(count, 4)));
    }
  };

  /** Sends what is pending; calls during a pass make one more pass after it (never two at once). */
  const push = (sessionId: string): Promise<void> => {
    const active = running.get(sessionId);
    if (active) {
      again.add(sessionId);
      return active;
    }
    const run = (async () => {
      do {
        again.delete(sessionId);
        await pass(sessionId);
      } while (again.has(sessionId));
    })().finally(() => running.delete(sessionId));
    running.set(sessionId, run);
    return run;
  };

  /** Exchanges the commission's code for the session key, then starts pushing. */
  const pair = async (sessionId: string, url: string, code: string): Promise<LinkStatus | null> => {
    const current = await deps.sessionOf(sessionId);
    if (!current) return null;
    const target = { sessionId, url };
    report(target, 'pairing', 0, current.total);
    try {
      const { json } = await post(
        deps,
        endpoint(url, 'api/pair'),
        JSON.stringify({ code, session: current.session }),
        {
          'content-type': 'application/json',
        },
      );
      if (json?.ok !== true || !('key' in json)) {
        const refusal = json as StationRefusal | null;
        report(
          target,
          'error',
          0,
          current.total,
          refusal ? [refusal.fr, refusal.en] : ['Réponse illisible.', 'Unreadable answer.'],
        );
        return null;
      }
      await deps.save({
        sessionId,
        url,
        commissionId: json.commissionId,
        key: json.key,
        acked: json.next,
        sentStatus: 'running',
      });
    } catch (error) {
      // Unreachable (not refused): the session goes on recording; pairing is tried again.
      const text = error instanceof Error ? error.message : String(error);
      report(target, 'disconnected', 0, current.total, [
        `Appairage impossible pour l’instant (${text}) : nouvel essai dans 5 s.`,
        `Pairing not possible yet (${text}): trying again in 5 s.`,
      ]);
      setTimer(() => void pair(sessionId, url, code), HEARTBEAT_MS);
      return null;
    }
    await push(sessionId);
    return null;
  };

  return { pair, push };
};

export type StationLink = ReturnType<typeof createStationLink>;
