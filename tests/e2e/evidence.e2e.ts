/**
 * Evidence that bends levels, checked on the real extension and the demo site:
 * - each event carries the question the candidate had open when it happened, and the
 *   timeline follows the candidate's time (the Publish click before « article publié »);
 * - the extension's own snapshot of a page the candidate published (`page.seo` with
 *   `relatesTo`) never counts as the candidate viewing that page.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRows } from '../../grid-editor/src/review/timeline.ts';
import { evaluate } from '../../shared/rules/index.ts';
import type { EvidenceBundle } from '../../shared/schema/bundle.ts';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { parseJson } from '../../shared/schema/index.ts';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { logIn, publishArticle } from './support/candidate.ts';
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

const PIN = '482913';
const overlay = (selector: string) => `temoin-overlay >>> ${selector}`;
const toggle = (questionId: string) =>
  overlay(`[data-testid=question-item][data-question-id=${questionId}] [data-testid=question-toggle]`);

describe.each(BROWSERS)('evidence recorded in %s', (browserName) => {
  let site: DemoSite;
  let eb: ExtensionBrowser;
  let popup: Page;

  const record = async (subject: string, candidate: string, work: (page: Page) => Promise<void>) => {
    await site.reset();
    await importSubject(popup, subject);
    await startSession(popup, candidate, PIN);
    await waitForSessionState(popup, 'running');
    const page = await eb.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await work(page);
    // The extension checks a published page's end state a few seconds after the save.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await page.close();
    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');
    const { text } = await exportBundle(eb, popup);
    if (process.env.TEMOIN_DEBUG_DIR)
      (await import('node:fs')).writeFileSync(`${process.env.TEMOIN_DEBUG_DIR}/${candidate}.json`, text);
    const parsed = parseJson('bundle', text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    return parsed.value as EvidenceBundle;
  };
  const ofKind = (bundle: EvidenceBundle, kind: string): CaptureEvent[] =>
    bundle.events.filter((event) => event.kind === kind);

  beforeAll(async () => {
    site = await startDemo();
    eb = await launchWithExtension(browserName);
    await setUpCentre(eb, site.url, PIN);
    popup = await openPopup(eb);
  });
  afterAll(async () => {
    await eb?.close();
    await site?.close();
  });

  it('never counts the extension’s snapshot of a published article as the candidate viewing it', async () => {
    const bundle = await record(DEMO_WORDPRESS, '20002', async (page) => {
      await logIn(page, site.url);
      await publishArticle(page, site.url, {
        title: 'Thé vert bio : la récolte de printemps',
        slug: 'the-vert-bio-printemps',
        content: 'Nos thés verts bio de printemps arrivent à Annecy. '.repeat(30),
      });
    });
    const fetched = ofKind(bundle, 'page.seo').filter((event) => event.relatesTo && !event.derivedFrom);
    // The extension did fetch the public page (the end-state check)…
    expect(fetched.length).toBeGreaterThan(0);
    // …and the candidate never opened it.
    expect(ofKind(bundle, 'nav.visited').some((event) => event.url.includes('/blog/the-vert-bio'))).toBe(
      false,
    );
    const result = evaluate(bundle.subjectPackage!.subject, bundle.events);
    const control = result.questions.find((question) => question.questionId === 'q5')!;
    const viewed = control.rules.find((rule) => rule.ruleId === 'q5-public-article')!;
    expect(viewed.satisfied).toBe(false);
    expect(viewed.events).toEqual([]);
  });

  it('stamps the question open when each event happened and orders the timeline by the candidate’s time', async () => {
    const bundle = await record(DEMO_WORDPRESS, '20003', async (page) => {
      await logIn(page, site.url);
      await page.goto(`${site.url}/admin/articles/new`);
      await page.waitForSelector(toggle('q1'), { timeout: 15_000 });
      await page.click(toggle('q1'));
      await page.type('#post-title', 'Thé vert bio : la récolte de printemps');
      // Tick a category (its change waits in the capture's batch), then switch to question 2 at once.
      await page.click('#post-category-0');
      await page.click(toggle('q2'));
      await page.$eval('#post-content', (node) => {
        const field = node as HTMLTextAreaElement;
        field.value = 'Nos thés verts bio de printemps arrivent à Annecy. '.repeat(20);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.click('#publish');
      await page.waitForFunction(
        () => document.querySelector('#editor-message')?.textContent?.includes('publié') ?? false,
        { polling: 100, timeout: 15_000 },
      );
    });
    const ticked = bundle.events.find(
      (event) => event.kind === 'ui.changed' && event.data.name === 'categories',
    );
    expect(ticked?.questionId).toBe('q1');
    const click = bundle.events.find(
      (event) => event.kind === 'ui.clicked' && event.data.selector.includes('publish'),
    )!;
    const published = ofKind(bundle, 'content.published')[0]!;
    expect(click.questionId).toBe('q2');
    expect(published.questionId).toBe('q2');
    // The candidate clicked, then the article was published: the timeline reads in that order,
    // and in the candidate's time throughout (the chain keeps its seq).
    expect(published.time).toBeGreaterThanOrEqual(click.time);
    const rows = buildRows(bundle.events);
    const ids = rows.map((row) => row.event.id);
    expect(ids.indexOf(click.id)).toBeLessThan(ids.indexOf(published.id));
    const times = rows.map((row) => row.event.time);
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });
});
