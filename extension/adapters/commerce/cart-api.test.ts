import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('commerce.cart-api', () => {
  it('reads EverShop adds and a quantity change by cart line', () => {
    const { observations } = loadFixture('evershop/storefront-and-admin.json');
    const results = derivePerObservation(observations, ['commerce']);
    expect(results[0]).toEqual([
      {
        kind: 'commerce.cartChanged',
        data: { action: 'add', productId: 'LANTERN-01', name: 'Party Lantern', quantity: 1 },
      },
    ]);
    expect(results[1]).toEqual([
      {
        kind: 'commerce.cartChanged',
        data: { action: 'add', productId: 'CONFETTI-01', name: 'Confetti Pack', quantity: 2 },
      },
    ]);
    expect(results[2]).toEqual([
      {
        kind: 'commerce.cartChanged',
        data: { action: 'update', productId: 'CONFETTI-01', name: 'Confetti Pack', quantity: 1 },
      },
    ]);
  });

  it('reads a Store-API add with the cart total, and a line deleted', () => {
    const { observations } = loadFixture('commerce/generic-shop.json');
    const results = derivePerObservation(observations, ['commerce']);
    expect(results[0]).toEqual([]);
    expect(results[1]).toEqual([
      {
        kind: 'commerce.cartChanged',
        data: { action: 'add', productId: 'SEN-01', name: 'Thé vert Sencha', quantity: 2, total: 25 },
      },
    ]);
    expect(results[7]).toEqual([
      { kind: 'commerce.cartChanged', data: { action: 'remove', productId: 'line-9', quantity: 0 } },
    ]);
  });
});
