import { describe, expect, it } from 'vitest';
import {
  characterLength,
  clip,
  countWholeWords,
  countWords,
  DEFAULT_TOLERANCE,
  fold,
  normalise,
  slugify,
  stripAccents,
} from './text.ts';

const none = { case: false, accents: false, spacing: false, punctuation: false };

describe('normalise', () => {
  it('ignores case, accents and spacing with the default tolerance', () => {
    expect(normalise('  Chaise   en PALETTE éco ', DEFAULT_TOLERANCE)).toBe('chaise en palette eco');
    expect(normalise('Crème brûlée', DEFAULT_TOLERANCE)).toBe(normalise('creme   BRULEE', DEFAULT_TOLERANCE));
  });

  it('applies each tolerance alone', () => {
    expect(normalise('Été', { ...none, case: true })).toBe('été');
    expect(normalise('Été', { ...none, accents: true })).toBe('Ete');
    expect(normalise('a \u00a0 b\u202f!', { ...none, spacing: true })).toBe('a b !');
    expect(normalise('chaise-en-palette', { ...none, punctuation: true })).toBe('chaise en palette');
  });

  it('spells out ligatures and reads decomposed accents', () => {
    expect(normalise('Cœur d’Œuvre', DEFAULT_TOLERANCE)).toBe("coeur d'oeuvre");
    expect(normalise('e\u0301te\u0301', DEFAULT_TOLERANCE)).toBe('ete');
  });

  it('unifies typographic apostrophes even without other tolerance', () => {
    expect(normalise('l’été', none)).toBe("l'été");
  });

  it('turns punctuation into single spaces', () => {
    expect(normalise('« Chaise, palette » !', { ...DEFAULT_TOLERANCE, punctuation: true })).toBe(
      'chaise palette',
    );
  });
});

describe('countWords', () => {
  it('counts French words as a word processor does', () => {
    expect(countWords('L’été, nos porte-monnaie sont à −20 % !')).toBe(6);
    expect(countWords('Aujourd’hui — c’est parfait.')).toBe(3);
  });

  it('ignores HTML tags and empty text', () => {
    expect(countWords('<p>Une <strong>chaise</strong> solide</p>')).toBe(3);
    expect(countWords('   ')).toBe(0);
    expect(countWords('— ! ?')).toBe(0);
  });

  it('counts 150 words of a generated text', () => {
    expect(countWords(Array.from({ length: 150 }, (_, i) => `mot${i}`).join(' '))).toBe(150);
  });
});

describe('characterLength', () => {
  it('counts characters as a person does', () => {
    expect(characterLength('été')).toBe(3);
    expect(characterLength('e\u0301te\u0301')).toBe(3);
    expect(characterLength('🪑 chaise')).toBe(8);
  });
});

describe('matching helpers', () => {
  it('folds case, accents, ligatures, apostrophes and punctuation', () => {
    expect(fold('  Thé VERT, bio !  ')).toBe('the vert bio');
    expect(fold('L’œuvre')).toBe('l oeuvre');
    expect(stripAccents('L’Œuvre  Été')).toBe("l'oeuvre  ete");
  });

  it('counts whole-word occurrences of a folded phrase', () => {
    const text = fold('Le thé vert bio. THÉ VERT BIO, encore thé vert bio; thé vert biologique');
    expect(countWholeWords(text, fold('thé vert bio'))).toBe(3);
    expect(countWholeWords('abc', '')).toBe(0);
    expect(countWholeWords(fold('bio bio bio'), 'bio bio')).toBe(1);
    expect(countWholeWords(fold('une théière verte'), fold('thé vert'))).toBe(0);
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
