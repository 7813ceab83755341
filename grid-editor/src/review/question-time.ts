/**
 * When the candidate worked on each question, from the events: every event carries the
 * question open in the overlay (`questionId`), and a `task.statusChanged` to « doing » switches
 * to its question. Consecutive events on one question make a span, from its first event to the
 * first event of the next span (the last span ends with the last event).
 */
import type { CaptureEvent } from '../../../shared/schema/index.ts';

export interface QuestionSpan {
  questionId: string;
  startMs: number;
  endMs: number;
}

export interface QuestionTime {
  /** Spans on the session's time axis, in order. */
  spans: QuestionSpan[];
  /** Total milliseconds per question. */
  totals: Map<string, number>;
  /** Length of the session's time axis (the last event's elapsed time). */
  durationMs: number;
}

const questionOf = (event: CaptureEvent): string | null =>
  event.kind === 'task.statusChanged' && event.data.to === 'doing' ? event.data.questionId : event.questionId;

export const questionTime = (events: readonly CaptureEvent[]): QuestionTime => {
  const spans: QuestionSpan[] = [];
  let open: QuestionSpan | undefined;
  for (const event of events) {
    const at = Math.max(0, event.elapsedMs);
    const question = questionOf(event);
    if (open && open.questionId !== question) {
      open.endMs = Math.max(open.startMs, at);
      spans.push(open);
      open = undefined;
    }
    if (question && !open) open = { questionId: question, startMs: at, endMs: at };
    if (open) open.endMs = Math.max(open.endMs, at);
  }
  if (open) spans.push(open);
  const totals = new Map<string, number>();
  for (const span of spans)
    totals.set(span.questionId, (totals.get(span.questionId) ?? 0) + span.endMs - span.startMs);
  const durationMs = Math.max(0, ...events.map((e) => e.elapsedMs));
  return { spans, totals, durationMs };
};

/** « 12 min », « 1 h 05 », « < 1 min ». */
export const minutes = (ms: number): string => {
  const m = Math.round(ms / 60_000);
  if (m < 1) return '< 1 min';
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')}`;
};
