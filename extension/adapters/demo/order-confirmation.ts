/**
 * An order confirmed on the demo shop: the page `/commande/confirmation/<CMD-0001>` that
 * `POST /commande/valider` redirects to, with `data-order-id`, the « Total payé » amount in
 * `#order-total[data-amount]`, the voucher in a « Réduction (<CODE>) » row and the payment
 * method in « Moyen de paiement ». Card, CVV and IBAN fields of the checkout are never read.
 */
import { appliedVouchers, cartItemCount, normaliseCode, orderDone, orderSeen } from '../lib/commerce.ts';
import { amount, clip } from '../lib/fields.ts';
import { dataValue } from '../markup.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';

export default registerDetector({
  id: 'demo.order-confirmation',
  adapter: 'demo',
  description:
    'Order confirmed on the demo shop: page /commande/confirmation/<id> (data-order-id, #order-total data-amount, « Réduction (CODE) », « Moyen de paiement »); items from the session’s cart.',
  observes: ['page'],
  source: {
    product: 'Demo site',
    versions: ['0.1'],
    files: ['tests/sites/demo/pages/shop.mjs (checkoutSubmit, confirmationPage)'],
  },
  detect(page, { memory }) {
    let path = '';
    try {
      path = new URL(page.url).pathname;
    } catch {
      return [];
    }
    const match = /^\/commande\/confirmation\/([\w-]+)\/?$/.exec(path);
    if (!match) return [];
    const orderId = dataValue(page.markup, 'data-order-id') ?? match[1]!;
    if (orderSeen(memory, [`demo:${orderId}`])) return [];
    const summary = page.markup?.summary ?? [];
    const codes = new Set(appliedVouchers(memory));
    for (const pair of summary) {
      const code = /^Réduction \(([A-Z0-9_-]{3,32})\)/i.exec(pair.label)?.[1];
      if (code) codes.add(normaliseCode(code));
    }
    const payment = summary
      .find((pair) => /moyen de paiement/i.test(pair.label))
      ?.value.replace(/\s*\(.*\)\s*$/, '');
    const data: PayloadOf<'commerce.orderPlaced'> = {
      orderId: clip(orderId, 500),
      total:
        amount(dataValue(page.markup, 'data-amount', 'order-total')) ??
        amount(summary.find((pair) => /^total/i.test(pair.label))?.value) ??
        0,
      itemCount: cartItemCount(memory),
      voucherCodes: [...codes].map((code) => clip(code, 500)),
      ...(payment ? { paymentMethod: clip(payment, 500) } : {}),
    };
    orderDone(memory, [`demo:${orderId}`]);
    return [{ kind: 'commerce.orderPlaced', data }];
  },
});
