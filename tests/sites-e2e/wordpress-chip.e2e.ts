/**
 * Issue 17 on a real WordPress 6.1: with the subject in the side panel, the in-page chip
 * (time left, current question) never covers a control of wp-admin — the block editor of a new
 * post and the comments screen — at 1366×768 and 1920×1080. Every visible control in the
 * viewport is hit-tested at its centre with elementFromPoint (it must not be the chip) and its
 * box must not meet the chip's. The side panel is opened as its page, which is what the
 * browser's side panel shows (the chip appears while it is open: extension/sidepanel/presence.ts).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Exam, SUBJECTS, startExam } from './support/exam.ts';
import { runningWordpressSite, type WordPressSite } from './support/sites.ts';
import { logIn, openEditor } from './support/wordpress.ts';

const chip = (selector: string) => `temoin-chip >>> ${selector}`;
const CONTROLS =
  'a[href], button, input:not([type=hidden]), select, textarea, [role=button], [role=tab], [role=checkbox], [contenteditable=true]';

/**
 * The controls of the page that a candidate can see in the viewport and that the chip covers
 * (its box meets theirs, or their centre hits the chip). Waits for the chip to settle first.
 */
const coveredControls = (page: Page) =>
  page.evaluate(async (selector: string) => {
    const host = document.querySelector('temoin-chip');
    const placed = () => host?.shadowRoot?.querySelector('[data-testid=chip][data-placed=true]');
    const deadline = Date.now() + 5_000;
    while (!placed() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    // Placement runs on layout changes: give it a moment after the page settled.
    await new Promise((r) => setTimeout(r, 600));
    const chipNode = placed();
    if (!chipNode) return { placed: false, checked: 0, covered: ['the chip was never placed'] };
    const chipBox = chipNode.getBoundingClientRect();
    const covered: string[] = [];
    let checked = 0;
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width < 2 || box.height < 2 || style.visibility === 'hidden' || style.display === 'none')
        continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      checked += 1;
      const hit = document.elementFromPoint(x, y);
      const meets =
        chipBox.left < box.right &&
        box.left < chipBox.right &&
        chipBox.top < box.bottom &&
        box.top < chipBox.bottom;
      if (hit === host || meets) {
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
        covered.push(
          `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''}> « ${name} »${hit === host ? ' (centre hits the chip)' : ' (boxes meet)'}`,
        );
      }
    }
    return { placed: true, checked, covered };
  }, CONTROLS);

let site: WordPressSite;
let exam: Exam | undefined;
let panel: Page;

beforeAll(async () => {
  // Only its screens matter here: it may run after wordpress.e2e.ts has used the site.
  site = await runningWordpressSite();
  exam = await startExam(site.url, SUBJECTS.wordpress);
  panel = await exam.eb.openPage('sidepanel.html');
  await panel.waitForSelector('[data-testid=timer]', { timeout: 15_000 });
  // The candidate's tab in front again: a background tab's navigations stall in headless mode.
  await exam.page.bringToFront();
  await logIn(exam.page, site);
});
afterAll(async () => {
  await exam?.close();
});

describe('WordPress 6.1 — the chip never covers a control of wp-admin', () => {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    it(`at ${width}×${height}: the post editor and the comments screen`, async () => {
      const page = exam!.page;
      await page.bringToFront();
      await page.setViewport({ width, height });
      const screens: [string, () => Promise<void>][] = [
        ['post editor', () => openEditor(page, site, 'post')],
        [
          'comments screen',
          async () => {
            await page.goto(`${site.url}/wp-admin/edit-comments.php`, { waitUntil: 'domcontentloaded' });
            await page.waitForSelector('#the-comment-list');
          },
        ],
        [
          'comments screen, scrolled to the end',
          async () => {
            await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          },
        ],
      ];
      const problems: string[] = [];
      for (const [name, open] of screens) {
        await open();
        await page.waitForSelector('temoin-overlay[data-sidepanel=open]', { timeout: 15_000 });
        await page.waitForSelector(chip('[data-testid=chip-timer]'), { timeout: 15_000 });
        const verdict = await coveredControls(page);
        expect(verdict.checked, `${name}: controls seen`).toBeGreaterThan(5);
        problems.push(...verdict.covered.map((c) => `${name}: ${c}`));
      }
      expect(problems).toEqual([]);
    });
  }
});
