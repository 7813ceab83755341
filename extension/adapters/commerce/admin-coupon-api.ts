/**
 * A coupon created or edited through a back-office API: EverShop `POST /api/coupons` and
 * `PATCH /api/coupons/<uuid>` (payloadSchema: `coupon`, `status`, `discount_amount`,
 * `discount_type` percentage_discount_to_entire_order | fixed_discount_to_entire_order | …,
 * `max_uses_time_per_coupon`, `max_uses_time_per_customer`, `start_date`, `end_date`,
 * `condition.order_total`, `user_condition.groups`), WooCommerce-style coupon APIs (`code`,
 * `discount_type` percent | fixed_cart, `amount`, `usage_limit`, `usage_limit_per_user`,
 * `date_expires`, `minimum_amount`; not re-read here), any API or admin coupon save.
 */
import {
  amount,
  clip,
  compact,
  type Fields,
  field,
  firstField,
  integer,
  isRecord,
  text,
  texts,
} from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';
import { answerError, isApiOrAdmin } from './lib.ts';

const COUPON_PATH = /\/(coupons?|vouchers?|discounts?|cart-rules?|promotions?|price-rules?)(\/[\w-]+)?\/?$/i;
const CODE_FIELDS = ['coupon', 'code', 'coupon_code'];
const VALUE_FIELDS = ['discount_amount', 'amount', 'value', 'discount_value', 'percent', 'percentage'];

const dateText = (fields: Fields, names: string[]): string | undefined => {
  const value = text(firstField(fields, names));
  return value ? clip(value, 500) : undefined;
};

export default registerDetector({
  id: 'commerce.admin-coupon-api',
  adapter: 'commerce',
  description:
    'Coupon saved through a back-office API (EverShop POST /api/coupons, PATCH /api/coupons/<uuid>: coupon, discount_amount, discount_type, max_uses_time_per_coupon|customer, start_date, end_date, condition.order_total, user_condition.groups; WooCommerce REST coupons; any API/admin coupon save with a code and a discount).',
  observes: ['request'],
  source: {
    product: 'EverShop',
    versions: ['2.2'],
    files: [
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/promotion/api/createCoupon/route.json#L1-L5',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/promotion/api/createCoupon/finish[apiResponse].js#L6-L26',
    ],
  },
  detect(request) {
    if (!['POST', 'PUT', 'PATCH'].includes(request.method) || !isApiOrAdmin(request.path)) return [];
    if (!COUPON_PATH.test(request.path) || /\/(cart|carts|basket)\//i.test(request.path)) return [];
    if (answerError(request.response, request.status)) return [];
    const body = request.body ?? {};
    const code = text(firstField(body, CODE_FIELDS))?.trim();
    const value = amount(firstField(body, VALUE_FIELDS));
    if (!code || (value === undefined && !Object.hasOwn(body, 'discount_type'))) return [];
    const type = (text(body.discount_type) ?? text(body.type) ?? '').toLowerCase();
    const percent =
      /percent/.test(type) || Object.hasOwn(body, 'percent') || Object.hasOwn(body, 'percentage');
    const condition = isRecord(body.condition) ? body.condition : {};
    const userCondition = isRecord(body.user_condition) ? body.user_condition : {};
    const groups = texts(userCondition.groups ?? field(body, 'customer_group'));
    const minimum =
      amount(condition.order_total) ??
      amount(firstField(body, ['minimum_amount', 'min_amount', 'minimum_purchase']));
    const data: PayloadOf<'commerce.voucherCreated'> = compact({
      code: clip(code, 500),
      name: text(body.description) ? clip(text(body.description)!, 500) : undefined,
      reductionPercent: percent ? value : undefined,
      reductionAmount: percent ? undefined : value,
      quantity: integer(
        firstField(body, ['max_uses_time_per_coupon', 'usage_limit', 'uses_limit', 'quantity']),
      ),
      quantityPerUser: integer(
        firstField(body, [
          'max_uses_time_per_customer',
          'usage_limit_per_user',
          'usage_limit_per_customer',
          'quantity_per_user',
        ]),
      ),
      validFrom: dateText(body, ['start_date', 'date_from', 'starts_at', 'valid_from']),
      validTo: dateText(body, ['end_date', 'date_to', 'expires_at', 'date_expires', 'valid_to']),
      minimumAmount: minimum ? minimum : undefined,
      customerGroup: groups.length ? clip(groups.map((id) => `#${id}`).join(', '), 500) : undefined,
    });
    return [{ kind: 'commerce.voucherCreated', data }];
  },
});
