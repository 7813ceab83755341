import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('demo.voucher-apply', () => {
  it('reads the verdict on the cart page that follows the post', () => {
    const { observations } = loadFixture('demo/session.json');
    const results = derivePerObservation(observations, ['demo', 'commerce']);
    expect(results[12]).toEqual([]);
    expect(results[13]).toEqual([
      {
        kind: 'commerce.voucherApplied',
        data: {
          code: 'NOEL2023',
          accepted: false,
          message: 'Code promo refusé : Le code « NOEL2023 » a expiré le 31 décembre 2023.',
        },
      },
    ]);
    expect(results[15]).toEqual([
      {
        kind: 'commerce.voucherApplied',
        data: {
          code: 'ETE10',
          accepted: true,
          message: 'Code promo « ETE10 » accepté : -10 % (2,50 € de réduction).',
        },
      },
    ]);
  });
});
