/**
 * A voucher tried in the cart: the cart controller with `addDiscount=1` and `discount_name`
 * (the classic theme's cart-voucher form, posted by AJAX with `action=update`). The JSON answer
 * says whether it was accepted: `hasError` + `errors` (« This voucher does not exist »,
 * CartRule::checkValidity messages) or success. Without the answer (no JavaScript), the next
 * page's notices decide (`.alert-danger` in the cart's voucher block).
 */
import { awaitVoucherVerdict, readVerdict, rememberVoucher, voucherVerdict } from '../lib/commerce.ts';
import { clip, failed, submissionOf, text } from '../lib/fields.ts';
import type { MarkupFacts } from '../markup.ts';
import { registerDetector } from '../registry.ts';
import { cartAnswer, isCartController } from './lib.ts';

/**
 * Without JavaScript the cart page answers the post itself: errors in the notifications block,
 * nothing when the code was added. So on the cart page (body id `cart`), no error means accepted.
 */
const cartPageVerdict = (markup: MarkupFacts | undefined, code: string) =>
  readVerdict(markup, code) ?? (markup?.bodyId === 'cart' ? { accepted: true } : undefined);

export default registerDetector({
  id: 'prestashop.front-voucher',
  adapter: 'prestashop',
  description:
    'Voucher applied or refused in the cart: cart controller with addDiscount=1 and discount_name; accepted unless the JSON answer has hasError/errors; without an answer, from the next page’s notices.',
  observes: ['request', 'form', 'page'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@0d2c16f454754f6068d8b73bba5aafc877552710:themes/classic/templates/checkout/_partials/cart-voucher.tpl#L47-L52',
      'PrestaShop/PrestaShop@1b787a2d4f3b5731c43233c1afd80c982ca718d2:controllers/front/CartController.php#L117-L145',
      'PrestaShop/PrestaShop@1b787a2d4f3b5731c43233c1afd80c982ca718d2:controllers/front/CartController.php#L196-L234',
      'librasoft-fr/prestashop-versions@v1.7.8.10:themes/classic/templates/checkout/_partials/cart-voucher.tpl#L55-L61',
      'librasoft-fr/prestashop-versions@v1.7.8.10:themes/core.js#L2-L2',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/front/CartController.php#L127-L166',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/front/CartController.php#L238-L293',
      'librasoft-fr/prestashop-versions@v1.7.8.10:classes/CartRule.php#L674-L922',
    ],
  },
  detect(observation, context) {
    if (observation.type === 'page') return voucherVerdict(context.memory, observation, cartPageVerdict);
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission) || !isCartController(submission)) return [];
    if (!Object.hasOwn(submission.fields, 'addDiscount')) return [];
    const code = text(submission.fields.discount_name)?.trim();
    if (!code) return [];
    const answer = cartAnswer(submission.response);
    if (!answer) {
      awaitVoucherVerdict(context.memory, code, submission.time);
      return [];
    }
    rememberVoucher(context.memory, code, answer.ok);
    const message = answer.errors.join(' ');
    return [
      {
        kind: 'commerce.voucherApplied',
        data: {
          code: clip(code, 500),
          accepted: answer.ok,
          ...(message ? { message: clip(message, 5000) } : {}),
        },
      },
    ];
  },
});
