import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.carrier', () => {
  it('reads the carrier at the end of the wizard', () => {
    const { observations } = loadFixture('prestashop/back-office.json');
    const results = derivePerObservation(observations, ['prestashop']);
    expect(results[9]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'carrier',
          changes: {
            carrierId: 'new',
            name: 'Coursier Annecy',
            delay: 'Livraison le jour même',
            grade: '0',
            isFree: false,
            shippingHandling: false,
            shippingMethod: '2',
          },
        },
      },
    ]);
  });
});
