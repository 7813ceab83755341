import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPattern } from './safe-pattern.ts';

const reasonOf = (pattern: string, flags?: string) => {
  const verdict = checkPattern(pattern, flags);
  return verdict.ok ? 'ok' : verdict.reason.en;
};

describe('checkPattern accepts simple patterns', () => {
  it.each([
    ['^[a-z0-9-]+$', ''],
    ['thé\\s+vert', 'iu'],
    ['(bio|équitable)', 'i'],
    ['^PRINTEMPS\\d{2}$', ''],
    ['(https?://)?www\\.', ''],
    ['^(?:thé|tisane) (vert|noir)$', 'u'],
    ['(?<marque>Thé des Alpes)', 'u'],
    ['[(]a+[)]+', ''],
    ['\\(a+\\)+', ''],
    ['(a[+*?{|])+', ''],
    ['\\\\1', ''],
    ['a{1,999}', ''],
    ['^\\p{Lu}', 'u'],
    ['(?:ab)+', ''],
    ['(a*)?', ''],
    ['.*', 's'],
  ])('%s (flags %j)', (pattern, flags) => {
    expect(checkPattern(pattern, flags)).toEqual({ ok: true });
  });
});

describe('checkPattern refuses patterns that can run away or are not patterns', () => {
  it.each([
    ['(a+)+', 'nested quantifiers'],
    ['(a*)*', 'nested quantifiers'],
    ['(.*)*', 'nested quantifiers'],
    ['(a|aa)*', 'nested quantifiers'],
    ['(a|a)+', 'nested quantifiers'],
    ['(\\w+\\s?)+', 'nested quantifiers'],
    ['^(a?a?)+$', 'nested quantifiers'],
    ['^(\\d?\\d?)*$', 'nested quantifiers'],
    ['(a?){25}', 'nested quantifiers'],
    ['(?:a+){2,}', 'nested quantifiers'],
    ['((ab)*)+', 'nested quantifiers'],
    ['((a)+)+', 'nested quantifiers'],
    ['(x+x+)+y', 'nested quantifiers'],
    ['(a{2}){3}', 'nested quantifiers'],
    ['(?:(a|b)c)*', 'nested quantifiers'],
    ['(a+)+?', 'nested quantifiers'],
    ['(a)\\1', 'backreference'],
    ['(?<x>a)\\k<x>', 'backreference'],
    ['(?=a)a', 'lookaround'],
    ['(?!a)b', 'lookaround'],
    ['(?<=a)b', 'lookaround'],
    ['(?<!a)b', 'lookaround'],
    ['a{10000}', 'repetition too large'],
    ['a{1,10000}', 'repetition too large'],
    ['a{5000,}', 'repetition too large'],
    ['(ab', 'unbalanced parentheses'],
    ['ab)', 'unbalanced parentheses'],
    ['((a)', 'unbalanced parentheses'],
    ['[a-', 'invalid syntax'],
    ['a**', 'invalid syntax'],
    ['*a', 'invalid syntax'],
    ['a{2,1}', 'invalid syntax'],
    ['x'.repeat(201), 'longer than 200 characters'],
  ])('%s → %s', (pattern, reason) => {
    expect(reasonOf(pattern)).toBe(reason);
  });

  it('refuses a syntax error that only the flags make', () => {
    expect(reasonOf('\\-', 'u')).toBe('invalid syntax');
    expect(reasonOf('\\-', '')).toBe('ok');
    expect(reasonOf('a', 'gg')).toBe('invalid syntax');
  });

  it('gives its reason in French too', () => {
    expect(checkPattern('(a+)+')).toEqual({
      ok: false,
      reason: { fr: 'quantificateurs imbriqués', en: 'nested quantifiers' },
    });
  });
});

describe('checkPattern on any text', () => {
  it('never throws, and what it accepts compiles and runs fast on hostile input', () => {
    const alphabet = fc.constantFrom(...'a()|*+?{}[]\\^$.,12-:=!<>kdws'.split(''));
    const subject = `${'a'.repeat(28)}!`;
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 12 }), (pattern) => {
        let verdict: ReturnType<typeof checkPattern> | undefined;
        expect(() => {
          verdict = checkPattern(pattern);
        }).not.toThrow();
        if (!verdict?.ok) return;
        // Not a speed budget: exponential backtracking on 29 characters takes seconds to hours,
        // a loaded machine's pause well under one.
        const started = performance.now();
        new RegExp(pattern).test(subject);
        expect(performance.now() - started).toBeLessThan(1_000);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});

describe('polynomial backtracking', () => {
  it.each([
    ['a*a*a*b', 'répétitions illimitées'],
    ['.*.*=', 'se suivent'],
    ['a+a+b', 'se suivent'],
  ])('refuses %s (%s)', (pattern, reason) => {
    const verdict = checkPattern(pattern);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.reason.fr).toContain(reason);
  });

  it('keeps the patterns rules need', () => {
    for (const pattern of ['thé.*vert.*bio', '^[A-Z]{2,}-\\d+$', 'thé\\s+vert', '[(]a+[)]+'])
      expect(checkPattern(pattern)).toEqual({ ok: true });
  });
});
