/**
 * The designer's comfort features in Chromium and Firefox, on the extension's `editor.html`:
 * the JSON view of a part is a CodeMirror editor that completes the fields of the published
 * JSON Schema, shows a wrong value's problem in French with its path (under the value and in
 * the list below the editor), keeps the last valid value while the text does not parse, and
 * sends the fixed value to the model (the form and the explorer follow); Tab leaves it. A
 * question's instructions show a live preview rendered as the candidate's overlay renders them,
 * variables substituted. The page is checked with axe with the editor and the preview open.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentSchema, propertySuggestions } from '../../grid-editor/src/models/part-schema.ts';
import { seriousViolations } from './support/axe.ts';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { DEMO_WORDPRESS } from './support/session.ts';
import { focusedElement, waitForText, waitUntil } from './support/shadow.ts';

const app = (selector: string) => `ge-app >>> ${selector}`;
const RULE = 'subject.questions[0].rules[0]';
const QUESTION = 'subject.questions[0]';
const pkg = JSON.parse(readFileSync(DEMO_WORDPRESS, 'utf8'));
const rule = pkg.subject.questions[0].rules[0] as Record<string, unknown>;
const keyword = (pkg.subject.variables as { name: string; value: string }[]).find(
  (v) => v.name === 'keyword',
)!.value;

/** Replaces the whole text of a control (input, textarea or the JSON editor), as a user would. */
const fill = async (page: Page, selector: string, value: string) => {
  const input = await page.waitForSelector(app(selector), { timeout: 15_000 });
  await input!.focus();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  if (value) await page.keyboard.type(value);
};

/** The `data-testid` of the focused element, through shadow roots. */
const focusedTestId = async (page: Page) => {
  const focused = await focusedElement(page);
  return focused.testid ?? focused.tag;
};

/** Text of every element matching `selector` under ge-app's shadow roots. */
const texts = (page: Page, selector: string) =>
  page.$$eval(app(selector), (nodes) => nodes.map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe.each(BROWSERS)('designer: JSON editor and Markdown preview in %s', (browserName) => {
  let eb: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    eb = await launchWithExtension(browserName);
    page = await eb.openPage('editor.html');
    await page.waitForSelector('ge-app[data-ready=true]', { timeout: 30_000 });
    const input = await page.waitForSelector(app('[data-testid=open-file]'));
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(DEMO_WORDPRESS);
    await page.waitForSelector(app('[data-testid=no-problems]'), { timeout: 15_000 });
  });
  afterAll(async () => {
    await eb?.close();
  });

  it('opens a rule as JSON in a code editor that completes the schema’s fields; Tab leaves it', async () => {
    await page.click(app(`[data-testid=explorer-item][data-json-path="${RULE}"]`));
    await page.click(app('[data-testid=editor-mode-split]'));
    const source = await page.waitForSelector(app(`[data-testid=source][data-path="${RULE}"]`), {
      timeout: 15_000,
    });
    expect(await source!.evaluate((el) => el.getAttribute('role'))).toBe('textbox');
    expect(await source!.evaluate((el) => el.getAttribute('aria-label'))).toBe(
      'Source JSON de : Article publié',
    );
    expect(JSON.parse(await source!.evaluate((el) => (el as unknown as { value: string }).value))).toEqual(
      rule,
    );

    // At the end of the object, a new property name: the schema's other fields are offered.
    await source!.focus();
    await page.keyboard.down('Control');
    await page.keyboard.press('End');
    await page.keyboard.up('Control');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(', "');
    await page.waitForSelector(app('.cm-tooltip-autocomplete [role=option]'), { timeout: 10_000 });
    const offered = await texts(page, '.cm-tooltip-autocomplete [role=option]');
    const expected = propertySuggestions(
      documentSchema('subject-package'),
      ['subject', 'questions', 0, 'rules', 0],
      Object.keys(rule),
    );
    expect(expected.length).toBeGreaterThan(0);
    for (const { name } of expected) expect(offered.some((text) => text.startsWith(name))).toBe(true);
    for (const name of Object.keys(rule))
      expect(offered.some((text) => text.startsWith(`${name}`) && text.length === name.length)).toBe(false);
    await page.keyboard.press('Escape');
    expect(await page.$(app('.cm-tooltip-autocomplete'))).toBeNull();
    expect(await focusedTestId(page)).toBe('source');
    // Tab is the browser's: it leaves the editor (no focus trap).
    await page.keyboard.press('Tab');
    expect(await focusedTestId(page)).not.toBe('source');
  });

  it('shows a wrong value’s problem in French with its path, keeps the last valid value while the JSON does not parse, and applies the fix', async () => {
    await fill(page, '[data-testid=source]', JSON.stringify({ ...rule, weight: 'lourd' }));
    const diagnostic = `[data-testid=source-diagnostic][data-json-path="${RULE}.weight"]`;
    await page.waitForSelector(app(diagnostic), { timeout: 15_000 });
    const [message] = await texts(page, diagnostic);
    expect(message).toMatch(/^Erreur : subject\.questions\[0\]\.rules\[0\]\.weight : .*nombre/);
    // The same problem, inline, under the value it is about.
    const marked = await page.$$eval(app('.cm-lintRange-error'), (nodes) => nodes.map((n) => n.textContent));
    expect(marked).toContain('"lourd"');

    // Text that does not parse: said where, nothing applied (the form keeps the last value).
    await fill(page, '[data-testid=source]', '{ "id": "q1-published", "title": ');
    await waitForText(page, '[data-testid=source-error]', /JSON illisible ligne 1/);
    await page.click(app('[data-testid=editor-mode-form]'));
    await page.waitForSelector(app('[data-testid=form][data-node-type=rule]'));
    expect(await page.$eval(app('input[data-field=title]'), (el) => (el as HTMLInputElement).value)).toBe(
      rule.title,
    );
    await page.click(app('[data-testid=editor-mode-split]'));

    // The fix reaches the model: the form, the explorer and the problems follow.
    await fill(
      page,
      '[data-testid=source]',
      JSON.stringify({ ...rule, title: 'Article publié (JSON)', weight: 3 }),
    );
    await waitForText(
      page,
      `[data-testid=explorer-item][data-json-path="${RULE}"]`,
      /Article publié \(JSON\)/,
    );
    await waitForText(page, '[data-testid=source-diagnostic]', /weight/, { present: false });
    expect(await page.$eval(app('input[data-field=weight]'), (el) => (el as HTMLInputElement).value)).toBe(
      '3',
    );

    // And back: a form edit shows in the editor's text.
    await fill(page, 'input[data-field=title]', 'Article publié (formulaire)');
    await waitUntil(
      page,
      app('[data-testid=source]'),
      (el) => ((el as unknown as { value?: string }).value ?? '').includes('Article publié (formulaire)'),
      10_000,
    );
  });

  it('previews a question’s instructions as the overlay renders them, live, with variables', async () => {
    // A branch's box holds its children: click its own row, at the top.
    const item = await page.waitForSelector(app(`[data-testid=explorer-item][data-json-path="${QUESTION}"]`));
    await item!.click({ offset: { x: 60, y: 8 } });
    await page.click(app('[data-testid=editor-mode-form]'));
    await page.waitForSelector(app('[data-testid=form][data-node-type=question]'));
    const preview = `[data-testid=markdown-preview][data-path="${QUESTION}.instructions"] [data-testid=markdown-preview-body]`;
    await page.waitForSelector(app(preview));
    await fill(
      page,
      'textarea[data-field=instructions]',
      '## Consigne\nPubliez un article sur **{{keyword}}** :\n\n- un titre',
    );
    await waitForText(page, preview, new RegExp(`Consigne.*Publiez un article sur ${keyword}`));
    const html = () => page.$eval(app(preview), (el) => el.innerHTML.replace(/<!--[^>]*-->/g, ''));
    expect(await html()).toContain(
      `<h6>Consigne</h6><p>Publiez un article sur <strong>${keyword}</strong> :</p><ul><li>un titre</li></ul>`,
    );
    await page.keyboard.type('\n- une <b>méta</b>-description');
    await waitForText(page, preview, /une <b>méta<\/b>-description/);
    expect(await html()).toContain('<li>une &lt;b&gt;méta&lt;/b&gt;-description</li>');
    expect(await page.$(app('[data-testid=markdown-help]'))).not.toBeNull();
  });

  it('has no serious accessibility violation with the JSON editor and the preview open', async () => {
    await page.click(app('[data-testid=editor-mode-split]'));
    await page.waitForSelector(app('[data-testid=source]'));
    await page.waitForSelector(app('[data-testid=markdown-preview]'));
    expect(await seriousViolations(page)).toEqual([]);
  });
});
