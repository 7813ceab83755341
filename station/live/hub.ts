/**
 * The live picture of every commission: per candidate session the incremental rules engine
 * (shared/rules/incremental.ts) fed batch by batch, the count, the connection state and lag,
 * the last timeline rows; and the examiner pages subscribed to each commission (SSE), told of
 * every change as it is stored.
 */
import { createIncrementalEvaluator, type IncrementalEvaluator } from '../../shared/rules/incremental.ts';
import type { QuestionResult } from '../../shared/rules/types.ts';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import type { Session } from '../../shared/schema/session.ts';
import type { CandidateView, LiveMessage, LiveState, TimelineRow } from '../../shared/station/live.ts';
import { type Commission, commissionById } from '../accounts/commissions.ts';
import type { Database } from '../db/database.ts';
import type { Stored } from '../ingest/ingest.ts';
import { describeEvent } from './describe.ts';
import { readDraft } from './drafts.ts';

export type { CandidateView, LiveState, TimelineRow };

/** Without news from a workstation for this long (it beats every 5 s), it is disconnected. */
export const SILENCE_MS = 12_000;
const KEPT_ROWS = 300;

interface Live {
  sessionId: string;
  commissionId: string;
  session: Session;
  evaluator: IncrementalEvaluator;
  count: number;
  total: number;
  lastContact: number;
  lagMs: number | null;
  head: string;
  rows: TimelineRow[];
  state: LiveState;
  /** The candidate's last saved note per question (shown beside the question, as in review). */
  candidateNotes: Record<string, string>;
  /** The question results last announced (the engine keeps an unchanged question's object). */
  sent: Map<string, QuestionResult>;
}

export type HubMessage = LiveMessage;

const noteOf = (notes: Record<string, string>, events: readonly CaptureEvent[]) => {
  for (const event of events)
    if (event.kind === 'task.noteSaved') notes[event.data.questionId] = event.data.text;
};

const rowOf = (event: CaptureEvent): TimelineRow => ({
  seq: event.seq,
  time: event.time,
  elapsedMs: event.elapsedMs,
  kind: event.kind,
  questionId: event.questionId,
  text: describeEvent(event),
  warning: event.kind === 'integrity.warning' || !event.trusted || event.afterTime === true,
});

export const createHub = (db: Database, now: () => number = Date.now) => {
  const live = new Map<string, Live>();
  const commissions = new Map<string, Commission>();
  const subscribers = new Map<string, Set<(message: HubMessage) => void>>();
  let stationError: string | null = null;

  const commission = async (id: string) => {
    let found = commissions.get(id);
    if (!found) {
      found = (await commissionById(db, id)) ?? undefined;
      if (found) commissions.set(id, found);
    }
    return found ?? null;
  };

  const stateOf = (entry: Live): LiveState => {
    if (entry.session.status === 'ended' && entry.count >= entry.total) return 'connected';
    if (now() - entry.lastContact > SILENCE_MS) return 'disconnected';
    return entry.total > entry.count ? 'catching-up' : 'connected';
  };

  /** Loads a session's live state from the database (station restarted, or first look). */
  const load = async (sessionId: string): Promise<Live | null> => {
    const existing = live.get(sessionId);
    if (existing) return existing;
    const row = (
      await db.query<{
        commission_id: string;
        session: string;
        reported_total: number;
        last_contact: string;
        head: string;
      }>(
        'select commission_id, session, reported_total, last_contact, head from candidate_sessions where id = $1',
        [sessionId],
      )
    )[0];
    if (!row) return null;
    const found = await commission(row.commission_id);
    if (!found) return null;
    const events = (
      await db.query<{ body: string; received_at: string }>(
        'select body, received_at from events where session_id = $1 order by seq',
        [sessionId],
      )
    ).map((r) => JSON.parse(r.body) as CaptureEvent);
    if (live.has(sessionId)) return live.get(sessionId)!;
    const entry: Live = {
      sessionId,
      commissionId: row.commission_id,
      session: JSON.parse(row.session) as Session,
      evaluator: createIncrementalEvaluator(found.pkg.subject),
      count: events.length,
      total: Number(row.reported_total),
      lastContact: Number(row.last_contact),
      lagMs: null,
      head: events.at(-1)?.hash ?? row.head,
      rows: events.slice(-KEPT_ROWS).map(rowOf),
      state: 'disconnected',
      candidateNotes: {},
      sent: new Map(),
    };
    noteOf(entry.candidateNotes, events);
    entry.evaluator.push(events);
    entry.state = stateOf(entry);
    live.set(sessionId, entry);
    return entry;
  };

  let version = 0;
  /** A candidate's view: every question (snapshot) or those changed since the last announce. */
  const viewOf = async (entry: Live, all: boolean): Promise<CandidateView> => {
    const evaluation = entry.evaluator.result();
    const questions = all
      ? evaluation.questions
      : evaluation.questions.filter((q) => entry.sent.get(q.questionId) !== q);
    if (!all) for (const q of questions) entry.sent.set(q.questionId, q);
    const built = ++version;
    const { draft, final } = await readDraft(db, entry.sessionId);
    return {
      sessionId: entry.sessionId,
      session: entry.session,
      candidate: entry.session.candidate,
      status: entry.session.status,
      startedAt: entry.session.startedAt,
      durationMinutes: entry.session.durationMinutes,
      state: entry.state,
      count: entry.count,
      total: Math.max(entry.total, entry.count),
      lagMs: entry.lagMs,
      lastContact: entry.lastContact,
      head: entry.head,
      suggestions: Object.fromEntries(evaluation.questions.map((q) => [q.questionId, q.level])),
      questions,
      version: built,
      candidateNotes: entry.candidateNotes,
      draft,
      final,
    };
  };

  const broadcast = (commissionId: string, message: HubMessage) => {
    for (const send of subscribers.get(commissionId) ?? []) send(message);
  };

  const announce = async (entry: Live, rows: TimelineRow[]) => {
    if (!subscribers.get(entry.commissionId)?.size) return;
    broadcast(entry.commissionId, { type: 'candidate', candidate: await viewOf(entry, false), rows });
  };

  return {
    /** Called by the ingest route after a batch is stored (heartbeats included). */
    async stored(stored: Stored) {
      if (stationError) {
        stationError = null;
        for (const id of subscribers.keys()) broadcast(id, { type: 'station-error', message: null });
      }
      const entry = await load(stored.sessionId);
      if (!entry) return;
      // `load` may have read these events already when it ran after the commit.
      const fresh = stored.events.filter((event) => event.seq >= entry.count);
      entry.evaluator.push(fresh);
      noteOf(entry.candidateNotes, fresh);
      entry.count += fresh.length;
      entry.head = fresh.at(-1)?.hash ?? entry.head;
      entry.total = stored.total;
      entry.lastContact = stored.receivedAt;
      const last = stored.events.at(-1);
      if (last) entry.lagMs = Math.max(0, stored.receivedAt - last.time);
      if (stored.sessionChanged) {
        const row = (
          await db.query<{ session: string }>('select session from candidate_sessions where id = $1', [
            entry.sessionId,
          ])
        )[0];
        if (row) entry.session = JSON.parse(row.session) as Session;
      }
      const rows = fresh.map(rowOf);
      entry.rows.push(...rows);
      if (entry.rows.length > KEPT_ROWS) entry.rows.splice(0, entry.rows.length - KEPT_ROWS);
      entry.state = stateOf(entry);
      await announce(entry, rows);
    },
    /** The station could not store a batch: every examiner page says so until a batch is stored. */
    failed(message: string) {
      stationError = message;
      for (const id of subscribers.keys()) broadcast(id, { type: 'station-error', message });
    },
    /** Re-announces a candidate after the examiner changed their draft. */
    async draftChanged(sessionId: string) {
      const entry = await load(sessionId);
      if (entry) await announce(entry, []);
    },
    async snapshot(commissionId: string): Promise<HubMessage> {
      const ids = await db.query<{ id: string }>(
        'select id from candidate_sessions where commission_id = $1 order by paired_at, id',
        [commissionId],
      );
      const candidates = [];
      for (const { id } of ids) {
        const entry = await load(id);
        if (entry) candidates.push({ ...(await viewOf(entry, true)), rows: entry.rows.slice(-100) });
      }
      return { type: 'snapshot', candidates, stationError };
    },
    subscribe(commissionId: string, send: (message: HubMessage) => void): () => void {
      const set = subscribers.get(commissionId) ?? new Set();
      set.add(send);
      subscribers.set(commissionId, set);
      return () => set.delete(send);
    },
    /** Re-evaluates connection states (silence turns into « déconnecté » without any batch). */
    async tick() {
      for (const entry of live.values()) {
        const state = stateOf(entry);
        if (state === entry.state) continue;
        entry.state = state;
        await announce(entry, []);
      }
    },
    live: (sessionId: string) => live.get(sessionId),
    load,
  };
};

export type Hub = ReturnType<typeof createHub>;
