import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('demo.order-confirmation', () => {
  it('reads the confirmed order with its total, items, voucher and payment method', () => {
    const { observations } = loadFixture('demo/session.json');
    const results = derivePerObservation(observations, ['demo', 'commerce']);
    expect(results[16]).toEqual([]);
    expect(results[17]).toEqual([
      {
        kind: 'commerce.orderPlaced',
        data: {
          orderId: 'CMD-0001',
          total: 27.4,
          itemCount: 2,
          voucherCodes: ['ETE10'],
          paymentMethod: 'Carte bancaire',
        },
      },
    ]);
    expect(JSON.stringify(observations[16])).not.toMatch(/4111/);
  });
});
