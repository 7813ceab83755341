/**
 * Poison numbers (issue 13, item 6): a body `{"a":1e400}` decodes to Infinity, which JCS cannot
 * hash. It is refused at decode; an event that still carries one is refused alone, with a
 * warning in the evidence, and never blocks what comes after it.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../shared/bundle/read.ts';
import { decodeResponse, decodeText } from './network/body.ts';
import type { ProposedEventInput } from './session/recorder.ts';
import { createTestService, demoPackageText, TEST_ORIGIN as ORIGIN } from './testing/service.ts';

const DEMO = demoPackageText();

const started = async () => {
  const { service, ask, advance, now } = await createTestService('poison');
  await ask({ type: 'pin.set', next: '24681357' });
  await ask({ type: 'package.import', text: DEMO });
  expect(
    await ask({ type: 'session.start', candidate: { number: '42' }, pin: '24681357', browser: 'test' }),
  ).toMatchObject({ ok: true });
  const request = (id: string, body: Record<string, unknown>): ProposedEventInput => {
    advance(1000);
    return {
      id,
      kind: 'net.request',
      time: now(),
      url: `${ORIGIN}/wp-json/wp/v2/posts`,
      trusted: true,
      data: { method: 'POST', path: '/wp-json/wp/v2/posts', query: {}, status: 201, body },
    };
  };
  return { service, ask, request };
};

describe('poison numbers', () => {
  it('are refused when a body or a response is decoded', () => {
    expect(decodeText('{"a":1e400}', 11)).toEqual({ body: { _bytes: 11 } });
    expect(decodeText('{"a":{"b":[1,-1e999]}}', 22)).toEqual({ body: { _bytes: 22 } });
    expect(decodeText('{"a":1e300}', 11).body).toEqual({ a: 1e300 });
    expect(decodeResponse('{"id":1,"price":1e400}', false)).toEqual({});
    expect(decodeResponse('{"id":1}', false)).toEqual({ response: { id: 1 } });
  });

  it('an event still carrying one is refused alone, with a warning; later evidence still arrives', async () => {
    const { service, ask, request } = await started();
    const first = await service.append([
      request('net-00000001', { title: 'Avant' }),
      request('net-00000002', { a: Number.POSITIVE_INFINITY }),
      request('net-00000003', { b: Number.NaN }),
    ]);
    // Refused ones are acknowledged too: the network queue forgets them instead of retrying.
    expect(first).toMatchObject({
      ok: true,
      acknowledged: expect.arrayContaining(['net-00000001', 'net-00000002', 'net-00000003']),
    });
    const later = await service.append([request('net-00000004', { title: 'Après' })]);
    expect(later).toMatchObject({ ok: true, acknowledged: ['net-00000004'] });
    // The same poison re-sent is refused again without a second warning.
    await service.append([request('net-00000002', { a: Number.POSITIVE_INFINITY })]);

    const exported = (await ask({ type: 'session.export' })) as { text: string };
    const read = await readBundle(exported.text);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const requests = read.bundle.events.filter((e) => e.kind === 'net.request').map((e) => e.id);
    expect(requests).toEqual(['net-00000001', 'net-00000004']);
    const warnings = read.bundle.events.filter(
      (e) => e.kind === 'integrity.warning' && e.data.code === 'rejected-event',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.data).toMatchObject({
      detail: expect.stringMatching(/^2 observations refusées.*net\.request/),
    });
  });
});
