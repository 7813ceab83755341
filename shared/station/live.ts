/**
 * What the station's examiner stream (`GET /api/commissions/:id/stream`, server-sent events)
 * carries: per candidate session its live figures, the rules' per-question results as the
 * incremental engine has them, the examiner's draft and the newest timeline rows. The station
 * writes these messages and the examiner's page (grid-editor/src/station-live) reads them.
 */
import type { QuestionResult } from '../rules/types.ts';
import type { Level } from '../schema/common.ts';
import type { Session } from '../schema/session.ts';

export type LiveState = 'connected' | 'catching-up' | 'disconnected';

export interface TimelineRow {
  seq: number;
  time: number;
  elapsedMs: number;
  kind: string;
  questionId: string | null;
  /** One French sentence for the examiner. */
  text: string;
  warning: boolean;
}

/** A « demander une justification » marker: the question and the moment (last seq received). */
export interface Marker {
  questionId: string;
  at: string;
  seq: number;
  elapsedMs: number;
  note: string;
}

/** A question asked at the interview and the answer, as the review's notes keep them. */
export interface InterviewNote {
  questionId: string | null;
  question: string;
  answer: string;
  at: string;
}

/** What the examiner enters during the exam, before finalising. */
export interface Draft {
  levels: Record<string, Level | null>;
  comments: Record<string, string>;
  /** Per question, the compétences opérationnelles' levels by id. */
  competences: Record<string, Record<string, Level | null>>;
  notes: string;
  interviewNotes: InterviewNote[];
  markers: Marker[];
  mark: number | null;
}

/** One change to a draft (`PUT /api/sessions/:id/draft`): only the fields given change. */
export interface DraftChange {
  questionId?: string;
  level?: Level | null;
  comment?: string;
  competence?: { id: string; level: Level | null };
  note?: { question: string; answer?: string };
  notes?: string;
  mark?: number | null;
}

export interface CandidateView {
  sessionId: string;
  /** The session as the workstation last reported it (subject, candidate, commission, times). */
  session: Session;
  candidate: Session['candidate'];
  status: Session['status'];
  startedAt: string;
  durationMinutes: number;
  state: LiveState;
  count: number;
  total: number;
  /** Milliseconds between the last event's time on the workstation and its arrival here. */
  lagMs: number | null;
  lastContact: number;
  /** The chain head after the `count` events received: what the station's receipt anchors. */
  head: string;
  suggestions: Record<string, Level | null>;
  /**
   * The rules' results per question (suggested level, explanation, each rule's degree): all of
   * them in a snapshot, only those that changed since the previous message in a `candidate`
   * message (the engine rebuilds only the questions an event touched; a page merges by id).
   */
  questions: QuestionResult[];
  /**
   * Increases with every view the station process builds: a page ignores a change message
   * older than what it shows (announced while its snapshot was being read, it is in the
   * snapshot already). A snapshot always applies: a restarted station counts from zero again.
   */
  version: number;
  /** The candidate's own note per question (the last `task.noteSaved`), as the review shows it. */
  candidateNotes: Record<string, string>;
  draft: Draft;
  final: boolean;
}

export type LiveMessage =
  | { type: 'snapshot'; candidates: (CandidateView & { rows: TimelineRow[] })[]; stationError: string | null }
  | { type: 'candidate'; candidate: CandidateView; rows: TimelineRow[] }
  | { type: 'station-error'; message: string | null };

export const EMPTY_DRAFT: Draft = {
  levels: {},
  comments: {},
  competences: {},
  notes: '',
  interviewNotes: [],
  markers: [],
  mark: null,
};
