/**
 * What a *state* rule looks at: not the events themselves but the current state of the things
 * they describe — an article, a product, a voucher, a settings area — as the last of their
 * events leaves it.
 *
 * - Events that change the same thing form a **family** (`content.published`,
 *   `content.updated` and `content.unpublished` all change a content item) and carry a
 *   **key** naming the thing (`post:42`, product `17`, voucher `ETE10`, settings area
 *   `discussion`); see `entityKey`.
 * - The state of a thing is the `data` of its last event, completed by earlier events for the
 *   fields the last one does not carry (back offices often save only what changed); objects
 *   merge field by field, anything else (text, numbers, lists, `null`) is replaced.
 */
import type { CaptureEvent } from '../schema/event.ts';

const CONTENT_FAMILY = ['content.published', 'content.updated', 'content.unpublished'] as const;

/** Kinds whose events change the same things as events of `kind`. */
export const familyOf = (kind: string): readonly string[] =>
  (CONTENT_FAMILY as readonly string[]).includes(kind) ? CONTENT_FAMILY : [kind];

/**
 * A thing whose last event is of the opposite kind no longer counts: an article unpublished
 * after it was published is not a published article.
 */
export const OPPOSITE_KIND: Readonly<Record<string, string>> = {
  'content.published': 'content.unpublished',
  'content.unpublished': 'content.published',
};

const withoutHash = (url: string): string => {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
};

/**
 * The thing an event is about. Kinds not listed have one thing per session: the last event of
 * the kind decides.
 */
export const entityKey = (event: CaptureEvent): string => {
  switch (event.kind) {
    case 'content.published':
    case 'content.updated':
    case 'content.unpublished':
      return `${event.data.contentType}:${event.data.id}`;
    case 'comment.moderated':
    case 'comment.replied':
    case 'comment.posted':
      return event.data.commentId;
    case 'settings.changed':
      return event.data.area;
    case 'commerce.productSaved':
    case 'commerce.cartChanged':
      return event.data.productId;
    case 'commerce.voucherCreated':
    case 'commerce.voucherApplied':
      return event.data.code;
    case 'commerce.orderPlaced':
      return event.data.orderId;
    case 'page.seo':
    case 'nav.visited':
      return withoutHash(event.url);
    case 'ui.changed':
      return event.data.name;
    case 'task.statusChanged':
    case 'task.noteSaved':
      return event.data.questionId;
    default:
      return '';
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `next` over `previous`: objects merge field by field, `undefined` keeps the earlier value. */
export const mergeData = (previous: unknown, next: unknown): unknown => {
  if (!isRecord(previous) || !isRecord(next)) return next;
  const merged: Record<string, unknown> = { ...previous };
  for (const key of Object.keys(next)) {
    const value = next[key];
    if (value !== undefined) merged[key] = mergeData(previous[key], value);
  }
  return merged;
};

/** The current state of one thing, as its events in a rule's scope leave it. */
export interface EntityState {
  /** Last event of the thing: its envelope (url, time, question…) is the state's envelope. */
  last: CaptureEvent;
  /** Merged `data` of the thing's events. */
  data: unknown;
  /** Kinds of the thing's events seen so far (a published-article rule needs a publication). */
  kinds: Set<string>;
  /** What conditions read: the last event with the merged data. */
  view: unknown;
}

/** Folds one more event of a thing into its state (a new object; the previous is not changed). */
export const advance = (state: EntityState | undefined, event: CaptureEvent): EntityState => {
  const data = state ? mergeData(state.data, event.data) : event.data;
  const kinds = state?.kinds.has(event.kind) ? state.kinds : new Set([...(state?.kinds ?? []), event.kind]);
  return { last: event, data, kinds, view: { ...event, data } };
};

/** Whether a state rule of `kind` may count this thing at all (before its conditions). */
export const isCandidate = (state: EntityState, kind: string): boolean =>
  state.kinds.has(kind) && state.last.kind !== OPPOSITE_KIND[kind];

/** A thing a rule may judge: of its kind, or of one of its `orKinds` (another route). */
export const isCandidateFor = (
  state: EntityState,
  rule: { kind: string; orKinds?: readonly string[] },
): boolean => isCandidate(state, rule.kind) || (rule.orKinds ?? []).some((kind) => isCandidate(state, kind));

/**
 * Evidence Témoin fetched itself (the end-state snapshot of a published page: `relatesTo` set,
 * derived from no observation of the candidate). It shows the site's state, never what the
 * candidate did or saw: process rules ignore it, state rules read it only with `fetched: true`.
 */
export const isFetched = (event: CaptureEvent): boolean =>
  event.relatesTo !== undefined && event.derivedFrom === undefined;

/** Whether a rule may read an event at all (before its window, `after` and conditions). */
export const readable = (event: CaptureEvent, evidence: 'process' | 'state', fetched: boolean | undefined) =>
  !isFetched(event) || (evidence === 'state' && fetched === true);
