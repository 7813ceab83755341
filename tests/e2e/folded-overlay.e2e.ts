/**
 * The overlay a candidate keeps folded, in both browsers: a page loaded folded shows the plain
 * tab with its ticking clock and the same hooks as before (host `data-collapsed`, `data-session`,
 * `data-phase`), without rendering the subject; the tab, the shortcut, and unfolding in another
 * tab each bring the full panel, and an unfold made here is recorded as `overlay.toggled`.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const PIN = '135792';
const overlay = (selector: string) => `temoin-overlay >>> ${selector}`;
const seconds = (mmss: string | null) => {
  const [mm, ss] = (mmss ?? '').split(':').map(Number);
  return (mm ?? Number.NaN) * 60 + (ss ?? Number.NaN);
};
const hostState = (page: Page) =>
  page.$eval('temoin-overlay', (host) => ({
    collapsed: host.getAttribute('data-collapsed'),
    session: host.getAttribute('data-session'),
    phase: host.getAttribute('data-phase'),
  }));
const text = (page: Page, selector: string) => page.$eval(overlay(selector), (node) => node.textContent);
const panelShown = (page: Page) =>
  page.waitForSelector(overlay('[data-testid=timer]'), { visible: true, timeout: 15_000 });
/**
 * Chromium: whether the Preact overlay (overlay-app.js) has been evaluated in the extension's
 * isolated world of the page, where it registers itself (extension/overlay/full-overlay.ts).
 * Firefox's puppeteer (BiDi) cannot reach a content script's world.
 */
const fullOverlayLoaded = async (page: Page): Promise<boolean> => {
  const cdp = await page.createCDPSession();
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
    if (aux?.type === 'isolated') worlds.push(context.id);
  });
  await cdp.send('Runtime.enable');
  let loaded = false;
  for (const contextId of worlds) {
    const { result } = await cdp.send('Runtime.evaluate', {
      contextId,
      expression: "typeof globalThis.__temoinFullOverlay === 'object'",
      returnByValue: true,
    });
    if (result.value === true) loaded = true;
  }
  await cdp.detach();
  return loaded;
};
/** Loads a page with the overlay folded: the tab, and nothing of the subject rendered. */
const loadFolded = async (page: Page, url: string) => {
  await page.goto(url);
  await page.waitForSelector(overlay('[data-testid=tab-timer]'), { timeout: 15_000 });
};

describe.each(BROWSERS)('the folded overlay in %s', (browserName) => {
  let site: DemoSite;
  let eb: ExtensionBrowser;
  let popup: Page;
  let page: Page;

  beforeAll(async () => {
    site = await startDemo();
    eb = await launchWithExtension(browserName);
    await setUpCentre(eb, site.url, PIN);
    popup = await openPopup(eb);
    await importSubject(popup, DEMO_WORDPRESS);
    await startSession(popup, '24680', PIN);
    await waitForSessionState(popup, 'running');
    page = await eb.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
  });
  afterAll(async () => {
    await eb?.close();
    await site?.close();
  });

  it('loads folded: the tab ticks, the host says so, the subject is not rendered, axe is clean', async () => {
    await page.goto(`${site.url}/`);
    await panelShown(page);
    await page.click(overlay('[data-testid=overlay-collapse]'));
    await page.waitForSelector(overlay('[data-testid=tab-timer]'), { timeout: 15_000 });
    await loadFolded(page, `${site.url}/blog`);
    expect(await hostState(page)).toEqual({ collapsed: 'true', session: 'running', phase: 'running' });
    expect(await page.$(overlay('[data-testid=question-item]'))).toBeNull();
    expect(
      await page.$eval(overlay('[data-testid=overlay-panel]'), (panel) => (panel as HTMLElement).hidden),
    ).toBe(true);
    expect(await text(page, '[data-testid=overlay-expand]')).toContain('Ouvrir Témoin');
    const first = seconds(await text(page, '[data-testid=tab-timer]'));
    expect(first).toBeGreaterThan(0);
    const deadline = Date.now() + 5_000;
    let later = first;
    while (later === first && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      later = seconds(await text(page, '[data-testid=tab-timer]'));
    }
    expect(later).toBeLessThan(first);
    expect(await seriousViolations(page, 'temoin-overlay')).toEqual([]);
    // The page loaded folded evaluated the tab only, not the Preact overlay.
    if (browserName === 'chromium') expect(await fullOverlayLoaded(page)).toBe(false);
  });

  it('unfolds with the tab, at the right second, focus in the panel', async () => {
    const before = seconds(await text(page, '[data-testid=tab-timer]'));
    await page.click(overlay('[data-testid=overlay-expand]'));
    await panelShown(page);
    const opened = seconds(await text(page, '[data-testid=timer]'));
    expect(before - opened).toBeGreaterThanOrEqual(0);
    expect(before - opened).toBeLessThanOrEqual(2);
    await page.waitForSelector(overlay('[data-testid=question-item]'), { timeout: 15_000 });
    await page.waitForFunction(
      () => document.querySelector('temoin-overlay')?.getAttribute('data-collapsed') === 'false',
      { timeout: 5_000 },
    );
    const focused = await page.$eval('temoin-overlay', (host) =>
      host.shadowRoot?.activeElement?.getAttribute('data-testid'),
    );
    expect(focused).toBe('overlay-collapse');
  });

  it('unfolds with Alt+Shift+T from a page loaded folded', async () => {
    await page.click(overlay('[data-testid=overlay-collapse]'));
    await loadFolded(page, `${site.url}/`);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyT');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await panelShown(page);
    expect((await hostState(page)).collapsed).toBe('false');
    // Loaded by the unfold, in the content scripts' world.
    if (browserName === 'chromium') expect(await fullOverlayLoaded(page)).toBe(true);
    // The unfolded overlay works as before: a question opens or closes on its toggle.
    const expanded = () =>
      page.$eval(overlay('[data-testid=question-item]'), (item) => item.getAttribute('data-expanded'));
    const before = await expanded();
    await page.click(overlay('[data-testid=question-toggle]'));
    await page.waitForFunction(
      (was) =>
        document
          .querySelector('temoin-overlay')
          ?.shadowRoot?.querySelector('[data-testid=question-item]')
          ?.getAttribute('data-expanded') !== was,
      { timeout: 5_000, polling: 100 },
      before,
    );
  });

  it('unfolds here when unfolded in another tab, and records only the unfolds made by the candidate', async () => {
    await page.click(overlay('[data-testid=overlay-collapse]'));
    await loadFolded(page, `${site.url}/blog`);
    const other = await eb.newPage();
    await loadFolded(other, `${site.url}/`);
    await other.click(overlay('[data-testid=overlay-expand]'));
    await panelShown(other);
    await page.bringToFront();
    await panelShown(page);
    await other.close();

    await popup.close();
    popup = await openPopup(eb);
    await waitForSessionState(popup, 'running');
    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');
    const parsed = parseJson('bundle', (await exportBundle(eb, popup)).text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const toggles = parsed.value.events
      .filter((event) => event.kind === 'overlay.toggled')
      .map((event) => (event.data as { visible: boolean }).visible);
    // Folded three times; unfolded by the tab, the shortcut and the other tab's tab: one event
    // each, none for the tab that followed.
    expect(toggles).toEqual([false, true, false, true, false, true]);
  });
});
