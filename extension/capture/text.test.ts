import { describe, expect, it } from 'vitest';
import { countWords, cut } from './text.ts';

describe('capture text', () => {
  it('counts words as the rule engine does', () => {
    expect(countWords('L’été est là — porte-monnaie 2024 !')).toBe(5);
    expect(countWords('')).toBe(0);
  });

  it('cuts a typed value without touching its spacing', () => {
    expect(cut('  a  b  ', 5)).toBe('  a  ');
    expect(cut('abc', 5)).toBe('abc');
  });
});
