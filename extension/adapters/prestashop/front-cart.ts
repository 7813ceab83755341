/**
 * Products added to, updated in or removed from the cart in the front office: the cart
 * controller (`index.php?controller=cart` or its friendly URL `/panier`, `/cart`…) with `add=1`
 * or `update=1` (+ `op=up|down`) or `delete=1`, `id_product`, `qty`. The product page posts its
 * form + `add=1&action=update` (no `ajax` field: PrestaShop answers JSON because jQuery asks for
 * it); the cart's « − » / « + » post only `ajax=1&action=update` to a URL carrying the rest. The
 * answer is displayAjaxUpdate's JSON: `success`, `quantity` (the line after the change), `cart`
 * (products with names, totals), or `hasError` + `errors`.
 */
import { cartLine, rememberCartLine, rememberProduct } from '../lib/commerce.ts';
import { amount, clip, failed, integer, queryValue, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';
import { cartAnswer, isCartController } from './lib.ts';

export default registerDetector({
  id: 'prestashop.front-cart',
  adapter: 'prestashop',
  description:
    'Cart changed in the front office: cart controller (controller=cart or /panier, /cart…) with add|update|delete, id_product, qty, op; name, resulting quantity and total from the JSON answer (displayAjaxUpdate), errors (hasError) ignored.',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@ce881a124f8e6e2900396564f2c67f6dd4ebd65d:themes/classic/templates/catalog/_partials/product-add-to-cart.tpl#L30-L47',
      'PrestaShop/PrestaShop@1b787a2d4f3b5731c43233c1afd80c982ca718d2:controllers/front/CartController.php#L117-L145',
      'PrestaShop/PrestaShop@1b787a2d4f3b5731c43233c1afd80c982ca718d2:controllers/front/CartController.php#L196-L234',
      'librasoft-fr/prestashop-versions@v1.7.8.10:themes/core.js#L2-L2',
      'librasoft-fr/prestashop-versions@v8.2.0:themes/core.js#L87-L87',
      'librasoft-fr/prestashop-versions@v1.7.8.10:themes/classic/assets/js/theme.js#L1-L1',
      'librasoft-fr/prestashop-versions@v1.7.8.10:classes/Link.php#L297-L360',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/front/CartController.php#L127-L166',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission) || !isCartController(submission)) return [];
    const { fields } = submission;
    const has = (name: string) =>
      Object.hasOwn(fields, name) || queryValue(submission.query, name) !== undefined;
    const action = has('delete') ? 'remove' : has('update') ? 'update' : has('add') ? 'add' : undefined;
    const productId = text(fields.id_product) ?? queryValue(submission.query, 'id_product');
    if (!action || !productId) return [];
    const answer = cartAnswer(submission.response);
    if (answer && !answer.ok) return [];
    const { memory } = context;
    const requested = Math.abs(integer(fields.qty) ?? 1);
    const before = cartLine(memory, productId);
    // The classic theme's « − » / « + » links carry `op` in their URL (query), not the body.
    const down = (text(fields.op) ?? queryValue(submission.query, 'op')) === 'down';
    const quantity =
      action === 'remove'
        ? 0
        : (answer?.quantity ??
          (action === 'add' || !down ? before + requested : Math.max(0, before - requested)));
    const line = answer?.products.find((product) => text(product.id_product) === productId);
    const name = text(line?.name);
    if (name) rememberProduct(memory, `prestashop:${productId}`, { name, price: amount(line?.price_amount) });
    rememberCartLine(memory, productId, quantity);
    const data: PayloadOf<'commerce.cartChanged'> = {
      action: action === 'update' && quantity === 0 ? 'remove' : action,
      productId: clip(productId, 500),
      quantity,
      ...(name ? { name: clip(name, 500) } : {}),
      ...(answer?.total !== undefined ? { total: answer.total } : {}),
    };
    return [{ kind: 'commerce.cartChanged', data }];
  },
});
