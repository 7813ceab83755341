/**
 * The recorder validates every payload at the trust boundary, and only there: a payload the
 * background validated itself (the adapters' derived events, `withCheckedPayload`) is not parsed
 * twice, while the same object shape arriving from a content script — even one claiming to be
 * checked — is still refused when it does not fit its schema.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVENT_PAYLOADS } from '../../../shared/schema/event.ts';
import { createTestService, demoPackageText, TEST_ORIGIN, TEST_START } from '../testing/service.ts';
import { appendEvents, type ProposedEventInput, withCheckedPayload } from './recorder.ts';

const started = async () => {
  const test = await createTestService('checked-payload');
  await test.ask({ type: 'pin.set', next: '24681357' });
  await test.ask({ type: 'package.import', text: demoPackageText() });
  const start = await test.ask({
    type: 'session.start',
    candidate: { number: '42' },
    pin: '24681357',
    browser: 'test',
  });
  expect(start).toMatchObject({ ok: true });
  const active = await test.ask({ type: 'session.status' });
  return { ...test, sessionId: (active.status as { session: { id: string } }).session.id };
};

const published = (id: string, data: unknown): ProposedEventInput => ({
  id,
  kind: 'content.published',
  time: TEST_START + 60_000,
  url: `${TEST_ORIGIN}/wp-admin/post.php`,
  trusted: true,
  data,
});

afterEach(() => vi.restoreAllMocks());

describe('payload validation at the trust boundary', () => {
  it('does not parse again a payload the background checked, and still parses every other one', async () => {
    const { db, sessionId } = await started();
    const parse = vi.spyOn(EVENT_PAYLOADS['content.published'], 'safeParse');
    const checked = EVENT_PAYLOADS['content.published'].safeParse({
      cms: 'wordpress',
      contentType: 'post',
      id: '7',
      title: 'Bonjour',
    });
    expect(checked.success).toBe(true);
    parse.mockClear();
    const outcome = await appendEvents(db, sessionId, [
      withCheckedPayload(published('derived-1', checked.data)),
      published('proposed-1', { cms: 'wordpress', contentType: 'post', id: '8', title: 'Salut' }),
    ]);
    expect(outcome.rejected).toEqual([]);
    expect(outcome.sealed.map((event) => event.id)).toEqual(['derived-1', 'proposed-1']);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('refuses a bad payload whatever fields it carries: only the background can mark one', async () => {
    const { db, sessionId } = await started();
    const forged = {
      ...published('forged-1', {
        cms: 'wordpress',
        contentType: 'post',
        id: 'x'.repeat(10_000),
        title: 'Long',
      }),
      checked: true,
    };
    // A copy of a marked event (what a message gives) is not marked.
    const copied = structuredClone(withCheckedPayload(published('copied-1', { nonsense: true })));
    const outcome = await appendEvents(db, sessionId, [forged, copied]);
    expect(outcome.sealed.filter((event) => event.kind === 'content.published')).toEqual([]);
    expect(outcome.rejected.map((r) => r.id).sort()).toEqual(['copied-1', 'forged-1']);
  });
});
