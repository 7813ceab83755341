import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../schema/event.ts';
import type { Condition, EvidenceRuleInput } from '../schema/rule.ts';
import { evaluate } from './evaluate.ts';
import { makeEvent, makeSubject, post, sessionWriter } from './fixtures.ts';
import { createIncrementalEvaluator } from './incremental.ts';
import { evaluateByRule } from './reference.ts';

const tolerant = { case: true, accents: true, spacing: true, punctuation: true };

/** Conditions that hold on some generated events and not on others. */
const CONDITIONS: Record<string, Condition[]> = {
  'content.published': [
    { op: 'contains', field: 'data.title', value: '{{keyword}}', tolerant },
    { op: 'contains', field: 'data.slug', value: '{{keyword}}', tolerant },
    { op: 'exists', field: 'data.seo.metaDescription', value: true },
    { op: 'lengthBetween', field: 'data.seo.metaDescription', min: 5, max: 30 },
    { op: 'matches', field: 'data.slug', pattern: '^chaise', flags: 'i' },
    { op: 'wordsAtLeast', field: 'data.wordCount', value: 150 },
    { op: 'equals', field: 'data.contentType', value: 'post' },
  ],
  'commerce.productSaved': [
    { op: 'gt', field: 'data.price', value: 10 },
    { op: 'exists', field: 'data.category', value: true },
    { op: 'between', field: 'data.shortDescriptionLength', min: 200, max: 300 },
  ],
  'commerce.voucherApplied': [
    { op: 'equals', field: 'data.code', value: '{{voucher}}', tolerant },
    { op: 'equals', field: 'data.accepted', value: true },
  ],
  'comment.replied': [{ op: 'wordsAtLeast', field: 'data.text', value: 3 }],
  'settings.changed': [
    { op: 'equals', field: 'data.changes.comment_moderation', value: true },
    { op: 'differs', field: 'data.area', value: 'general' },
  ],
  'nav.visited': [{ op: 'contains', field: 'url', value: 'wp-admin' }],
};
CONDITIONS['content.updated'] = CONDITIONS['content.published']!;
CONDITIONS['content.unpublished'] = CONDITIONS['content.published']!;
const KINDS = Object.keys(CONDITIONS);
const ANY: Condition[] = [
  { op: 'equals', field: 'questionId', value: 'q1' },
  { op: 'exists', field: 'data.nothing', value: false },
  // Graded checks: weights, gates and a share (`mentions`), so that near misses are compared too.
  { op: 'equals', field: 'questionId', value: 'q2', weight: 3 },
  { op: 'exists', field: 'url', value: true, required: true },
  { op: 'mentions', field: 'url', values: ['site', 'wp-admin', 'absent'] },
  // Wrong work caps the level: the ceiling must come out the same from every evaluator.
  { op: 'contains', field: 'url', value: 'admin', weight: 0, ceiling: 'I' },
  { op: 'exists', field: 'data.text', value: true, ceiling: 'S' },
];

const ruleArb = (i: number, n: number, kinds: readonly string[]) =>
  fc
    .record({
      kind: fc.constantFrom(...kinds),
      picks: fc.array(fc.nat(20), { maxLength: 3 }),
      atLeast: fc.integer({ min: 1, max: 3 }),
      evidence: fc.constantFrom('process' as const, 'state' as const),
      after: fc.option(fc.nat(n - 1), { nil: undefined, freq: 2 }),
      window: fc.option(
        fc.record({ fromMinute: fc.integer({ min: 0, max: 10 }), span: fc.integer({ min: 1, max: 40 }) }),
        { nil: undefined },
      ),
      weight: fc.integer({ min: 0, max: 3 }),
      fetched: fc.boolean(),
      // Another route to the same deliverable: events of a second kind read by the same rule.
      orKind: fc.option(fc.constantFrom(...kinds), { nil: undefined, freq: 3 }),
    })
    .map(({ kind, picks, atLeast, evidence, after, window, weight, fetched, orKind }): EvidenceRuleInput => {
      const pool = [...CONDITIONS[kind]!, ...ANY];
      return {
        id: `r${i}`,
        title: `Règle ${i}`,
        criteria: [i % 2 === 0 ? 'C1' : 'C2'],
        kind,
        ...(orKind === undefined || orKind === kind ? {} : { orKinds: [orKind] }),
        where: picks.map((p) => pool[p % pool.length]!),
        atLeast,
        evidence,
        weight,
        ...(fetched ? { fetched } : {}),
        ...(after === undefined || after === i ? {} : { after: `r${after}` }),
        ...(window
          ? { window: { fromMinute: window.fromMinute, toMinute: window.fromMinute + window.span } }
          : {}),
      };
    });

const subjectArb = (kinds: readonly string[]) =>
  fc
    .integer({ min: 1, max: 8 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ruleArb(i, n, kinds))))
    .chain((rules) =>
      fc.integer({ min: 1, max: Math.min(3, rules.length) }).map((questions) =>
        makeSubject(
          Array.from({ length: questions }, (_, q) => ({
            criteria: ['C1', 'C2'],
            rules: rules.filter((_, i) => i % questions === q),
          })),
          { variables: { keyword: 'chaise en palette', voucher: 'ETE10' } },
        ),
      ),
    );

const dataArb: Record<string, fc.Arbitrary<unknown>> = {
  'content.published': fc
    .record({
      id: fc.constantFrom('1', '2', '3'),
      contentType: fc.constantFrom('post', 'page'),
      title: fc.constantFrom('Chaise en palette', 'Table', 'La CHAISE en Palette du jardin'),
      slug: fc.option(fc.constantFrom('chaise-en-palette', 'table'), { nil: undefined }),
      meta: fc.option(fc.constantFrom('Courte', 'Une description assez longue pour dépasser'), {
        nil: undefined,
      }),
      wordCount: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
    })
    .map(({ id, contentType, title, slug, meta, wordCount }) =>
      post({ id, contentType, title, slug, wordCount, ...(meta ? { seo: { metaDescription: meta } } : {}) }),
    ),
  'commerce.productSaved': fc.record({
    productId: fc.constantFrom('1', '2'),
    name: fc.constant('Chaise'),
    price: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    category: fc.option(fc.constant('Mobilier'), { nil: undefined }),
    shortDescriptionLength: fc.option(fc.integer({ min: 150, max: 350 }), { nil: undefined }),
  }),
  'commerce.voucherApplied': fc.record({
    code: fc.constantFrom('ETE10', 'ete10', 'HIVER'),
    accepted: fc.boolean(),
  }),
  'comment.replied': fc.record({
    commentId: fc.constantFrom('r1', 'r2'),
    parentId: fc.constant('c1'),
    text: fc.constantFrom('Merci', 'Merci pour votre retour !'),
  }),
  'settings.changed': fc.record({
    area: fc.constantFrom('general', 'discussion'),
    changes: fc.constantFrom(
      { comment_moderation: '1' },
      { comment_moderation: '0' },
      { blogdescription: 'x' },
    ),
  }),
  'nav.visited': fc.record({ title: fc.constant('Page'), via: fc.constant('load' as const) }),
};
dataArb['content.updated'] = dataArb['content.published']!;
dataArb['content.unpublished'] = dataArb['content.published']!;

const sessionArb = (kinds: readonly string[]) =>
  fc
    .array(
      fc.record({
        kind: fc.constantFrom(...kinds),
        gap: fc.integer({ min: 1, max: 3 }),
        minutes: fc.integer({ min: 0, max: 3 }),
        url: fc.constantFrom('http://site.test/wp-admin/', 'http://site.test/'),
        questionId: fc.constantFrom(null, 'q1', 'q2'),
        afterTime: fc.boolean().map((b) => (b ? true : undefined)),
        repeat: fc.integer({ min: 0, max: 20 }),
        // Témoin's own end-state snapshot (relatesTo, no derivedFrom) or a derived event.
        origin: fc.constantFrom('candidate', 'candidate', 'fetched', 'derived'),
        // Page-reported (the hook): counts only once a fetched event relates to it.
        unconfirmed: fc.boolean(),
        target: fc.nat(),
      }),
      { maxLength: 80 },
    )
    .chain((specs) =>
      fc.tuple(...specs.map((spec) => dataArb[spec.kind]!)).map((datas) => {
        const events: CaptureEvent[] = [];
        const fetched: { event: CaptureEvent; target: number }[] = [];
        let seq = 0;
        let elapsed = 0;
        specs.forEach((spec, i) => {
          seq += spec.gap;
          elapsed += spec.minutes * 60_000;
          const event = makeEvent(spec.kind as 'nav.visited', datas[i] as never, {
            seq,
            elapsedMs: elapsed,
            url: spec.url,
            questionId: spec.questionId,
            ...(spec.afterTime && i % 7 === 0 ? { afterTime: true } : {}),
            ...(spec.origin === 'fetched' ? { relatesTo: 'ev-000000-origin' } : {}),
            ...(spec.origin === 'derived'
              ? { relatesTo: 'ev-000000-origin', derivedFrom: 'ev-000000-seen' }
              : {}),
          });
          if (spec.unconfirmed && spec.origin !== 'fetched') (event as CaptureEvent).unconfirmed = true;
          if (spec.origin === 'fetched') fetched.push({ event, target: spec.target });
          events.push(event);
          // A repeat now and then: the background may resend an event already stored.
          if (spec.repeat === 0 && events.length > 1) events.push(events[events.length - 2]!);
        });
        // Fetched events confirm one of the page-reported events, before or after them.
        const reported = events.filter((event) => event.unconfirmed).map((event) => event.id);
        for (const { event, target } of fetched)
          if (reported.length > 0 && target % 3 !== 0) event.relatesTo = reported[target % reported.length]!;
        return events;
      }),
    );

/** Cuts a list at the given points. */
const batches = <T>(items: readonly T[], cuts: readonly number[]): T[][] => {
  const points = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b);
  const out: T[][] = [];
  let start = 0;
  for (const point of [...points, items.length]) {
    out.push(items.slice(start, point));
    start = point;
  }
  return out;
};

describe('incremental evaluation', () => {
  it('gives, for any session and any batching, exactly the reference one-shot result', () => {
    fc.assert(
      fc.property(
        // Few kinds per run, so that rules often look at the same events.
        fc
          .subarray(KINDS, { minLength: 1, maxLength: 3 })
          .chain((kinds) => fc.tuple(subjectArb(kinds), sessionArb(kinds))),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.boolean(), { maxLength: 12 }),
        ([subject, events], cuts, peeks) => {
          const evaluator = createIncrementalEvaluator(subject);
          batches(events, cuts).forEach((batch, i) => {
            evaluator.push(batch);
            // Asking for the result between batches must not change what comes next.
            if (peeks[i]) evaluator.result();
          });
          const reference = evaluateByRule(subject, events);
          expect(evaluator.result()).toEqual(reference);
          expect(evaluate(subject, events)).toEqual(reference);
        },
      ),
      { numRuns: 400 },
    );
    // 400 random subjects and sessions: seconds alone, more on a machine shared with others.
  }, 60_000);

  it('reuses the results of questions no event touched', () => {
    const subject = makeSubject([
      { rules: [{ id: 'a', title: 'Réponse', criteria: ['C5'], kind: 'comment.replied' }] },
      { rules: [{ id: 'b', title: 'Produit', criteria: ['C1'], kind: 'commerce.productSaved' }] },
    ]);
    const session = sessionWriter();
    session.add('comment.replied', { commentId: 'r1', parentId: 'c1', text: 'Merci' });
    const evaluator = createIncrementalEvaluator(subject);
    evaluator.push(session.events);
    const first = evaluator.result();
    evaluator.push([session.add('commerce.productSaved', { productId: '1', name: 'Chaise' })]);
    const second = evaluator.result();
    expect(second.questions[0]).toBe(first.questions[0]);
    expect(second.questions[1]).not.toBe(first.questions[1]);
    expect(second.questions[1]!.explanation).toBe('Produit → TS');
  });

  it('ignores a batch sent twice', () => {
    const subject = makeSubject([
      { rules: [{ id: 'a', title: 'Réponse', criteria: ['C5'], kind: 'comment.replied', atLeast: 2 }] },
    ]);
    const session = sessionWriter();
    session.add('comment.replied', { commentId: 'r1', parentId: 'c1', text: 'Merci' });
    const evaluator = createIncrementalEvaluator(subject);
    evaluator.push(session.events);
    evaluator.push(session.events);
    expect(evaluator.result().questions[0]!.rules[0]).toMatchObject({ count: 1, satisfied: false });
    expect(evaluator.result().eventCount).toBe(1);
  });
});
