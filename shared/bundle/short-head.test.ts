import { describe, expect, it } from 'vitest';
import { shortChainHead } from './short-head.ts';

describe('shortChainHead', () => {
  it('gives the first 12 hex characters in 3 groups of 4', () => {
    expect(shortChainHead('0123456789abcdef'.repeat(4))).toBe('0123 4567 89ab');
  });
});
