/**
 * Wrong work is not missing work: a check with a `ceiling` that fails on the evidence its rule
 * judged caps the question's level (wrong advice, a stuffed description, filler text), whatever
 * the rest weighs; a check with nothing to judge caps nothing.
 */
import { describe, expect, it } from 'vitest';
import type { EvidenceRuleInput } from '../schema/rule.ts';
import { evaluate } from './evaluate.ts';
import { makeSubject, sessionWriter } from './fixtures.ts';
import { createIncrementalEvaluator } from './incremental.ts';
import { evaluateByRule } from './reference.ts';

const APPROVED: EvidenceRuleInput = {
  id: 'approved',
  title: 'Commentaire approuvé',
  criteria: ['C5'],
  kind: 'comment.moderated',
  where: [{ op: 'equals', field: 'data.action', value: 'approve' }],
  weight: 1,
};
const REPLY: EvidenceRuleInput = {
  id: 'reply',
  title: 'Réponse sur le matcha',
  criteria: ['C3'],
  kind: 'comment.replied',
  where: [{ op: 'wordsAtLeast', field: 'data.text', value: 10 }],
  weight: 2,
};
const ADVICE: EvidenceRuleInput = {
  id: 'advice',
  title: 'Conseil précis',
  criteria: ['C3'],
  kind: 'comment.replied',
  where: [
    { op: 'wordsAtLeast', field: 'data.text', value: 10, required: true },
    { op: 'numbersWithin', field: 'data.text', unit: '°C', min: 60, max: 85 },
    { op: 'mentions', field: 'data.text', values: ['fouet', ' g '] },
    {
      op: 'numbersWithin',
      field: 'data.text',
      unit: '°C',
      min: 60,
      max: 85,
      ifAny: true,
      weight: 0,
      ceiling: 'I',
      label: 'aucune température fausse',
    },
  ],
  weight: 2,
};
const subject = makeSubject([{ criteria: ['C3', 'C5'], rules: [APPROVED, REPLY, ADVICE] }], {
  thresholds: { I: 0.15, S: 0.5, TS: 0.9 },
});

const session = (reply: string) => {
  const s = sessionWriter();
  s.add('comment.moderated', { commentId: '2', action: 'approve' });
  s.add('comment.replied', { commentId: '4', parentId: '2', text: reply });
  return s.events;
};
const results = (events: ReturnType<typeof session>) => {
  const incremental = createIncrementalEvaluator(subject);
  incremental.push(events);
  return [evaluate(subject, events), evaluateByRule(subject, events), incremental.result()];
};

describe('ceilings: wrong work caps the level', () => {
  it('caps a question whose advice is wrong, in every evaluator, and says why', () => {
    const wrong = session(
      'Bonjour Julien, versez une eau bouillante à 100 °C sur une grosse cuillère de poudre et remuez bien.',
    );
    for (const result of results(wrong)) {
      const question = result.questions[0]!;
      // Approved and answered: 3 of 5 would be S; the advice is wrong, so at most I.
      expect(question.ratio).toBeCloseTo(0.6, 9);
      expect(question.level).toBe('I');
      expect(question.ceiling).toEqual({ level: 'I', checks: ['aucune température fausse'] });
      expect(question.explanation).toMatch(
        /limité à I, exigence non respectée : aucune température fausse → I$/,
      );
    }
  });

  it('does not cap advice that is only incomplete (no temperature written)', () => {
    const incomplete = session(
      'Bonjour Julien, comptez 2 g de poudre pour 7 cl d’eau et fouettez vivement au fouet en bambou.',
    );
    for (const result of results(incomplete)) {
      const question = result.questions[0]!;
      expect(question.ceiling).toBeNull();
      expect(question.level).toBe('S');
    }
  });

  it('does not cap right advice, and caps nothing when no reply was written', () => {
    const right = session(
      'Bonjour Julien, eau à 75 °C, 2 g de poudre pour 7 cl, puis fouettez au fouet en bambou.',
    );
    expect(evaluate(subject, right).questions[0]).toMatchObject({ level: 'TS', ceiling: null });
    const s = sessionWriter();
    s.add('comment.moderated', { commentId: '2', action: 'approve' });
    expect(evaluate(subject, s.events).questions[0]).toMatchObject({ level: 'I', ceiling: null });
  });

  it('caps only the criteria whose rules hold the failed check', () => {
    const wrong = session(
      'Bonjour Julien, versez une eau bouillante à 100 °C sur la poudre et remuez bien fort.',
    );
    const { criteria } = evaluate(subject, wrong).questions[0]!;
    expect(criteria.find((c) => c.criterion === 'C5')).toMatchObject({ level: 'TS', ceiling: null });
    expect(criteria.find((c) => c.criterion === 'C3')?.ceiling?.level).toBe('I');
  });
});
