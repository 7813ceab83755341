import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.specific-price', () => {
  const { observations } = loadFixture('prestashop/back-office.json');
  const results = derivePerObservation(observations, ['prestashop']);

  it('reads a product specific price from the 1.7.8 product page', () => {
    expect(results[1]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'specific-price',
          changes: {
            productId: '21',
            reduction: 15,
            reductionType: 'percentage',
            fromQuantity: 1,
            from: '2026-06-01',
            to: '2026-06-30',
            groupId: '3',
          },
        },
      },
    ]);
  });

  it('reads a catalog price rule', () => {
    expect(results[2]![0]!.data).toEqual({
      area: 'catalog-price-rule',
      changes: {
        name: 'Soldes d’été',
        reduction: 20,
        reductionType: 'percentage',
        fromQuantity: 1,
        from: '2026-07-01 00:00:00',
        to: '2026-07-31 23:59:59',
        groupId: '0',
      },
    });
  });
});
