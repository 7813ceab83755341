/**
 * Component tests of the designer's ge-* components that carry logic, in the real browser with
 * the built extension's editor page (which registers them): each is mounted alone with the
 * properties the workbench would give, and what a user sees (French text, the state of the
 * controls) and the typed events it sends are checked — as review-components.e2e.ts does for
 * the review's components.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../grid-editor/src/models/document.ts';
import { formContext } from '../../grid-editor/src/models/form-context.ts';
import { setAt } from '../../grid-editor/src/models/json-path.ts';
import { locate, outlineOf } from '../../grid-editor/src/models/outline.ts';
import { readRecording, runRuleTests } from '../../grid-editor/src/models/rule-test.ts';
import { json, makeBundle, subject } from '../../grid-editor/src/models/test-documents.ts';
import { validateDocument } from '../../grid-editor/src/models/validate.ts';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { mountAlone, sentEvents } from './support/mount.ts';
import { waitForNode } from './support/shadow.ts';

/** The designer's events a component may send (grid-editor/src/events.ts). */
const EVENTS = [
  'ge-quick-input',
  'ge-quick-accept',
  'ge-quick-cancel',
  'ge-problem-open',
  'ge-report-dismiss',
  'ge-command',
  'ge-locale-change',
  'ge-view-select',
  'ge-edit',
  'ge-edit-end',
  'ge-reveal',
];

describe.each(BROWSERS)('designer components in %s', (browserName) => {
  let eb: ExtensionBrowser;
  let page: Page;

  const mount = (tag: string, props: Record<string, unknown>) => mountAlone(page, tag, props, EVENTS);
  const sent = () => sentEvents(page);
  const inTest = (selector: string) => `#under-test >>> ${selector}`;
  const text = (selector: string) =>
    page.$eval(inTest(selector), (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  const texts = (selector: string) =>
    page.$$eval(inTest(selector), (els) =>
      els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
  /** Renders again after a property changes, as the workbench does. */
  const settle = () =>
    page.evaluate(async () => {
      const el = document.querySelector('#under-test')?.firstElementChild as
        | (HTMLElement & { updateComplete: Promise<unknown> })
        | undefined;
      await el?.updateComplete;
    });

  /**
   * Mounts a ge-form on the part at `path` of a subject, with the problems the workbench would
   * give it and its form context (its test results, a Map, made in the page).
   */
  const mountForm = async (value: unknown, path: string) => {
    const doc = createDocument('sujet.temoin-subject.json', 'subject', value, { selection: path });
    const outline = outlineOf('subject', value);
    const node = locate(outline, path);
    const problems = validateDocument('subject', value).filter(
      (p) => locate(outline, p.path).path === node.path,
    );
    const { tests: _, ...context } = formContext(doc);
    await mount('ge-form', { doc, node, problems });
    await page.evaluate(async (context) => {
      const form = document.querySelector('#under-test ge-form') as HTMLElement & {
        context: unknown;
        updateComplete: Promise<unknown>;
      };
      form.context = { ...context, tests: new Map() };
      await form.updateComplete;
    }, context);
    return problems;
  };

  beforeAll(async () => {
    eb = await launchWithExtension(browserName);
    page = await eb.openPage('editor.html');
    await page.waitForSelector('ge-app[data-ready=true]', { timeout: 30_000 });
  });
  afterAll(async () => {
    await eb?.close();
  });

  it('ge-quick-input: arrows skip what is unavailable here, Enter accepts the active item, Escape cancels', async () => {
    await mount('ge-quick-input', {
      open: true,
      placeholder: 'Tapez le nom d’une commande',
      items: [
        { id: 'file.open', label: 'Fichier : ouvrir…', keys: 'Ctrl+O' },
        { id: 'edit.addRule', label: 'Modifier : ajouter une règle', disabled: true },
        { id: 'view.tests', label: 'Affichage : tests des règles' },
      ],
      session: 1,
    });
    const field = (await waitForNode(page, inTest('[data-testid=quick-input-field]'), 10_000))!;
    expect(await field.evaluate((el) => (el as HTMLInputElement).placeholder)).toBe(
      'Tapez le nom d’une commande',
    );
    expect(await texts('[data-testid=quick-input-item]')).toEqual([
      'Fichier : ouvrir… Ctrl+O',
      'Modifier : ajouter une règle (indisponible ici)',
      'Affichage : tests des règles',
    ]);
    expect(await text('[role=status]')).toBe('3 résultats');
    await field.focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.$eval(inTest('[aria-selected=true]'), (el) => (el as HTMLElement).dataset.id)).toBe(
      'view.tests',
    );
    await page.keyboard.press('Enter');
    expect((await sent()).at(-1)).toEqual({ type: 'ge-quick-accept', detail: { id: 'view.tests' } });
    // A click on what is unavailable sends nothing.
    const before = (await sent()).length;
    await page.click(inTest('[data-id="edit.addRule"]'));
    expect((await sent()).length).toBe(before);
    await field.type('x');
    expect((await sent()).at(-1)).toMatchObject({ type: 'ge-quick-input', detail: { value: 'x' } });
    await page.keyboard.press('Escape');
    expect((await sent()).at(-1)).toEqual({ type: 'ge-quick-cancel', detail: {} });
  });

  it('ge-quick-input: nothing matching says so, in French and in English', async () => {
    await mount('ge-quick-input', { open: true, items: [], session: 2 });
    expect(await text('.none')).toBe('Aucun résultat');
    expect(await text('[role=status]')).toBe('0 résultat');
    await mount('ge-quick-input', { open: true, items: [], session: 3, locale: 'en' });
    expect(await text('.none')).toBe('No results');
  });

  it('ge-problems: a refused file’s problems cannot be opened; a document’s can, the notes come last', async () => {
    // Real validation messages: a question without criterion, a rule on an unknown variable.
    let broken = setAt(subject, 'questions[0].criteria', []) as typeof subject;
    broken = setAt(broken, 'questions[0].rules[0].where', [
      { op: 'contains', field: 'data.title', value: '{{motcle}}' },
    ]) as typeof subject;
    const problems = validateDocument('subject', broken);
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
    await mount('ge-problems', {
      report: {
        file: 'faux.temoin.json',
        problems: [{ path: 'events[2]', code: 'chain', fr: 'chaîne d’intégrité rompue', en: 'broken chain' }],
      },
      files: [{ file: 'sujet.temoin-subject.json', problems }],
    });
    expect(await text('[data-testid=problems-refused] h3')).toBe(
      'faux.temoin.json — fichier refusé, rien n’a changé',
    );
    const shown = await texts('[data-testid=problem]');
    expect(shown[0]).toBe('events[2] : chaîne d’intégrité rompue');
    const errors = problems.filter((p) => p.severity !== 'info');
    expect(shown.slice(1, 1 + errors.length)).toEqual(
      errors.map((p) => `${p.path || '(document)'} : ${p.fr}`),
    );
    expect(shown.join('\n')).toContain('question sans critère');
    expect(shown.join('\n')).toContain('variable inconnue "motcle"');
    // The refused file's problem has no place to open; a document's opens where it is.
    await page.click(inTest('[data-testid=problems-refused] [data-testid=problem]'));
    expect(await sent()).toEqual([]);
    await page.click(inTest(`[data-file="sujet.temoin-subject.json"][data-json-path="${errors[0]!.path}"]`));
    expect((await sent()).at(-1)).toEqual({
      type: 'ge-problem-open',
      detail: { file: 'sujet.temoin-subject.json', path: errors[0]!.path },
    });
    await page.click(inTest('.dismiss'));
    expect((await sent()).at(-1)).toEqual({ type: 'ge-report-dismiss', detail: {} });
  });

  it('ge-problems: no error nor warning says so, with the count of notes below', async () => {
    await mount('ge-problems', {
      files: [
        {
          file: 'grille.json',
          problems: [
            {
              path: 'competences[0]',
              code: 'criterion-not-assessed',
              fr: 'le critère C4 n’est évalué par aucune question',
              en: 'criterion C4 is assessed by no question',
              severity: 'info',
            },
          ],
        },
      ],
    });
    expect(await text('[data-testid=no-problems]')).toBe('Aucun problème — 1 remarque ci-dessous');
    expect(await texts('[data-testid=problems-infos] [data-testid=problem]')).toEqual([
      'competences[0] : le critère C4 n’est évalué par aucune question',
    ]);
  });

  it('ge-status-bar: counts, save state and tests in French; its buttons ask for commands and the other language', async () => {
    await mount('ge-status-bar', {
      fileName: 'sujet.temoin-subject.json',
      kind: 'subject-package',
      problems: 2,
      warnings: 1,
      saveState: 'off',
      testRun: { passed: 3, failed: 1 },
      notice: 'sujet.temoin-subject.json ouvert',
    });
    expect(await text('[data-testid=status-problems]')).toBe('2 problèmes 1 avert.');
    expect(await text('[data-testid=status-file]')).toBe('sujet.temoin-subject.json');
    expect(await text('[data-testid=status-saved]')).toBe('Non conservé');
    expect(await text('[data-testid=status-tests]')).toBe('Tests : 3 ✓ 1 ✗');
    expect(await text('[data-testid=status-notice]')).toBe('sujet.temoin-subject.json ouvert');
    await page.click(inTest('[data-testid=status-problems]'));
    await page.click(inTest('[data-testid=status-tests]'));
    await page.click(inTest('[data-testid=lang-toggle]'));
    expect(await sent()).toEqual([
      { type: 'ge-command', detail: { id: 'view.problems' } },
      { type: 'ge-command', detail: { id: 'view.tests' } },
      { type: 'ge-locale-change', detail: { locale: 'en' } },
    ]);
    await page.evaluate(() => {
      const bar = document.querySelector('#under-test ge-status-bar') as HTMLElement & {
        problems: number;
        saveState: string;
        testRun: unknown;
      };
      bar.problems = 1;
      bar.saveState = 'saved';
      bar.testRun = undefined;
    });
    await settle();
    expect(await text('[data-testid=status-problems]')).toBe('1 problème 1 avert.');
    expect(await text('[data-testid=status-saved]')).toBe('Enregistré');
    expect(await page.$(inTest('[data-testid=status-tests]'))).toBeNull();
  });

  it('ge-activity-bar: the view shown is pressed; a button asks for its view, the gear for the palette', async () => {
    await mount('ge-activity-bar', {
      views: [
        { id: 'explorer', icon: 'files', title: 'activity.explorer', testId: 'activity-explorer' },
        { id: 'tests', icon: 'beaker', title: 'activity.tests', testId: 'activity-tests' },
      ],
      view: 'tests',
    });
    const pressed = await page.$$eval(inTest('[aria-pressed]'), (els) =>
      els.map((el) => [el.getAttribute('aria-label'), el.getAttribute('aria-pressed')]),
    );
    expect(pressed).toEqual([
      ['Explorateur', 'false'],
      ['Tests des règles', 'true'],
    ]);
    await page.click(inTest('[data-testid=activity-explorer]'));
    await page.click(inTest('[data-testid=activity-commands]'));
    expect(await sent()).toEqual([
      { type: 'ge-view-select', detail: { id: 'explorer' } },
      { type: 'ge-command', detail: { id: 'workbench.showCommands' } },
    ]);
  });

  it('ge-event-detail: the event whole, as text — the page’s markup is never run', async () => {
    await mount('ge-event-detail', {});
    expect(await text('.empty')).toBe(
      'Choisissez un événement dans les tests des règles pour le voir en entier.',
    );
    const event = {
      seq: 7,
      kind: 'content.published',
      data: { title: '<img src=x onerror="window.__ran=1">Le potager' },
    };
    await mount('ge-event-detail', { event });
    expect(await text('[data-testid=event-heading]')).toBe('Événement n° 7 — content.published');
    expect(
      JSON.parse(await page.$eval(inTest('[data-testid=event-detail]'), (el) => el.textContent ?? '')),
    ).toEqual(event);
    expect(await page.$(inTest('[data-testid=event-detail] img'))).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
  });

  it('ge-form: a question without criterion says so in French under its criteria; typing is an edit of that field', async () => {
    const value = setAt(subject, 'questions[0].criteria', []);
    const problems = await mountForm(value, 'questions[0]');
    expect(problems.map((p) => p.code)).toContain('question-without-criteria');
    const shown = await texts('[data-testid=field-problem]');
    expect(shown).toContain('Erreur : question sans critère : cochez au moins un critère de la grille');
    // The criteria checklist is described by that message (screen readers read it with the field).
    const criteria = await page.$eval(
      inTest('[data-testid=field-problem][data-code=question-without-criteria]'),
      (li) => {
        const list = li.closest('ul.messages');
        const root = li.getRootNode() as ShadowRoot;
        return root.querySelector(`[aria-describedby~="${list?.id}"]`)?.getAttribute('data-path');
      },
    );
    expect(criteria).toBe('questions[0].criteria');
    const title = (await page.$(inTest('input[data-field=title]')))!;
    expect(await title.evaluate((el) => (el as HTMLInputElement).value)).toBe('Publier l’article');
    await title.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    expect((await sent()).at(-1)).toEqual({
      type: 'ge-edit',
      detail: {
        name: 'sujet.temoin-subject.json',
        path: 'questions[0].title',
        value: 'Publier l’article!',
        coalesce: true,
      },
    });
  });

  it('ge-form: the annexes list links to each annex and « add » appends a new one, then shows it', async () => {
    await mountForm(subject, 'annexes');
    expect(await texts('[data-testid=part-link] .link-label')).toEqual(['Texte de l’article']);
    expect(await texts('[data-testid=part-link] .detail')).toEqual(['annexe-1']);
    await page.click(inTest('[data-testid=part-link]'));
    expect((await sent()).at(-1)).toEqual({
      type: 'ge-reveal',
      detail: { name: 'sujet.temoin-subject.json', path: 'annexes[0]', focus: true },
    });
    await page.click(inTest('[data-testid=add-annex]'));
    const [edit, reveal] = (await sent()).slice(-2);
    expect(edit).toMatchObject({
      type: 'ge-edit',
      detail: { name: 'sujet.temoin-subject.json', path: 'annexes' },
    });
    const annexes = (edit!.detail as { value: { id: string }[] }).value;
    expect(annexes).toHaveLength(2);
    expect(annexes[0]).toEqual(subject.annexes[0]);
    expect(annexes[1]!.id).not.toBe('annexe-1');
    expect(reveal).toEqual({
      type: 'ge-reveal',
      detail: { name: 'sujet.temoin-subject.json', path: 'annexes[1]', focus: true },
    });
  });

  it('ge-tests: a verified recording and how the subject’s rules fare on it; a tampered one refused, where it breaks', async () => {
    const bundle = await makeBundle([
      {
        kind: 'content.published',
        data: { cms: 'wordpress', contentType: 'post', id: '12', title: 'Le potager urbain' },
      },
    ]);
    const recording = { name: 'b.temoin.json', bundle, text: json(bundle) };
    const run = runRuleTests(subject, '', recording);
    await mount('ge-tests', { recording, run, target: 'sujet.temoin-subject.json' });
    const status = await page.$eval(
      inTest('[data-testid=recording-status]'),
      (el) => (el as HTMLElement).dataset.state,
    );
    expect(status).toBe('verified');
    expect(await text('[data-testid=recording-status] p strong')).toBe('b.temoin.json');
    expect(await text('[data-testid=recording-status] p')).toContain('Chaîne vérifiée : 3 événements');
    expect(await text('[data-testid=test-summary]')).toBe(
      'Règles de sujet.temoin-subject.json — 1 réussie, 0 échouée, 0 invalide',
    );
    await page.click(inTest('[data-testid=close-recording]'));
    expect((await sent()).at(-1)).toEqual({ type: 'ge-command', detail: { id: 'test.closeRecording' } });

    const tampered = structuredClone(bundle);
    (tampered.events[1]!.data as { title: string }).title = 'Le potager modifié';
    const read = await readRecording('faux.temoin.json', json(tampered));
    expect(read.ok).toBe(false);
    await mount('ge-tests', {
      refusal: { file: 'faux.temoin.json', problems: read.ok ? [] : read.problems },
    });
    expect(
      await page.$eval(inTest('[data-testid=recording-status]'), (el) => (el as HTMLElement).dataset.state),
    ).toBe('refused');
    expect(await text('.refused')).toBe('faux.temoin.json refusé : 1 problème');
    expect(await texts('[data-testid=recording-problem]')).toEqual([
      'events[1] : chaîne d’intégrité rompue à l’événement 1 : contenu modifié',
    ]);
    expect(await page.$(inTest('[data-testid=test-summary]'))).toBeNull();
  });
});
