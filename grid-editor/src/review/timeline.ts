/**
 * The evidence timeline of one candidate, without the DOM: a row per event (a one-line
 * summary, the integrity warning it carries), filtering by question, criterion, kind and
 * text, and the window of rows a scrolled list shows (only those are rendered).
 */
import { byCandidateTime } from '../../../shared/bundle/candidate-order.ts';
import { describeEvent } from '../../../shared/evidence/describe.ts';
import { confirmedIds, countable } from '../../../shared/rules/confirmed.ts';
import type { EvaluationResult } from '../../../shared/rules/types.ts';
import type { CaptureEvent } from '../../../shared/schema/index.ts';

/** What makes an event stand out: left the site, untrusted, a gap in `seq`, after time-up… */
export type WarningCode =
  | 'left-origin'
  | 'untrusted'
  | 'seq-gap'
  | 'after-time'
  | 'time-up'
  | 'storage-error'
  | 'clock-skew'
  | 'rejected-event'
  | 'other-tab'
  | 'new-window'
  | 'private-window'
  | 'forged-event'
  | 'settings-change'
  | 'pin-failed'
  | 'unconfirmed';

export interface TimelineRow {
  /** Position in the bundle's events. */
  index: number;
  event: CaptureEvent;
  /** The event's own texts on one line (searched; the row shows its sentence, shared/evidence). */
  summary: string;
  warning: WarningCode | null;
  /** Lower-cased text searched by the search box. */
  haystack: string;
}

const SUMMARY_FIELDS = [
  'title',
  'text',
  'label',
  'name',
  'value',
  'author',
  'code',
  'detail',
  'reason',
  'status',
];
const MAX_SUMMARY = 240;

/** A one-line description of an event's data (its texts, else its JSON). */
export const summarise = (event: CaptureEvent): string => {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const parts = SUMMARY_FIELDS.map((key) => data[key])
    .filter((value): value is string | number | boolean =>
      ['string', 'number', 'boolean'].includes(typeof value),
    )
    .map(String)
    .filter((text) => text.length > 0);
  const text = parts.length > 0 ? parts.join(' · ') : JSON.stringify(data);
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text;
};

/** The integrity warning an event carries, if any (the most telling one). */
export const warningOf = (
  event: CaptureEvent,
  previousSeq: number | null,
  confirmed: ReadonlySet<string> = new Set(),
): WarningCode | null => {
  if (event.kind === 'integrity.warning') {
    const code = event.data.code;
    return code === 'untrusted-event' ? 'untrusted' : code;
  }
  if (event.kind === 'pin.failed') return 'pin-failed';
  if (event.kind === 'session.ended' && event.data.reason === 'time-up') return 'time-up';
  if (previousSeq !== null && event.seq !== previousSeq + 1) return 'seq-gap';
  if (!event.trusted) return 'untrusted';
  // Page-reported (the main-world hook) and never confirmed by Témoin's own read: the rules
  // ignored it, the examiner is told why (shared/rules/confirmed.ts).
  if (!countable(event, confirmed)) return 'unconfirmed';
  if (event.afterTime) return 'after-time';
  return null;
};

/** Rows in the candidate's order (their time); gaps in `seq` are still read in chain order. */
export const buildRows = (events: readonly CaptureEvent[]): TimelineRow[] => {
  const previousSeq = new Map<CaptureEvent, number | null>();
  events.forEach((event, index) => {
    previousSeq.set(event, index > 0 ? events[index - 1]!.seq : null);
  });
  const indexOf = new Map(events.map((event, index) => [event, index]));
  const confirmed = confirmedIds(events);
  return byCandidateTime(events).map((event) => {
    const summary = summarise(event);
    return {
      index: indexOf.get(event)!,
      event,
      summary,
      warning: warningOf(event, previousSeq.get(event) ?? null, confirmed),
      haystack:
        `${event.kind} ${summary} ${describeEvent(event, 'fr')} ${describeEvent(event, 'en')} ${event.url}`.toLowerCase(),
    };
  });
};

export interface TimelineFilter {
  questionId?: string;
  /** A criterion of the grid (`C1`…): the events given as evidence for it. */
  criterion?: string;
  kind?: string;
  warningsOnly?: boolean;
  search?: string;
}

/** Ids of the events given as evidence for a question (every rule, satisfied or not). */
export const evidenceOfQuestion = (evaluation: EvaluationResult | null, questionId: string): Set<string> =>
  new Set(
    evaluation?.questions
      .filter((q) => q.questionId === questionId)
      .flatMap((q) => q.rules.flatMap((rule) => rule.events.map((e) => e.id))) ?? [],
  );

export const evidenceOfCriterion = (evaluation: EvaluationResult | null, criterion: string): Set<string> =>
  new Set(
    evaluation?.questions.flatMap((q) =>
      q.rules
        .filter((rule) => rule.criteria.includes(criterion))
        .flatMap((rule) => rule.events.map((e) => e.id)),
    ) ?? [],
  );

/** The rows the filter keeps, in order. An empty filter keeps every row (the same array). */
export const filterRows = (
  rows: readonly TimelineRow[],
  filter: TimelineFilter,
  evaluation: EvaluationResult | null,
): readonly TimelineRow[] => {
  const search = filter.search?.trim().toLowerCase() ?? '';
  const { questionId, criterion, kind, warningsOnly } = filter;
  if (!search && !questionId && !criterion && !kind && !warningsOnly) return rows;
  const ofQuestion = questionId ? evidenceOfQuestion(evaluation, questionId) : undefined;
  const ofCriterion = criterion ? evidenceOfCriterion(evaluation, criterion) : undefined;
  return rows.filter(
    (row) =>
      (!questionId || row.event.questionId === questionId || ofQuestion!.has(row.event.id)) &&
      (!ofCriterion || ofCriterion.has(row.event.id)) &&
      (!kind || row.event.kind === kind) &&
      (!warningsOnly || row.warning !== null) &&
      (!search || row.haystack.includes(search)),
  );
};

/** How many rows carry each warning. */
export const warningCounts = (rows: readonly TimelineRow[]): Partial<Record<WarningCode, number>> => {
  const counts: Partial<Record<WarningCode, number>> = {};
  for (const row of rows) if (row.warning) counts[row.warning] = (counts[row.warning] ?? 0) + 1;
  return counts;
};

export interface VirtualWindow {
  /** First row rendered (inclusive) and last (exclusive). */
  start: number;
  end: number;
  /** Where the first rendered row sits, in pixels from the top of the list. */
  offset: number;
  /** Height of the whole list, in pixels. */
  total: number;
}

/** The rows a list of `count` fixed-height rows shows when scrolled to `scrollTop`, plus `overscan` each side. */
export const virtualWindow = (
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan = 8,
): VirtualWindow => {
  const total = count * rowHeight;
  const top = Math.max(0, Math.min(scrollTop, Math.max(0, total - viewport)));
  const first = Math.floor(top / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, Math.ceil((top + viewport) / rowHeight) + overscan);
  return { start, end: Math.max(start, end), offset: start * rowHeight, total };
};

/** The scroll position that shows row `position` in the middle of the viewport. */
export const scrollTopFor = (
  position: number,
  viewport: number,
  rowHeight: number,
  count: number,
): number => {
  const total = count * rowHeight;
  const centred = position * rowHeight - (viewport - rowHeight) / 2;
  return Math.max(0, Math.min(centred, Math.max(0, total - viewport)));
};
