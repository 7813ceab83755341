import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.search-alias', () => {
  it('reads the aliases and the word they stand for', () => {
    const { observations } = loadFixture('prestashop/back-office.json');
    const results = derivePerObservation(observations, ['prestashop']);
    expect(results[8]).toEqual([
      {
        kind: 'settings.changed',
        data: { area: 'search-alias', changes: { aliases: ['matcha', 'maccha'], search: 'matcha' } },
      },
    ]);
  });
});
