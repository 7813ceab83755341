/**
 * An order placed through a checkout API: EverShop `POST /api/carts/<cart>/checkout` (answer
 * `data`: the order row — `order_number`, `uuid`, `grand_total`, `coupon`, `total_qty`,
 * `payment_method_name`), WooCommerce Store API `/checkout` (`order_id`), any `…/checkout`,
 * `…/place-order` or `…/orders` POST whose answer names an order. Items and vouchers the
 * answer does not give come from the session's cart.
 */
import { appliedVouchers, cartItemCount, normaliseCode, orderDone, orderSeen } from '../lib/commerce.ts';
import { clip, firstField, integer, isRecord, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';
import { answerError, payload, totalOf } from './lib.ts';

const CHECKOUT_PATH = /\/(checkout|place-?order|orders?)\/?$/i;

export default registerDetector({
  id: 'commerce.order-api',
  adapter: 'commerce',
  description:
    'Order placed through a checkout API (EverShop POST /api/carts/<cart>/checkout → order_number, uuid, grand_total, coupon, total_qty, payment method; WooCommerce Store API checkout; any …/checkout|place-order|orders POST answering an order id).',
  observes: ['request'],
  source: {
    product: 'EverShop',
    versions: ['2.2'],
    files: [
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/checkout/api/cartCheckout/checkout.ts#L30-L55',
    ],
  },
  detect(request, { memory }) {
    if (request.method !== 'POST' || !CHECKOUT_PATH.test(request.path) || /\/admin(\/|$)/i.test(request.path))
      return [];
    if (answerError(request.response, request.status)) return [];
    const order = payload(request.response);
    if (!order) return [];
    const orderId = text(
      firstField(order, [
        'order_number',
        'orderNumber',
        'increment_id',
        'order_id',
        'orderId',
        'number',
        'id',
        'uuid',
      ]),
    );
    if (!orderId) return [];
    const uuid = text(order.uuid);
    const keys = [orderId, ...(uuid ? [uuid] : [])];
    if (orderSeen(memory, keys)) return [];
    const codes = new Set(appliedVouchers(memory));
    for (const code of [...texts(order.coupon), ...texts(order.coupons), ...texts(order.coupon_code)])
      if (code) codes.add(normaliseCode(code));
    const payment = text(
      firstField(order, ['payment_method_name', 'payment_method_title', 'payment_method', 'paymentMethod']),
    );
    const itemCount =
      integer(firstField(order, ['total_qty', 'item_count', 'items_count'])) ??
      (Array.isArray(order.items) ? order.items.filter(isRecord).length : undefined) ??
      cartItemCount(memory);
    const data: PayloadOf<'commerce.orderPlaced'> = {
      orderId: clip(orderId, 500),
      total: totalOf(order) ?? 0,
      itemCount,
      voucherCodes: [...codes].map((code) => clip(code, 500)),
      ...(payment ? { paymentMethod: clip(payment, 500) } : {}),
    };
    orderDone(memory, keys);
    return [{ kind: 'commerce.orderPlaced', data }];
  },
});
