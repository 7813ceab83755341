/**
 * The capture under load and mishaps, in Chromium and Firefox: a burst of 1,000 events per
 * second stored complete and in order, the service worker stopped mid-burst (Chromium), a
 * submit that navigates away, the browser killed and relaunched, secrets never stored, and
 * script-generated clicks marked untrusted.
 */
import { rmSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { BROWSERS, launchWithExtension } from './support/browsers.ts';
import {
  dumpExtensionDb,
  durableCount,
  exportAndVerify,
  killBrowser,
  PIN,
  profileIndexedDbFiles,
  type RunningSession,
  ranksOf,
  secretHits,
  sitePage,
  startCaptureSession,
  syntheticClickBurst,
  waitForDurableCount,
} from './support/capture.ts';
import { type DemoSite, startDemo } from './support/demo-site.ts';
import { endSession, openPopup, waitForSessionState } from './support/session.ts';

const BURST = 10_000;
const PER_SECOND = 1_000;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const SECRETS = {
  checkoutPassword: 'Vq8!mTz4-Oleane-pw',
  card: '4970 1012 3456 7893',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  loginWrong: 'Kx7#wrong-Login-pw',
  loginRight: 'demo-admin',
};

const typeInto = async (page: Page, selector: string, text: string) => {
  await page.click(selector);
  await page.type(selector, text);
};

describe.each(BROWSERS)('capture in %s', (browserName) => {
  let site: DemoSite;
  let session: RunningSession;
  let page: Page;

  beforeAll(async () => {
    site = await startDemo();
    session = await startCaptureSession(browserName, site.url);
    page = await sitePage(session, `${site.url}/`);
  });
  afterAll(async () => {
    await session?.eb.close();
    await site?.close();
  });

  it('stores a burst of 1,000 events per second for 10 seconds complete, in order, chain valid', async () => {
    await page.bringToFront();
    const before = await durableCount(session.popup);
    const started = Date.now();
    expect(await syntheticClickBurst(page, 'burst', BURST, PER_SECOND)).toBe(BURST);
    expect(Date.now() - started).toBeLessThan(14_000);
    await waitForDurableCount(session.popup, before + BURST);
    const bundle = await exportAndVerify(session.eb, session.popup);
    expect(bundle.chainOk).toBe(true);
    expect(ranksOf(bundle.events, 'burst')).toEqual(range(BURST));
  });

  it('marks the clicks a page script dispatches trusted: false, and a real click trusted', async () => {
    await page.bringToFront();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'scripted';
      button.id = 'scripted';
      document.body.prepend(button);
      button.click();
      button.click();
    });
    await page.evaluate(() => {
      (document.getElementById('scripted') as HTMLButtonElement).textContent = 'real';
    });
    await page.click('#scripted');
    const before = await durableCount(session.popup);
    await waitForDurableCount(session.popup, before + 1);
    const { events } = await exportAndVerify(session.eb, session.popup);
    const clicks = events.filter(
      (event) =>
        event.kind === 'ui.clicked' && ['scripted', 'real'].includes((event.data as { name: string }).name),
    );
    expect(clicks.map((event) => [(event.data as { name: string }).name, event.trusted])).toEqual([
      ['scripted', false],
      ['scripted', false],
      ['real', true],
    ]);
    expect(events).toContainEqual(
      expect.objectContaining({
        kind: 'integrity.warning',
        data: expect.objectContaining({ code: 'untrusted-event' }),
      }),
    );
  });

  it.runIf(browserName === 'chromium')(
    'loses nothing when the service worker is stopped in the middle of a burst (Chromium only: Firefox has no service worker)',
    async () => {
      const { browser } = session.eb;
      await page.bringToFront();
      const before = await durableCount(session.popup);
      const burst = syntheticClickBurst(page, 'sw', BURST, PER_SECOND);
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      const cdp = await browser.target().createCDPSession();
      const { targetInfos } = (await cdp.send('Target.getTargets')) as {
        targetInfos: { targetId: string; type: string; url: string }[];
      };
      const workers = targetInfos.filter(
        (info) => info.type === 'service_worker' && info.url.startsWith('chrome-extension://'),
      );
      expect(workers.length).toBe(1);
      await cdp.send('Target.closeTarget', { targetId: workers[0]!.targetId });
      // It is gone (a new one starts at the next message).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await burst).toBe(BURST);
      await cdp.detach();
      await waitForDurableCount(session.popup, before + BURST, 90_000);
      const bundle = await exportAndVerify(session.eb, session.popup);
      expect(bundle.chainOk).toBe(true);
      expect(ranksOf(bundle.events, 'sw')).toEqual(range(BURST));
    },
  );

  it('keeps a submit that navigates away and the fields typed before it (checkout), secrets masked', async () => {
    await page.bringToFront();
    // Something in the cart: the first product of the list.
    await page.goto(`${site.url}/produits`);
    const product = await page.$eval('main a[href^="/produits/"]', (a) => (a as HTMLAnchorElement).href);
    await page.goto(product);
    await Promise.all([
      page.waitForNavigation(),
      page.click('form[action="/panier/ajouter"] button[type=submit]'),
    ]);
    await page.goto(`${site.url}/commande`);
    await typeInto(page, '#prenom', 'Camille');
    await typeInto(page, '#nom', 'Durand');
    await typeInto(page, '#email', 'camille.durand@example.org');
    await typeInto(page, '#adresse', '12 rue des Lilas 74000 Annecy');
    await typeInto(page, '#password', SECRETS.checkoutPassword);
    await typeInto(page, '#cardnumber', SECRETS.card);
    await typeInto(page, '#cvc', '837');
    await typeInto(page, '#iban', SECRETS.iban);
    await page.click('#accepte_cgv');
    await Promise.all([page.waitForNavigation(), page.click('#place-order')]);
    expect(page.url()).toMatch(/\/commande\/confirmation\//);

    const before = await durableCount(session.popup);
    await waitForDurableCount(session.popup, before + 1);
    const { events, chainOk } = await exportAndVerify(session.eb, session.popup);
    expect(chainOk).toBe(true);
    const submitAt = events.findIndex(
      (event) =>
        event.kind === 'form.submitted' &&
        String((event.data as { action: string }).action).includes('/commande/valider'),
    );
    expect(submitAt).toBeGreaterThan(-1);
    const submit = events[submitAt] as CaptureEvent & {
      data: { fields: { name: string; value?: string; masked?: boolean }[] };
    };
    expect(submit.url).toContain('/commande');
    const fields = Object.fromEntries(submit.data.fields.map((field) => [field.name, field]));
    expect(fields.prenom?.value).toBe('Camille');
    expect(fields.adresse?.value).toBe('12 rue des Lilas 74000 Annecy');
    for (const name of ['password', 'cardnumber', 'iban'])
      expect(fields[name]).toMatchObject({ masked: true });
    // The changes before the submit, stored before it.
    const changedBefore = events
      .slice(0, submitAt)
      .filter((event) => event.kind === 'ui.changed')
      .map((event) => (event.data as { name: string }).name);
    for (const name of ['prenom', 'nom', 'email', 'adresse', 'password', 'cardnumber', 'iban'])
      expect(changedBefore).toContain(name);
  });

  it('keeps secrets typed at checkout and login out of the bundle and out of IndexedDB', async () => {
    await page.bringToFront();
    await page.goto(`${site.url}/admin/login`);
    await typeInto(page, '#username', 'admin');
    await typeInto(page, '#password', SECRETS.loginWrong);
    await Promise.all([page.waitForNavigation(), page.click('#loginform [type=submit]')]);
    await page.$eval('#username', (input) => {
      (input as HTMLInputElement).value = '';
    });
    await typeInto(page, '#username', 'admin');
    await typeInto(page, '#password', SECRETS.loginRight);
    await Promise.all([page.waitForNavigation(), page.click('#loginform [type=submit]')]);
    expect(page.url()).toMatch(/\/admin\/?$/);

    const before = await durableCount(session.popup);
    await waitForDurableCount(session.popup, before + 1);
    await endSession(session.popup, PIN);
    await waitForSessionState(session.popup, 'ended');
    const { text, events } = await exportAndVerify(session.eb, session.popup);
    // The login's submits are there, the secrets are not.
    expect(
      events.filter(
        (event) =>
          event.kind === 'form.submitted' &&
          String((event.data as { action: string }).action).includes('/admin/login'),
      ),
    ).toHaveLength(2);
    const dump = await dumpExtensionDb(session.eb);
    expect(dump).toContain('"form.submitted"');
    const files = profileIndexedDbFiles(session.eb.profileDir);
    expect(files.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const secret of Object.values(SECRETS)) {
      for (const hit of secretHits(Buffer.from(text, 'utf8'), secret)) found.push(`bundle: ${hit}`);
      for (const hit of secretHits(Buffer.from(dump, 'utf8'), secret)) found.push(`database: ${hit}`);
      for (const file of files)
        for (const hit of secretHits(file.bytes, secret)) found.push(`${file.path}: ${hit}`);
    }
    expect(found).toEqual([]);
  });
});

describe.each(BROWSERS)('capture across a browser kill in %s', (browserName) => {
  let site: DemoSite;
  let session: RunningSession;
  let profileDir = '';

  beforeAll(async () => {
    site = await startDemo();
    session = await startCaptureSession(browserName, site.url, '24680');
    profileDir = session.eb.profileDir;
  });
  afterAll(async () => {
    await session?.eb.close();
    await site?.close();
    if (profileDir) {
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(`${profileDir}-downloads`, { recursive: true, force: true });
    }
  });

  it('keeps every acknowledged event after SIGKILL and a relaunch with the same profile', async () => {
    const page = await sitePage(session, `${site.url}/`);
    const seen = 200;
    const start = await durableCount(session.popup);
    await syntheticClickBurst(page, 'acked', seen, 200);
    await waitForDurableCount(session.popup, start + seen);
    // What the background has acknowledged, as stored: every id of an export taken now.
    const stored = await exportAndVerify(session.eb, session.popup);
    expect(ranksOf(stored.events, 'acked')).toEqual(range(seen));
    const acknowledged = stored.events.length;
    // More events in flight at the moment of the kill: these may or may not survive.
    void syntheticClickBurst(page, 'inflight', 5_000, 1_000).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await killBrowser(session.eb.browser);

    const eb = await launchWithExtension(browserName, { profileDir });
    session = { eb, popup: await openPopup(eb) };
    await waitForSessionState(session.popup, 'running');
    expect(await durableCount(session.popup)).toBeGreaterThanOrEqual(acknowledged);
    const { events, chainOk } = await exportAndVerify(session.eb, session.popup);
    expect(chainOk).toBe(true);
    expect(events.length).toBeGreaterThanOrEqual(acknowledged);
    expect(ranksOf(events, 'acked')).toEqual(range(seen));
    const ids = new Set(events.map((event) => event.id));
    expect(stored.events.filter((event) => !ids.has(event.id))).toEqual([]);
    // What did survive of the in-flight burst is in order, without duplicates.
    const inflight = ranksOf(events, 'inflight');
    expect(inflight).toEqual([...inflight].sort((a, b) => a - b));
    expect(new Set(inflight).size).toBe(inflight.length);
  });
});
