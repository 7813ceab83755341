/**
 * Issue 17, in the real browsers with the built extension:
 * - a start the browser would let record nothing (no host permission for the reference
 *   origin) is refused with the French message and the « Autoriser l’accès au site » button;
 * - extra time and a pause granted in the popup appear on the printed fiche d'évaluation and
 *   on the relevé de preuves (PDF text, as tests/e2e/review.e2e.ts checks the fiche).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser } from './support/browsers.ts';
import { type Centre, openCentre } from './support/centre.ts';
import type { DemoSite } from './support/demo-site.ts';
import {
  endSession,
  exportBundle,
  feedbackAfter,
  fill,
  setUpCentre,
  startSession,
  waitForSessionState,
  withPin as withPinAs,
} from './support/session.ts';
import { waitForNode } from './support/shadow.ts';

const PIN = '482913';
const app = (selector: string) => `ge-app >>> ${selector}`;

const withPin = (popup: Page, testId: string) => withPinAs(popup, testId, PIN);

/** The PDF's pages as text (pdftotext, NFKC: Firefox keeps typographic ligatures). */
const pdfPages = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => page.normalize('NFKC').replace(/\s+/g, ' '));

describe.each(BROWSERS)('in an exam centre (%s)', (browserName) => {
  let centre: Centre;
  let site: DemoSite;
  let eb: ExtensionBrowser;
  let popup: Page;
  const work = mkdtempSync(join(tmpdir(), `temoin-deployment-${browserName}-`));

  beforeAll(async () => {
    // Checks, as this file did, that the settings are saved and the subject imported.
    centre = await openCentre(browserName, PIN);
    ({ site, eb, popup } = centre);
  });
  afterAll(async () => {
    await centre?.close();
  });

  it('refuses to start when the browser withholds the reference site’s host permission, and says how to grant it', async () => {
    // What a centre policy naming a LAN site produces before anyone granted it: the origin is
    // set, the optional host permission is not (written as the options page would store it).
    const origin = 'http://wordpress.centre.lan';
    await popup.evaluate(async (value: string) => {
      type Local = { get(key: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
      const g = globalThis as unknown as {
        browser?: { storage: { local: Local } };
        chrome: { storage: { local: Local } };
      };
      const api = g.browser ?? g.chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings as object), referenceOrigins: [value] } });
    }, origin);
    const refusal = await feedbackAfter(popup, () => startSession(popup, '2001', PIN));
    expect(refusal).toContain('Témoin n’a pas l’autorisation nécessaire pour enregistrer');
    expect(refusal).toContain(origin);
    expect(refusal).toContain('« Autoriser l’accès au site »');
    const grant = await popup.waitForSelector('[data-testid=grant-permissions]', { timeout: 5_000 });
    expect(await grant!.evaluate((b) => b.textContent)).toBe('Autoriser l’accès au site');
    expect(await popup.$eval('[data-testid=session-status]', (n) => n.getAttribute('data-state'))).toBe(
      'idle',
    );
    // Back to the loopback site (granted at install): the start goes through, the button goes.
    expect(await setUpCentre(eb, site.url, PIN, PIN)).toBe('Réglages enregistrés.');
  });

  it('prints tiers-temps and the incident’s pause on the fiche and the relevé de preuves', async () => {
    await startSession(popup, '2002', PIN);
    await waitForSessionState(popup, 'running');
    expect(await popup.$('[data-testid=grant-permissions]')).toBeNull();
    const page = await eb.newPage();
    await page.goto(`${site.url}/blog`);
    await popup.bringToFront();
    await popup.click('[data-testid=time-extension-third]');
    expect(await withPin(popup, 'time-extension')).toBe('Temps supplémentaire accordé : +14 min');
    await fill(popup, 'pause-reason', 'Malaise du candidat');
    expect(await withPin(popup, 'pause-session')).toBe('Épreuve mise en pause.');
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await withPin(popup, 'resume-session')).toBe('Épreuve reprise.');
    await page.close();
    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');
    const { text } = await exportBundle(eb, popup);
    const bundle = join(work, '2002.temoin.json');
    writeFileSync(bundle, text);

    const editor = await eb.openPage('editor.html');
    await editor.setViewport({ width: 1400, height: 1000 });
    await editor.bringToFront();
    await editor.waitForSelector('ge-app[data-ready=true]', { timeout: 30_000 });
    await editor.click(app('[data-testid=activity-review]'));
    await waitForNode(editor, app('ge-review[data-ready=true]'));
    const input = await waitForNode(editor, app('[data-testid=open-bundles]'));
    await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(bundle);
    await waitForNode(editor, app('[data-testid=review-column]'));
    await editor.evaluate(() => {
      window.print = () => undefined;
    });

    const printed = async (button: string, page: string, name: string) => {
      await editor.click(app(`[data-testid=${button}]`));
      await waitForNode(editor, app(`[data-testid=${page}]`));
      const file = join(work, name);
      writeFileSync(
        file,
        await editor.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }),
      );
      const pages = pdfPages(file);
      await editor.click(app('[data-testid=print-close]'));
      return pages;
    };
    const fiches = await printed('print-fiches', 'fiche-page', 'fiche.pdf');
    // Still one sheet per candidate, now stating the arrangements and the incident.
    expect(fiches).toHaveLength(1);
    for (const sheet of [
      fiches[0]!,
      (await printed('print-evidence', 'evidence-page', 'releve.pdf')).join(' '),
    ]) {
      expect(sheet).toContain('Aménagements de temps et incidents');
      expect(sheet).toContain('Tiers-temps : +14 min');
      expect(sheet).toContain('Durée accordée : 40 min + 14 min = 54 min');
      expect(sheet).toMatch(
        /Pause pour incident à \d\d h \d\d : Malaise du candidat — durée \d+ s \(temps rendu au candidat\)/,
      );
    }
    expect(fiches[0]).toContain('2002');
    await editor.close();
  });
});
