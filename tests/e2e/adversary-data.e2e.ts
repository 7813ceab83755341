/**
 * Attacks on the evidence file (issue 13, item 4), played in the real editor page of the built
 * extension: a bundle recorded and exported by the real session service is edited by hand —
 * rules of the embedded subject, the candidate number (with the seal recomputed, as an
 * informed candidate would), a number JSON cannot hold — and the review refuses each with a
 * problem that says what changed, while the genuine file opens.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDemoBundle } from '../../extension/background/testing/demo-bundles.ts';
import { sealBundle } from '../../shared/bundle/seal.ts';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { waitForCount, waitUntil } from './support/shadow.ts';

const app = (selector: string) => `ge-app >>> ${selector}`;

// biome-ignore lint/suspicious/noExplicitAny: hand-editing untyped JSON, as an attacker would.
type Doc = any;

describe.each(BROWSERS)('a hand-edited evidence file is refused by review in %s', (browserName) => {
  let eb: ExtensionBrowser;
  let editor: Page;
  let genuine: string;
  const work = mkdtempSync(join(tmpdir(), `temoin-adversary-${browserName}-`));
  const file = (name: string, text: string) => {
    const path = join(work, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    genuine = await exportDemoBundle('demo-wordpress-a');
    eb = await launchWithExtension(browserName);
    editor = await eb.openPage('editor.html');
    await editor.setViewport({ width: 1400, height: 1000 });
    await editor.waitForSelector('ge-app[data-ready=true]', { timeout: 30_000 });
    await editor.click(app('[data-testid=activity-review]'));
    await editor.waitForSelector(app('ge-review[data-ready=true]'), { timeout: 30_000 });
  }, 120_000);
  afterAll(async () => {
    await eb?.close();
  });

  /** Opens one file in review and returns the refusal shown for it (named after the file). */
  const refusalOf = async (path: string): Promise<string> => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const input = await editor.waitForSelector(app('[data-testid=open-bundles]'));
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    const refusal = await waitUntil(
      editor,
      'ge-app >>>> ge-review >>>> [data-testid=review-refusal]',
      (el, file) => (el.textContent ?? '').includes(file),
      15_000,
      name,
    );
    return refusal.evaluate((el) => el.textContent ?? '');
  };

  const edited = async (change: (doc: Doc) => void, reseal: boolean) => {
    const doc = JSON.parse(genuine);
    change(doc);
    return JSON.stringify(reseal ? await sealBundle(doc) : doc);
  };

  it('refuses rules edited in the embedded subject, even with the file seal recomputed', async () => {
    const soft = (doc: Doc) => {
      for (const question of doc.subjectPackage.subject.questions)
        for (const rule of question.rules ?? []) rule.title = `${rule.title} (assouplie)`;
    };
    expect(await refusalOf(file('regles.temoin.json', await edited(soft, false)))).toContain(
      'le sujet joint a été modifié',
    );
    expect(await refusalOf(file('regles-scellees.temoin.json', await edited(soft, true)))).toContain(
      'le sujet joint a été modifié',
    );
  });

  it('refuses a swapped candidate number and names both numbers', async () => {
    const text = await edited((doc) => {
      doc.session.candidate.number = '09999999999';
    }, true);
    const refusal = await refusalOf(file('candidat.temoin.json', text));
    expect(refusal).toContain('numéro de candidat modifié');
    expect(refusal).toContain('09999999999');
    expect(refusal).toContain('02412345678');
  });

  it('refuses 1e400 with a clear problem and still opens the genuine file', async () => {
    const poisoned = genuine.replace(/"elapsedMs":(\d+)/, '"elapsedMs":1e400');
    expect(poisoned).not.toBe(genuine);
    expect(await refusalOf(file('poison.temoin.json', poisoned))).toMatch(/modifié|Infinity|nombre/);
    const input = await editor.waitForSelector(app('[data-testid=open-bundles]'));
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(
      file('02412345678-demo-wordpress-a.temoin.json', genuine),
    );
    await waitForCount(
      editor,
      'ge-app >>>> ge-review >>>> [data-testid=review-column]',
      (n) => n >= 1,
      30_000,
    );
  });
});
