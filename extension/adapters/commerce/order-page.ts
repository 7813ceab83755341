/**
 * An order confirmation page on any shop: a schema.org `Order` in JSON-LD, or a confirmation
 * URL (`/checkout/success/<id>`, `/order-received/<id>` (WooCommerce), `/order-confirmation`,
 * `/commande/confirmation/<id>`, `/thank-you`…) or heading (« Order #10001 is confirmed »,
 * « Merci pour votre commande »). The order id comes from JSON-LD, `data-order-id`, the
 * heading's `#number` or the URL; the total from JSON-LD, a `data-amount` on a total, or the
 * « Total » row; what is missing from the session's cart. An order the checkout API already
 * reported (same number or id in the URL) is not counted again.
 */
import {
  appliedVouchers,
  cartItemCount,
  normaliseCode,
  orderDone,
  orderSeen,
  summaryAmount,
} from '../lib/commerce.ts';
import { amount, clip, urlParts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';

const CONFIRMATION_URL =
  /\/(checkout\/success|order-received|order-confirmation|order-confirmed|commande\/confirmation|confirmation-commande|thank-?you|merci)(\/|$)/i;
const CONFIRMATION_HEADING =
  /(order\s*#?\s*[\w-]+\s+(is|has been)\s+(confirmed|received|placed))|thank you for your (order|purchase)|merci pour votre commande|commande\s+(n°\s*)?[\w-]*\s*(est\s+)?confirm[ée]e/i;
const NUMBER_IN_HEADING = /(?:#|n°\s*)\s*([A-Z0-9][\w-]{2,})/i;

export default registerDetector({
  id: 'commerce.order-page',
  adapter: 'commerce',
  description:
    'Order confirmation page: JSON-LD Order, or confirmation URL (/checkout/success/<id>, /order-received/<id>, /order-confirmation, /thank-you…) or heading; order id, total and codes from JSON-LD, data-order-id / data-amount, the heading, the « Total » row and the session’s cart.',
  observes: ['page'],
  source: {
    product: 'Any shop',
    versions: ['EverShop 2.2', 'schema.org Order'],
    files: [
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/checkout/pages/frontStore/checkoutSuccess/route.json#L1-L4',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/checkout/pages/frontStore/checkoutSuccess/Summary.tsx#L20-L37',
    ],
  },
  detect(page, { memory }) {
    const markup = page.markup;
    const jsonLdOrder = markup?.jsonLd?.find((item) => item.type === 'Order');
    const { path, query } = urlParts(page.url);
    const heading = markup?.headings?.find((item) => CONFIRMATION_HEADING.test(item.text))?.text;
    const byUrl = CONFIRMATION_URL.test(path);
    if (!jsonLdOrder && !byUrl && !heading) return [];
    const lastSegment = path.split('/').filter(Boolean).pop() ?? '';
    const urlId =
      /^[\w-]{4,}$/.test(lastSegment) && !CONFIRMATION_URL.test(`/${lastSegment}`) ? lastSegment : undefined;
    const orderId =
      jsonLdOrder?.orderNumber ??
      markup?.data?.find((entry) => entry.name === 'data-order-id' || entry.name === 'data-order-number')
        ?.value ??
      (heading ? NUMBER_IN_HEADING.exec(heading)?.[1] : undefined) ??
      urlId ??
      query.order ??
      query.order_id;
    if (!orderId) return [];
    const keys = [orderId, ...(urlId ? [urlId] : []), ...(query.key ? [query.key] : [])];
    if (orderSeen(memory, keys)) return [];
    const totalData = markup?.data?.find(
      (entry) => entry.name === 'data-amount' && /total/i.test(entry.id ?? ''),
    );
    const total =
      jsonLdOrder?.total ??
      amount(totalData?.value) ??
      summaryAmount(markup, /^\s*(total|grand total|total (ttc|payé|paid))\b/i, amount) ??
      0;
    const codes = new Set(appliedVouchers(memory));
    for (const code of jsonLdOrder?.discountCodes ?? []) codes.add(normaliseCode(code));
    const data: PayloadOf<'commerce.orderPlaced'> = {
      orderId: clip(orderId, 500),
      total,
      itemCount: jsonLdOrder?.itemCount ?? cartItemCount(memory),
      voucherCodes: [...codes].map((code) => clip(code, 500)),
      ...(jsonLdOrder?.paymentMethod ? { paymentMethod: clip(jsonLdOrder.paymentMethod, 500) } : {}),
    };
    orderDone(memory, keys);
    return [{ kind: 'commerce.orderPlaced', data }];
  },
});
