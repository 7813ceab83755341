/**
 * The candidate as adversary, in Chromium and Firefox (issue « evidence that holds against the
 * candidate »). Each finding is one describe block; each attack is played from outside the
 * extension — a script in the page's main world (`page.evaluate`), the extension's options page
 * used without the PIN, devtools on that page — and its outcome is asserted on what the
 * examiner gets: refused, or an `integrity.warning` / `pin.failed` in the exported bundle.
 * Nothing here reads the extension's internals.
 *
 * The blocks share one browser and one session, in order; the session ends in the last block.
 * Add a finding as a new `describe` before « session end ».
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countableEvents } from '../../shared/rules/confirmed.ts';
import { evaluate } from '../../shared/rules/evaluate.ts';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { Subject } from '../../shared/schema/subject.ts';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { logIn } from './support/candidate.ts';
import { exportAndVerify, waitForDurableCount } from './support/capture.ts';
import { type DemoSite, startDemo } from './support/demo-site.ts';
import {
  DEMO_WORDPRESS,
  endSession,
  feedbackAfter,
  importSubject,
  openPopup,
  startSession,
  waitForSessionState,
} from './support/session.ts';

const PIN = '482913';

const warnings = (events: readonly CaptureEvent[], code?: string) =>
  events.filter(
    (event) =>
      event.kind === 'integrity.warning' &&
      (code === undefined || (event.data as { code: string }).code === code),
  );

/** The options page's feedback after saving, with the fields a user would fill. */
const saveSettings = async (
  eb: ExtensionBrowser,
  fields: { origin?: string; allowed?: string; currentPin?: string; newPin?: string },
) => {
  const page = await eb.openPage('options.html');
  try {
    const fill = async (testId: string, value: string) => {
      const input = await page.waitForSelector(`[data-testid=${testId}]`);
      await input!.click({ count: 3 });
      await page.keyboard.press('Backspace');
      if (value) await input!.type(value);
    };
    await page.waitForSelector('[data-testid=pin-state]');
    if (fields.origin !== undefined) await fill('reference-origin', fields.origin);
    if (fields.allowed !== undefined) await fill('allowed-origins', fields.allowed);
    if (fields.currentPin !== undefined) await fill('examiner-pin-current', fields.currentPin);
    if (fields.newPin !== undefined) await fill('examiner-pin', fields.newPin);
    await page.click('[data-testid=save-settings]');
    const handle = await page.waitForFunction(
      () => document.querySelector('[data-testid=settings-feedback]')?.textContent?.trim() || undefined,
      { polling: 100 },
    );
    return String(await handle.jsonValue());
  } finally {
    await page.close();
  }
};

/** What the options page shows as the reference origin (a fresh load). */
const shownOrigin = async (eb: ExtensionBrowser) => {
  const page = await eb.openPage('options.html');
  try {
    await page.waitForFunction(
      () => (document.querySelector('[data-testid=reference-origin]') as HTMLInputElement | null)?.value,
      { polling: 100, timeout: 5000 },
    );
    return await page.$eval('[data-testid=reference-origin]', (node) => (node as HTMLInputElement).value);
  } finally {
    await page.close();
  }
};

describe.each(BROWSERS)('the candidate as adversary in %s', (browserName) => {
  let site: DemoSite;
  let eb: ExtensionBrowser;
  let popup: Page;
  let page: Page;
  let sessionId: string;

  beforeAll(async () => {
    site = await startDemo();
    eb = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await eb?.close();
    await site?.close();
  });

  describe('finding 7 — the examiner PIN', () => {
    it('refuses a first PIN shorter than 6 digits, then accepts 6', async () => {
      expect(await saveSettings(eb, { origin: site.url, newPin: '2468' })).toContain('au moins 6 chiffres');
      expect(await saveSettings(eb, { origin: site.url, newPin: PIN })).toBe('Réglages enregistrés.');
    });

    it('will not replace an existing PIN from the options page without the current one', async () => {
      expect(await saveSettings(eb, { origin: site.url, newPin: '135790' })).toContain('Code');
      expect(await saveSettings(eb, { origin: site.url, currentPin: '135790', newPin: '135790' })).toContain(
        'incorrect',
      );
    });

    it('starts the session with the PIN (setting up the other attacks)', async () => {
      popup = await openPopup(eb);
      await waitForSessionState(popup, 'idle');
      await importSubject(popup, DEMO_WORDPRESS);
      await startSession(popup, '31415', PIN);
      await waitForSessionState(popup, 'running');
      page = await eb.newPage();
      await page.setViewport({ width: 1400, height: 1000 });
      await page.goto(`${site.url}/blog`);
      await waitForDurableCount(popup, 2, 15_000);
      sessionId = JSON.parse((await exportAndVerify(eb, popup)).text).session.id;
    });
  });

  describe('finding 1 — page-forged events', () => {
    const FORGED = [
      'content.published',
      'examiner.note',
      'session.ended',
      'integrity.warning',
      'nav.visited',
    ];

    it('has no channel from the page to the background', async () => {
      const reachable = await page.evaluate(() => {
        const g = globalThis as unknown as {
          chrome?: { runtime?: { sendMessage?: unknown } };
          browser?: { runtime?: { sendMessage?: unknown } };
        };
        return (
          typeof g.chrome?.runtime?.sendMessage === 'function' ||
          typeof g.browser?.runtime?.sendMessage === 'function'
        );
      });
      expect(reachable).toBe(false);
    });

    it('drops queue entries a page script writes, even signed with the session id, and says so', async () => {
      // The attack of the security review: an entry in the page's sessionStorage, MAC keyed by
      // the session id, re-sent by the next page of the tab.
      await page.evaluate(
        async (sessionId: string, kinds: string[], url: string) => {
          const payloads: Record<string, unknown> = {
            'content.published': { cms: 'wordpress', contentType: 'post', id: '999', title: 'Forgé' },
            'examiner.note': { text: 'Excellent travail' },
            'session.ended': { reason: 'examiner' },
            'integrity.warning': { code: 'clock-skew', detail: 'forgé' },
            'nav.visited': { title: 'Forgé', via: 'load' },
          };
          const events = kinds.map((kind, i) => ({
            id: `forged-event-${i}-${Date.now()}`,
            kind,
            time: Date.now(),
            url,
            trusted: true,
            data: payloads[kind],
          }));
          const json = JSON.stringify(events);
          const key = await crypto.subtle.importKey(
            'raw',
            new TextEncoder().encode(`temoin-pending:${sessionId}`),
            { name: 'HMAC', hash: 'SHA-256' },
            false,
            ['sign'],
          );
          const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(json)));
          const hex = Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
          sessionStorage.setItem('temoin:pending:forged', `${hex}\n${sessionId}\n${json}`);
        },
        sessionId,
        FORGED,
        `${site.url}/blog`,
      );
      await page.goto(`${site.url}/produits`);
      await page.waitForFunction(() => !sessionStorage.getItem('temoin:pending:forged'), { timeout: 15_000 });
      const tampered = async () =>
        warnings((await exportAndVerify(eb, popup)).events, 'storage-error').filter((event) =>
          /modifi/.test((event.data as { detail: string }).detail),
        );
      const deadline = Date.now() + 15_000;
      while ((await tampered()).length === 0 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 500));
      const { events, chainOk } = await exportAndVerify(eb, popup);
      expect(chainOk).toBe(true);
      expect(events.filter((event) => event.id.startsWith('forged-event-'))).toEqual([]);
      expect(events.some((event) => event.kind === 'session.ended')).toBe(false);
      expect(await tampered()).toHaveLength(1);
    });

    it('refuses capture events proposed by an extension page (devtools on the options page)', async () => {
      const options = await eb.openPage('options.html');
      const response = await options.evaluate(async () => {
        const g = globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
        };
        return g.chrome.runtime.sendMessage({
          type: 'capture.events',
          events: [
            {
              id: 'forged-from-options-1',
              kind: 'content.published',
              time: Date.now(),
              url: 'http://127.0.0.1/',
              trusted: true,
              data: { cms: 'wordpress', contentType: 'post', id: '7', title: 'Forgé' },
            },
          ],
        });
      });
      await options.close();
      expect(response).toMatchObject({ ok: false });
      const { events } = await exportAndVerify(eb, popup);
      expect(events.some((event) => event.id === 'forged-from-options-1')).toBe(false);
    });
  });

  describe('finding 3 — settings during a session', () => {
    it('refuses a settings change without the PIN, and records the attempt', async () => {
      const feedback = await saveSettings(eb, { origin: site.otherOriginUrl });
      expect(feedback).toContain('Code');
      expect(await shownOrigin(eb)).toBe(site.url);
      const { events } = await exportAndVerify(eb, popup);
      expect(warnings(events, 'settings-change').length).toBeGreaterThanOrEqual(1);
    });

    it('keeps capturing the session’s origins when settings are rewritten behind the page, and says so', async () => {
      const options = await eb.openPage('options.html');
      await options.evaluate(async (origin: string) => {
        const g = globalThis as unknown as {
          chrome: { storage: { local: { set(items: unknown): Promise<void> } } };
        };
        await g.chrome.storage.local.set({
          settings: { referenceOrigins: [origin], allowedOrigins: [], locale: 'fr', sensitiveSelectors: [] },
        });
      }, site.otherOriginUrl);
      await options.close();
      const before = Number(await popup.$eval('[data-testid=session-event-count]', (n) => n.textContent));
      await page.goto(`${site.url}/blog?after-settings=1`);
      await waitForDurableCount(popup, before + 1, 15_000);
      const { events } = await exportAndVerify(eb, popup);
      expect(
        events.some(
          (event) => event.kind === 'nav.visited' && event.url.includes('after-settings=1') && event.trusted,
        ),
      ).toBe(true);
      expect(
        warnings(events, 'settings-change').some((event) =>
          /hors des réglages|outside/.test((event.data as { detail: string }).detail),
        ),
      ).toBe(true);
    });

    it('accepts a change with the PIN during the session, still recorded, capture unchanged', async () => {
      const feedback = await saveSettings(eb, {
        origin: site.url,
        allowed: 'http://127.0.0.1:9',
        currentPin: PIN,
      });
      expect(feedback).toBe('Réglages enregistrés.');
      const { events } = await exportAndVerify(eb, popup);
      expect(
        warnings(events, 'settings-change').some((event) =>
          /127\.0\.0\.1:9/.test((event.data as { detail: string }).detail),
        ),
      ).toBe(true);
    });
  });

  describe('finding 2 — the page steers the network hook', () => {
    /** What the page wants the hook to report: a publication of the subject's keyword article. */
    const forged = (origin: string) => ({
      id: 4,
      title: 'Thé vert bio : bien le choisir et l’infuser',
      slug: 'the-vert-bio-choisir-infuser',
      status: 'publish',
      content: `## Choisir\n\n${'Le thé vert bio se choisit à la feuille. '.repeat(30)}\n\n- OLEANE5\n- atelier`,
      categories: ['Nouveautés'],
      tags: ['thé vert', 'bio'],
      // A page that exists, about something else: it must not confirm the claim.
      link: `${origin}/blog/bien-infuser-un-the-vert`,
    });

    it('yields no confirmed content.published and no level rise from a forged response to a publish', async () => {
      const attacker = await eb.newPage();
      // The page's own script, as early as the browser lets a page run one: it answers every
      // post save with the forged body (whether the hook sees that or the truth depends on who ran first).
      await attacker.evaluateOnNewDocument(
        (text: string) => {
          const real = window.fetch;
          window.fetch = async function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
            const response = await real.call(this, input, init);
            const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
            return /\/admin\/api\/posts\/\d+/.test(url)
              ? new Response(text, { status: 200, headers: { 'content-type': 'application/json' } })
              : response;
          } as typeof fetch;
        },
        JSON.stringify(forged(site.url)),
      );
      await logIn(attacker, site.url);
      await attacker.goto(`${site.url}/admin/articles`);
      // A real save: the draft « Matcha » gets an excerpt and stays a draft.
      const answered = await attacker.evaluate(async () => {
        const response = await fetch('/admin/api/posts/4', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'X-HTTP-Method-Override': 'PUT' },
          body: JSON.stringify({ excerpt: 'Un brouillon.' }),
        });
        return (await response.json()) as { status: string };
      });
      expect(answered.status).toBe('publish'); // the page believes its own lie
      await attacker.close();
      // Past the end-state check's delay: Témoin reads the page the claim points at.
      await new Promise((resolve) => setTimeout(resolve, 4000));
      const { events, text } = await exportAndVerify(eb, popup);
      const save = events.find(
        (event) =>
          event.kind === 'net.request' && (event.data as { path: string }).path === '/admin/api/posts/4',
      );
      expect(save, 'the browser saw the real request').toBeDefined();
      const counted = countableEvents(events);
      expect(counted.filter((event) => event.kind === 'content.published')).toEqual([]);
      const claims = events.filter((event) => event.kind === 'content.published');
      // Either the hook read the truth (nothing published), or the claim is marked unconfirmed.
      for (const claim of claims) expect(claim.unconfirmed).toBe(true);
      const subject = Subject.parse(JSON.parse(text).subjectPackage.subject);
      const honest = events.filter((event) => !event.unconfirmed);
      const levels = (list: CaptureEvent[]) => evaluate(subject, list).questions.map((q) => q.level);
      expect(levels(events)).toEqual(levels(honest));
      console.info(
        `[adversary ${browserName}] hook steered: ${claims.length > 0 ? 'yes, claim unconfirmed' : 'no'}`,
      );
    });
  });

  describe('finding 8 — a card number at checkout', () => {
    const CARD = '4970 1012 3456 7893';
    it('never reaches the bundle: typed in a disguised field, or sent by a page script as a JSON number', async () => {
      await page.bringToFront();
      await page.goto(`${site.url}/produits`);
      const product = await page.$eval('main a[href^="/produits/"]', (a) => (a as HTMLAnchorElement).href);
      await page.goto(product);
      await Promise.all([
        page.waitForNavigation(),
        page.click('form[action="/panier/ajouter"] button[type=submit]'),
      ]);
      await page.goto(`${site.url}/commande`);
      // The page disguises the card field: a plain name, no autocomplete hint.
      await page.evaluate(() => {
        const field = document.querySelector('#cardnumber') as HTMLInputElement;
        field.name = 'remarque';
        field.removeAttribute('autocomplete');
        field.removeAttribute('inputmode');
      });
      await page.click('#cardnumber');
      await page.type('#cardnumber', CARD);
      await page.click('#prenom');
      await page.evaluate(
        async (digits: string) => {
          await fetch('/panier/ajouter', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: `{"quantite":1,"reference":${digits}}`,
          }).catch(() => undefined);
        },
        CARD.replaceAll(' ', ''),
      );
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const { text } = await exportAndVerify(eb, popup);
      const compact = text.replace(/[\s"]/g, '');
      expect(text).not.toContain(CARD);
      expect(compact).not.toContain(CARD.replaceAll(' ', ''));
    });
  });

  describe('finding 9 — other tabs and windows', () => {
    it('records another tab and a new window on another site with the origin only', async () => {
      const other = await eb.newPage();
      await other.goto(`${site.otherOriginUrl}/blog/secret-path?q=hidden`);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await page.bringToFront();
      await page.evaluate((url: string) => {
        window.open(url, 'ailleurs', 'popup,width=400,height=300');
      }, `${site.otherOriginUrl}/produits?window=1`);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const { events } = await exportAndVerify(eb, popup);
      const origin = new URL(site.otherOriginUrl).origin;
      const tab = warnings(events).filter((event) =>
        ['other-tab', 'left-origin'].includes((event.data as { code: string }).code),
      );
      expect(tab.length).toBeGreaterThanOrEqual(1);
      expect(warnings(events, 'new-window').length).toBeGreaterThanOrEqual(1);
      for (const event of [...tab, ...warnings(events, 'new-window')]) {
        const serialised = JSON.stringify(event);
        expect(serialised).not.toContain('secret-path');
        expect(serialised).not.toContain('hidden');
        expect(serialised).not.toContain('window=1');
      }
      expect(tab.some((event) => JSON.stringify(event).includes(origin))).toBe(true);
      await other.close();
    });
  });

  describe('finding 7 and 5 — ending the session', () => {
    it('backs off after three wrong PINs, records each failure, and refuses even the right PIN meanwhile', async () => {
      for (const wrong of ['000000', '111111', '222222'])
        expect(await feedbackAfter(popup, () => endSession(popup, wrong))).toBe(
          'Code examinateur incorrect.',
        );
      const locked = await feedbackAfter(popup, () => endSession(popup, PIN));
      expect(locked).toMatch(/Trop d’essais/);
      await waitForSessionState(popup, 'running');
      const seconds = Number(/(\d+) s/.exec(locked)?.[1] ?? 'NaN');
      expect(seconds).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 500));
      await endSession(popup, PIN);
      await waitForSessionState(popup, 'ended');
      const { events } = await exportAndVerify(eb, popup);
      const failed = events.filter(
        (event) => event.kind === 'pin.failed' && (event.data as { action: string }).action === 'session.end',
      );
      expect(failed.map((event) => (event.data as { reason: string }).reason)).toEqual([
        'wrong',
        'wrong',
        'wrong',
        'locked',
      ]);
    });

    it('shows the examiner the chain head in short form beside the event count', async () => {
      const { text, events } = await exportAndVerify(eb, popup);
      const head: string = JSON.parse(text).chain.head;
      const shown = await popup.$eval('[data-testid=chain-head]', (node) => node.textContent?.trim() ?? '');
      expect(shown).toBe(`${head.slice(0, 4)} ${head.slice(4, 8)} ${head.slice(8, 12)}`);
      expect(await popup.$eval('[data-testid=session-event-count]', (n) => n.textContent?.trim())).toBe(
        String(events.length),
      );
    });
  });
});
