import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createTestService, demoPackageText, TEST_ORIGIN } from './testing/service.ts';

const PIN = '246813';
/** As the overlay's content script asks (main.ts stamps its role). */
const fromOverlay = (env: Awaited<ReturnType<typeof createTestService>>, message: unknown) =>
  env.service.handle(message, { url: `${TEST_ORIGIN}/blog`, role: 'content-script' }) as Promise<
    Record<string, unknown>
  >;

describe('session.tab, the folded tab’s view', () => {
  it('says no session (and no frozen origins) before a start', async () => {
    const env = await createTestService('tab-none');
    expect(await fromOverlay(env, { type: 'session.tab' })).toEqual({
      ok: true,
      view: null,
      referenceOrigins: null,
    });
  });

  it('gives the clock and the session’s origins, none of the subject; ended, no origins', async () => {
    const env = await createTestService('tab-running');
    await env.ask({ type: 'pin.set', next: PIN });
    await env.ask({ type: 'package.import', text: demoPackageText() });
    await env.ask({ type: 'session.start', candidate: { number: '42' }, pin: PIN, browser: 'test' });
    const full = (await env.ask({ type: 'session.view' })).view as Record<string, unknown>;
    const tab = await fromOverlay(env, { type: 'session.tab' });
    expect(tab).toEqual({
      ok: true,
      view: {
        sessionId: full.sessionId,
        status: 'running',
        startedAt: full.startedAt,
        durationMinutes: full.durationMinutes,
        timing: full.timing,
      },
      referenceOrigins: [TEST_ORIGIN],
    });
    // The same origins the capture's context gives, and a small answer beside the full view.
    const context = (await fromOverlay(env, { type: 'capture.context' })).context as Record<string, unknown>;
    expect(tab.referenceOrigins).toEqual(context.referenceOrigins);
    expect(JSON.stringify(tab).length * 10).toBeLessThan(JSON.stringify(full).length);

    await env.ask({ type: 'session.end', pin: PIN });
    expect(await fromOverlay(env, { type: 'session.tab' })).toMatchObject({
      ok: true,
      view: { status: 'ended' },
      referenceOrigins: null,
    });
  });

  it('refuses extra fields', async () => {
    const env = await createTestService('tab-strict');
    expect(await fromOverlay(env, { type: 'session.tab', full: true })).toMatchObject({ ok: false });
  });
});
