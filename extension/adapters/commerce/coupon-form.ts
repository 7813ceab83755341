/**
 * A coupon posted by a classic HTML form (WooCommerce's cart `coupon_code` + `apply_coupon`,
 * the demo site's `code_promo`, any shop's `coupon`, `voucher`, `promo`…): the answer is a
 * redirect, so the verdict is read on the next page — an error notice refuses it; a success
 * notice naming the code, or the code in the totals, accepts it.
 */
import { awaitVoucherVerdict, COUPON_FIELDS, voucherVerdict } from '../lib/commerce.ts';
import { failed, firstField, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { isApiOrAdmin } from './lib.ts';

export default registerDetector({
  id: 'commerce.coupon-form',
  adapter: 'commerce',
  description:
    'Coupon posted by a classic form (fields coupon, coupon_code, code_promo, voucher, discount_code, promo…): accepted or refused according to the next page’s notices or totals.',
  observes: ['request', 'form', 'page'],
  source: {
    product: 'Any shop',
    versions: ['demo site 0.1', 'generic HTML forms'],
    files: ['tests/sites/demo/pages/shop.mjs (code_promo, data-notice voucher-accepted|voucher-refused)'],
  },
  detect(observation, context) {
    if (observation.type === 'page') return voucherVerdict(context.memory, observation);
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission) || isApiOrAdmin(submission.path)) return [];
    if (submission.response !== undefined) return [];
    const code = text(firstField(submission.fields, COUPON_FIELDS))?.trim();
    if (!code) return [];
    awaitVoucherVerdict(context.memory, code, submission.time);
    return [];
  },
});
