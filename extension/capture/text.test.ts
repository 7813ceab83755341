import { describe, expect, it } from 'vitest';
import { clip, countFolded, countWords, fold, slugify } from './text.ts';

describe('text', () => {
  it('folds case, accents, ligatures, apostrophes and punctuation', () => {
    expect(fold('  Thé VERT, bio !  ')).toBe('the vert bio');
    expect(fold('L’œuvre')).toBe('l oeuvre');
  });

  it('counts words as the rule engine does', () => {
    expect(countWords('L’été est là — porte-monnaie 2024 !')).toBe(5);
    expect(countWords('')).toBe(0);
  });

  it('counts whole-word occurrences of a folded phrase', () => {
    const text = fold('Le thé vert bio. THÉ VERT BIO, encore thé vert bio; thé vert biologique');
    expect(countFolded(text, fold('thé vert bio'))).toBe(3);
    expect(countFolded('abc', '')).toBe(0);
    expect(countFolded(fold('bio bio bio'), 'bio bio')).toBe(1);
  });

  it('makes slugs without accents, spaces as hyphens', () => {
    expect(slugify('Thé vert bio')).toBe('the-vert-bio');
    expect(slugify(' Crème brûlée & co ')).toBe('creme-brulee-co');
  });

  it('clips collapsed text with an ellipsis', () => {
    expect(clip('  a \n b  ', 10)).toBe('a b');
    expect(clip('abcdefghij', 5)).toBe('abcd…');
    expect(clip(null, 5)).toBe('');
  });
});
