import { describe, expect, it } from 'vitest';
import { markupFactsFromHtml } from '../markup.ts';
import { deriveEvents } from '../registry.ts';
import { derivePerObservation, loadFixture, testContext } from '../testing.ts';

describe('prestashop.front-voucher', () => {
  it('reads a refused and an accepted voucher from the cart controller’s answer', () => {
    const { observations } = loadFixture('prestashop/front.json');
    const results = derivePerObservation(observations, ['prestashop']);
    expect(results[3]).toEqual([
      {
        kind: 'commerce.voucherApplied',
        data: { code: 'NOEL2023', accepted: false, message: 'Ce bon de réduction a expiré.' },
      },
    ]);
    expect(results[4]).toEqual([
      { kind: 'commerce.voucherApplied', data: { code: 'ETE10', accepted: true } },
    ]);
  });

  it('waits for the next page when the answer was not captured', () => {
    const context = testContext();
    const post = deriveEvents(
      {
        type: 'request',
        method: 'POST',
        path: '/fr/panier',
        query: {},
        body: { token: '[masqué]', addDiscount: '1', discount_name: 'FAUX' },
        status: 302,
        url: 'http://127.0.0.1:8080/fr/panier',
        time: 1000,
      },
      ['prestashop'],
      context,
    );
    expect(post).toEqual([]);
    const page = deriveEvents(
      {
        type: 'page',
        url: 'http://127.0.0.1:8080/fr/panier?action=show',
        time: 1800,
        markup: { notices: [{ kind: 'error', text: 'Ce bon de réduction n’existe pas.' }] },
      },
      ['prestashop'],
      context,
    );
    expect(page).toEqual([
      {
        kind: 'commerce.voucherApplied',
        data: { code: 'FAUX', accepted: false, message: 'Ce bon de réduction n’existe pas.' },
      },
    ]);
  });
});

describe('prestashop.front-voucher without JavaScript', () => {
  it('ignores the voucher block’s empty error alert and reads silence on the cart page as accepted', () => {
    const context = testContext();
    deriveEvents(
      {
        type: 'request',
        method: 'POST',
        path: '/fr/panier',
        query: {},
        body: { token: '[masqué]', addDiscount: '1', discount_name: 'ETE10' },
        status: 200,
        url: 'http://127.0.0.1:8080/fr/panier',
        time: 1000,
      },
      ['prestashop'],
      context,
    );
    const html = `<body id="cart"><div class="alert alert-danger js-error" role="alert"><i class="material-icons">&#xE001;</i><span class="ml-1 js-error-text"></span></div></body>`;
    const events = deriveEvents(
      { type: 'page', url: 'http://127.0.0.1:8080/fr/panier', time: 1500, markup: markupFactsFromHtml(html) },
      ['prestashop'],
      context,
    );
    expect(events).toEqual([{ kind: 'commerce.voucherApplied', data: { code: 'ETE10', accepted: true } }]);
  });
});
