import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('commerce.order-page', () => {
  it('does not count again the order the checkout API reported (EverShop success page)', () => {
    const { observations } = loadFixture('evershop/storefront-and-admin.json');
    const results = derivePerObservation(observations, ['commerce']);
    expect(results[6]).toEqual([]);
  });

  it('reads the success page alone, from its heading and URL', () => {
    const { observations } = loadFixture('evershop/storefront-and-admin.json');
    const [page] = derivePerObservation([observations[6]!], ['commerce']);
    expect(page).toEqual([
      { kind: 'commerce.orderPlaced', data: { orderId: '10001', total: 0, itemCount: 0, voucherCodes: [] } },
    ]);
  });

  it('reads a schema.org Order', () => {
    const { observations } = loadFixture('commerce/generic-shop.json');
    const results = derivePerObservation(observations, ['commerce']);
    expect(results[6]).toEqual([
      {
        kind: 'commerce.orderPlaced',
        data: {
          orderId: '1234',
          total: 23.75,
          itemCount: 2,
          voucherCodes: ['BIENVENUE'],
          paymentMethod: 'Virement bancaire',
        },
      },
    ]);
  });
});
