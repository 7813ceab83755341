import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('commerce.admin-coupon-api', () => {
  it('reads the EverShop coupon: code, percent, limits, validity, minimum, group', () => {
    const { observations } = loadFixture('evershop/storefront-and-admin.json');
    const results = derivePerObservation(observations, ['commerce']);
    expect(results[8]).toEqual([
      {
        kind: 'commerce.voucherCreated',
        data: {
          code: 'ETE15',
          name: 'Été 15 %',
          reductionPercent: 15,
          quantity: 100,
          quantityPerUser: 1,
          validFrom: '2026-06-01',
          validTo: '2026-08-31',
          minimumAmount: 30,
          customerGroup: '#1',
        },
      },
    ]);
  });
});
