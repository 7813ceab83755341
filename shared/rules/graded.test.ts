import { describe, expect, it } from 'vitest';
import type { EvidenceRuleInput } from '../schema/rule.ts';
import { evaluate } from './evaluate.ts';
import { makeSubject, post, sessionWriter } from './fixtures.ts';
import { evaluateByRule } from './reference.ts';

const META: EvidenceRuleInput = {
  id: 'meta',
  title: 'Méta description optimisée',
  criteria: ['C2'],
  kind: 'content.published',
  evidence: 'state',
  where: [
    { op: 'equals', field: 'data.contentType', value: 'post', required: true },
    { op: 'contains', field: 'data.seo.metaDescription', value: '{{keyword}}', tolerant: {} },
    { op: 'lengthBetween', field: 'data.seo.metaDescription', min: 120, max: 160, weight: 2 },
  ],
};
const VIEWED: EvidenceRuleInput = {
  id: 'viewed',
  title: 'Page publique consultée',
  criteria: ['C5'],
  kind: 'page.seo',
  evidence: 'state',
  where: [{ op: 'equals', field: 'data.keyword.inTitle', value: true }],
};
const subject = (rules: EvidenceRuleInput[]) =>
  makeSubject([{ criteria: ['C2', 'C5'], rules }], { variables: { keyword: 'chaise en palette' } });

const snapshot = (inTitle: boolean) => ({
  title: 'Chaise en palette',
  metaDescription: null,
  robots: null,
  canonical: null,
  lang: 'fr',
  headings: [],
  images: { total: 0, missingAlt: 0, emptyAlt: 0 },
  links: { internal: 0, external: 0 },
  openGraph: {},
  jsonLdTypes: [],
  wordCount: 10,
  keyword: {
    term: 'chaise en palette',
    count: 1,
    inTitle,
    inH1: false,
    inMetaDescription: false,
    inUrl: false,
  },
});

describe('graded evidence', () => {
  it('a near miss counts for the weighted share of its checks, a miss of a gate for nothing', () => {
    const s = sessionWriter();
    // 99 characters: the keyword is there, the length is not.
    s.add('content.published', post({ seo: { metaDescription: `Chaise en palette ${'x'.repeat(81)}` } }));
    const [question] = evaluate(subject([META]), s.events).questions;
    const rule = question!.rules[0]!;
    expect(rule.satisfied).toBe(false);
    expect(rule.degree).toBeCloseTo(1 / 3, 9);
    expect(rule.checks.map((check) => [check.label, check.held])).toEqual([
      ['contentType = post', true],
      ['méta description contient « chaise en palette »', true],
      ['méta description de 120 à 160 caractères', false],
    ]);
    expect(rule.events.map((event) => event.seq)).toEqual([0]);
    expect(question!.ratio).toBeCloseTo(1 / 3, 9);
    expect(question!.level).toBe('I');
    expect(question!.explanation).toBe(
      'Rien d’acquis ; en partie : méta description optimisée (33 %, manque méta description de 120 à 160 caractères) → I',
    );
    // A page is not an article: the gate fails, nothing counts.
    const page = sessionWriter();
    page.add(
      'content.published',
      post({ contentType: 'page', seo: { metaDescription: 'Chaise en palette' } }),
    );
    expect(evaluate(subject([META]), page.events).questions[0]!.rules[0]!.degree).toBe(0);
  });

  it('never counts Témoin’s own snapshot of a page as the candidate viewing it', () => {
    const s = sessionWriter();
    const published = s.add('content.published', post());
    s.add('page.seo', snapshot(true), { relatesTo: published.id, url: 'http://site.test/chaise' });
    for (const run of [evaluate, evaluateByRule]) {
      const rule = run(subject([VIEWED]), s.events).questions[0]!.rules[0]!;
      expect(rule).toMatchObject({ satisfied: false, degree: 0, seen: 0, events: [] });
    }
    // A state rule about the site's end state may read it, when it says so.
    const endState = evaluate(subject([{ ...VIEWED, fetched: true }]), s.events).questions[0]!.rules[0]!;
    expect(endState.satisfied).toBe(true);
    // The candidate opening the page counts.
    s.add('page.seo', snapshot(true), { url: 'http://site.test/chaise' });
    expect(evaluate(subject([VIEWED]), s.events).questions[0]!.rules[0]!.satisfied).toBe(true);
  });

  it('process rules ignore fetched evidence even when they ask for it', () => {
    const s = sessionWriter();
    s.add('page.seo', snapshot(true), { relatesTo: 'ev-000000-x', url: 'http://site.test/chaise' });
    const rule = evaluate(subject([{ ...VIEWED, evidence: 'process', fetched: true }]), s.events)
      .questions[0]!.rules[0]!;
    expect(rule).toMatchObject({ satisfied: false, seen: 0 });
  });

  it('shows the aspects left to the examiner', () => {
    const base = subject([META]);
    const withAspects = { ...base, questions: [{ ...base.questions[0]!, examinerAspects: ['ton cordial'] }] };
    expect(evaluate(withAspects, []).questions[0]!.examinerAspects).toEqual(['ton cordial']);
  });
});
