/**
 * The grid editor as the extension's `editor.html`: a designer opens a file; a valid one shows
 * its structure and no problem, a malformed one lists its problems with their paths.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { DEMO_WORDPRESS } from './support/session.ts';
import { waitForText } from './support/shadow.ts';

const app = (selector: string) => `ge-app >>> ${selector}`;

const writeTemp = (name: string, content: unknown) => {
  const file = join(tmpdir(), `temoin-${process.pid}-${name}`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

const open = async (page: Page, file: string) => {
  const input = await page.waitForSelector(app('[data-testid=open-file]'));
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
};

/** Waits until a problem containing `text` is listed (the panel re-renders asynchronously). */
const waitForProblem = (page: Page, text: string) => waitForText(page, '[data-testid=problem]', text);

const problemTexts = (page: Page) =>
  page.$$eval(app('[data-testid=problem]'), (items) =>
    items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim()),
  );

describe.each(BROWSERS)('grid editor page in %s', (browserName) => {
  let eb: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    eb = await launchWithExtension(browserName);
    page = await eb.openPage('editor.html');
  });
  afterAll(async () => {
    await eb?.close();
  });

  it('opens a valid subject package and shows its structure with no problem', async () => {
    await open(page, DEMO_WORDPRESS);
    await page.waitForSelector(app('[data-testid=no-problems]'), { timeout: 15_000 });
    const items = await page.$$(app('[data-testid=explorer-item]'));
    expect(items.length).toBeGreaterThan(1);
    expect(await page.$eval(app('[data-testid=status-kind]'), (node) => node.getAttribute('data-kind'))).toBe(
      'subject-package',
    );
  });

  it('lists the problems of a malformed subject with their paths, in French', async () => {
    const pkg = JSON.parse(readFileSync(DEMO_WORDPRESS, 'utf8'));
    const subject = { ...pkg.subject };
    subject.questions = structuredClone(subject.questions);
    subject.questions[0].criteria[0] = 'C9';
    subject.letter = 'a';
    await open(page, writeTemp('bad-subject.json', subject));
    await page.waitForSelector(app('[data-testid=problem]'), { timeout: 15_000 });
    const problems = await problemTexts(page);
    expect(problems).toContain('letter : lettre de sujet invalide (une majuscule A–Z)');
    // Reference checks run once the shape is valid: fix the letter and the criterion shows.
    subject.letter = 'A';
    await open(page, writeTemp('bad-criterion.json', subject));
    await waitForProblem(page, 'questions[0].criteria[0] : critère inconnu "C9"');
    expect(await problemTexts(page)).toContain('questions[0].criteria[0] : critère inconnu "C9"');
  });

  it('says what is wrong with a file that is not JSON', async () => {
    await open(page, writeTemp('not-json.json', '{ "format": "temoin.grid/1", '));
    await waitForProblem(page, 'JSON illisible');
    const problems = await problemTexts(page);
    expect(problems.some((text) => text?.includes('JSON illisible'))).toBe(true);
  });
});
