import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('commerce.order-api', () => {
  it('reads the EverShop order: number, total, items, coupon, payment', () => {
    const { observations } = loadFixture('evershop/storefront-and-admin.json');
    const results = derivePerObservation(observations, ['commerce']);
    expect(results[5]).toEqual([
      {
        kind: 'commerce.orderPlaced',
        data: {
          orderId: '10001',
          total: 35.15,
          itemCount: 2,
          voucherCodes: ['FETE10'],
          paymentMethod: 'Cash on Delivery',
        },
      },
    ]);
  });
});
