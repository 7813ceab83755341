import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.stock-movement', () => {
  it('reads the delta and the quantity PrestaShop answered', () => {
    const results = derivePerObservation(
      loadFixture('prestashop/catalog-orders-customers.json').observations,
      ['prestashop'],
    );
    expect(results[11]).toEqual([
      {
        kind: 'settings.changed',
        data: { area: 'stock', changes: { productId: '21', delta: 5, quantity: 45 } },
      },
    ]);
  });
});
