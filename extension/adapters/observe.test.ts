import { describe, expect, it } from 'vitest';
import { createMemory } from './memory.ts';
import { observationOf } from './observe.ts';

describe('observationOf', () => {
  it('turns capture events into observations', () => {
    expect(
      observationOf({
        kind: 'net.request',
        url: 'http://127.0.0.1:8081/wp-admin/admin-ajax.php',
        time: 5,
        data: {
          method: 'POST',
          path: '/wp-admin/admin-ajax.php',
          query: {},
          status: 200,
          body: { action: 'dim-comment' },
        },
      }),
    ).toEqual({
      type: 'request',
      method: 'POST',
      path: '/wp-admin/admin-ajax.php',
      query: {},
      body: { action: 'dim-comment' },
      response: undefined,
      status: 200,
      url: 'http://127.0.0.1:8081/wp-admin/admin-ajax.php',
      time: 5,
    });
    expect(
      observationOf(
        { kind: 'nav.visited', url: 'http://x.test/panier', time: 6, data: { title: 'Panier', via: 'load' } },
        { bodyId: 'cart' },
      ),
    ).toEqual({
      type: 'page',
      url: 'http://x.test/panier',
      time: 6,
      title: 'Panier',
      markup: { bodyId: 'cart' },
    });
    expect(
      observationOf({
        kind: 'form.submitted',
        url: 'http://x.test/panier',
        time: 7,
        data: {
          action: '/panier/bon',
          method: 'post',
          fields: [{ name: 'code_promo', type: 'text', value: 'A', length: 1 }],
        },
      }),
    ).toMatchObject({ type: 'form', action: '/panier/bon', method: 'post' });
  });
});

describe('memory', () => {
  it('drops the least recently written entries past its limit, and restores from a snapshot', () => {
    const memory = createMemory([], 2);
    memory.set('a', 1);
    memory.set('b', 2);
    memory.set('a', 3);
    memory.set('c', 4);
    expect(memory.snapshot()).toEqual([
      ['a', 3],
      ['c', 4],
    ]);
    expect(createMemory(memory.snapshot()).get('c')).toBe(4);
  });
});
