/**
 * The demo shop's cart forms: `POST /panier/ajouter` (`product_id`, `quantite`),
 * `/panier/modifier` (`product_id`, `quantite`, 0 removes), `/panier/supprimer` (`product_id`).
 * The site answers with a redirect, so the line's quantity is the session's own count; the
 * product name comes from the product pages seen (`data-product-id`, schema.org Product).
 */
import { cartLine, knownProduct, rememberCartLine, rememberProduct } from '../lib/commerce.ts';
import { clip, failed, integer, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PageObservation, PayloadOf } from '../types.ts';

const ACTIONS: Readonly<Record<string, PayloadOf<'commerce.cartChanged'>['action']>> = {
  ajouter: 'add',
  modifier: 'update',
  supprimer: 'remove',
};

const learn = (page: PageObservation, memory: Parameters<typeof rememberProduct>[0]) => {
  const id = page.markup?.data?.find((entry) => entry.name === 'data-product-id')?.value;
  const product = page.markup?.jsonLd?.find((item) => item.type === 'Product');
  if (id && product?.name)
    rememberProduct(memory, `demo:${id}`, { name: product.name, price: product.price });
};

export default registerDetector({
  id: 'demo.cart-forms',
  adapter: 'demo',
  description:
    'Cart changed on the demo site: POST /panier/ajouter|modifier|supprimer (product_id, quantite); quantity counted by the session, name learnt from product pages (data-product-id + JSON-LD Product).',
  observes: ['request', 'form', 'page'],
  source: {
    product: 'Demo site',
    versions: ['0.1'],
    files: ['tests/sites/demo/pages/shop.mjs (productPage, cartAdd, cartUpdate, cartRemove)'],
  },
  detect(observation, context) {
    const { memory } = context;
    if (observation.type === 'page') {
      learn(observation, memory);
      return [];
    }
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const match = /^\/panier\/(ajouter|modifier|supprimer)\/?$/.exec(submission.path);
    const productId = text(submission.fields.product_id);
    if (!match || !productId) return [];
    let action = ACTIONS[match[1]!]!;
    const requested = integer(submission.fields.quantite);
    const before = cartLine(memory, productId);
    const quantity =
      action === 'remove'
        ? 0
        : action === 'add'
          ? before + Math.max(1, requested ?? 1)
          : Math.max(0, requested ?? before);
    if (quantity === 0) action = 'remove';
    rememberCartLine(memory, productId, quantity);
    const name = knownProduct(memory, `demo:${productId}`)?.name;
    return [
      {
        kind: 'commerce.cartChanged',
        data: {
          action,
          productId: clip(productId, 500),
          quantity,
          ...(name ? { name: clip(name, 500) } : {}),
        },
      },
    ];
  },
});
