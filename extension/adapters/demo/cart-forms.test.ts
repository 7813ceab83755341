import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('demo.cart-forms', () => {
  it('names the product from its page and counts the line', () => {
    const { observations } = loadFixture('demo/session.json');
    const results = derivePerObservation(observations, ['demo', 'commerce']);
    expect(results[9]).toEqual([]);
    expect(results[10]).toEqual([
      {
        kind: 'commerce.cartChanged',
        data: { action: 'add', productId: '12', name: 'Sencha bio de Shizuoka', quantity: 2 },
      },
    ]);
  });

  it('counts a second add of the same product on top of the first', () => {
    const { observations } = loadFixture('demo/session.json');
    const add = observations[10]!;
    const results = derivePerObservation([add, { ...add, time: add.time + 1000 }], ['demo']);
    expect(results.map((events) => events[0]!.data)).toEqual([
      { action: 'add', productId: '12', quantity: 2 },
      { action: 'add', productId: '12', quantity: 4 },
    ]);
  });
});
