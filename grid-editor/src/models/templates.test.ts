import { describe, expect, it } from 'vitest';
import { parse } from '../../../shared/schema/index.ts';
import {
  freshId,
  freshName,
  newAnnex,
  newCondition,
  newLibraryRule,
  newQuestion,
  newRule,
  newSubjectPackage,
  newVariable,
  withOp,
} from './templates.ts';
import { subject } from './test-documents.ts';

describe('templates', () => {
  it.each(['wordpress', 'prestashop'] as const)(
    'makes a valid %s subject package from the national grid',
    (cms) => {
      const pkg = newSubjectPackage(cms);
      const parsed = parse('subject-package', pkg);
      expect(parsed.ok ? [] : parsed.problems).toEqual([]);
      expect(pkg).toMatchObject({
        grid: { id: 'bts-ndrc-e5-pratique' },
        catalogue: { cms },
        subject: { cms },
      });
    },
  );

  it('gives new parts ids that do not collide', () => {
    expect(freshId('q', ['q1', 'q2'])).toBe('q3');
    expect(freshName('nouveau-sujet', '.json', ['nouveau-sujet.json', 'nouveau-sujet-2.json'])).toBe(
      'nouveau-sujet-3.json',
    );
    expect(newQuestion(subject)).toMatchObject({ id: 'q2', number: 2, criteria: [], rules: [] });
    expect(newRule(subject, subject.questions[0])).toMatchObject({
      id: 'q1-r1',
      criteria: ['C1'],
      kind: 'content.published',
    });
    expect(newVariable(subject)).toMatchObject({ name: 'variable1' });
    expect(newAnnex(subject)).toMatchObject({ id: 'annexe-2', type: 'text' });
  });

  it('builds rules that parse, from scratch and from the library', () => {
    expect(parse('rule', newRule(subject, subject.questions[0])).ok).toBe(true);
    const library = newLibraryRule(subject, subject.questions[0], 'article.keywordInTitle');
    expect(parse('rule', library).ok).toBe(true);
    expect(library).toMatchObject({
      id: 'q1-keywordInTitle',
      criteria: ['C2'],
      template: 'article.keywordInTitle',
    });
  });

  it('turns a condition into another operator, keeping what still makes sense', () => {
    const condition = newCondition('data.title');
    expect(withOp({ ...condition, value: '12' }, 'gte')).toEqual({
      op: 'gte',
      field: 'data.title',
      value: 12,
    });
    expect(withOp(condition, 'between')).toEqual({ op: 'between', field: 'data.title', min: 0, max: 100 });
    expect(withOp({ op: 'gte', field: 'data.wordCount', value: 150 }, 'equals')).toEqual({
      op: 'equals',
      field: 'data.wordCount',
      value: 150,
    });
    expect(withOp({ op: 'contains', field: 'data.text', value: 'bio' }, 'matches')).toMatchObject({
      pattern: 'bio',
    });
    for (const op of [
      'contains',
      'equals',
      'matches',
      'exists',
      'gt',
      'between',
      'lengthBetween',
      'wordsAtLeast',
    ] as const)
      expect(
        parse('rule', { ...newRule(subject, subject.questions[0]), where: [withOp(condition, op)] }).ok,
        op,
      ).toBe(true);
  });
});
