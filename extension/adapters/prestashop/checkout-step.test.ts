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

  it('ignores a delivery step shown again with its errors (200, not the redirect), not the AJAX choice', () => {
    const step = (status: number, extra: Record<string, string>, time: number) => ({
      type: 'request' as const,
      method: 'POST',
      path: '/fr/commande',
      query: {},
      body: { 'delivery_option[5]': '2,', delivery_message: '', confirmDeliveryOption: '1', ...extra },
      status,
      url: 'http://127.0.0.1:8080/fr/commande',
      time,
    });
    const [refused, ajaxChoice] = derivePerObservation(
      [step(200, {}, 1000), step(200, { ajax: '1', action: 'selectDeliveryOption' }, 2000)],
      ['prestashop'],
    );
    expect(refused).toEqual([]);
    expect(ajaxChoice?.[0]?.data).toMatchObject({ area: 'checkout-carrier', changes: { carrierId: '2' } });
  });
});
