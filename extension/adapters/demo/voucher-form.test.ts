import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('demo.voucher-form', () => {
  it('reads the created voucher, code upper-cased as the site stores it', () => {
    const { observations } = loadFixture('demo/session.json');
    const results = derivePerObservation(observations, ['demo', 'commerce']);
    expect(results[7]).toEqual([
      {
        kind: 'commerce.voucherCreated',
        data: {
          code: 'ETE10',
          name: 'Été',
          reductionPercent: 10,
          quantity: 100,
          quantityPerUser: 1,
          validFrom: '2026-01-01',
          validTo: '2099-12-31',
        },
      },
    ]);
  });
});
