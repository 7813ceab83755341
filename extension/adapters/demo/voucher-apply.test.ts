import { describe, expect, it } from 'vitest';
import { deriveEvents } from '../index.ts';
import { readVerdict } from '../lib/commerce.ts';
import { createMemory } from '../memory.ts';
import { derivePerObservation, loadFixture } from '../testing.ts';
import type { Observation } from '../types.ts';

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

describe('demo.voucher-apply on the pages the real capture sends', () => {
  const request = (code: string, time: number): Observation => ({
    type: 'request',
    method: 'POST',
    path: '/panier/bon',
    query: {},
    body: { code_promo: code },
    status: 303,
    url: 'http://127.0.0.1/panier/bon',
    time,
  });
  const cart = (time: number, notices: { kind: 'success' | 'error'; text: string; tag: string }[]) =>
    ({ type: 'page', url: 'http://127.0.0.1/panier', time, markup: { notices } }) as Observation;

  it('keeps a code pending across the snapshot of the page being left, and reads the next page', () => {
    const memory = createMemory();
    const run = (observation: Observation) =>
      deriveEvents(observation, ['demo', 'commerce'], {
        origin: 'http://127.0.0.1',
        memory,
        requestsObserved: true,
      });
    expect(run(request('OLEAN5', 1_000))).toEqual([]);
    // The previous cart page, snapshotted before the request (a late snapshot): ignored.
    expect(run(cart(900, [{ kind: 'success', text: 'Ajouté au panier.', tag: 'cart-added' }]))).toEqual([]);
    expect(
      run(
        cart(1_900, [
          {
            kind: 'error',
            text: 'Code promo refusé : Le code « OLEAN5 » n’existe pas.',
            tag: 'voucher-refused',
          },
        ]),
      ),
    ).toEqual([
      expect.objectContaining({
        kind: 'commerce.voucherApplied',
        data: expect.objectContaining({ code: 'OLEAN5', accepted: false }),
      }),
    ]);
    expect(run(request('OLEANE5', 3_000))).toEqual([]);
    // The refused page, snapshotted as the candidate leaves it (after the new request): not about this code.
    expect(
      run(
        cart(3_050, [
          {
            kind: 'error',
            text: 'Code promo refusé : Le code « OLEAN5 » n’existe pas.',
            tag: 'voucher-refused',
          },
        ]),
      ),
    ).toEqual([]);
    expect(
      run(
        cart(4_000, [
          { kind: 'success', text: 'Code promo « OLEANE5 » accepté : -5 %.', tag: 'voucher-accepted' },
        ]),
      ),
    ).toEqual([
      expect.objectContaining({
        kind: 'commerce.voucherApplied',
        data: expect.objectContaining({ code: 'OLEANE5', accepted: true }),
      }),
    ]);
  });
});

describe('the generic verdict reader', () => {
  it('does not take a refusal that quotes another code', () => {
    const refused = {
      notices: [{ kind: 'error' as const, text: 'Code promo refusé : Le code « OLEAN5 » n’existe pas.' }],
    };
    expect(readVerdict(refused, 'OLEANE5')).toBeUndefined();
    expect(readVerdict(refused, 'olean5')).toMatchObject({ accepted: false });
    expect(readVerdict({ notices: [{ kind: 'error', text: 'Ce code est invalide.' }] }, 'X1')).toMatchObject({
      accepted: false,
    });
  });
});
