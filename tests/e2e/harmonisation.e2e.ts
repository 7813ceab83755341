/**
 * The harmonisation view as the extension's `harmonisation.html`, in Chromium and Firefox: an
 * académie imports the generated set (60 assessments of 4 examiners, 8 bundles, a duplicate and
 * bad files), sees the bad files with their problems, the flags — exactly the severe examiner
 * and the inconsistent assessments — drills down to an assessment and its evidence (candidate
 * HTML shown as text), switches to English, exports a pseudonymised CSV and prints; axe-core
 * finds no serious or critical violation.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/export/csv.ts';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { focusedElement, waitForCount, waitForText as waitForDeepText } from './support/shadow.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/harmonisation');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')) as {
  severeExaminer: string;
  markLevels: string[];
  levelsSuggestions: string[];
  bad: Record<string, string>;
};
const filesIn = (folder: string) =>
  readdirSync(join(FIXTURES, folder))
    .sort()
    .map((name) => join(FIXTURES, folder, name));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const XSS = '<img src=x onerror=alert(1)>';

const view = (selector: string) => `ge-harmonisation >>> ${selector}`;

const textOf = (page: Page, selector: string) =>
  page.$eval(view(selector), (node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Waits until the view's element `testId` shows `text`. */
const waitForText = (page: Page, testId: string, text: string, timeout = 60_000) =>
  waitForDeepText(page, `[data-testid=${testId}]`, text, { timeout });

interface FlagView {
  kind: string;
  examiner: string;
  reason: string;
  ids: string[];
}

const flagsShown = (page: Page): Promise<FlagView[]> =>
  page.$$eval(view('[data-testid=flag]'), (items) =>
    items.map((item) => ({
      kind: item.getAttribute('data-flag-kind') ?? '',
      examiner: item.getAttribute('data-examiner') ?? '',
      reason: (item.querySelector('[data-testid=flag-reason]')?.textContent ?? '').trim(),
      ids: [...item.querySelectorAll('[data-testid=flag-assessment]')].map(
        (b) => b.getAttribute('data-assessment-id') ?? '',
      ),
    })),
  );

const idsOf = (flags: FlagView[], kind: string) =>
  flags
    .filter((f) => f.kind === kind)
    .flatMap((f) => f.ids)
    .sort();

describe.each(BROWSERS)('harmonisation page in %s', (browserName) => {
  let eb: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    eb = await launchWithExtension(browserName);
    page = await eb.openPage('harmonisation.html');
    await page.setViewport({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await eb?.close();
  });

  it('imports the 60 assessments with their bundles; bad files are listed with their problems', async () => {
    const notJson = join(tmpdir(), `temoin-${process.pid}-pas-du-json.json`);
    writeFileSync(notJson, '{ "format": "temoin.assessment/1", "id": ');
    const files = [
      ...filesIn('assessments'),
      ...filesIn('bundles'),
      ...filesIn('duplicates'),
      ...filesIn('bad'),
      notJson,
    ];
    expect(files.length).toBe(60 + 8 + 1 + 4 + 1);
    // Samples the progress bar at every frame: a large import must show it moving.
    await page.evaluate(() => {
      const w = window as unknown as { progressSeen: number[] };
      w.progressSeen = [];
      const sample = () => {
        const bar = document.querySelector('ge-harmonisation')?.shadowRoot?.querySelector('progress');
        if (bar) w.progressSeen.push(bar.value);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    const input = (await page.waitForSelector(
      view('[data-testid=import-assessments]'),
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(...files);
    await waitForText(
      page,
      'import-summary',
      '60 évaluations · 4 examinateurs · 8 fichiers de preuves · 2 sujets',
    );
    expect(await textOf(page, '[data-testid=import-summary]')).toContain(
      'Import terminé — importés : 68, refusés : 5, doublons : 1.',
    );
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(
      seen.some((value) => value > 0 && value < files.length),
      `progress seen: ${seen.join(',')}`,
    ).toBe(true);
    const problems = await page.$$eval(view('[data-testid=import-problem]'), (items) =>
      items.map((item) => ({
        file: item.getAttribute('data-file') ?? '',
        code: item.getAttribute('data-code') ?? '',
        text: (item.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
    const byFile = Object.fromEntries(problems.map((p) => [p.file.replace(/^.*temoin-\d+-/, ''), p]));
    expect(Object.keys(byFile).sort()).toEqual([...Object.keys(expected.bad), 'pas-du-json.json'].sort());
    for (const [file, code] of Object.entries(expected.bad)) expect(byFile[file]!.code, file).toBe(code);
    expect(byFile['pas-du-json.json']!.text).toContain('JSON illisible');
    expect(byFile['note-modifiee.json']!.text).toContain(
      'hash : empreinte incorrecte : l’évaluation a été modifiée après sa finalisation',
    );
    expect(Object.values(byFile).find((p) => p.code === 'chain-broken')!.text).toMatch(
      /events\[\d+\] : chaîne d’intégrité rompue à l’événement \d+ : contenu modifié/,
    );
  });

  it('flags exactly the severe examiner and the inconsistent assessments, with their reasons', async () => {
    const flags = await flagsShown(page);
    const examiners = flags.filter((f) => f.kind === 'examiner-deviation');
    expect(examiners.map((f) => f.examiner)).toEqual([expected.severeExaminer]);
    expect(examiners[0]!.ids).toHaveLength(15);
    expect(examiners[0]!.reason).toMatch(
      /au-dessous de la référence des autres examinateurs .* seuil : 2 points\.$/,
    );
    expect(idsOf(flags, 'mark-levels')).toEqual(expected.markLevels);
    expect(idsOf(flags, 'levels-suggestions')).toEqual(expected.levelsSuggestions);
    expect(flags).toHaveLength(1 + expected.markLevels.length + expected.levelsSuggestions.length);
    expect(flags.find((f) => f.ids[0] === 'asm-2025-e1-03' && f.kind === 'mark-levels')!.reason).toBe(
      'Note 8/20 alors que les niveaux (4 TS, 1 S) correspondent à environ 16,5/20 (de 14 à 19) : ' +
        'note inférieure de 8,5 points, au-delà de la tolérance de 4 points.',
    );
    expect(await textOf(page, '[data-testid=flags-count]')).toBe(String(flags.length));
    // Statistics and charts are there, with text alternatives.
    expect(await page.$$(view('[data-testid=examiner-row]'))).toHaveLength(5);
    const desc = await page.$eval(view('[data-testid=marks-chart] desc'), (n) => n.textContent ?? '');
    expect(desc).toContain(`${expected.severeExaminer} : 15 notes, médiane`);
    expect((await page.$$(view('[data-testid=levels-chart]'))).length).toBeGreaterThan(3);
  });

  it('recomputes the flags when the examiner threshold changes', async () => {
    const threshold = (await page.$(view('[data-testid=threshold]')))!;
    await threshold.click({ count: 3 });
    await threshold.type('0.1');
    await waitForCount(
      page,
      'ge-harmonisation >>>> [data-flag-kind=examiner-deviation]',
      (n) => n > 1,
      10_000,
    );
    await threshold.click({ count: 3 });
    await threshold.type('2');
    await waitForCount(
      page,
      'ge-harmonisation >>>> [data-flag-kind=examiner-deviation]',
      (n) => n === 1,
      10_000,
    );
  });

  it('drills down from a flag to the assessment and its evidence, candidate HTML shown as text', async () => {
    const link = (await page.$(view('[data-testid=flag-assessment][data-assessment-id="asm-2025-e1-03"]')))!;
    await link.click();
    await page.waitForSelector(view('[data-testid=detail-questions]'), { timeout: 10_000 });
    expect(await textOf(page, '[data-testid=detail-appreciation]')).toBe(
      `Prestation solide. Note du candidat recopiée telle quelle : ${XSS}`,
    );
    expect(await textOf(page, '[data-testid=detail-mark]')).toBe('8/20');
    const questions = await page.$$eval(view('[data-testid=detail-question]'), (rows) =>
      rows.map((row) =>
        [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
      ),
    );
    expect(questions).toHaveLength(5);
    expect(questions[0]![1]).toBe('C1, C2');
    expect(questions[0]![2]).toBe('TS');
    expect(questions[0]![4]).toContain(XSS);
    const events = await page.$$eval(view('[data-testid=evidence-event]'), (items) =>
      items.map((i) => i.textContent ?? ''),
    );
    // Each event in its French sentence (shared/evidence), never its raw kind.
    expect(events.some((line) => line.includes('A publié l’article « ') && line.includes(XSS))).toBe(true);
    expect(events.some((line) => line.includes('A enregistré une note') && line.includes(XSS))).toBe(true);
    expect(events.some((line) => /\b(content|task|nav|ui|net)\.[a-z]+[A-Z]?/.test(line))).toBe(false);
    // Nothing of the candidate's text became markup anywhere in the view.
    const images = await page.$$(view('img'));
    expect(images).toHaveLength(0);
    // Focus went to the detail's heading; Escape closes it and returns to the flag's link.
    expect((await focusedElement(page)).elementId).toBe('detail-title');
    await page.keyboard.press('Escape');
    await waitForCount(page, 'ge-harmonisation >>>> ge-hz-assessment', (n) => n === 0, 10_000);
    expect((await focusedElement(page)).assessmentId).toBe('asm-2025-e1-03');
  });

  it('has no serious or critical accessibility violation (axe-core), flags and detail shown', async () => {
    await (await page.$(view('[data-testid=flag-assessment][data-assessment-id="asm-2025-e3-04"]')))!.click();
    await page.waitForSelector(view('[data-testid=detail-questions]'), { timeout: 10_000 });
    // An extension page's CSP refuses inline scripts, which addScriptTag writes: evaluate the
    // same file through the debugging protocol then, which the CSP does not govern.
    await page.addScriptTag({ path: AXE }).catch(() => undefined);
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => n.target),
      }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
  });

  it('switches to English and back', async () => {
    await (await page.$(view('[data-testid=lang-toggle]')))!.click();
    await waitForText(
      page,
      'import-summary',
      '60 assessments · 4 examiners · 8 evidence bundles · 2 subjects',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const flags = await flagsShown(page);
    expect(flags.find((f) => f.kind === 'examiner-deviation')!.reason).toContain('below the other examiners');
    await (await page.$(view('[data-testid=lang-toggle]')))!.click();
    await waitForText(page, 'import-summary', '60 évaluations');
  });

  it('exports a pseudonymised CSV by default: documented columns, no name or number, formulas neutralised', async () => {
    // Pseudonymised unless the examiner unticks it (identities only when asked for explicitly).
    expect(
      await (await page.$(view('[data-testid=pseudonymise]')))!.evaluate(
        (box) => (box as HTMLInputElement).checked,
      ),
    ).toBe(true);
    await (await page.$(view('[data-testid=export-csv]')))!.click();
    await waitForText(page, 'status', 'CSV enregistré', 15_000);
    const deadline = Date.now() + 20_000;
    let file: string | undefined;
    while (!file && Date.now() < deadline) {
      file = readdirSync(eb.downloadsDir).find((name) => /^harmonisation-.*-pseudonymise\.csv$/.test(name));
      if (!file) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(file, 'the CSV download').toBeDefined();
    const path = join(eb.downloadsDir, file!);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(path)).toBe(true);
    const text = readFileSync(path, 'utf8');
    const rows = parseCsv(text);
    expect(rows[0]!.slice(0, 10)).toEqual([
      'status',
      'examiner',
      'commission',
      'date',
      'subject_id',
      'subject_cms',
      'subject_letter',
      'subject_code',
      'candidate_pseudonym',
      'mark',
    ]);
    expect(rows).toHaveLength(61);
    const assessments = filesIn('assessments').map((f) => JSON.parse(readFileSync(f, 'utf8')));
    for (const a of assessments) {
      expect(text).not.toContain(a.candidate.number);
      expect(text).not.toContain(a.id);
    }
    expect(text).not.toContain('HYPERLINK');
    expect(new Set(rows.slice(1).map((r) => r[8])).size).toBe(60);
  });

  it('prints the report with the print stylesheet', async () => {
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await (await page.$(view('[data-testid=print-report]')))!.click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, {
      timeout: 10_000,
    });
    // While printing, the examiner's flag shows all its assessments.
    expect(
      await page.$eval(view('[data-flag-kind=examiner-deviation] details'), (el) => el.hasAttribute('open')),
    ).toBe(true);
    const printRule = await page.$eval('ge-harmonisation', (host) =>
      [...(host.shadowRoot?.adoptedStyleSheets ?? [])].some((sheet) =>
        [...sheet.cssRules].some(
          (rule) => rule.cssText.startsWith('@media print') && rule.cssText.includes('.no-print'),
        ),
      ),
    );
    expect(printRule).toBe(true);
    if (browserName === 'chromium') {
      // Puppeteer emulates print media through CDP only.
      await page.emulateMediaType('print');
      expect(await page.$eval(view('.toolbar'), (el) => getComputedStyle(el).display)).toBe('none');
      expect(await page.$eval(view('.report-head'), (el) => getComputedStyle(el).display)).toBe('flex');
      await page.emulateMediaType('screen');
    }
  });
});
