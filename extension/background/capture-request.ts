/**
 * The content scripts' event batches (`capture.events`, most of the worker's messages) checked
 * by hand before the request union's zod schema: the same envelope rules as `ProposedEvent` in
 * messaging/protocol.ts, without zod's copy of every event and of every key of every payload.
 * The payload itself is still validated against its kind's schema by the recorder (the trust
 * boundary: a content script runs on a page we do not control).
 *
 * Sound, not complete: a message this accepts is one the zod schema accepts, with the same
 * value (`capture-request.test.ts` checks it on generated and hostile inputs); anything else
 * — odd, refused or not a batch — goes through the zod schema as before, which decides.
 */
import type { Request } from '../messaging/protocol.ts';

type CaptureEvents = Extract<Request, { type: 'capture.events' }>;

const EVENT_KEYS = 6;
const MAX_EVENTS = 2000;

/** A plain object as JSON messaging gives it (zod's `isPlainObject` for such values). */
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

const isEvent = (value: unknown): boolean => {
  if (!isRecord(value)) return false;
  // `.strict()`: exactly the six keys (all required), none other.
  let keys = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    keys += 1;
  }
  if (keys !== EVENT_KEYS) return false;
  const { id, kind, time, url, trusted, data } = value;
  return (
    typeof id === 'string' &&
    id.length >= 8 &&
    id.length <= 64 &&
    typeof kind === 'string' &&
    kind.length <= 60 &&
    typeof time === 'number' &&
    Number.isSafeInteger(time) &&
    time >= 0 &&
    typeof url === 'string' &&
    url.length <= 4000 &&
    typeof trusted === 'boolean' &&
    isRecord(data) &&
    // zod's record copy would turn an own `__proto__` key into a prototype: let zod decide.
    !Object.hasOwn(data, '__proto__')
  );
};

/** `message` as a `capture.events` request when it plainly is a valid one; else null. */
export const plainCaptureEvents = (message: unknown): CaptureEvents | null => {
  if (!isRecord(message) || message.type !== 'capture.events') return null;
  let keys = 0;
  for (const key in message) {
    if (!Object.hasOwn(message, key)) return null;
    keys += 1;
  }
  const { events } = message;
  if (keys !== 2 || !Array.isArray(events) || events.length > MAX_EVENTS) return null;
  for (let i = 0; i < events.length; i += 1) if (!(i in events) || !isEvent(events[i])) return null;
  return message as unknown as CaptureEvents;
};
