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
import { isFetched } from './state.ts';

/** The id of the page-reported event this event confirms, if it is a confirmation at all. */
export const confirmationOf = (event: CaptureEvent): string | undefined =>
  !event.unconfirmed && isFetched(event) ? event.relatesTo : undefined;

/** The ids confirmed by the extension's own reads among `events`. */
export const confirmedIds = (events: readonly CaptureEvent[]): Set<string> => {
  const confirmed = new Set<string>();
  for (const event of events) {
    const id = confirmationOf(event);
    if (id !== undefined) confirmed.add(id);
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
