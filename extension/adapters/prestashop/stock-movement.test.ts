import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';
import type { RequestObservation } from '../types.ts';

describe('prestashop.stock-movement', () => {
  it('reads the delta and the quantity PrestaShop answered', () => {
    const results = derivePerObservation(
      loadFixture('prestashop/catalog-orders-customers.json').observations,
      ['prestashop'],
    );
    expect(results[11]).toEqual([
      {
        kind: 'settings.changed',
        data: { area: 'stock', changes: { productId: '21', delta: 5, quantity: 45 } },
      },
    ]);
  });

  it('reads the bulk edit of the Stocks page on its own route, api/stocks/products', () => {
    const bulk: RequestObservation = {
      type: 'request',
      method: 'POST',
      path: '/admin123/index.php/api/stocks/products',
      query: { _token: '[masqué]' },
      body: [
        { product_id: 21, combination_id: 0, delta: 3 },
        { product_id: 22, combination_id: 7, delta: -2 },
      ] as unknown as Record<string, unknown>,
      status: 200,
      response: [
        { product_id: 21, combination_id: 0, product_available_quantity: 48 },
        { product_id: 22, combination_id: 7, product_available_quantity: 8 },
      ],
      url: 'http://127.0.0.1:8080/admin123/index.php/sell/stocks/?_token=abc',
      time: 51000,
    };
    expect(derivePerObservation([bulk], ['prestashop'])[0]).toEqual([
      {
        kind: 'settings.changed',
        data: { area: 'stock', changes: { productId: '21', delta: 3, quantity: 48 } },
      },
      {
        kind: 'settings.changed',
        data: { area: 'stock', changes: { productId: '22', combinationId: '7', delta: -2, quantity: 8 } },
      },
    ]);
  });

  it('reads nothing from a GET of the stock list', () => {
    const list: RequestObservation = {
      type: 'request',
      method: 'GET',
      path: '/admin123/index.php/api/stocks/',
      query: {},
      status: 200,
      url: 'http://127.0.0.1:8080/admin123/index.php/sell/stocks/',
      time: 52000,
    };
    expect(derivePerObservation([list], ['prestashop'])[0]).toEqual([]);
  });
});
