/**
 * Evidence that counts: an event marked `unconfirmed` rests only on what the page reported
 * (the main-world network hook, which page scripts can steer), so the rules count it only once
 * Témoin's own end-state read — an event the background fetched itself (`relatesTo` set, derived
 * from no observation, not unconfirmed) — relates to it. A derived or page-reported event never
 * confirms: the page could make it say anything. Every evaluator (the reference, `evaluate`,
 * the incremental one used live and in review) applies this same rule, here.
 * See docs/adr/0013-threat-model.md.
 */
import type { CaptureEvent } from '../schema/event.ts';
import { entityKey, familyOf, isFetched } from './state.ts';

/** The id of the page-reported event this event confirms, if it is a confirmation at all. */
export const confirmationOf = (event: CaptureEvent): string | undefined =>
  !event.unconfirmed && isFetched(event) ? event.relatesTo : undefined;

/**
 * The thing a page-reported event is about (`post:5`), or undefined. An end-state read is taken
 * after a thing's last save only: a candidate who publishes an article and corrects it a moment
 * later gets one read, for the correction. That read shows the thing as the site keeps it —
 * public, with the corrected content — which vouches for the thing's earlier page-reported
 * events too (its publication): without this, the publication never counted and a complete
 * article scored TI (sixth labelled set). Only earlier events of the same thing: a later one
 * is not what the read saw. The page still cannot confirm anything: only a read does.
 */
export const thingOf = (event: CaptureEvent): string | undefined => {
  const data = (event as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return undefined;
  const key = entityKey(event);
  return key === '' || key.includes('undefined') ? undefined : `${familyOf(event.kind)[0]}#${key}`;
};

/** The ids confirmed by the extension's own reads among `events` (see `thingOf`). */
export const confirmedIds = (events: readonly CaptureEvent[]): Set<string> => {
  const confirmed = new Set<string>();
  for (const event of events) {
    const id = confirmationOf(event);
    if (id !== undefined) confirmed.add(id);
  }
  if (confirmed.size === 0) return confirmed;
  /** Per thing, the last `seq` of a confirmed event: its earlier events are vouched for. */
  const vouched = new Map<string, number>();
  for (const event of events) {
    if (!event.unconfirmed || !confirmed.has(event.id)) continue;
    const thing = thingOf(event);
    if (thing !== undefined) vouched.set(thing, Math.max(vouched.get(thing) ?? -1, event.seq));
  }
  for (const event of events) {
    if (!event.unconfirmed || confirmed.has(event.id)) continue;
    const thing = thingOf(event);
    if (thing !== undefined && event.seq < (vouched.get(thing) ?? -1)) confirmed.add(event.id);
  }
  return confirmed;
};

/** Whether an event may count, given the ids confirmed so far. */
export const countable = (event: CaptureEvent, confirmed: ReadonlySet<string>): boolean =>
  !event.unconfirmed || confirmed.has(event.id);

export const countableEvents = (events: readonly CaptureEvent[]): readonly CaptureEvent[] => {
  if (!events.some((event) => event.unconfirmed)) return events;
  const confirmed = confirmedIds(events);
  return events.filter((event) => countable(event, confirmed));
};
