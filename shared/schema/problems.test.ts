import { describe, expect, it } from 'vitest';
import { describeProblem, formatOf, formatPath, kindOf, problem } from './index.ts';

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['format'], 'format'],
    [['questions', 2, 'criteria', 0], 'questions[2].criteria[0]'],
    [[3, 'id'], '[3].id'],
    [['data', 'openGraph', 'og:title'], 'data.openGraph["og:title"]'],
    [['data', 'changes', 'a b'], 'data.changes["a b"]'],
    [['data', 'query', ''], 'data.query[""]'],
    [['data', 'query', '1st'], 'data.query["1st"]'],
    [['subject-package', 'hash'], 'subject-package.hash'],
    [['__proto__'], '__proto__'],
    [['data', 'changes', 'say "hi"'], 'data.changes["say \\"hi\\""]'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('problems', () => {
  it('every custom code has both languages', () => {
    expect(problem(['questions', 0, 'criteria', 1], 'unknown-criterion', { value: 'C9' })).toEqual({
      path: 'questions[0].criteria[1]',
      code: 'unknown-criterion',
      fr: 'critère inconnu "C9"',
      en: 'unknown criterion "C9"',
    });
  });

  it('an unknown code still gives a message', () => {
    expect(problem([], 'brand-new-check')).toEqual({
      path: '',
      code: 'brand-new-check',
      fr: 'brand-new-check',
      en: 'brand-new-check',
    });
  });

  it('a pattern refusal says why', () => {
    const p = problem(['pattern'], 'unsafe-pattern', {
      reason: { fr: 'quantificateurs imbriqués', en: 'nested quantifiers' },
    });
    expect([p.fr, p.en]).toEqual([
      'expression régulière refusée : quantificateurs imbriqués',
      'pattern refused: nested quantifiers',
    ]);
  });

  it('describes a problem for a person, with the document itself named', () => {
    const p = problem([], 'not-an-object');
    expect(describeProblem(p)).toBe('(document) : un objet JSON est attendu');
    expect(describeProblem(p, 'en')).toBe('(document) : a JSON object is expected');
    expect(describeProblem(problem(['endedAt'], 'ends-before-start'))).toBe(
      'endedAt : fin antérieure au début',
    );
  });
});

describe('kindOf', () => {
  it.each([
    [{ format: formatOf('grid') }, 'grid'],
    [{ format: 'temoin.subject-package/1' }, 'subject-package'],
    [{ format: 'temoin.bundle/2' }, 'bundle'],
    [{ format: 'temoin.bundle' }, undefined],
    [{ format: 'temoin.unknown/1' }, undefined],
    [{ format: 'temoin.rule/1' }, undefined],
    [{ format: 'other.bundle/1' }, undefined],
    [{ format: 3 }, undefined],
    [{}, undefined],
    [null, undefined],
    ['temoin.grid/1', undefined],
  ])('%j → %s', (input, expected) => {
    expect(kindOf(input)).toBe(expected);
  });
});
