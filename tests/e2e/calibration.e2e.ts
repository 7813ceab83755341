/**
 * Calibration in the designer workspace (`editor.html`), as a designer uses it: the demo
 * subject is open, labelled sessions are opened (`open-labelled`), the agreement shows as
 * percentages (`agreement-exact`, `agreement-within-one`) equal to what the rules engine gives
 * on the same files, follows a label changed by hand, and an edited file is refused in French.
 */
import 'fake-indexeddb/auto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDemoBundle } from '../../extension/background/testing/demo-bundles.ts';
import { calibrate, LABELLED_FORMAT, readLabelled } from '../../grid-editor/src/models/calibration.ts';
import { percentText } from '../../shared/rules/agreement.ts';
import type { Level } from '../../shared/schema/common.ts';
import { seriousViolations } from './support/axe.ts';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { DEMO_WORDPRESS } from './support/session.ts';
import { waitForNode, waitUntil } from './support/shadow.ts';

const app = (selector: string) => `ge-app >>> ${selector}`;
const calibration = (selector: string) => `ge-app >>> ge-calibration >>> ${selector}`;

/** Three sessions with an examiner's levels chosen to agree on some questions, not all. */
const LABELS: Record<string, Record<string, Level>> = {
  'session-a': { q1: 'TI', q2: 'TI', q3: 'TI', q4: 'TI', q5: 'TI' },
  'session-b': { q1: 'S', q2: 'I', q3: 'TS', q4: 'S', q5: 'I' },
  'session-c': { q1: 'TS', q2: 'TS', q3: 'S', q4: 'TI', q5: 'S' },
};

const write = (name: string, text: string) => {
  const file = join(tmpdir(), `temoin-calibration-${process.pid}-${name}`);
  writeFileSync(file, text);
  return file;
};

const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');

describe.each(BROWSERS)('calibration in the designer workspace, %s', (browserName) => {
  let eb: ExtensionBrowser;
  let page: Page;
  const files: Record<string, string> = {};
  const texts: Record<string, string> = {};

  beforeAll(async () => {
    const events = JSON.parse(await exportDemoBundle('demo-wordpress-a')).events;
    for (const [id, labels] of Object.entries(LABELS)) {
      texts[id] = JSON.stringify({ format: LABELLED_FORMAT, id, labels, events });
      files[id] = write(`${id}.temoin-labelled.json`, texts[id]!);
    }
    eb = await launchWithExtension(browserName);
    page = await eb.openPage('editor.html');
  });
  afterAll(async () => {
    await eb?.close();
  });

  /** What the engine says of the same files with the demo subject's rules. */
  const expected = async (labels: Record<string, Record<string, Level>>) => {
    const subject = JSON.parse(readFileSync(DEMO_WORDPRESS, 'utf8')).subject;
    const labelled = await Promise.all(
      Object.keys(labels).map(async (id) => {
        const read = await readLabelled(id, texts[id]!);
        if (!read.ok) throw new Error(JSON.stringify(read.problems));
        return { ...read.labelled, labels: labels[id]! };
      }),
    );
    return calibrate(subject, '', labelled).agreement;
  };

  it('shows the agreement of the subject’s rules with the examiner’s levels', async () => {
    const input = await page.waitForSelector(app('[data-testid=open-file]'));
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(DEMO_WORDPRESS);
    await page.waitForSelector(app('[data-testid=no-problems]'), { timeout: 15_000 });
    await page.click(app('[data-testid=activity-calibration]'));
    await waitForNode(page, calibration('[data-testid=open-labelled]'), 15_000);
    const chooser = await page.$(calibration('[data-testid=open-labelled]'));
    await (chooser as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(
      ...Object.values(files),
    );
    await waitForNode(page, calibration('[data-testid=agreement-exact]'), 15_000);
    const figures = await expected(LABELS);
    expect(figures.rows).toBe(15);
    expect(await textOf(page, calibration('[data-testid=agreement-exact]'))).toBe(
      percentText(figures.exactShare),
    );
    expect(await textOf(page, calibration('[data-testid=agreement-within-one]'))).toBe(
      percentText(figures.withinOneShare),
    );
    expect(await page.$$(calibration('[data-testid=calibration-row]'))).toHaveLength(15);
    // A disagreement names the rules that made it.
    const disagreeing = await page.$$eval(
      calibration('[data-testid=calibration-row][data-agrees=false]'),
      (rows) => rows.map((row) => row.querySelector('ul.why li')?.textContent?.trim() ?? ''),
    );
    expect(disagreeing.length).toBe(figures.rows - figures.exact);
    expect(disagreeing.every((text) => text.length > 0)).toBe(true);
  });

  it('follows a label the designer changes by hand', async () => {
    const row = calibration(
      '[data-testid=calibration-row][data-session=session-a][data-question-id=q1] select',
    );
    const suggested = await textOf(
      page,
      calibration('[data-testid=calibration-row][data-session=session-a][data-question-id=q1] td.suggested'),
    );
    // Label session-a's q1 as the rules suggest it: one more exact row.
    await page.select(row, suggested);
    const labels = structuredClone(LABELS);
    labels['session-a']!.q1 = suggested as Level;
    const figures = await expected(labels);
    await waitUntil(
      page,
      'ge-app >>>> ge-calibration >>>> [data-testid=agreement-exact]',
      (el, want) => el.textContent?.trim() === want,
      10_000,
      percentText(figures.exactShare),
    );
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a labelled file whose events were edited, in French, and keeps the others', async () => {
    const forged = JSON.parse(texts['session-b']!);
    forged.id = 'session-forged';
    forged.events[2].url = 'http://127.0.0.1:4300/ailleurs';
    const file = write('forged.temoin-labelled.json', JSON.stringify(forged));
    const chooser = await page.$(calibration('[data-testid=open-labelled]'));
    await (chooser as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await waitForNode(page, calibration('[data-testid=calibration-refused]'), 15_000);
    expect(await textOf(page, calibration('[data-testid=calibration-refused]'))).toContain(
      'La chaîne des événements est rompue à l’événement 2',
    );
    expect(
      await page.$$(calibration('[data-testid=calibration-row][data-session=session-forged]')),
    ).toHaveLength(0);
    expect(await page.$$(calibration('[data-testid=calibration-row]'))).toHaveLength(15);
  });
});
