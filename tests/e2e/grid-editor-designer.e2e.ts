/**
 * The grid editor as a designer uses it, in Chromium and Firefox, on the extension's
 * `editor.html`: a session is first recorded on the demo site with the extension (the
 * candidate marks a question done and writes a note); then the designer creates a subject
 * from the template, a question with two criteria and a rule through the forms, sees a problem
 * appear and disappear, edits the rule as JSON and sees the form follow, runs the rules
 * against the recording (pass and fail, events shown whole, a tampered bundle refused), uses
 * the palette, quick open and keybindings, checks accessibility in the three themes, saves,
 * reloads (work kept), exports the package — and the extension's popup imports it and starts
 * a session with it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../grid-editor/src/models/commands.ts';
import { packageContentHash } from '../../shared/bundle/package-hash.ts';
import { parseJson } from '../../shared/schema/index.ts';
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
import { focusedElement, waitForCount, waitForFocus, waitForText, waitUntil } from './support/shadow.ts';

const PIN = '482913';
const NOTE = 'Article publié sur le thé vert bio, avec sa méta-description.';
const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

const app = (selector: string) => `ge-app >>> ${selector}`;
const overlay = (selector: string) => `temoin-overlay >>> ${selector}`;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The problems listed, as « path : message ». */
const problemTexts = (page: Page) =>
  page.$$eval(app('[data-testid=problem]'), (items) =>
    items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim()),
  );

/** Waits until a problem whose text contains `text` is listed (`present`) or no longer is. */
const waitForProblem = (page: Page, text: string, present = true) =>
  waitForText(page, '[data-testid=problem]', text, { present });

/** Replaces the text of a form control, as a user selecting it all and typing. */
const fill = async (page: Page, selector: string, value: string) => {
  const input = await page.waitForSelector(app(selector), { timeout: 15_000 });
  await input!.focus();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  if (value) await page.keyboard.type(value);
};

const inputValue = (page: Page, selector: string) =>
  page.$eval(app(selector), (el) => (el as HTMLInputElement).value);

/** The `data-*` of the element that has the focus, through shadow roots. */
const focused = focusedElement;

const press = async (page: Page, keys: string[]) => {
  for (const key of keys.slice(0, -1)) await page.keyboard.down(key as never);
  await page.keyboard.press(keys.at(-1) as never);
  for (const key of keys.slice(0, -1).reverse()) await page.keyboard.up(key as never);
};

/** Reloads the page and waits until the editor has its work back from IndexedDB. */
const reload = async (page: Page) => {
  await page.evaluate(() => {
    (window as unknown as { beforeReload: boolean }).beforeReload = true;
  });
  void page.reload({ timeout: 60_000 }).catch(() => undefined);
  await page.waitForFunction(
    () =>
      !(window as unknown as { beforeReload?: boolean }).beforeReload &&
      document.querySelector('ge-app')?.getAttribute('data-ready') === 'true',
    { timeout: 30_000, polling: 100 },
  );
};

const axeViolations = async (page: Page) => {
  // Extension pages forbid inline scripts (so no addScriptTag): evaluate the source instead.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
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
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3))}`);
  });
};

describe.each(BROWSERS)('grid editor: a designer builds and tests a subject in %s', (browserName) => {
  let site: DemoSite;
  let eb: ExtensionBrowser;
  let editor: Page;
  let bundleFile: string;
  let bundleText: string;
  const subjectId = `sujet-e2e-${browserName}`;
  const ruleId = 'q2-r1';

  beforeAll(async () => {
    site = await startDemo();
    eb = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await eb?.close();
    await site?.close();
  });

  it('records a session on the demo site with the extension, to test rules against', async () => {
    expect(await setUpCentre(eb, site.url, PIN)).toBe('Réglages enregistrés.');
    const popup = await openPopup(eb);
    await waitForSessionState(popup, 'idle');
    expect(await importSubject(popup, DEMO_WORDPRESS)).toContain('Sujet importé');
    await startSession(popup, '02468', PIN);
    await waitForSessionState(popup, 'running');

    const candidate = await eb.newPage();
    await candidate.goto(`${site.url}/`);
    const status = overlay('[data-testid=question-item][data-question-id=q1] [data-testid=question-status]');
    await candidate.waitForSelector(status, { timeout: 15_000 });
    await candidate.select(status, 'done');
    const notes = overlay('[data-testid=question-item][data-question-id=q1] [data-testid=question-notes]');
    await candidate.click(notes);
    await candidate.type(notes, NOTE);
    // Leaving the page flushes the note, like a candidate clicking a link.
    await candidate.goto(`${site.url}/blog`);
    await candidate.waitForSelector(overlay('[data-testid=timer]'), { timeout: 15_000 });
    await candidate.close();

    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');
    const { name, text } = await exportBundle(eb, popup);
    await popup.close();
    bundleFile = join(eb.downloadsDir, name);
    bundleText = text;
    expect(text).toContain('task.noteSaved');
  });

  it('creates a subject from the template, then a question with two criteria through the forms', async () => {
    editor = await eb.openPage('editor.html');
    await editor.waitForSelector('ge-app[data-ready=true]', { timeout: 30_000 });
    await editor.click(app('[data-testid=new-subject]'));
    await editor.click(app('[data-testid=quick-input-item][data-id=wordpress]'));
    await editor.waitForSelector(app('[data-testid=tab][data-name="nouveau-sujet.temoin-subject.json"]'));
    // The template opens on the subject's form, its title focused.
    expect(await focused(editor)).toMatchObject({ field: 'title' });
    await fill(editor, '[data-testid=form] input[data-field=id]', subjectId);

    await editor.click(app('[data-testid=add-question]'));
    await editor.waitForSelector(app('[data-testid=form][data-node-type=question]'));
    await waitForProblem(editor, 'subject.questions[1].criteria : question sans critère');
    await fill(editor, 'input[data-field=title]', 'Rendre compte de la publication');
    await editor.click(app('[data-field=criteria] input[data-value=C1]'));
    await editor.click(app('[data-field=criteria] input[data-value=C2]'));
    await waitForProblem(editor, 'question sans critère', false);
    const item = await editor.waitForSelector(
      app('[data-testid=explorer-item][data-json-path="subject.questions[1]"]'),
    );
    expect(await item!.evaluate((el) => el.textContent)).toContain('Rendre compte de la publication');
    expect(await item!.evaluate((el) => el.querySelector('[slot=description]')?.textContent)).toBe('C1, C2');
  });

  it('adds a rule through the form, and sees an unknown variable reported, then fixed', async () => {
    await editor.click(app('[data-testid=add-rule]'));
    await editor.waitForSelector(app('[data-testid=form][data-node-type=rule]'));
    await fill(editor, 'input[data-field=title]', 'Note de compte rendu');
    await editor.select(app('select[data-field=kind]'), 'task.noteSaved');
    await editor.click(app('[data-testid=add-condition]'));
    await fill(editor, 'input[data-field="where[0].field"]', 'data.text');
    await fill(editor, 'input[data-field="where[0].value"]', '{{motcle}}');
    await waitForProblem(editor, 'subject.questions[1].rules[0].where[0].value : variable inconnue "motcle"');
    expect(await editor.$(app('[data-testid=field-problem][data-code=unknown-variable]'))).not.toBeNull();
    await fill(editor, 'input[data-field="where[0].value"]', '{{keyword}}');
    await waitForProblem(editor, 'variable inconnue', false);
    expect(
      (await problemTexts(editor)).filter((text) => !text?.includes('n’est évalué par aucune question')),
    ).toEqual([]);
  });

  it('edits the same rule in the JSON view, and the form follows', async () => {
    await editor.click(app('[data-testid=editor-mode-source]'));
    const source = await editor.waitForSelector(app('[data-testid=source]'));
    const rule = JSON.parse(await source!.evaluate((el) => (el as HTMLTextAreaElement).value));
    expect(rule).toMatchObject({ id: ruleId, kind: 'task.noteSaved', criteria: ['C1'] });
    await fill(
      editor,
      '[data-testid=source]',
      JSON.stringify({ ...rule, title: 'Note qui cite le mot-clé', weight: 3, criteria: ['C1', 'C2'] }),
    );
    await sleep(600);
    await editor.click(app('[data-testid=editor-mode-form]'));
    await editor.waitForSelector(app('[data-testid=form][data-node-type=rule]'));
    expect(await inputValue(editor, 'input[data-field=title]')).toBe('Note qui cite le mot-clé');
    expect(await inputValue(editor, 'input[data-field=weight]')).toBe('3');
    expect(
      await editor.$eval(
        app('[data-field=criteria] input[data-value=C2]'),
        (el) => (el as HTMLInputElement).checked,
      ),
    ).toBe(true);
    // And back: JSON that does not parse changes nothing and says where it breaks.
    await editor.click(app('[data-testid=editor-mode-split]'));
    await fill(editor, '[data-testid=source]', '{ "id": ');
    await waitForText(editor, '[data-testid=source-error]', /JSON illisible ligne 1/, { timeout: 10_000 });
    expect(await inputValue(editor, 'input[data-field=title]')).toBe('Note qui cite le mot-clé');
    await editor.click(app('[data-testid=editor-mode-form]'));
  });

  it('sets the keyword with quick open, by keyboard only', async () => {
    await press(editor, ['Control', 'p']);
    await editor.waitForSelector(app('[data-testid=quick-input]'));
    await editor.keyboard.type('keyword');
    await editor.waitForSelector(app('[data-testid=quick-input-item][data-id$="subject.variables[0]"]'));
    await editor.keyboard.press('Enter');
    await editor.waitForSelector(app('[data-testid=form][data-node-type=variable]'));
    expect(await focused(editor)).toMatchObject({ field: 'name' });
    await editor.keyboard.press('Tab');
    await editor.keyboard.press('Tab');
    expect(await focused(editor)).toMatchObject({ field: 'value' });
    await press(editor, ['Control', 'a']);
    await editor.keyboard.type('thé vert bio');
    expect(await inputValue(editor, 'input[data-field=value]')).toBe('thé vert bio');
  });

  it('runs the rules against the recorded bundle: each passes or fails, and follows every edit', async () => {
    await editor.click(app('[data-testid=activity-tests]'));
    const input = await editor.waitForSelector(app('[data-testid=open-recording]'));
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(bundleFile);
    await editor.waitForSelector(app('[data-testid=recording-status][data-state=verified]'), {
      timeout: 15_000,
    });
    await editor.waitForSelector(
      app(`[data-testid=test-rule][data-rule-id="${ruleId}"][data-status=passed]`),
    );
    const statuses = await editor.$$eval(app('[data-testid=test-rule]'), (items) =>
      Object.fromEntries(
        items.map((item) => [(item as HTMLElement).dataset.ruleId, (item as HTMLElement).dataset.status]),
      ),
    );
    expect(statuses).toEqual({ 'q1-published': 'failed', 'q1-keywordInTitle': 'failed', [ruleId]: 'passed' });
    expect(
      await editor.$eval(app('[data-testid=test-summary]'), (el) => ({ ...(el as HTMLElement).dataset })),
    ).toMatchObject({
      passed: '1',
      failed: '2',
    });

    // The matched event, shown whole as text.
    await editor.click(app(`[data-testid=test-rule][data-rule-id="${ruleId}"] [data-testid=test-event]`));
    const detail = await editor.waitForSelector(app('[data-testid=event-detail]'));
    const shown = JSON.parse((await detail!.evaluate((el) => el.textContent)) ?? '');
    expect(shown).toMatchObject({ kind: 'task.noteSaved', data: { questionId: 'q1', text: NOTE } });
    expect(shown.hash).toMatch(/^[0-9a-f]{64}$/);

    // Choosing the rule opens it; an edit re-runs the test at once, and undo brings it back.
    // (its own row: the middle of the item is one of its events)
    await editor.click(app(`[data-testid=test-rule][data-rule-id="${ruleId}"] >>> .content`));
    await editor.waitForSelector(app('[data-testid=form][data-node-type=rule]'));
    await fill(editor, 'input[data-field="where[0].value"]', '{{keyword}} en promotion');
    await editor.waitForSelector(
      app(`[data-testid=test-rule][data-rule-id="${ruleId}"][data-status=failed]`),
    );
    await editor.waitForSelector(app('[data-testid=rule-test-status][data-status=failed]'));
    await press(editor, ['Control', 'z']);
    await editor.waitForSelector(
      app(`[data-testid=test-rule][data-rule-id="${ruleId}"][data-status=passed]`),
    );
    expect(await inputValue(editor, 'input[data-field="where[0].value"]')).toBe('{{keyword}}');
  });

  it('refuses a tampered bundle with the event where the chain breaks, and keeps the recording', async () => {
    const bundle = JSON.parse(bundleText);
    const at = bundle.events.findIndex((event: { kind: string }) => event.kind === 'task.noteSaved');
    bundle.events[at].data.text = 'Note réécrite après coup.';
    const tampered = join(tmpdir(), `temoin-${process.pid}-${browserName}-tampered.temoin.json`);
    writeFileSync(tampered, JSON.stringify(bundle));
    const input = await editor.$(app('[data-testid=open-recording]'));
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(tampered);
    await editor.waitForSelector(app('[data-testid=recording-status][data-state=refused]'));
    expect(await editor.$eval(app('[data-testid=recording-status]'), (el) => el.textContent)).toContain(
      `chaîne d’intégrité rompue à l’événement ${at}`,
    );
    await waitForProblem(editor, `events[${at}] : chaîne d’intégrité rompue à l’événement ${at}`);
    expect(
      await editor.$(app(`[data-testid=test-rule][data-rule-id="${ruleId}"][data-status=passed]`)),
    ).not.toBeNull();
  });

  it('lists every command in the palette, opens problems by keyboard, toggles panels', async () => {
    await editor.click(app('[data-testid=activity-explorer]'));
    await editor.keyboard.press('F1');
    await editor.waitForSelector(app('[data-testid=quick-input]'));
    const ids = await editor.$$eval(app('[data-testid=quick-input-item]'), (items) =>
      items.map((i) => (i as HTMLElement).dataset.id),
    );
    expect(ids.sort()).toEqual(COMMANDS.map((command) => command.id).sort());
    await editor.keyboard.press('Escape');
    await waitForCount(editor, 'ge-app >>>> ge-quick-input[open]', (n) => n === 0);
    if (browserName === 'chromium') {
      await press(editor, ['Control', 'Shift', 'P']);
      await editor.waitForSelector(app('[data-testid=quick-input]'));
      await editor.keyboard.press('Escape');
    }

    // A problem, opened by keyboard, focuses its field.
    await fill(editor, 'input[data-field="where[0].value"]', '{{motcle}}');
    await waitForProblem(editor, 'variable inconnue "motcle"');
    await editor.click(app('[data-testid=explorer-item][data-json-path="subject.variables[0]"]'));
    await editor.waitForSelector(app('[data-testid=form][data-node-type=variable]'));
    // The panel shows the event chosen earlier: back to its problems tab.
    await editor.click(app('[data-testid=panel-tab-problems]'));
    await editor.focus(app('[data-testid=problem][data-code=unknown-variable]'));
    expect(await focused(editor)).toMatchObject({ testid: 'problem', code: 'unknown-variable' });
    await editor.keyboard.press('Enter');
    await editor.waitForSelector(app('[data-testid=form][data-node-type=rule]'));
    await waitForFocus(editor, (f) => f.field === 'where[0].value', 10_000);
    expect(
      await editor.$eval(
        app('[data-testid=explorer-item][data-json-path="subject.questions[1].rules[0]"]'),
        (el) => (el as HTMLElement & { selected: boolean }).selected,
      ),
    ).toBe(true);
    await press(editor, ['Control', 'a']);
    await editor.keyboard.type('{{keyword}}');
    await waitForProblem(editor, 'variable inconnue', false);

    // Ctrl+J hides and shows the panel (focusing the problems), Ctrl+B the side bar.
    await press(editor, ['Control', 'j']);
    await editor.waitForSelector(app('section.panel[hidden]'));
    await press(editor, ['Control', 'j']);
    await editor.waitForSelector(app('section.panel:not([hidden])'));
    await press(editor, ['Control', 'b']);
    await editor.waitForSelector(app('aside[hidden]'));
    await press(editor, ['Control', 'b']);
    await editor.waitForSelector(app('aside:not([hidden])'));
  });

  it('works by keyboard in the explorer tree and the tabs', async () => {
    await editor.click(app('[data-testid=explorer-item][data-json-path="subject.variables[0]"]'));
    await editor.waitForSelector(app('[data-testid=form][data-node-type=variable]'));
    await editor.keyboard.press('F1');
    await editor.waitForSelector(app('[data-testid=quick-input-field]'));
    await editor.keyboard.type('explorateur');
    await editor.waitForSelector(app('[data-testid=quick-input-item][data-id="view.explorer"]'));
    await editor.keyboard.press('Enter');
    await waitForFocus(editor, (f) => f.jsonPath === 'subject.variables[0]', 10_000);
    await editor.keyboard.press('ArrowUp');
    await editor.keyboard.press('Enter');
    await editor.waitForSelector(app('[data-testid=form][data-json-path="subject.variables"]'));

    // A second document: the tabs move with the arrows, Delete closes the focused one.
    const input = await editor.$(app('[data-testid=open-file]'));
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(DEMO_WORDPRESS);
    const demo = app('[data-testid=tab][data-name="demo-wordpress-a.temoin-subject.json"]');
    await editor.waitForSelector(`${demo}[aria-selected=true]`);
    await editor.focus(demo);
    await editor.keyboard.press('ArrowLeft');
    await editor.waitForSelector(
      app('[data-testid=tab][data-name="nouveau-sujet.temoin-subject.json"][aria-selected=true]'),
    );
    expect(await focused(editor)).toMatchObject({ name: 'nouveau-sujet.temoin-subject.json' });
    await editor.keyboard.press('ArrowRight');
    await editor.waitForSelector(`${demo}[aria-selected=true]`);
    await editor.keyboard.press('Delete');
    await waitForCount(editor, 'ge-app >>>> ge-editor >>>> [data-testid=tab]', (n) => n === 1);
    expect(await focused(editor)).toMatchObject({ testid: 'tab', name: 'nouveau-sujet.temoin-subject.json' });
  });

  it('reports no serious or critical accessibility violation, in the three themes', async () => {
    await editor.click(app('[data-testid=editor-mode-split]'));
    expect(await axeViolations(editor)).toEqual([]);
    for (const theme of ['light', 'high-contrast'] as const) {
      await editor.click(app('[data-testid=theme-toggle]'));
      // The quick input renders its items a frame after the toggle: wait for the one to pick.
      await editor.waitForSelector(app(`[data-testid=quick-input-item][data-id=${theme}]`));
      await editor.click(app(`[data-testid=quick-input-item][data-id=${theme}]`));
      await editor.waitForFunction((t: string) => document.documentElement.dataset.theme === t, {}, theme);
      expect(await axeViolations(editor), theme).toEqual([]);
    }
    await editor.click(app('[data-testid=activity-tests]'));
    expect(await axeViolations(editor), 'tests view').toEqual([]);
    await editor.click(app('[data-testid=activity-explorer]'));
    await editor.click(app('[data-testid=editor-mode-form]'));
  });

  it('saves, reloads, and finds the work kept', async () => {
    await press(editor, ['Control', 's']);
    await editor.waitForSelector(app('[data-testid=status-saved][data-state=saved]'));
    expect(await editor.$eval(app('[data-testid=tab]'), (el) => (el as HTMLElement).dataset.dirty)).toBe(
      'false',
    );
    await reload(editor);
    expect(await editor.evaluate(() => document.documentElement.dataset.theme)).toBe('high-contrast');
    await editor.waitForSelector(app('[data-testid=tab][data-name="nouveau-sujet.temoin-subject.json"]'));
    await editor.click(app('[data-testid=explorer-item][data-json-path="subject.questions[1].rules[0]"]'));
    await editor.waitForSelector(app('[data-testid=form][data-node-type=rule]'));
    expect(await inputValue(editor, 'input[data-field=title]')).toBe('Note qui cite le mot-clé');
    expect(await inputValue(editor, 'input[data-field=weight]')).toBe('3');
    expect(await inputValue(editor, 'input[data-field="where[0].value"]')).toBe('{{keyword}}');
    // The recording came back too, and the history: undo still works after the reload.
    await editor.waitForSelector(
      app(`[data-testid=test-rule][data-rule-id="${ruleId}"][data-status=passed]`),
    );
    await editor.click(app('[data-testid=toolbar-undo]'));
    await waitUntil(
      editor,
      app('input[data-field="where[0].value"]'),
      (el) => (el as HTMLInputElement).value === '{{motcle}}',
      10_000,
    );
    await editor.click(app('[data-testid=toolbar-redo]'));
    await waitForProblem(editor, 'variable inconnue', false);
    await editor.click(app('[data-testid=theme-toggle]'));
    await editor.waitForSelector(app('[data-testid=quick-input-item][data-id=dark]'));
    await editor.click(app('[data-testid=quick-input-item][data-id=dark]'));
  });

  it('exports the package, which the popup imports and starts a session with', async () => {
    await editor.keyboard.press('F1');
    await editor.waitForSelector(app('[data-testid=quick-input-field]'));
    await editor.keyboard.type('exporter le paquet');
    await editor.waitForSelector(app('[data-testid=quick-input-item][data-id="file.export"]'));
    await editor.keyboard.press('Enter');
    const fileName = `${subjectId}.temoin-subject.json`;
    const file = join(eb.downloadsDir, fileName);
    const deadline = Date.now() + 20_000;
    let text = '';
    while (Date.now() < deadline) {
      if (existsSync(file)) {
        text = readFileSync(file, 'utf8');
        if (text.endsWith('\n')) break;
      }
      await sleep(200);
    }
    expect(readdirSync(eb.downloadsDir), readdirSync(eb.downloadsDir).join(', ')).toContain(fileName);
    const parsed = parseJson('subject-package', text);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.value.hash.value).toBe(await packageContentHash(parsed.value));
    expect(parsed.value.subject.questions[1]!.rules[0]).toMatchObject({
      id: ruleId,
      kind: 'task.noteSaved',
      weight: 3,
    });

    const popup = await openPopup(eb);
    expect(await importSubject(popup, file)).toContain('Sujet importé');
    expect(await popup.$eval('[data-testid=subject-summary]', (n) => n.textContent)).toContain('2 questions');
    await startSession(popup, '13579', PIN);
    await waitForSessionState(popup, 'running');
  });
});
