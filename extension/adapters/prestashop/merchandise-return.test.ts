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
});
