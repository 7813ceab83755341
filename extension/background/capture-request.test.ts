/**
 * The hand-written check of `capture.events` is sound against the zod schema it stands in
 * front of: whatever it accepts, zod accepts with the same value; what it declines goes to zod.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Request } from '../messaging/protocol.ts';
import { plainCaptureEvents } from './capture-request.ts';

const event = {
  id: 'evt-00000001',
  kind: 'ui.clicked',
  time: 1_765_000_000_000,
  url: 'http://127.0.0.1:8091/wp-admin/',
  trusted: true,
  data: { selector: 'button', text: 'Publier', nested: { a: [1, 'b', null] } },
};
const batch = (events: unknown[]) => ({ type: 'capture.events', events });
/** What reaches the worker: runtime messages are JSON in Chromium. */
const asMessage = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

const agrees = (message: unknown) => {
  const plain = plainCaptureEvents(message);
  if (!plain) return;
  const parsed = Request.safeParse(message);
  expect(parsed.success).toBe(true);
  expect(plain).toEqual(parsed.data);
};

describe('capture.events checked by hand', () => {
  it('accepts a plain batch, as the schema does, with the same value', () => {
    const message = asMessage(batch([event, { ...event, id: 'evt-00000002', data: {} }]));
    expect(plainCaptureEvents(message)).not.toBeNull();
    agrees(message);
    expect(plainCaptureEvents(asMessage(batch([])))).not.toBeNull();
  });

  it('declines what the schema refuses, or leaves it to the schema', () => {
    const hostile: unknown[] = [
      null,
      'capture.events',
      [],
      { type: 'capture.events' },
      { type: 'capture.events', events: {} },
      { type: 'capture.events', events: [event], extra: 1 },
      { type: 'capture.context', events: [event] },
      batch(Array.from({ length: 2001 }, () => event)),
      batch([{ ...event, id: 'short' }]),
      batch([{ ...event, id: 'x'.repeat(65) }]),
      batch([{ ...event, kind: 'k'.repeat(61) }]),
      batch([{ ...event, time: -1 }]),
      batch([{ ...event, time: 1.5 }]),
      batch([{ ...event, time: Number.MAX_SAFE_INTEGER + 2 }]),
      batch([{ ...event, time: '1' }]),
      batch([{ ...event, url: 'u'.repeat(4001) }]),
      batch([{ ...event, trusted: 'yes' }]),
      batch([{ ...event, data: [] }]),
      batch([{ ...event, data: null }]),
      batch([{ ...event, data: 'x' }]),
      batch([{ ...event, extra: true }]),
      batch([{ id: event.id, kind: event.kind, time: event.time, url: event.url, trusted: true }]),
      batch([null]),
      batch([[]]),
      batch([Object.assign(Object.create({ inherited: 1 }), event)]),
      asMessage(batch([{ ...event, data: JSON.parse('{"__proto__": {"x": 1}}') }])),
      { ...batch([event]), __proto__: { extra: 1 } },
    ];
    for (const message of hostile) {
      const plain = plainCaptureEvents(message);
      if (Request.safeParse(message).success) agrees(message);
      else expect(plain).toBeNull();
    }
  });

  it('never accepts what the schema refuses, on generated messages', () => {
    const text = fc.oneof(fc.string({ maxLength: 70 }), fc.constant('x'.repeat(4001)));
    const value = fc.oneof(
      text,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    );
    const proposed = fc.record(
      {
        id: fc.oneof(fc.string({ minLength: 6, maxLength: 66 }), value),
        kind: fc.oneof(fc.string({ maxLength: 62 }), value),
        time: fc.oneof(fc.integer({ min: -2, max: 2 ** 53 }), value),
        url: fc.oneof(fc.webUrl(), value),
        trusted: fc.oneof(fc.boolean(), value),
        data: value,
        extra: value,
      },
      { requiredKeys: [] },
    );
    // Mostly well-formed events with one field off now and then, so that both answers occur.
    const nearly = fc.record({
      id: fc.oneof(fc.string({ minLength: 8, maxLength: 64 }), fc.string({ minLength: 7, maxLength: 65 })),
      kind: fc.string({ maxLength: 61 }),
      time: fc.oneof(fc.nat(), fc.integer({ min: -1, max: 0 })),
      url: fc.webUrl(),
      trusted: fc.boolean(),
      data: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
    });
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.record({
          type: fc.constantFrom('capture.events', 'capture.events', 'capture.context'),
          events: fc.array(fc.oneof(nearly, nearly, proposed), { maxLength: 4 }),
        }),
        (message) => {
          const json = asMessage(message);
          if (plainCaptureEvents(json)) accepted += 1;
          agrees(json);
        },
      ),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(50);
  });
});
