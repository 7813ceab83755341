import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.order-confirmation', () => {
  it('reads the order, its total, items and voucher of the session’s cart, once', () => {
    const { observations } = loadFixture('prestashop/front.json');
    const results = derivePerObservation(observations, ['prestashop']);
    expect(results[5]).toEqual([
      {
        kind: 'commerce.orderPlaced',
        data: { orderId: '7', total: 20.5, itemCount: 1, voucherCodes: ['ETE10'] },
      },
    ]);
    expect(results[6]).toEqual([]);
  });
});
