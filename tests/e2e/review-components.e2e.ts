/**
 * Component tests of the review's ge-* components that carry logic, in the real browser with
 * the built extension's editor page (which registers them): each is created alone with a
 * column built here, and what it shows and the typed events it sends are checked — a level
 * chosen becomes a `ge-review-change` whose change sets that level, and so on.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogue, grid, makeBundle, subject } from '../../grid-editor/src/models/test-documents.ts';
import { buildRows } from '../../grid-editor/src/review/timeline.ts';
import { createDraft } from '../../shared/assessment/assessment.ts';
import { evaluate } from '../../shared/rules/index.ts';
import { type EvidenceBundle, parse } from '../../shared/schema/index.ts';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { mountAlone } from './support/mount.ts';

const SUBJECT = {
  ...subject,
  questions: [
    { ...subject.questions[0], competences: ['wp.post.publish'] },
    { ...subject.questions[0], id: 'q2', number: 2, title: 'Modérer', criteria: ['C4'], rules: [] },
  ],
};

/** A column as review-model.ts builds one, with a subject package (not hashed: components do not check it). */
const makeColumn = async () => {
  const parsed = parse('subject', SUBJECT);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const bundle: EvidenceBundle = {
    ...(await makeBundle([
      {
        kind: 'session.started',
        data: { subjectId: 'sujet-a', candidateNumber: '02468', durationMinutes: 40 },
      },
      {
        kind: 'content.published',
        data: { cms: 'wordpress', contentType: 'post', id: '7', title: 'Le potager urbain', wordCount: 312 },
        questionId: 'q1',
        elapsedMs: 60_000,
      },
      {
        kind: 'nav.visited',
        data: { title: 'Commentaires', via: 'load' },
        questionId: 'q2',
        elapsedMs: 600_000,
      },
      { kind: 'session.ended', data: { reason: 'examiner' }, elapsedMs: 900_000 },
    ])),
  };
  bundle.subjectPackage = {
    format: 'temoin.package/1',
    grid,
    catalogue,
    subject: parsed.value,
    hash: 'c'.repeat(64),
  } as unknown as EvidenceBundle['subjectPackage'];
  const evaluation = evaluate(parsed.value, bundle.events);
  const assessment = createDraft({
    bundle,
    evaluation,
    examinerName: 'M. X',
    id: 'assessment-1',
    now: new Date(),
  });
  return {
    key: 'c1',
    name: 'a.temoin.json',
    bundle,
    text: '',
    evaluation,
    rows: buildRows(bundle.events),
    assessment,
  };
};

type Column = Awaited<ReturnType<typeof makeColumn>>;

describe.each(BROWSERS)('review components in %s', (browserName) => {
  let eb: ExtensionBrowser;
  let page: Page;
  let column: Column;

  /** Mounts `tag` alone with `props`, recording the review events it sends in `window.__events`. */
  const mount = (tag: string, props: Record<string, unknown>) =>
    mountAlone(page, tag, props, [
      'ge-review-change',
      'ge-review-finalise',
      'ge-review-reveal',
      'ge-review-print-close',
    ]);

  /** Applies the last `ge-review-change` to the column's assessment, in the page. */
  const lastChange = () =>
    page.evaluate((assessment) => {
      const events = (
        window as unknown as { __events: { type: string; detail: { change?: (a: unknown) => unknown } }[] }
      ).__events;
      const change = events.filter((e) => e.type === 'ge-review-change').at(-1)?.detail.change;
      return change ? change(assessment) : null;
    }, column.assessment as never) as Promise<Column['assessment'] | null>;

  const inTest = (selector: string) => `#under-test ${selector}`;

  beforeAll(async () => {
    column = await makeColumn();
    eb = await launchWithExtension(browserName);
    page = await eb.openPage('editor.html');
    await page.waitForSelector('ge-app[data-ready=true]', { timeout: 30_000 });
  });
  afterAll(async () => {
    await eb?.close();
  });

  it('ge-review-question: a level chosen is a change that sets it; competences by name, id in the tooltip', async () => {
    await mount('ge-review-question', { column, question: column.assessment.questions[0] });
    await page.select(inTest('[data-testid=level]'), 'S');
    expect((await lastChange())?.questions[0]).toMatchObject({ questionId: 'q1', level: 'S' });
    const competence = await page.$eval(inTest('[data-testid=competence-level]'), (el) => ({
      label: el.closest('label')?.textContent ?? '',
      title: el.closest('label')?.getAttribute('title'),
    }));
    expect(competence.label).toContain('Créer et publier un article');
    expect(competence.title).toBe('wp.post.publish');
    expect(await page.$eval(inTest('[data-testid=add-note]'), (b) => (b as HTMLButtonElement).disabled)).toBe(
      true,
    );
  });

  it('ge-review-question: an evidence link asks to reveal its event; a final assessment is read-only', async () => {
    await mount('ge-review-question', { column, question: column.assessment.questions[0] });
    const evidence = await page.$(inTest('[data-testid=evidence]'));
    if (evidence) {
      await evidence.click();
      const sent = await page.evaluate(
        () => (window as unknown as { __events: { type: string }[] }).__events,
      );
      expect(sent.map((e) => e.type)).toContain('ge-review-reveal');
    }
    const final = { ...column, assessment: { ...column.assessment, status: 'final' } };
    await mount('ge-review-question', { column: final, question: column.assessment.questions[0] });
    expect(await page.$eval(inTest('[data-testid=level]'), (s) => (s as HTMLSelectElement).disabled)).toBe(
      true,
    );
    expect(await page.$(inTest('[data-testid=add-note]'))).toBeNull();
  });

  it('ge-fiche: a mark typed the French way is a change to 13.5; finalise is asked, what is missing said', async () => {
    await mount('ge-fiche', { column, missing: 'Pour finaliser, il manque : Q1' });
    await page.$eval(inTest('[data-testid=mark]'), (el) => {
      const input = el as HTMLInputElement;
      input.value = '13,5';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect((await lastChange())?.mark).toBe(13.5);
    await page.click(inTest('[data-testid=finalise]'));
    const sent = await page.evaluate(
      () => (window as unknown as { __events: { type: string; detail: unknown }[] }).__events,
    );
    expect(sent.at(-1)).toEqual({ type: 'ge-review-finalise', detail: { key: 'c1' } });
    expect(await page.$eval(inTest('[data-testid=finalise-missing]'), (el) => el.textContent)).toContain(
      'Q1',
    );
  });

  it('ge-print-view: one fiche page per column, the examiner’s ticks, no suggestion; the evidence page has them', async () => {
    const graded = {
      ...column,
      assessment: {
        ...column.assessment,
        questions: column.assessment.questions.map((q, i) => ({ ...q, level: i === 0 ? 'TS' : 'I' })),
        mark: 14.5,
      },
    };
    await mount('ge-print-view', { columns: [graded, { ...graded, key: 'c2' }], mode: 'fiches' });
    expect(await page.$$(inTest('[data-testid=fiche-page]'))).toHaveLength(2);
    const ticks = await page.$$eval(
      inTest('[data-testid=fiche-page]:first-of-type tr[data-criterion]'),
      (rows) =>
        Object.fromEntries(
          rows.map((r) => [(r as HTMLElement).dataset.criterion, (r as HTMLElement).dataset.tick]),
        ),
    );
    expect(ticks).toMatchObject({ C1: 'TS', C2: 'TS', C4: 'I', C3: '' });
    const text = await page.$eval(inTest('[data-testid=fiche-page]'), (el) => el.textContent ?? '');
    expect(text).toContain('14,5/20');
    expect(text).toContain('12/05/2025');
    expect(text).not.toMatch(/suggestion|proposition/i);
    await mount('ge-print-view', { columns: [graded], mode: 'evidence' });
    expect(await page.$eval(inTest('[data-testid=evidence-chain-head]'), (el) => el.textContent)).toBe(
      column.bundle.chain.head,
    );
    await page.click(inTest('[data-testid=print-close]'));
    const sent = await page.evaluate(() => (window as unknown as { __events: { type: string }[] }).__events);
    expect(sent.at(-1)?.type).toBe('ge-review-print-close');
  });

  it('ge-question-time: the time spent on each question', async () => {
    await mount('ge-question-time', {
      events: column.bundle.events,
      questions: [
        { id: 'q1', number: 1 },
        { id: 'q2', number: 2 },
      ],
    });
    const rows = await page.$$eval(
      '#under-test ge-question-time >>> [data-testid=question-time-row]',
      (els) =>
        els.map((el) => [(el as HTMLElement).dataset.questionId, Number((el as HTMLElement).dataset.ms)]),
    );
    expect(rows).toEqual([
      ['q1', 540_000],
      ['q2', 300_000],
    ]);
  });

  it('ge-review-timeline: rows in sentences, the raw JSON only behind « détails »', async () => {
    await mount('ge-review-timeline', { rows: column.rows, evaluation: column.evaluation, columnKey: 'c1' });
    const sentences = await page.$$eval(
      '#under-test ge-review-timeline >>> [data-testid=timeline-row]',
      (els) => els.map((el) => el.textContent?.replace(/\s+/g, ' ') ?? ''),
    );
    expect(sentences.some((s) => s.includes('A publié l’article « Le potager urbain » (312 mots)'))).toBe(
      true,
    );
    expect(sentences.join(' ')).not.toContain('content.published');
    await page.click(
      '#under-test ge-review-timeline >>> [data-testid=timeline-row][data-kind="content.published"]',
    );
    const details = await page.waitForSelector(
      '#under-test ge-review-timeline >>> [data-testid=timeline-details]',
    );
    expect(await details!.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(
      await page.$eval(
        '#under-test ge-review-timeline >>> [data-testid=timeline-detail]',
        (el) => el.textContent,
      ),
    ).toContain('"kind": "content.published"');
  });
});
