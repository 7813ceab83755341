/**
 * A coupon tried in the cart through a JSON API: EverShop `POST /api/carts/<cart>/coupons`
 * `{ coupon }` (answer `{ data: { coupon } }`, or `{ error: { message, status } }` with 4xx/5xx),
 * WooCommerce Store API `/cart/apply-coupon` `{ code }`, any storefront endpoint whose path
 * names a coupon, voucher, discount or promo and whose body has a coupon field. Back-office
 * creations (discount amount or type in the body, admin paths) are left to admin-coupon-api.
 */
import { COUPON_FIELDS, forgetVoucher, rememberVoucher } from '../lib/commerce.ts';
import { clip, firstField, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { answerError } from './lib.ts';

const COUPON_PATH = /coupon|voucher|discount|promo/i;
const CREATION_FIELDS = [
  'discount_amount',
  'discount_type',
  'reduction_percent',
  'reduction_amount',
  'amount',
  'percent',
  'usage_limit',
  'max_uses_time_per_coupon',
];

export default registerDetector({
  id: 'commerce.coupon-api',
  adapter: 'commerce',
  description:
    'Coupon applied or refused through a JSON API: EverShop POST /api/carts/<cart>/coupons {coupon} (refused: error answer / HTTP error), WooCommerce Store API apply-coupon {code}, any storefront coupon|voucher|discount|promo endpoint with a coupon field.',
  observes: ['request'],
  source: {
    product: 'EverShop',
    versions: ['2.2'],
    files: [
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/promotion/api/couponApply/[validateCouponCode]applyCoupon.ts#L13-L33',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/promotion/api/couponApply/validateCouponCode.js#L4-L15',
    ],
  },
  detect(request, { memory }) {
    if (!COUPON_PATH.test(request.path) || /\/admin(\/|$)/i.test(request.path)) return [];
    const body = request.body ?? {};
    if (request.method === 'DELETE') {
      const removed = decodeURIComponent(request.path.split('/').pop() ?? '');
      if (removed) forgetVoucher(memory, removed);
      return [];
    }
    if (request.method !== 'POST' && request.method !== 'PUT') return [];
    if (CREATION_FIELDS.some((name) => Object.hasOwn(body, name))) return [];
    const code = text(firstField(body, [...COUPON_FIELDS, 'code']))?.trim();
    if (!code) return [];
    const error = answerError(request.response, request.status);
    rememberVoucher(memory, code, !error);
    return [
      {
        kind: 'commerce.voucherApplied',
        data: {
          code: clip(code, 500),
          accepted: !error,
          ...(typeof error === 'string' ? { message: clip(error, 5000) } : {}),
        },
      },
    ];
  },
});
