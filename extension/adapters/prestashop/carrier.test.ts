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
            billing: 'price',
            outOfRange: 'highest-range',
          },
        },
      },
    ]);
  });

  const setup = derivePerObservation(loadFixture('prestashop/shop-setup.json').observations, ['prestashop']);

  it('reads the ranges with their fee per ticked zone, new ranges included', () => {
    expect(setup[4]![0]!.data).toEqual({
      area: 'carrier',
      changes: {
        carrierId: 'new',
        name: 'Colissimo suivi',
        delay: 'Livré en 48 h',
        grade: '5',
        trackingUrl: 'https://www.laposte.fr/outils/suivre-vos-envois?code=@',
        isFree: false,
        shippingHandling: true,
        shippingMethod: '1',
        billing: 'weight',
        outOfRange: 'disabled',
        zones: ['1', '9'],
        ranges: [
          { from: 0, to: 2, fees: { '1': 4.9, '9': 6.9 } },
          { from: 2, to: 5, fees: { '1': 7.5, '9': 9.5 } },
          { from: 5, to: 30, fees: { '1': 12, '9': 16 } },
        ],
      },
    });
  });

  it('reports no carrier when the wizard answers has_error', () => {
    expect(setup[5]).toEqual([]);
  });
});
