/**
 * The edges of an exam, in both browsers: a one-minute subject reaches « Temps écoulé » while
 * capture goes on (later events marked after time); the overlay, the popup and the options
 * page have no serious accessibility violation (axe).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../shared/bundle/chain.ts';
import { buildSubjectPackage } from '../../shared/bundle/package-hash.ts';
import { parseJson } from '../../shared/schema/index.ts';
import { seriousViolations } from './support/axe.ts';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { type DemoSite, startDemo } from './support/demo-site.ts';
import {
  DEMO_WORDPRESS,
  endSession,
  exportBundle,
  importSubject,
  openPopup,
  setUpCentre,
  startSession,
  waitForSessionState,
} from './support/session.ts';

const PIN = '246802';

/** The demo subject, lasting one minute, re-hashed as the editor would publish it. */
const oneMinuteSubject = async () => {
  const pkg = JSON.parse(readFileSync(DEMO_WORDPRESS, 'utf8'));
  const short = await buildSubjectPackage({
    grid: pkg.grid,
    catalogue: pkg.catalogue,
    subject: { ...pkg.subject, durationMinutes: 1 },
  });
  const file = join(tmpdir(), `temoin-${process.pid}-one-minute.temoin-subject.json`);
  writeFileSync(file, JSON.stringify(short));
  return file;
};

const overlay = (selector: string) => `temoin-overlay >>> ${selector}`;

describe.each(BROWSERS)('exam limits and accessibility in %s', (browserName) => {
  let site: DemoSite;
  let eb: ExtensionBrowser;
  let popup: Page;
  let page: Page;

  beforeAll(async () => {
    site = await startDemo();
    eb = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await eb?.close();
    await site?.close();
  });

  it('has no serious accessibility violation on the options page', async () => {
    const options = await eb.openPage('options.html');
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
    await setUpCentre(eb, site.url, PIN);
  });

  it('has no serious accessibility violation on the popup, idle and running', async () => {
    popup = await openPopup(eb);
    expect(await seriousViolations(popup)).toEqual([]);
    await importSubject(popup, await oneMinuteSubject());
    await startSession(popup, '30303', PIN);
    await waitForSessionState(popup, 'running');
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('has no serious accessibility violation in the overlay', async () => {
    page = await eb.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await page.goto(`${site.url}/`);
    await page.waitForSelector(overlay('[data-testid=timer]'), { timeout: 15_000 });
    expect(await seriousViolations(page, 'temoin-overlay')).toEqual([]);
  });

  it('folded, ticks the tab’s clock on its own; unfolded, shows the right second at once', async () => {
    const seconds = (mmss: string | null) => {
      const [mm, ss] = (mmss ?? '').split(':').map(Number);
      return (mm ?? Number.NaN) * 60 + (ss ?? Number.NaN);
    };
    const text = (selector: string) => page.$eval(overlay(selector), (node) => node.textContent);
    await page.click(overlay('[data-testid=overlay-collapse]'));
    await page.waitForSelector(overlay('[data-testid=tab-timer]'), { timeout: 15_000 });
    const first = seconds(await text('[data-testid=tab-timer]'));
    const deadline = Date.now() + 5_000;
    let later = first;
    while (later === first && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      later = seconds(await text('[data-testid=tab-timer]'));
    }
    expect(later).toBeLessThan(first);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the hidden panel's clock is older
    const beforeOpening = seconds(await text('[data-testid=tab-timer]'));
    await page.click(overlay('[data-testid=overlay-expand]'));
    await page.waitForSelector(overlay('[data-testid=timer]'), { visible: true, timeout: 15_000 });
    const opened = seconds(await text('[data-testid=timer]'));
    expect(beforeOpening - opened).toBeGreaterThanOrEqual(0);
    expect(beforeOpening - opened).toBeLessThanOrEqual(2);
  });

  it('reaches « Temps écoulé » at 0 and keeps capturing, marking later events after time', async () => {
    await page.bringToFront();
    await page.waitForFunction(
      () => document.querySelector('temoin-overlay')?.getAttribute('data-phase') === 'time-up',
      { timeout: 90_000, polling: 250 },
    );
    expect(await page.$eval(overlay('[data-testid=timer]'), (node) => node.textContent)).toBe('00:00');
    expect(await page.$eval(overlay('[data-testid=timer-state]'), (node) => node.textContent)).toContain(
      'Temps écoulé',
    );
    await page.goto(`${site.url}/blog`);
    await page.waitForSelector(overlay('[data-testid=timer]'), { timeout: 15_000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');
    const { text } = await exportBundle(eb, popup);
    const parsed = parseJson('bundle', text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    const events = parsed.value.events;
    expect(await verifyChain(events, parsed.value.chain.head)).toMatchObject({ ok: true });
    const late = events.filter((event) => event.afterTime);
    expect(
      late.filter(
        (event) => event.kind === 'integrity.warning' && (event.data as { code: string }).code === 'time-up',
      ),
    ).toHaveLength(1);
    expect(late.some((event) => event.kind === 'nav.visited' && event.url.endsWith('/blog'))).toBe(true);
    expect(events.filter((event) => !event.afterTime && event.kind === 'session.started')).toHaveLength(1);
  });
});
