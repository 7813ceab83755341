import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.module-config', () => {
  it('reads a module configuration without its token and button', () => {
    const { observations } = loadFixture('prestashop/back-office.json');
    const results = derivePerObservation(observations, ['prestashop']);
    expect(results[7]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'module:ps_featuredproducts',
          changes: { HOME_FEATURED_NBR: '8', HOME_FEATURED_CAT: '2', HOME_FEATURED_RANDOMIZE: '0' },
        },
      },
    ]);
  });
});
