import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Doc, valid } from '../../tests/fixtures/documents/index.ts';
import { type CaptureEvent, MAX_FREE_DEPTH, type UnsealedEvent } from '../schema/event.ts';
import { parse } from '../schema/index.ts';
import { GENESIS, hashEvent, sealEvents, verifyChain } from './chain.ts';
import { canonicalize } from './jcs.ts';

/** The 25 sealed events of the example bundle (one of every kind) and their head. */
const sealed = (): CaptureEvent[] => valid('bundle').events;
const HEAD: string = valid('bundle').chain.head;
const COUNT = sealed().length;

const unsealed = (): UnsealedEvent[] =>
  sealed().map(({ seq: _seq, hash: _hash, ...rest }) => rest as unknown as UnsealedEvent);

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sealEvents', () => {
  it('reproduces the example chain from the unsealed events', async () => {
    const result = await sealEvents({ seq: 0, head: GENESIS }, unsealed());
    expect(result).toEqual({ sealed: sealed(), head: HEAD, seq: COUNT });
  });

  it('hashes each event as SHA-256(previous + "\\n" + JCS(event without hash))', async () => {
    const events = sealed();
    let previous = GENESIS;
    for (const event of events) {
      const { hash, ...rest } = event;
      expect(hash).toBe(nodeSha256(`${previous}\n${canonicalize(rest)}`));
      previous = hash;
    }
    expect(previous).toBe(HEAD);
  });

  it('sealing in batches gives the chain sealing at once gives', async () => {
    const events = unsealed();
    const first = await sealEvents({ seq: 0, head: GENESIS }, events.slice(0, 10));
    const second = await sealEvents({ seq: first.seq, head: first.head }, events.slice(10));
    expect([...first.sealed, ...second.sealed]).toEqual(sealed());
    expect(second.head).toBe(HEAD);
  });

  it('sealing nothing keeps the head', async () => {
    expect(await sealEvents({ seq: 3, head: HEAD }, [])).toEqual({ sealed: [], head: HEAD, seq: 3 });
  });

  it('seals and verifies free-form data as deep as the reader accepts', async () => {
    let response: unknown = 'fond';
    for (let i = 0; i < MAX_FREE_DEPTH; i += 1) response = i % 2 ? { a: response } : [response];
    const request = unsealed().find((event) => event.kind === 'net.request')!;
    const event = { ...request, data: { ...request.data, response } } as UnsealedEvent;
    expect(parse('event', { ...event, seq: 0, hash: GENESIS }).ok).toBe(true);
    const {
      sealed: [one],
      head,
    } = await sealEvents({ seq: 0, head: GENESIS }, [event]);
    expect(await verifyChain([one!], head)).toEqual({ ok: true, head, count: 1 });
  });

  it('ignores a hash already on the event', async () => {
    const [first] = sealed();
    expect(await hashEvent(GENESIS, { ...first!, hash: 'f'.repeat(64) } as CaptureEvent)).toBe(first!.hash);
  });
});

describe('verifyChain', () => {
  it('accepts the example chain, with and without its head', async () => {
    expect(await verifyChain(sealed(), HEAD)).toEqual({ ok: true, head: HEAD, count: COUNT });
    expect(await verifyChain(sealed())).toEqual({ ok: true, head: HEAD, count: COUNT });
  });

  it('accepts an empty chain, whose head is GENESIS', async () => {
    expect(await verifyChain([], GENESIS)).toEqual({ ok: true, head: GENESIS, count: 0 });
  });

  it('does not depend on the key order of the stored events', async () => {
    const shuffled = sealed().map(
      (event) => Object.fromEntries(Object.entries(event).reverse()) as unknown as CaptureEvent,
    );
    expect(await verifyChain(shuffled, HEAD)).toMatchObject({ ok: true });
  });

  it.each([0, 1, 7, 12, 24])('a changed value in event %i is found at that event', async (k) => {
    const events = sealed() as Doc[];
    events[k].elapsedMs += 1;
    expect(await verifyChain(events, HEAD)).toMatchObject({ ok: false, seq: k, reason: 'hash' });
  });

  it.each([0, 7, 24])('a changed hash of event %i is found at that event', async (k) => {
    const events = sealed();
    events[k] = { ...events[k]!, hash: 'f'.repeat(64) };
    expect(await verifyChain(events, HEAD)).toMatchObject({
      ok: false,
      seq: k,
      reason: 'hash',
      expected: sealed()[k]!.hash,
      found: 'f'.repeat(64),
    });
  });

  it('a changed payload deep inside an event is found at that event', async () => {
    const events = sealed() as Doc[];
    events[9].data.headings[1].text = 'Une cueillette d’été';
    expect(await verifyChain(events, HEAD)).toMatchObject({ ok: false, seq: 9, reason: 'hash' });
  });

  it('an added field is found', async () => {
    const events = sealed() as Doc[];
    events[4].afterTime = true;
    expect(await verifyChain(events, HEAD)).toMatchObject({ ok: false, seq: 4, reason: 'hash' });
  });

  it.each([0, 5, 23])('a removed event %i is found where it was', async (k) => {
    const events = sealed();
    events.splice(k, 1);
    expect(await verifyChain(events, HEAD)).toEqual({
      ok: false,
      seq: k,
      reason: 'seq',
      expected: k,
      found: k + 1,
    });
  });

  it('a removed last event is found by the head only', async () => {
    const events = sealed().slice(0, -1);
    expect(await verifyChain(events)).toMatchObject({ ok: true, count: COUNT - 1 });
    expect(await verifyChain(events, HEAD)).toEqual({
      ok: false,
      seq: COUNT - 1,
      reason: 'head',
      expected: sealed()[COUNT - 2]!.hash,
      found: HEAD,
    });
  });

  it('swapped events are found at the first of them', async () => {
    const events = sealed();
    [events[6], events[11]] = [events[11]!, events[6]!];
    expect(await verifyChain(events, HEAD)).toMatchObject({ ok: false, seq: 6, reason: 'seq' });
  });

  it('swapped events with their seq swapped too are found by the hash', async () => {
    const events = sealed();
    [events[6], events[7]] = [
      { ...events[7]!, seq: 6 },
      { ...events[6]!, seq: 7 },
    ];
    expect(await verifyChain(events, HEAD)).toMatchObject({ ok: false, seq: 6, reason: 'hash' });
  });

  it('an inserted event is found where it was inserted', async () => {
    const events = sealed();
    events.splice(3, 0, { ...events[3]! });
    expect(await verifyChain(events, HEAD)).toMatchObject({ ok: false, seq: 4, reason: 'seq' });
  });

  it('a changed head is found after the last event', async () => {
    const forged = `${HEAD.slice(0, -1)}${HEAD.endsWith('0') ? '1' : '0'}`;
    expect(await verifyChain(sealed(), forged)).toEqual({
      ok: false,
      seq: COUNT,
      reason: 'head',
      expected: HEAD,
      found: forged,
    });
  });

  it('a tampered event re-sealed with all that follow is still found by the head', async () => {
    const events = unsealed();
    (events[12] as Doc).data.action = 'spam';
    const forged = await sealEvents({ seq: 0, head: GENESIS }, events);
    expect(await verifyChain(forged.sealed)).toMatchObject({ ok: true });
    expect(await verifyChain(forged.sealed, HEAD)).toMatchObject({ ok: false, seq: COUNT, reason: 'head' });
  });

  it('any one changed value anywhere in any event is found at that event', async () => {
    const leaves = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, child]) =>
            leaves(child, [...path, Array.isArray(value) ? Number(key) : key]),
          )
        : [path];
    const changed = (value: unknown): unknown =>
      typeof value === 'string'
        ? value.length > 0
          ? `${value.slice(0, -1)}${value.endsWith('x') ? 'y' : 'x'}`
          : 'x'
        : typeof value === 'number'
          ? value + 1
          : typeof value === 'boolean'
            ? !value
            : 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(COUNT - 1), fc.nat(), async (k, pick) => {
        const events = sealed() as Doc[];
        const paths = leaves(events[k]);
        const path = paths[pick % paths.length]!;
        const parent = path.slice(0, -1).reduce((node, key) => node[key], events[k]);
        const key = path[path.length - 1]!;
        parent[key] = changed(parent[key]);
        const verdict = await verifyChain(events, HEAD);
        expect(verdict).toMatchObject({ ok: false, seq: k, reason: path[0] === 'seq' ? 'seq' : 'hash' });
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
