/**
 * Issue 13, finding 2, end to end: what only the page reported stays uncounted, and review says
 * so. A page script that runs before Témoin's main-world hook answers the back office's own
 * save with a forged « published » post, while the real request (the browser saw it) saved a
 * draft. Here the script is `evaluateOnNewDocument`, which both Chromium and Firefox run before
 * the document_start hook (the hook then wraps the page's fetch and reads its lie): a stand-in
 * for any way a page might win that race. The extension derives a `content.published` from the
 * hook's copy, marked `unconfirmed`; its end-state read of the public page the claim points at
 * does not show the claimed title, so nothing confirms it. In review, in the real editor page,
 * the event is flagged « non confirmé » in the timeline and every suggested level is the level of
 * the honest events alone — while counting the claim would have raised one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationOf } from '../../shared/rules/confirmed.ts';
import { evaluate } from '../../shared/rules/evaluate.ts';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { Subject } from '../../shared/schema/subject.ts';
import { BROWSERS, type ExtensionBrowser } from './support/browsers.ts';
import { logIn } from './support/candidate.ts';
import { exportAndVerify } from './support/capture.ts';
import { type Centre, openCentre } from './support/centre.ts';
import type { DemoSite } from './support/demo-site.ts';
import { endSession, startSession, waitForSessionState } from './support/session.ts';
import { waitForNode } from './support/shadow.ts';

const PIN = '482913';
const CANDIDATE = '31337';
const app = (selector: string) => `ge-app >>> ${selector}`;
const column = (selector: string) =>
  app(`[data-testid=review-column][data-candidate="${CANDIDATE}"] ${selector}`);

/** What the page makes the hook read: the subject's keyword article, published, well written. */
const forged = (origin: string) => ({
  id: 4,
  title: 'Thé vert bio : bien le choisir et l’infuser',
  slug: 'the-vert-bio-choisir-infuser',
  status: 'publish',
  excerpt: 'Nos conseils pour choisir un thé vert bio et réussir son infusion à 70–80 °C.',
  content: `## Choisir son thé vert bio\n\n${'Un thé vert bio se choisit à la feuille, entière et brillante, récoltée au printemps. '.repeat(8)}\n\n## Réussir l’infusion\n\n- Eau à 70–80 °C\n- Trois minutes au plus\n- Code OLEANE5 pour -5 %\n\nDécouvrez notre sélection en boutique.`,
  categories: ['Nouveautés'],
  tags: ['thé vert', 'bio'],
  meta: {
    focusKeyword: 'thé vert bio',
    metaDescription:
      'Thé vert bio : comment le choisir et l’infuser à 70–80 °C pour garder ses arômes. Nos conseils et notre sélection.',
  },
  // A page that exists, about something else: it must not confirm the claim.
  link: `${origin}/blog/bien-infuser-un-the-vert`,
});

describe.each(BROWSERS)(
  'page-reported evidence stays uncounted, and review says so, in %s',
  (browserName) => {
    let centre: Centre | undefined;
    let site: DemoSite;
    let eb: ExtensionBrowser;
    let popup: Page;
    let events: CaptureEvent[] = [];
    let file = '';
    let subject: Subject;

    beforeAll(async () => {
      centre = await openCentre(browserName, PIN);
      ({ site, eb, popup } = centre);
    });
    afterAll(async () => {
      await centre?.close();
    });

    it('records a forged publication as unconfirmed, and nothing confirms it', async () => {
      await startSession(popup, CANDIDATE, PIN);
      await waitForSessionState(popup, 'running');
      const page = await eb.newPage();
      await page.evaluateOnNewDocument(
        (text: string) => {
          const real = window.fetch;
          window.fetch = async function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
            const response = await real.call(this, input, init);
            const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
            // Only the saves the page marks: the first, honest one lets Témoin learn the draft status.
            return /\/admin\/api\/posts\/4$/.test(url) && String(init?.body ?? '').includes('(forge)')
              ? new Response(text, { status: 200, headers: { 'content-type': 'application/json' } })
              : response;
          } as typeof fetch;
        },
        JSON.stringify(forged(site.url)),
      );
      await logIn(page, site.url);
      await page.goto(`${site.url}/admin/articles`);
      const save = (excerpt: string) =>
        page.evaluate(async (value: string) => {
          const response = await fetch('/admin/api/posts/4', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'X-HTTP-Method-Override': 'PUT' },
            body: JSON.stringify({ excerpt: value }),
          });
          return ((await response.json()) as { status: string }).status;
        }, excerpt);
      expect(await save('Un brouillon.')).toBe('draft');
      expect(await save('Un brouillon (forge).')).toBe('publish'); // the page believes its own lie
      const truth = await page.evaluate(
        async () => ((await (await fetch('/admin/api/posts/4')).json()) as { status: string }).status,
      );
      expect(truth, 'the site kept a draft').toBe('draft');
      // Past the end-state read's delay: Témoin reads the page the claim points at.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await page.close();
      await endSession(popup, PIN);
      await waitForSessionState(popup, 'ended');
      const exported = await exportAndVerify(eb, popup);
      expect(exported.chainOk).toBe(true);
      events = exported.events;
      subject = Subject.parse(JSON.parse(exported.text).subjectPackage.subject);
      file = join(mkdtempSync(join(tmpdir(), `temoin-unconfirmed-${browserName}-`)), 'forged.temoin.json');
      writeFileSync(file, exported.text);

      const claims = events.filter((event) => event.kind === 'content.published');
      expect(
        claims.length,
        'the page script ran before the hook and its answer was reported (if not, this route no longer forges)',
      ).toBeGreaterThan(0);
      for (const claim of claims) {
        expect(claim.unconfirmed).toBe(true);
        expect(events.filter((event) => confirmationOf(event) === claim.id)).toEqual([]);
      }
    });

    it('does not raise any level with it, though counting it would', () => {
      const levels = (list: CaptureEvent[]) => evaluate(subject, list).questions.map((q) => q.level);
      const honest = events.filter((event) => !event.unconfirmed);
      expect(levels(events)).toEqual(levels(honest));
      const believed = events.map((event) => {
        const { unconfirmed: _, ...rest } = event;
        return rest as CaptureEvent;
      });
      expect(levels(believed)).not.toEqual(levels(honest));
    });

    it('shows the claim « non confirmé » in review, with the honest levels suggested', async () => {
      const editor = await eb.openPage('editor.html');
      await editor.setViewport({ width: 1400, height: 1000 });
      await editor.waitForSelector('ge-app[data-ready=true]', { timeout: 30_000 });
      await editor.click(app('[data-testid=activity-review]'));
      await waitForNode(editor, app('ge-review[data-ready=true]'));
      const input = await waitForNode(editor, app('[data-testid=open-bundles]'));
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
      await waitForNode(editor, column('[data-testid=review-question]'));
      const honest = evaluate(
        subject,
        events.filter((event) => !event.unconfirmed),
      ).questions;
      for (const question of honest) {
        const shown = await editor.$eval(
          column(`[data-testid=review-question][data-question-id=${question.questionId}]`),
          (el) => (el as HTMLElement).dataset.suggested ?? '',
        );
        expect(shown, question.questionId).toBe(question.level ?? '');
      }
      // Warnings only: the claim's row is among the few rows left, so the virtual list renders it.
      await editor.click(column('>>> [data-testid=timeline-warnings]'));
      const claim = events.find((event) => event.kind === 'content.published')!;
      const row = await waitForNode(
        editor,
        column(`>>> [data-testid=timeline-row][data-event-id="${claim.id}"]`),
      );
      expect(await row.evaluate((el) => (el as HTMLElement).dataset.warning)).toBe('unconfirmed');
      expect(await row.evaluate((el) => el.textContent ?? '')).toContain('non confirmé');
      await editor.close();
    });
  },
);
