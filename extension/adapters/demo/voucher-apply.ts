/**
 * A voucher tried in the demo cart: `POST /panier/bon` (`code_promo`) answers with a redirect
 * to `/panier`, whose notice carries `data-notice="voucher-accepted"` or `"voucher-refused"`
 * (with the reason). `POST /panier/bon/retirer` removes it.
 */
import {
  appliedVouchers,
  awaitVoucherVerdict,
  forgetVoucher,
  normaliseCode,
  voucherVerdict,
} from '../lib/commerce.ts';
import { failed, submissionOf, text } from '../lib/fields.ts';
import type { MarkupFacts } from '../markup.ts';
import { registerDetector } from '../registry.ts';

/**
 * The notice must name the pending code: the page a candidate leaves is snapshotted as it goes
 * (after the next form's request), and its notice is about the previous code.
 */
const verdictFromTags = (markup: MarkupFacts | undefined, code: string) => {
  const notice = markup?.notices?.find(
    (item) =>
      (item.tag === 'voucher-accepted' || item.tag === 'voucher-refused') &&
      normaliseCode(item.text).includes(normaliseCode(code)),
  );
  return notice ? { accepted: notice.tag === 'voucher-accepted', message: notice.text } : undefined;
};

export default registerDetector({
  id: 'demo.voucher-apply',
  adapter: 'demo',
  description:
    'Voucher tried in the demo cart: POST /panier/bon (code_promo), accepted or refused according to the next page’s data-notice voucher-accepted|voucher-refused.',
  observes: ['request', 'form', 'page'],
  source: {
    product: 'Demo site',
    versions: ['0.1'],
    files: [
      'tests/sites/demo/pages/shop.mjs (cartApplyVoucher, cartRemoveVoucher, cartPage)',
      'tests/sites/demo/html.mjs (notices)',
    ],
  },
  detect(observation, context) {
    if (observation.type === 'page') return voucherVerdict(context.memory, observation, verdictFromTags);
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    if (/^\/panier\/bon\/retirer\/?$/.test(submission.path)) {
      for (const code of appliedVouchers(context.memory)) forgetVoucher(context.memory, code);
      return [];
    }
    if (!/^\/panier\/bon\/?$/.test(submission.path)) return [];
    const code = text(submission.fields.code_promo)?.trim().toUpperCase();
    if (code) awaitVoucherVerdict(context.memory, code, submission.time);
    return [];
  },
});
