import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.merchandise-return', () => {
  it('reads the new status of a return (legacy controller)', () => {
    const { observations } = loadFixture('prestashop/back-office.json');
    const results = derivePerObservation(observations, ['prestashop']);
    expect(results[4]).toEqual([
      {
        kind: 'settings.changed',
        data: { area: 'merchandise-return', changes: { returnId: '2', state: '3' } },
      },
    ]);
  });

  it('reads the Symfony page of 8.x (singular route)', () => {
    const results = derivePerObservation(
      [
        {
          type: 'request',
          method: 'POST',
          path: '/admin123/index.php/sell/customer-service/merchandise-return/2/edit',
          query: {},
          body: { 'order_return[order_return_state]': '4', 'order_return[_token]': '[masqué]' },
          status: 302,
          url: 'http://127.0.0.1:8080/admin123/index.php/sell/customer-service/merchandise-return/2/edit',
          time: 1,
        },
      ],
      ['prestashop'],
    );
    expect(results[0]![0]!.data).toEqual({
      area: 'merchandise-return',
      changes: { returnId: '2', state: '4' },
    });
  });

  it('ignores the invented plural route and a page answered 200 (form with errors)', () => {
    const base = {
      type: 'request' as const,
      method: 'POST',
      query: {},
      body: { 'order_return[order_return_state]': '4' },
      url: 'http://127.0.0.1:8080/admin123/index.php/sell/customer-service/merchandise-return/2/edit',
      time: 1,
    };
    const results = derivePerObservation(
      [
        {
          ...base,
          path: '/admin123/index.php/sell/customer-service/merchandise-returns/2/edit',
          status: 302,
        },
        { ...base, path: '/admin123/index.php/sell/customer-service/merchandise-return/2/edit', status: 200 },
      ],
      ['prestashop'],
    );
    expect(results).toEqual([[], []]);
  });

  it('reads the return settings (1.7.8 options form)', () => {
    const results = derivePerObservation(
      [
        {
          type: 'request',
          method: 'POST',
          path: '/admin123/index.php',
          query: { controller: 'AdminReturn', token: '[masqué]' },
          body: { PS_ORDER_RETURN: '1', PS_ORDER_RETURN_NB_DAYS: '30', submitOptionsorder_return: '' },
          status: 302,
          url: 'http://127.0.0.1:8080/admin123/index.php?controller=AdminReturn',
          time: 1,
        },
      ],
      ['prestashop'],
    );
    expect(results[0]).toEqual([
      { kind: 'settings.changed', data: { area: 'return-settings', changes: { enabled: true, days: 30 } } },
    ]);
  });

  // The Symfony options form of 1.7.8.10–8.2.0 (not linked from the menu in those releases:
  // `_legacy_link` is commented out, so the legacy form above is what merchants use) is built
  // by a Form\Handler named `form`: form[enable_order_return], form[order_return_period_in_days].
  const symfonyOptions = (body: Record<string, string>, status: number) =>
    derivePerObservation(
      [
        {
          type: 'request',
          method: 'POST',
          path: '/admin123/index.php/sell/customer-service/merchandise-return/options',
          query: { _token: '[masqué]' },
          body,
          status,
          url: 'http://127.0.0.1:8080/admin123/index.php/sell/customer-service/merchandise-return/options',
          time: 1,
        },
      ],
      ['prestashop'],
    )[0];
  const realOptions = {
    'form[enable_order_return]': '1',
    'form[order_return_period_in_days]': '14',
    'form[order_return_prefix][1]': 'RE',
    'form[_token]': '[masqué]',
  };

  it('reads the return settings from the Symfony options form as PrestaShop names its fields', () => {
    expect(symfonyOptions(realOptions, 302)).toEqual([
      { kind: 'settings.changed', data: { area: 'return-settings', changes: { enabled: true, days: 14 } } },
    ]);
  });

  it('ignores the options form answered 200 (re-rendered with its errors) and the old invented field names', () => {
    expect(symfonyOptions(realOptions, 200)).toEqual([]);
    expect(
      symfonyOptions(
        {
          'merchandise_return_options[enable_order_return]': '1',
          'merchandise_return_options[order_return_expiration_days]': '14',
        },
        302,
      ),
    ).toEqual([]);
  });
});
