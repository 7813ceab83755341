/**
 * Evidence that counts: an event marked `unconfirmed` rests only on what the page reported
 * (the main-world network hook, which page scripts can steer), so the rules count it only once
 * an event the extension observed on its own — the background's end-state read of the public
 * page — relates to it (`relatesTo`). See docs/adr/0013-threat-model.md.
 */
import type { CaptureEvent } from '../schema/event.ts';

export const countableEvents = (events: readonly CaptureEvent[]): readonly CaptureEvent[] => {
  if (!events.some((event) => event.unconfirmed)) return events;
  const confirmed = new Set<string>();
  for (const event of events) if (!event.unconfirmed && event.relatesTo) confirmed.add(event.relatesTo);
  return events.filter((event) => !event.unconfirmed || confirmed.has(event.id));
};
