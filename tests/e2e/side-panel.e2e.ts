/**
 * The subject in the side panel (`sidepanel.html`, opened here as a page, which is what the
 * browser's side panel shows) and the in-page chip, in Chromium and Firefox: the side panel
 * carries the overlay's testids and the privacy notice, and no way to end the session or see
 * others; on the demo site, at 1366×768 and 1920×1080, every control the candidate flows
 * click is hit at its centre with the subject shown, and the chip never covers one. When the
 * side panel closes, the in-page overlay comes back.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './support/axe.ts';
import { BROWSERS, type ExtensionBrowser } from './support/browsers.ts';
import { type Centre, openCentre } from './support/centre.ts';
import type { DemoSite } from './support/demo-site.ts';
import { startSession, waitForSessionState } from './support/session.ts';
import { readUntil, waitForCount, waitForNode, waitUntil } from './support/shadow.ts';

const PIN = '482913';
const chip = (selector: string) => `temoin-chip >>> ${selector}`;

/** Pages of the demo site and the controls the candidate flows (support/candidate.ts) click. */
const TARGETS: { path: string; login: boolean; selectors: string[] }[] = [
  { path: '/admin/login', login: false, selectors: ['#username', '#password', '#login-submit'] },
  {
    path: '/admin/articles/new',
    login: true,
    selectors: ['#post-title', '#post-content', '#post-focus-keyword', '#post-image-alt', '#publish'],
  },
  {
    path: '/admin/commentaires',
    login: true,
    selectors: ['button[data-action=approve]', 'button[data-reply-toggle]'],
  },
  {
    path: '/admin/reglages',
    login: true,
    selectors: ['#tagline', '#comments_require_approval', '#save-settings'],
  },
];

/**
 * What keeps a control from being clicked at its centre (run in the page): the centre hits
 * something else, or the placed chip's box meets the control's. Empty when it is clickable.
 */
const clickProblem = (element: Element): string => {
  const box = element.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const chipBox = document
    .querySelector('temoin-chip')
    ?.shadowRoot?.querySelector('[data-testid=chip][data-placed=true]')
    ?.getBoundingClientRect();
  const overlaps =
    chipBox &&
    chipBox.left < box.right &&
    box.left < chipBox.right &&
    chipBox.top < box.bottom &&
    box.top < chipBox.bottom;
  if (hit && (hit === element || element.contains(hit)) && !overlaps) return '';
  return `centre hits <${hit?.tagName.toLowerCase()}>${overlaps ? ', chip over it' : ''}`;
};

/**
 * Scrolls the control to the middle, gives the chip up to 3 s to move away, then says whether
 * the control can be clicked at its centre (`ok`) or what is in the way.
 */
const hitTest = async (page: Page, selector: string) => {
  const element = await page.$(selector);
  if (!element) return `${selector}: missing`;
  await element.evaluate((node) => node.scrollIntoView({ block: 'center', inline: 'center' }));
  // The chip reacts to the scroll: the first look is after it had time to (as before, 150 ms).
  await new Promise((resolve) => setTimeout(resolve, 150));
  const { value } = await readUntil(page, selector, clickProblem, (problem) => problem === '', 3_000);
  return value === '' ? 'ok' : `${selector}: ${value ?? 'missing'}`;
};

describe.each(BROWSERS)('side panel and chip in %s', (browserName) => {
  let centre: Centre;
  let site: DemoSite;
  let eb: ExtensionBrowser;
  let popup: Page;
  let panel: Page;
  let candidatePage: Page;

  beforeAll(async () => {
    centre = await openCentre(browserName, PIN);
    ({ site, eb, popup } = centre);
    await startSession(popup, '2001', PIN);
    await waitForSessionState(popup, 'running');
  });
  afterAll(async () => {
    await centre?.close();
  });

  it('carries the subject with the overlay’s testids, the privacy notice, and nothing of the examiner’s', async () => {
    panel = await eb.openPage('sidepanel.html');
    await panel.setViewport({ width: 400, height: 900 });
    await panel.waitForSelector('[data-testid=timer]', { timeout: 15_000 });
    expect(await panel.$eval('[data-testid=timer]', (n) => n.textContent)).toMatch(/^\d{2}:\d{2}$/);
    const questions = await panel.$$eval('[data-testid=question-item]', (nodes) =>
      nodes.map((node) => node.getAttribute('data-question-id')),
    );
    expect(questions.length).toBeGreaterThanOrEqual(4);
    expect(questions[0]).toBe('q1');
    expect(await panel.$$('[data-testid=question-status]')).toHaveLength(questions.length);
    const notice = await panel.$eval('[data-testid=rgpd-notice]', (n) => ({
      open: (n as HTMLDetailsElement).open,
      text: n.textContent ?? '',
    }));
    expect(notice.open).toBe(true);
    expect(notice.text).toContain('Jamais enregistré : mots de passe, numéros de carte bancaire');
    expect(notice.text).toContain('au plus 30 jours');
    for (const examinerOnly of [
      'end-session',
      'export-bundle',
      'session-list',
      'purge-session',
      'examiner-pin',
    ])
      expect(await panel.$(`[data-testid=${examinerOnly}]`), examinerOnly).toBeNull();
    expect(await seriousViolations(panel)).toEqual([]);
  });

  it('records what the candidate marks in the side panel', async () => {
    const before = Number(await popup.$eval('[data-testid=session-event-count]', (n) => n.textContent));
    await panel.bringToFront();
    await panel.select(
      '[data-testid=question-item][data-question-id=q1] [data-testid=question-status]',
      'done',
    );
    await popup.bringToFront();
    await waitUntil(
      popup,
      '[data-testid=session-event-count]',
      (node, count: number) => Number(node.textContent) > count,
      10_000,
      before,
    );
  });

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    it(`at ${width}×${height}: the chip shows time and question; every control the flows click is clickable`, async () => {
      candidatePage ??= await eb.newPage();
      await candidatePage.setViewport({ width, height });
      // Each pass starts logged out, so that the login page is tested too.
      const cookies = await candidatePage.cookies(site.url);
      if (cookies.length) await candidatePage.deleteCookie(...cookies);
      const problems: string[] = [];
      for (const target of TARGETS) {
        if (target.login && candidatePage.url().endsWith('/admin/login')) {
          await candidatePage.type('#username', 'admin');
          await candidatePage.type('#password', 'demo-admin');
          await Promise.all([candidatePage.waitForNavigation(), candidatePage.click('#login-submit')]);
        }
        await candidatePage.goto(`${site.url}${target.path}`);
        await candidatePage.waitForSelector('temoin-overlay[data-sidepanel=open]', { timeout: 15_000 });
        await waitForNode(candidatePage, chip('[data-testid=chip-timer]'), 15_000);
        // The subject is in the side panel: the page does not render it a second time, hidden.
        expect(await candidatePage.$$('temoin-overlay >>> [data-testid=question-item]')).toHaveLength(0);
        for (const selector of target.selectors) {
          const verdict = await hitTest(candidatePage, selector);
          if (verdict !== 'ok') problems.push(`${target.path} ${verdict}`);
        }
      }
      expect(problems).toEqual([]);
      expect(await candidatePage.$eval(chip('[data-testid=chip-timer]'), (n) => n.textContent)).toMatch(
        /^\d{2}:\d{2}/,
      );
      // q1 is done: the chip points at the next question.
      expect(
        await candidatePage.$eval(chip('[data-testid=chip-question]'), (n) =>
          n.getAttribute('data-question-id'),
        ),
      ).toBe('q2');
      expect(await seriousViolations(candidatePage, 'temoin-chip')).toEqual([]);
    });
  }

  it('moves with the keyboard, and the overlay comes back when the side panel closes', async () => {
    const handle = await waitForNode(candidatePage, chip('[data-testid=chip-handle]'));
    const position = () =>
      candidatePage.$eval(chip('[data-testid=chip]'), (n) => {
        const box = n.getBoundingClientRect();
        return { left: Math.round(box.left), top: Math.round(box.top) };
      });
    await candidatePage.goto(`${site.url}/blog`);
    const chipHandle = await waitForNode(candidatePage, chip('[data-testid=chip-handle]'), 15_000);
    expect(handle).toBeTruthy();
    const start = await position();
    await chipHandle.focus();
    await candidatePage.keyboard.press('ArrowUp');
    await candidatePage.keyboard.press('ArrowUp');
    await waitUntil(
      candidatePage,
      chip('[data-testid=chip]'),
      (node, top: number) => Math.round(node.getBoundingClientRect().top) !== top,
      5_000,
      start.top,
    );
    await panel.close();
    await candidatePage.waitForSelector('temoin-overlay[data-sidepanel=closed]', { timeout: 20_000 });
    await waitForCount(candidatePage, 'temoin-chip', (count) => count === 0, 10_000);
    // Visible as puppeteer means it: a box of some size, not `visibility: hidden`.
    await waitUntil(
      candidatePage,
      'temoin-overlay >>> [data-testid=timer]',
      (node) => {
        const box = node.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(node).visibility !== 'hidden';
      },
      30_000,
    );
    // Back in the page, the overlay carries the whole subject again.
    expect((await candidatePage.$$('temoin-overlay >>> [data-testid=question-item]')).length).toBeGreaterThan(
      0,
    );
  });
});
