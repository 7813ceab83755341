import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.front-cart', () => {
  const { observations } = loadFixture('prestashop/front.json');
  const results = derivePerObservation(observations, ['prestashop']);

  it('reads an add to cart with the product name, line quantity and cart total', () => {
    expect(results[0]).toEqual([
      {
        kind: 'commerce.cartChanged',
        data: { action: 'add', productId: '21', name: 'Sencha Ashikubo bio', quantity: 2, total: 37 },
      },
    ]);
  });

  it('ignores a refused add, reads a quantity decrease', () => {
    expect(results[1]).toEqual([]);
    expect(results[2]).toEqual([
      {
        kind: 'commerce.cartChanged',
        data: { action: 'update', productId: '21', name: 'Sencha Ashikubo bio', quantity: 1, total: 22 },
      },
    ]);
  });

  it('reads op from the query of the « − » link', () => {
    const { observations } = loadFixture('prestashop/front.json');
    const [, , decrease] = observations;
    expect(decrease).toMatchObject({ query: { op: 'down' } });
    expect((decrease as { body: Record<string, unknown> }).body.op).toBeUndefined();
  });
});
