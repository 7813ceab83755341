import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../schema/event.ts';
import type { EvidenceRuleInput } from '../schema/rule.ts';
import type { Subject } from '../schema/subject.ts';
import { evaluate as evaluateOnce } from './evaluate.ts';
import { makeSubject, post, sessionWriter } from './fixtures.ts';
import { evaluateByRule } from './reference.ts';
import type { EvaluateOptions } from './types.ts';

/** Every example checks the engine against the reference semantics too. */
const evaluate = (subject: Subject, events: readonly CaptureEvent[], options?: EvaluateOptions) => {
  const result = evaluateOnce(subject, events, options);
  expect(evaluateByRule(subject, events, options)).toEqual(result);
  return result;
};

const tolerant = { case: true, accents: true, spacing: true, punctuation: false };
const article = (id: string, title: string, extra: Partial<EvidenceRuleInput> = {}): EvidenceRuleInput => ({
  id,
  title,
  criteria: ['C1'],
  kind: 'content.published',
  where: [{ op: 'equals', field: 'data.contentType', value: 'post' }],
  ...extra,
});
const keywordIn = (id: string, title: string, field: string, punctuation = false): EvidenceRuleInput =>
  article(id, title, {
    criteria: ['C2'],
    evidence: 'state',
    where: [{ op: 'contains', field, value: '{{keyword}}', tolerant: { ...tolerant, punctuation } }],
  });

const articleQuestion = {
  criteria: ['C1', 'C2'],
  rules: [
    article('publie', 'Article publié'),
    keywordIn('titre', 'Mot-clé dans le titre', 'data.title'),
    keywordIn('slug', 'Mot-clé dans le slug', 'data.slug', true),
    keywordIn('meta', 'Mot-clé dans la méta-description', 'data.seo.metaDescription'),
  ],
};
const subject = makeSubject([articleQuestion], { variables: { keyword: 'chaise en palette' } });

describe('evaluate: a question, its level and its explanation', () => {
  it('explains an article published without meta description → S', () => {
    const session = sessionWriter();
    session.add('nav.visited', { title: 'Articles', via: 'load' });
    const published = session.add(
      'content.published',
      post({ title: 'Une chaise en Palette pour le jardin', slug: 'chaise-en-palette-jardin' }),
    );
    const [question] = evaluate(subject, session.events).questions;
    expect(question).toMatchObject({
      questionId: 'q1',
      rulesSatisfied: ['publie', 'titre', 'slug'],
      rulesMissed: ['meta'],
      eventIds: [published.id],
      weightSatisfied: 3,
      weightTotal: 4,
      ratio: 0.75,
      level: 'S',
      thresholdsFrom: 'default',
      explanation:
        'Article publié, mot-clé dans le titre, mot-clé dans le slug ; manque : mot-clé dans la méta-description → S',
    });
    expect(question!.rules[0]).toMatchObject({ satisfied: true, count: 1, seen: 1, firstSatisfiedSeq: 1 });
  });

  it('gives TS to a complete article and a level per criterion', () => {
    const session = sessionWriter();
    session.add(
      'content.published',
      post({
        title: 'Chaise en palette',
        slug: 'chaise-en-palette',
        seo: { metaDescription: 'Notre chaise en palette, solide.' },
      }),
    );
    const [question] = evaluate(subject, session.events).questions;
    expect(question!.level).toBe('TS');
    expect(question!.explanation).toBe(
      'Article publié, mot-clé dans le titre, mot-clé dans le slug, mot-clé dans la méta-description → TS',
    );
    expect(question!.criteria.map((c) => [c.criterion, c.weightSatisfied, c.weightTotal, c.level])).toEqual([
      ['C1', 1, 1, 'TS'],
      ['C2', 3, 3, 'TS'],
    ]);
  });

  it('gives TI when nothing at all was observed for the question', () => {
    const session = sessionWriter();
    session.add('nav.visited', { title: 'Accueil', via: 'load' });
    const [question] = evaluate(subject, session.events).questions;
    expect(question).toMatchObject({
      hasEvidence: false,
      level: 'TI',
      ratio: 0,
      explanation: 'Aucune action observée → TI',
    });
    const floor = makeSubject([articleQuestion], { variables: { keyword: 'x' }, emptyLevel: 'I' });
    expect(evaluate(floor, session.events).questions[0]!.level).toBe('I');
  });

  it('says what is missing when an action was seen but nothing is acquired', () => {
    const session = sessionWriter();
    session.add('content.published', post({ contentType: 'page', title: 'Contact', slug: 'contact' }));
    const [question] = evaluate(subject, session.events).questions;
    expect(question!.hasEvidence).toBe(true);
    expect(question!.explanation).toBe(
      'Rien d’acquis ; manque : article publié, mot-clé dans le titre, mot-clé dans le slug, mot-clé dans la méta-description → TI',
    );
  });

  it('uses the thresholds of the question, else of the subject', () => {
    const session = sessionWriter();
    session.add('content.published', post({ title: 'Chaise en palette', slug: 'autre' }));
    const strict = { I: 0.5, S: 0.9, TS: 1 };
    const bySubject = makeSubject([articleQuestion], {
      variables: { keyword: 'chaise en palette' },
      thresholds: strict,
    });
    expect(evaluate(bySubject, session.events).questions[0]).toMatchObject({
      ratio: 0.5,
      level: 'I',
      thresholdsFrom: 'subject',
    });
    // `complete: false`: the TS threshold alone decides, so half the weight is TS here.
    const byQuestion = makeSubject(
      [{ ...articleQuestion, thresholds: { I: 0.1, S: 0.2, TS: 0.5, complete: false } }],
      {
        variables: { keyword: 'chaise en palette' },
        thresholds: strict,
      },
    );
    expect(evaluate(byQuestion, session.events).questions[0]).toMatchObject({
      level: 'TS',
      thresholdsFrom: 'question',
    });
  });

  it('suggests TS only when everything asked is done, unless the thresholds say otherwise', () => {
    const session = sessionWriter();
    session.add('content.published', post({ title: 'Chaise en palette', slug: 'autre' }));
    const lenient = { I: 0.1, S: 0.2, TS: 0.5 };
    const question = evaluate(
      makeSubject([{ ...articleQuestion, thresholds: lenient }], {
        variables: { keyword: 'chaise en palette' },
      }),
      session.events,
    ).questions[0]!;
    // Half the weight reaches the TS threshold, but the slug is not done: « très satisfaisant »
    // is everything asked, so S, and the explanation says why.
    expect(question).toMatchObject({ ratio: 0.5, level: 'S' });
    expect(question.unfinished.length).toBeGreaterThan(0);
    expect(question.explanation).toMatch(/TS seulement quand tout ce qui est demandé est fait → S$/);
    session.add(
      'content.updated',
      post({
        title: 'Chaise en palette',
        slug: 'chaise-en-palette',
        seo: { metaDescription: 'Notre chaise en palette.' },
      }),
    );
    const done = evaluate(
      makeSubject([{ ...articleQuestion, thresholds: lenient }], {
        variables: { keyword: 'chaise en palette' },
      }),
      session.events,
    ).questions[0]!;
    expect(done).toMatchObject({ level: 'TS', unfinished: [] });
  });

  it('makes no suggestion for a question without rules', () => {
    const result = evaluate(makeSubject([{ rules: [] }]), []);
    expect(result.questions[0]).toMatchObject({
      level: null,
      ratio: null,
      explanation: 'Aucune règle de preuve : niveau à fixer par l’examinateur',
    });
  });
});

describe('evaluate: quantifier, order and window', () => {
  const reply = (extra: Partial<EvidenceRuleInput> = {}): EvidenceRuleInput => ({
    id: 'reponses',
    title: 'Réponses aux commentaires',
    criteria: ['C5'],
    kind: 'comment.replied',
    ...extra,
  });
  const replyData = (n: number) => ({ commentId: `r${n}`, parentId: `c${n}`, text: 'Merci !' });

  it('counts at least n events and shows progress', () => {
    const session = sessionWriter();
    session.add('comment.replied', replyData(1));
    session.add('comment.replied', replyData(2));
    const rules = [reply({ atLeast: 3 })];
    const [question] = evaluate(makeSubject([{ rules }]), session.events).questions;
    expect(question!.rules[0]).toMatchObject({ count: 2, satisfied: false, firstSatisfiedSeq: null });
    // Two of the three replies asked for: two thirds of the rule's weight.
    expect(question!.rules[0]!.degree).toBeCloseTo(2 / 3, 9);
    expect(question!.explanation).toBe(
      'Rien d’acquis ; en partie : réponses aux commentaires (67 %, 2/3) → S',
    );
    session.add('comment.replied', replyData(3));
    expect(evaluate(makeSubject([{ rules }]), session.events).questions[0]!.rules[0]).toMatchObject({
      count: 3,
      satisfied: true,
      firstSatisfiedSeq: 2,
    });
  });

  it('only counts events after the first satisfying event of another rule', () => {
    const created: EvidenceRuleInput = {
      id: 'cree',
      title: 'Code promo créé',
      criteria: ['C6'],
      kind: 'commerce.voucherCreated',
    };
    const tested: EvidenceRuleInput = {
      id: 'teste',
      title: 'Code promo testé',
      criteria: ['C6'],
      kind: 'commerce.voucherApplied',
      where: [{ op: 'equals', field: 'data.accepted', value: true }],
      after: 'cree',
    };
    const session = sessionWriter();
    session.add('commerce.voucherApplied', { code: 'ETE10', accepted: true });
    session.add('commerce.voucherCreated', { code: 'ETE10', reductionPercent: 10 });
    const subjectOrder = makeSubject([{ criteria: ['C6'], rules: [tested, created] }]);
    expect(evaluate(subjectOrder, session.events).questions[0]!.rulesSatisfied).toEqual(['cree']);
    const late = session.add('commerce.voucherApplied', { code: 'ETE10', accepted: true });
    const result = evaluate(subjectOrder, session.events).questions[0]!;
    expect(result.rulesSatisfied).toEqual(['teste', 'cree']);
    expect(result.rules[0]!.events.map((e) => e.id)).toEqual([late.id]);
  });

  it('keeps to the time window, in minutes from the start', () => {
    const session = sessionWriter();
    session.add('comment.replied', replyData(1), { minute: 4.9 });
    session.add('comment.replied', replyData(2), { minute: 12 });
    session.add('comment.replied', replyData(3), { minute: 20 });
    const windowed = reply({ atLeast: 1, window: { fromMinute: 5, toMinute: 20 } });
    const [question] = evaluate(makeSubject([{ rules: [windowed] }]), session.events).questions;
    expect(question!.rules[0]).toMatchObject({ seen: 1, count: 1, events: [{ id: 'ev-000001' }] });
  });
});

describe('evaluate: state evidence', () => {
  it('lets the last update of the same content decide', () => {
    const session = sessionWriter();
    session.add('content.published', post({ title: 'Chaise en palette', slug: 'chaise-en-palette' }));
    session.add('content.published', post({ id: '43', title: 'Autre article', slug: 'autre' }));
    const later = session.add('content.updated', post({ title: 'Nos meubles', slug: undefined }));
    const [question] = evaluate(subject, session.events).questions;
    expect(question!.rules[1]).toMatchObject({
      ruleId: 'titre',
      satisfied: false,
      count: 0,
      firstSatisfiedSeq: 0,
    });
    // The slug did not change in the update: the merged state still has it.
    expect(question!.rules[2]).toMatchObject({ ruleId: 'slug', satisfied: true, events: [{ id: later.id }] });
    expect(question!.explanation).toBe(
      'Article publié, mot-clé dans le slug ; manque : mot-clé dans le titre (plus vrai à la fin), mot-clé dans la méta-description → I',
    );
  });

  it('completes a partial save with the earlier fields', () => {
    const session = sessionWriter();
    session.add('content.published', post({ title: 'Chaise en palette' }));
    session.add('content.updated', {
      ...post({ title: 'Chaise en palette' }),
      seo: { metaDescription: 'La chaise en palette idéale.' },
      changed: ['seo'],
    });
    const [question] = evaluate(subject, session.events).questions;
    expect(question!.rulesSatisfied).toEqual(['publie', 'titre', 'meta']);
  });

  it('no longer counts an unpublished article', () => {
    const session = sessionWriter();
    session.add('content.published', post({ title: 'Chaise en palette' }));
    session.add('content.unpublished', post({ title: 'Chaise en palette', status: 'draft' }));
    expect(evaluate(subject, session.events).questions[0]!.rules[1]).toMatchObject({
      satisfied: false,
      seen: 2,
    });
  });

  it('needs an event of the rule’s own kind for the thing', () => {
    const session = sessionWriter();
    session.add('content.updated', post({ title: 'Chaise en palette' }));
    expect(evaluate(subject, session.events).questions[0]!.rules[1]!.satisfied).toBe(false);
  });

  it('counts things, not events, for atLeast', () => {
    const rule: EvidenceRuleInput = {
      id: 'produits',
      title: 'Deux produits avec un prix',
      criteria: ['C1'],
      kind: 'commerce.productSaved',
      evidence: 'state',
      atLeast: 2,
      where: [{ op: 'gt', field: 'data.price', value: 0 }],
    };
    const session = sessionWriter();
    session.add('commerce.productSaved', { productId: '1', name: 'Chaise', price: 49 });
    session.add('commerce.productSaved', { productId: '1', name: 'Chaise', price: 59 });
    const one = evaluate(makeSubject([{ rules: [rule] }]), session.events).questions[0]!.rules[0]!;
    expect(one).toMatchObject({ count: 1, satisfied: false });
    session.add('commerce.productSaved', { productId: '2', name: 'Table', price: 120 });
    const two = evaluate(makeSubject([{ rules: [rule] }]), session.events).questions[0]!.rules[0]!;
    expect(two).toMatchObject({ count: 2, satisfied: true, firstSatisfiedSeq: 2 });
    expect(two.events.map((e) => e.seq)).toEqual([1, 2]);
  });
});

describe('evaluate: events taken into account', () => {
  it('skips repeats and events after the time allowed', () => {
    const session = sessionWriter();
    session.add('comment.replied', { commentId: 'r1', parentId: 'c1', text: 'Merci' });
    session.add('comment.replied', { commentId: 'r2', parentId: 'c2', text: 'Merci' }, { afterTime: true });
    const rules: EvidenceRuleInput[] = [
      { id: 'r', title: 'Réponse', criteria: ['C5'], kind: 'comment.replied' },
    ];
    const events = [...session.events, session.events[0]!];
    const result = evaluate(makeSubject([{ rules }]), events);
    expect(result).toMatchObject({ eventCount: 2, ignoredAfterTime: 1, lastSeq: 1 });
    expect(result.questions[0]!.rules[0]!.count).toBe(1);
    const all = evaluate(makeSubject([{ rules }]), events, { includeAfterTime: true });
    expect(all.questions[0]!.rules[0]!.count).toBe(2);
  });
});

describe('evaluate: refused rules', () => {
  it('keeps a rule with a runaway pattern, never satisfied, with its path', () => {
    const rules: EvidenceRuleInput[] = [
      article('publie', 'Article publié'),
      article('piege', 'Titre piégé', {
        where: [{ op: 'matches', field: 'data.title', pattern: '(a|aa)*b' }],
      }),
    ];
    const session = sessionWriter();
    session.add('content.published', post({ title: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }));
    const result = evaluate(makeSubject([{ rules }]), session.events);
    expect(result.problems).toMatchObject([
      { path: 'questions[0].rules[1].where[0].pattern', code: 'unsafe-pattern' },
    ]);
    expect(result.questions[0]!.rules[1]).toMatchObject({ satisfied: false, seen: 0 });
    // A designer's mistake does not weigh on the candidate: the invalid rule is out of the total.
    expect(result.questions[0]).toMatchObject({ weightTotal: 1, rulesMissed: ['piege'] });
    expect(result.questions[0]!.explanation).toBe('Article publié ; règle invalide : « Titre piégé » → TS');
  });

  it('refuses a circular order', () => {
    const rules: EvidenceRuleInput[] = [
      article('a', 'A', { after: 'b' }),
      article('b', 'B', { after: 'a' }),
      article('c', 'C', { after: 'a' }),
    ];
    const result = evaluate(makeSubject([{ rules }]), []);
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['questions[0].rules[0].after', 'after-cycle'],
      ['questions[0].rules[1].after', 'after-cycle'],
    ]);
  });
});
