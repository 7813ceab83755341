import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('commerce.coupon-api', () => {
  it('reads EverShop’s refused and accepted coupons, not the admin creation', () => {
    const { observations } = loadFixture('evershop/storefront-and-admin.json');
    const results = derivePerObservation(observations, ['commerce']);
    expect(results[3]).toEqual([
      {
        kind: 'commerce.voucherApplied',
        data: { code: 'FAUX10', accepted: false, message: 'Invalid coupon' },
      },
    ]);
    expect(results[4]).toEqual([
      { kind: 'commerce.voucherApplied', data: { code: 'FETE10', accepted: true } },
    ]);
    expect(results[8]!.map((event) => event.kind)).toEqual(['commerce.voucherCreated']);
  });
});
