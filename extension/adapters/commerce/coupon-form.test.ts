import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('commerce.coupon-form', () => {
  it('waits for the next page, then reads its error or success notice', () => {
    const { observations } = loadFixture('commerce/generic-shop.json');
    const results = derivePerObservation(observations, ['commerce']);
    expect(results[2]).toEqual([]);
    expect(results[3]).toEqual([
      {
        kind: 'commerce.voucherApplied',
        data: { code: 'MERCI5', accepted: false, message: 'Le code promo « merci5 » n’existe pas !' },
      },
    ]);
    expect(results[5]).toEqual([
      {
        kind: 'commerce.voucherApplied',
        data: { code: 'BIENVENUE', accepted: true, message: 'Code promo BIENVENUE appliqué avec succès.' },
      },
    ]);
  });
});
