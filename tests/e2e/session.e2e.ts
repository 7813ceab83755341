/**
 * The exam session as an examiner and a candidate live it, in Chromium and Firefox: set up the
 * centre, import a subject (a malformed one is refused), start with the PIN, work in the
 * overlay across navigations and a browser restart, end with the PIN, export the bundle.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../shared/bundle/chain.ts';
import { parseJson } from '../../shared/schema/index.ts';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { type DemoSite, startDemo } from './support/demo-site.ts';
import {
  DEMO_WORDPRESS,
  endSession,
  exportBundle,
  feedbackAfter,
  importSubject,
  openPopup,
  setUpCentre,
  startSession,
  waitForSessionState,
} from './support/session.ts';
import { waitForNode, waitUntil } from './support/shadow.ts';

const PIN = '482913';

const malformedSubject = () => {
  const pkg = JSON.parse(readFileSync(DEMO_WORDPRESS, 'utf8'));
  pkg.subject.questions[0].criteria[0] = 'C9';
  const file = join(tmpdir(), `temoin-malformed-${process.pid}.temoin-subject.json`);
  writeFileSync(file, JSON.stringify(pkg));
  return file;
};

const overlay = (selector: string) => `temoin-overlay >>> ${selector}`;

const timerText = (page: Page) =>
  page.$eval(overlay('[data-testid=timer]'), (node) => node.textContent ?? '');

const toSeconds = (mmss: string) => {
  const match = /(\d+):(\d{2})/.exec(mmss);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};

describe.each(BROWSERS)('exam session in %s', (browserName) => {
  let site: DemoSite;
  let eb: ExtensionBrowser;
  let popup: Page;
  let candidatePage: Page;
  const candidate = '02468';

  beforeAll(async () => {
    site = await startDemo();
    eb = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await eb?.close();
    await site?.close();
  });

  it('sets up the centre: the reference origin and the examiner PIN', async () => {
    expect(await setUpCentre(eb, site.url, PIN)).toBe('Réglages enregistrés.');
    popup = await openPopup(eb);
    await waitForSessionState(popup, 'idle');
  });

  it('refuses a malformed subject with its problems, and imports nothing', async () => {
    const feedback = await importSubject(popup, malformedSubject());
    expect(feedback).toContain('Fichier de sujet refusé');
    expect(feedback).toContain('subject.questions[0].criteria[0] : critère inconnu "C9"');
    expect(await popup.$eval('[data-testid=subject-summary]', (n) => n.textContent)).toBe(
      'Aucun sujet importé.',
    );
  });

  it('imports the demo subject, and keeps it when a bad file follows', async () => {
    expect(await importSubject(popup, DEMO_WORDPRESS)).toContain('Sujet importé');
    const summary = await popup.$eval('[data-testid=subject-summary]', (n) => n.textContent);
    expect(summary).toContain('5 questions');
    expect(await importSubject(popup, malformedSubject())).toContain('refusé');
    expect(await popup.$eval('[data-testid=subject-summary]', (n) => n.textContent)).toBe(summary);
  });

  it('refuses to start with a wrong PIN', async () => {
    expect(await feedbackAfter(popup, () => startSession(popup, candidate, '000000'))).toBe(
      'Code examinateur incorrect.',
    );
    await waitForSessionState(popup, 'idle');
  });

  it('starts with the PIN and shows time left and events', async () => {
    await startSession(popup, candidate, PIN);
    await waitForSessionState(popup, 'running');
    const left = toSeconds(await popup.$eval('[data-testid=session-time-left]', (n) => n.textContent ?? ''));
    expect(left).toBeGreaterThan(39 * 60);
    expect(left).toBeLessThanOrEqual(40 * 60);
    expect(
      Number(await popup.$eval('[data-testid=session-event-count]', (n) => n.textContent)),
    ).toBeGreaterThanOrEqual(1);
  });

  it('shows the candidate the questions and a running timer', async () => {
    candidatePage = await eb.newPage();
    await candidatePage.goto(`${site.url}/`);
    await waitForNode(candidatePage, overlay('[data-testid=timer]'), 15_000);
    const first = toSeconds(await timerText(candidatePage));
    expect(first).toBeGreaterThan(38 * 60);
    await waitUntil(
      candidatePage,
      overlay('[data-testid=timer]'),
      (node, before: number) => {
        const match = /(\d+):(\d{2})/.exec(node.textContent ?? '');
        return match ? Number(match[1]) * 60 + Number(match[2]) < before : false;
      },
      5_000,
      first,
    );
    const questions = await candidatePage.$$(overlay('[data-testid=question-item]'));
    expect(questions.length).toBe(5);
  });

  it('keeps a question marked done and a note across navigations', async () => {
    const q1 = overlay('[data-testid=question-item][data-question-id=q1] [data-testid=question-status]');
    await waitForNode(candidatePage, q1);
    await candidatePage.select(q1, 'done');
    const notes = overlay('[data-testid=question-item][data-question-id=q1] [data-testid=question-notes]');
    await candidatePage.click(notes);
    await candidatePage.type(notes, 'Article publié avec le mot-clé.');
    // Leaving the page flushes the note (pagehide), like a candidate clicking a link.
    await candidatePage.goto(`${site.url}/blog`);
    await candidatePage.goto(`${site.url}/produits?tri=prix-asc`);
    await waitForNode(candidatePage, q1);
    await waitUntil(candidatePage, q1, (node) => (node as HTMLSelectElement).value === 'done', 10_000);
    const note = await candidatePage.$eval(notes, (node) => (node as HTMLTextAreaElement).value);
    expect(note).toBe('Article publié avec le mot-clé.');
  });

  it('resumes after the browser is closed and reopened, timer included', async () => {
    const before = toSeconds(await timerText(candidatePage));
    await eb.close({ keepProfile: true });
    eb = await launchWithExtension(browserName, { profileDir: eb.profileDir });
    popup = await openPopup(eb);
    await waitForSessionState(popup, 'running');
    candidatePage = await eb.newPage();
    await candidatePage.goto(`${site.url}/blog`);
    await waitForNode(candidatePage, overlay('[data-testid=timer]'), 15_000);
    const after = toSeconds(await timerText(candidatePage));
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBeGreaterThan(before - 60);
    const status = overlay('[data-testid=question-item][data-question-id=q1] [data-testid=question-status]');
    expect(await candidatePage.$eval(status, (node) => (node as HTMLSelectElement).value)).toBe('done');
  });

  it('refuses to end without the right PIN, then ends with it', async () => {
    expect(await feedbackAfter(popup, () => endSession(popup, '111111'))).toBe('Code examinateur incorrect.');
    await waitForSessionState(popup, 'running');
    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');
  });

  it('exports a bundle that parses, holds the candidate’s work, and whose chain verifies', async () => {
    const { name, text } = await exportBundle(eb, popup);
    expect(name).toMatch(new RegExp(`^${candidate}-demo-wordpress-a-\\d{4}-\\d{2}-\\d{2}\\.temoin\\.json$`));
    const parsed = parseJson('bundle', text);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    const bundle = parsed.value;
    expect(await verifyChain(bundle.events, bundle.chain.head)).toMatchObject({ ok: true });
    const kinds = bundle.events.map((event) => event.kind);
    expect(kinds[0]).toBe('session.started');
    expect(kinds).toContain('session.resumed');
    expect(kinds.at(-1)).toBe('session.ended');
    expect(bundle.events).toContainEqual(
      expect.objectContaining({
        kind: 'task.statusChanged',
        data: { questionId: 'q1', from: 'todo', to: 'done' },
      }),
    );
    expect(bundle.events).toContainEqual(
      expect.objectContaining({
        kind: 'task.noteSaved',
        data: expect.objectContaining({ text: 'Article publié avec le mot-clé.' }),
      }),
    );
    expect(bundle.session).toMatchObject({
      status: 'ended',
      candidate: { number: candidate },
      referenceOrigins: [site.url],
    });
    expect(bundle.subjectPackage?.subject.id).toBe('demo-wordpress-a');
  });

  it('exports the same session again under the name the browser gave it, and says that name', async () => {
    const { name, feedback } = await exportBundle(eb, popup);
    // The first export took the plain name; the browser renames the second, and the examiner
    // must be told the file that is really on the disk.
    expect(name).toMatch(/\.temoin ?\(1\)\.json$/);
    expect(feedback).toContain(name);
    expect(feedback).toContain('vérifiées');
  });
});
