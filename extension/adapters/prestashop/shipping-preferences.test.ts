import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.shipping-preferences', () => {
  it('reads the free-shipping threshold and handling charges', () => {
    const results = derivePerObservation(
      loadFixture('prestashop/catalog-orders-customers.json').observations,
      ['prestashop'],
    );
    expect(results[10]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'shipping',
          changes: {
            handlingCharges: 2,
            freeShippingFrom: 49,
            freeShippingWeight: 0,
            defaultCarrier: '-1',
            carrierOrderBy: '0',
          },
        },
      },
    ]);
  });
});
