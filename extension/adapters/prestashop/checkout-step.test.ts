import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.checkout-step', () => {
  const results = derivePerObservation(loadFixture('prestashop/front-checkout.json').observations, [
    'prestashop',
  ]);

  it('reads the carrier chosen at the delivery step', () => {
    expect(results[0]).toEqual([
      {
        kind: 'settings.changed',
        data: { area: 'checkout-carrier', changes: { carrierId: '2', confirmed: true, messageLength: 37 } },
      },
    ]);
  });

  it('reads the payment module the order was submitted to', () => {
    expect(results[1]).toEqual([
      { kind: 'settings.changed', data: { area: 'checkout-payment', changes: { module: 'ps_wirepayment' } } },
    ]);
  });
});
