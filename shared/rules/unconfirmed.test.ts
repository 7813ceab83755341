/**
 * The attack (issue 13, finding 2): a page script answers a publish request itself, or edits
 * the response the main-world hook copies, so the adapters derive a `content.published` that
 * never happened. Such events are `unconfirmed`; no evaluator may let them raise a level until
 * Témoin's own end-state read of the public page confirms them.
 */
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../schema/event.ts';
import { compileSubject } from './compile.ts';
import { evaluate, evaluateCompiled } from './evaluate.ts';
import { makeSubject, post, sessionWriter } from './fixtures.ts';
import { createIncrementalEvaluator } from './incremental.ts';
import { evaluateByRule } from './reference.ts';
import type { EvaluationResult } from './types.ts';

const subject = makeSubject([
  {
    rules: [
      {
        id: 'publie',
        title: 'Article publié',
        criteria: ['C1'],
        kind: 'content.published',
        where: [{ op: 'contains', field: 'data.title', value: 'chaises' }],
      },
    ],
  },
]);

/** A session where the only publication is the page's forgery; `confirm` adds Témoin's read. */
const session = (confirm: 'none' | 'by-fetch' | 'by-page' | 'by-derived') => {
  const s = sessionWriter();
  s.add('nav.visited', { title: 'Articles', via: 'load' });
  const forged = s.add('content.published', post(), { unconfirmed: true, derivedFrom: 'ev-net-000001' });
  s.add('nav.visited', { title: 'Tableau de bord', via: 'load' });
  const seo = { title: 'Nos chaises en palette' } as never;
  if (confirm === 'by-fetch') s.add('page.seo', seo, { relatesTo: forged.id });
  // Neither the page (unconfirmed) nor an adapter's own derivation may vouch for it.
  if (confirm === 'by-page') s.add('page.seo', seo, { relatesTo: forged.id, unconfirmed: true });
  if (confirm === 'by-derived') s.add('page.seo', seo, { relatesTo: forged.id, derivedFrom: 'ev-x-00001' });
  return s.events;
};

const level = (result: EvaluationResult) => result.questions[0]!.level;
const incremental = (events: readonly CaptureEvent[], batchSize: number) => {
  const evaluator = createIncrementalEvaluator(subject);
  for (let i = 0; i < events.length; i += batchSize) {
    evaluator.push(events.slice(i, i + batchSize));
    evaluator.result();
  }
  return evaluator.result();
};
const EVALUATORS: Record<string, (events: readonly CaptureEvent[]) => EvaluationResult> = {
  evaluate: (events) => evaluate(subject, events),
  evaluateCompiled: (events) => evaluateCompiled(compileSubject(subject), events),
  'incremental, one batch': (events) => incremental(events, 100),
  'incremental, event by event': (events) => incremental(events, 1),
  'reference (evaluateByRule)': (events) => evaluateByRule(subject, events),
};

describe.each(Object.entries(EVALUATORS))('a forged hook response, evaluated by %s', (_, run) => {
  it('raises no level while nothing Témoin read confirms it', () => {
    const result = run(session('none'));
    expect(result.questions[0]!.rules[0]!.satisfied).toBe(false);
    expect(level(result)).toBe(level(run(session('none').filter((event) => !event.unconfirmed))));
    expect(result.ignoredUnconfirmed).toBe(1);
    expect(result.eventCount).toBe(3);
  });

  it('is not confirmed by another page-reported or derived event', () => {
    for (const by of ['by-page', 'by-derived'] as const)
      expect(run(session(by)).questions[0]!.rules[0]!.satisfied, by).toBe(false);
  });

  it('counts once Témoin’s own end-state read relates to it, at its own place', () => {
    const result = run(session('by-fetch'));
    expect(result.questions[0]!.rules[0]).toMatchObject({ satisfied: true, firstSatisfiedSeq: 1 });
    expect(result.ignoredUnconfirmed).toBe(0);
    expect(level(result)).toBe('TS');
    expect(level(run(session('none')))).not.toBe('TS');
    expect(result).toEqual(evaluateByRule(subject, session('by-fetch')));
  });
});

/**
 * Page-reported evidence lowers, never raises (levels.ts `reportedCeiling`): an alt text added
 * while the checked article was sent back to draft cannot be confirmed (no public page to read)
 * and does not count — but the draft it reports is wrong work that caps the question.
 */
const checked = makeSubject([
  {
    rules: [
      {
        id: 'alt',
        title: 'Texte alternatif ajouté',
        criteria: ['C5'],
        kind: 'content.updated',
        evidence: 'state',
        where: [
          { op: 'lengthBetween', field: 'data.featuredImage.alt', min: 10, max: 150 },
          {
            op: 'matches',
            field: 'data.status',
            pattern: '^(draft|trash)$',
            negate: true,
            weight: 0,
            ceiling: 'I',
            label: 'article laissé en ligne',
          },
        ],
      },
      {
        id: 'page',
        title: 'Page consultée',
        criteria: ['C5'],
        kind: 'nav.visited',
        where: [{ op: 'contains', field: 'data.title', value: 'Blog' }],
      },
    ],
  },
]);
const draftSession = (status: 'draft' | 'publish', read: boolean) => {
  const s = sessionWriter();
  s.add('nav.visited', { title: 'Blog', via: 'load' });
  const edit = s.add(
    'content.updated',
    post({ status, featuredImage: { url: '/a.jpg', alt: 'Trois coffrets de thé en carton kraft' } }),
    { unconfirmed: true },
  );
  if (read) s.add('page.seo', { title: 'Nos chaises en palette' } as never, { relatesTo: edit.id });
  return s.events;
};
const CHECKED: Record<string, (events: readonly CaptureEvent[]) => EvaluationResult> = {
  evaluate: (events) => evaluate(checked, events),
  'incremental, event by event': (events) => {
    const evaluator = createIncrementalEvaluator(checked);
    for (const event of events) {
      evaluator.push([event]);
      evaluator.result();
    }
    return evaluator.result();
  },
  'reference (evaluateByRule)': (events) => evaluateByRule(checked, events),
};

describe.each(Object.entries(CHECKED))('page-reported wrong work, evaluated by %s', (_, run) => {
  it('caps the level, says so, and still gives no credit for the unconfirmed edit', () => {
    const draft = run(draftSession('draft', false)).questions[0]!;
    expect(draft.rules[0]!.satisfied).toBe(false);
    expect(draft.level).toBe('I');
    expect(draft.ceiling).toEqual({ level: 'I', checks: ['article laissé en ligne'], reported: true });
    expect(draft.explanation).toContain('d’après ce que la page a rapporté');
    expect(draft.criteria.find((c) => c.criterion === 'C5')!.level).toBe('I');
  });

  it('leaves the level alone when the unconfirmed edit is right, and a confirmed edit counts in full', () => {
    const online = run(draftSession('publish', false)).questions[0]!;
    expect(online.ceiling).toBeNull();
    expect(online.level).toBe(run(draftSession('publish', false).slice(0, 1)).questions[0]!.level);
    expect(run(draftSession('publish', true)).questions[0]!.level).toBe('TS');
  });
});
