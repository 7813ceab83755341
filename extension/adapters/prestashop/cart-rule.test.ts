import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.cart-rule', () => {
  it('reads the voucher: code, percent, quantities, validity, minimum, group', () => {
    const { observations } = loadFixture('prestashop/back-office.json');
    const [created] = derivePerObservation(observations, ['prestashop']);
    expect(created).toEqual([
      {
        kind: 'commerce.voucherCreated',
        data: {
          code: 'ETE10',
          name: 'Été 2026',
          reductionPercent: 10,
          quantity: 100,
          quantityPerUser: 1,
          validFrom: '2026-06-01 00:00:00',
          validTo: '2026-08-31 23:59:59',
          minimumAmount: 30,
          customerGroup: '#3',
        },
      },
    ]);
  });
});
