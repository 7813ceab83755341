/**
 * What each sender may ask and propose, the PIN's back-off and the settings' protection: the
 * service's side of the adversary e2e tests (tests/e2e/adversary.e2e.ts).
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../../shared/schema/index.ts';
import type { Settings } from '../settings/settings.ts';
import { openDb } from '../storage/db.ts';
import type { Sender } from './service-context.ts';
import { createSessionService } from './session-service.ts';

const DEMO = readFileSync(
  join(import.meta.dirname, '../../demo/subjects/demo-wordpress-a.temoin-subject.json'),
  'utf8',
);
const ORIGIN = 'http://127.0.0.1:4300';
const PIN = '246813';
const PAGE: Sender = { url: 'chrome-extension://id/popup.html', role: 'extension-page' };
const CONTENT: Sender = { url: `${ORIGIN}/blog`, role: 'content-script' };

let counter = 0;
const setup = async (start = true) => {
  let clock = Date.parse('2026-06-12T08:00:00Z');
  let ids = 0;
  counter += 1;
  let settings: Settings = {
    referenceOrigins: [ORIGIN],
    allowedOrigins: [],
    locale: 'fr',
    sensitiveSelectors: [],
  };
  const service = createSessionService({
    db: await openDb(`integrity-${process.pid}-${counter}`),
    now: () => clock,
    newId: () => {
      ids += 1;
      return `id-${String(ids).padStart(6, '0')}`;
    },
    extensionVersion: '0.1.0',
    referenceOrigins: async () => settings.referenceOrigins,
    captureSettings: async () => settings,
    settings: {
      load: async () => settings,
      save: async (next) => {
        settings = next;
      },
    },
    pinIterations: 1000,
  });
  const ask = (message: unknown, sender: Sender = PAGE) =>
    service.handle(message, sender) as Promise<Record<string, unknown>>;
  await ask({ type: 'pin.set', next: PIN });
  await ask({ type: 'package.import', text: DEMO });
  if (start)
    expect(
      (await ask({ type: 'session.start', candidate: { number: '42' }, pin: PIN, browser: 'test' })).ok,
    ).toBe(true);
  const events = async () => {
    const response = await ask({ type: 'session.export' });
    const parsed = parseJson('bundle', response.text as string);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.value.events;
  };
  return {
    service,
    ask,
    events,
    settings: () => settings,
    writeSettings: (next: Settings) => {
      settings = next;
    },
    advance: (ms: number) => {
      clock += ms;
    },
  };
};

const proposed = (id: string, kind: string, data: unknown) => ({
  id,
  kind,
  time: Date.parse('2026-06-12T08:00:01Z'),
  url: `${ORIGIN}/blog`,
  trusted: true,
  data,
});

describe('per sender', () => {
  it('keeps content scripts to capture, task and overlay requests', async () => {
    const env = await setup();
    for (const message of [
      { type: 'session.end', pin: PIN },
      { type: 'pin.set', current: PIN, next: '135799' },
      { type: 'package.import', text: DEMO },
      { type: 'session.export' },
      { type: 'settings.save', settings: env.settings(), pin: PIN },
    ])
      expect(await env.ask(message, CONTENT)).toMatchObject({ ok: false, en: 'Message refused.' });
    expect(await env.ask({ type: 'session.view' }, CONTENT)).toMatchObject({ ok: true });
  });

  it('refuses every kind a content script may not produce, acknowledged, with one warning a minute', async () => {
    const env = await setup();
    const forged = [
      proposed('forged-000001', 'content.published', {
        cms: 'wordpress',
        contentType: 'post',
        id: '9',
        title: 'x',
      }),
      proposed('forged-000002', 'examiner.note', { text: 'Excellent' }),
      proposed('forged-000003', 'session.ended', { reason: 'examiner' }),
      proposed('forged-000004', 'integrity.warning', { code: 'clock-skew', detail: 'x' }),
      proposed('forged-000005', 'pin.failed', {
        action: 'settings',
        reason: 'wrong',
        failures: 1,
        lockedForMs: 0,
      }),
      proposed('genuine-00001', 'nav.visited', { title: 'Blog', via: 'load' }),
    ];
    const response = await env.ask({ type: 'capture.events', events: forged }, CONTENT);
    expect(response).toMatchObject({ ok: true });
    expect(new Set(response.acknowledged as string[])).toEqual(new Set(forged.map((event) => event.id)));
    await env.ask(
      { type: 'capture.events', events: [proposed('forged-000006', 'examiner.note', { text: 'x' })] },
      CONTENT,
    );
    const events = await env.events();
    expect(events.map((event) => event.id).filter((id) => id.startsWith('forged'))).toEqual([]);
    expect(events.some((event) => event.id === 'genuine-00001')).toBe(true);
    const warnings = events.filter((event) => event.kind === 'integrity.warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.data).toMatchObject({ code: 'forged-event' });
    expect((warnings[0]!.data as { detail: string }).detail).toContain('session.ended');
  });

  it('writes a content script’s own warning as an integrity warning, with a code it may raise', async () => {
    const env = await setup();
    await env.ask(
      {
        type: 'capture.events',
        events: [
          proposed('warn-0000001', 'capture.warning', { code: 'untrusted-event', detail: 'rafale' }),
          proposed('warn-0000002', 'capture.warning', { code: 'time-up', detail: 'forgé' }),
        ],
      },
      CONTENT,
    );
    const warnings = (await env.events()).filter((event) => event.kind === 'integrity.warning');
    expect(warnings.map((event) => (event.data as { code: string }).code)).toEqual([
      'untrusted-event',
      'storage-error',
    ]);
  });

  it('refuses capture events from an extension page', async () => {
    const env = await setup();
    expect(
      await env.ask({
        type: 'capture.events',
        events: [proposed('page-0000001', 'nav.visited', { title: 'x', via: 'load' })],
      }),
    ).toMatchObject({ ok: false });
    expect((await env.events()).some((event) => event.id === 'page-0000001')).toBe(false);
  });

  it('gives a content script the session’s frozen settings and a pending key that is not the session id', async () => {
    const env = await setup();
    env.writeSettings({
      ...env.settings(),
      referenceOrigins: ['http://localhost:9'],
      sensitiveSelectors: ['*'],
    });
    const { context } = (await env.ask({ type: 'capture.context' }, CONTENT)) as {
      context: {
        sessionId: string;
        referenceOrigins: string[];
        sensitiveSelectors: string[];
        pendingKey: string;
      };
    };
    expect(context.referenceOrigins).toEqual([ORIGIN]);
    expect(context.sensitiveSelectors).toEqual([]);
    expect(context.pendingKey).toMatch(/^[0-9a-f]{64}$/);
    expect(context.pendingKey).not.toContain(context.sessionId);
    // Every frame asks: the subject's variables come the same each time (read once per package).
    const again = (await env.ask({ type: 'capture.context' }, CONTENT)) as {
      context: { variables: Record<string, string> };
    };
    const first = (context as unknown as { variables: Record<string, string> }).variables;
    expect(Object.keys(first).length).toBeGreaterThan(0);
    expect(again.context.variables).toEqual(first);
  });
});

describe('examiner PIN', () => {
  it('locks entry after three wrong PINs, refuses even the right one meanwhile, records each failure', async () => {
    const env = await setup();
    for (const wrong of ['000000', '111111', '222222'])
      expect((await env.ask({ type: 'session.end', pin: wrong })).fr).toBe('Code examinateur incorrect.');
    expect(await env.ask({ type: 'session.end', pin: PIN })).toMatchObject({
      ok: false,
      code: 'pin-locked',
      fr: 'Trop d’essais de code : réessayez dans 5 s.',
    });
    env.advance(5_000);
    expect((await env.ask({ type: 'session.end', pin: '333333' })).fr).toBe('Code examinateur incorrect.');
    expect((await env.ask({ type: 'session.end', pin: PIN })).fr).toBe(
      'Trop d’essais de code : réessayez dans 10 s.',
    );
    env.advance(10_000);
    expect((await env.ask({ type: 'session.end', pin: PIN })).ok).toBe(true);
    const failed = (await env.events())
      .filter((event) => event.kind === 'pin.failed')
      .map((event) => event.data);
    expect(failed).toEqual([
      { action: 'session.end', reason: 'wrong', failures: 1, lockedForMs: 0 },
      { action: 'session.end', reason: 'wrong', failures: 2, lockedForMs: 0 },
      { action: 'session.end', reason: 'wrong', failures: 3, lockedForMs: 5_000 },
      { action: 'session.end', reason: 'locked', failures: 3, lockedForMs: 5_000 },
      { action: 'session.end', reason: 'wrong', failures: 4, lockedForMs: 10_000 },
      { action: 'session.end', reason: 'locked', failures: 4, lockedForMs: 10_000 },
    ]);
  });

  it('records failures made before a session in the session that starts next', async () => {
    const env = await setup(false);
    const start = { type: 'session.start', candidate: { number: '42' }, pin: '999999', browser: 'test' };
    expect((await env.ask(start)).fr).toBe('Code examinateur incorrect.');
    expect((await env.ask({ ...start, pin: PIN })).ok).toBe(true);
    const events = await env.events();
    expect(events.map((event) => event.kind).slice(0, 2)).toEqual(['session.started', 'pin.failed']);
    expect(events[1]!.data).toMatchObject({
      action: 'session.start',
      reason: 'wrong',
      at: '2026-06-12T08:00:00.000Z',
    });
  });

  it('sets a first PIN once: a passphrase is accepted, a short one is not', async () => {
    const env = await setup(false);
    expect((await env.ask({ type: 'pin.set', current: PIN, next: 'deux chats gris' })).ok).toBe(true);
    expect((await env.ask({ type: 'pin.set', current: 'deux chats gris', next: 'court' })).fr).toContain(
      'au moins 6 chiffres',
    );
  });
});

describe('settings', () => {
  it('need the PIN for anything but the language; every change or attempt in a session is a warning', async () => {
    const env = await setup();
    const before = env.settings();
    const moved = { ...before, referenceOrigins: ['http://localhost:4300'] };
    expect(await env.ask({ type: 'settings.save', settings: moved })).toMatchObject({
      ok: false,
      fr: 'Code examinateur requis pour modifier les réglages.',
    });
    expect((await env.ask({ type: 'settings.save', settings: moved, pin: '000000' })).fr).toBe(
      'Code examinateur incorrect.',
    );
    expect(env.settings()).toEqual(before);
    expect((await env.ask({ type: 'settings.save', settings: { ...before, locale: 'en' } })).ok).toBe(true);
    expect((await env.ask({ type: 'settings.save', settings: moved, pin: PIN })).ok).toBe(true);
    expect(env.settings().referenceOrigins).toEqual(['http://localhost:4300']);
    const details = (await env.events())
      .filter((event) => event.kind === 'integrity.warning')
      .map((event) => event.data as { code: string; detail: string });
    expect(details.map((data) => data.code)).toEqual([
      'settings-change',
      'settings-change',
      'settings-change',
      'settings-change',
    ]);
    expect(details[0]!.detail).toContain('sans le code examinateur');
    expect(details[1]!.detail).toContain('code refusé');
    expect(details[2]!.detail).toContain('langue : fr → en');
    expect(details[3]!.detail).toContain(
      'origines de référence : http://127.0.0.1:4300 → http://localhost:4300',
    );
    const { context } = (await env.ask({ type: 'capture.context' }, CONTENT)) as {
      context: { referenceOrigins: string[] };
    };
    expect(context.referenceOrigins).toEqual([ORIGIN]);
  });

  it('reports a write that bypassed the PIN, once, and at the next start if made between sessions', async () => {
    const env = await setup();
    const forged = { ...env.settings(), allowedOrigins: ['https://example.org'] };
    env.writeSettings(forged);
    await env.service.settingsWritten(forged);
    await env.service.settingsWritten(forged);
    let warnings = (await env.events()).filter((event) => event.kind === 'integrity.warning');
    expect(warnings).toHaveLength(1);
    expect((warnings[0]!.data as { detail: string }).detail).toContain('hors des réglages protégés');
    await env.ask({ type: 'session.end', pin: PIN });
    const again = { ...forged, allowedOrigins: ['https://example.net'] };
    env.writeSettings(again);
    await env.service.settingsWritten(again);
    expect(
      (
        await env.ask({
          type: 'session.start',
          candidate: { number: '43' },
          pin: PIN,
          browser: 'test',
          confirmUnexported: true,
        })
      ).ok,
    ).toBe(true);
    warnings = (await env.events()).filter((event) => event.kind === 'integrity.warning');
    expect(warnings).toHaveLength(1);
    expect((warnings[0]!.data as { detail: string }).detail).toContain('depuis leur dernier enregistrement');
  });
});
