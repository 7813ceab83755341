/**
 * Cart changes through a shop's JSON API: EverShop `POST /api/cart/mine/items` `{ sku, qty }`
 * (answer `data{ item{ uuid, product_sku, product_name, qty }, count, cartId }`),
 * `PATCH|DELETE /api/carts/<cart>/items/<item>`; Store-API-style `/cart/add-item`, `/cart/update-item`,
 * `/cart/remove-item` (WooCommerce's shape, not re-read here); any `…/cart…/items` or `/cart/add` endpoint.
 * Product pages (schema.org Product in JSON-LD) teach the session product names and prices.
 */
import { cartLine, knownProduct, rememberCartLine, rememberProduct } from '../lib/commerce.ts';
import { clip, type Fields, failed, firstField, integer, isRecord, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { Memory, PageObservation, PayloadOf } from '../types.ts';
import { answerError, payload, totalOf } from './lib.ts';

const CART_API = /\/(cart|carts|basket|panier)(\/|$)/i;
const ITEM_PATH =
  /\/(items?|lines?)(\/([\w-]+))?\/?$|\/(add|add-item|update-item|remove-item|add-to-cart)\/?$/i;
const PRODUCT_KEYS = ['sku', 'product_sku', 'product_id', 'productId', 'id_product', 'variant_id', 'id'];
const QUANTITY_KEYS = ['qty', 'quantity'];

const itemKey = (id: string) => `commerce:item:${id}`;

/** The cart line an answer describes: `data.item`, or the matching entry of `items`. */
const lineOf = (answer: Fields | undefined, productId: string | undefined): Fields | undefined => {
  if (!answer) return undefined;
  if (isRecord(answer.item)) return answer.item;
  const items = Array.isArray(answer.items) ? answer.items.filter(isRecord) : [];
  return items.find((item) =>
    PRODUCT_KEYS.some((key) => productId !== undefined && text(item[key]) === productId),
  );
};

const learnFromPage = (memory: Memory, page: PageObservation): void => {
  for (const item of page.markup?.jsonLd ?? [])
    if (item.type === 'Product' && item.name) {
      const product = { name: item.name, price: item.price };
      if (item.sku) rememberProduct(memory, item.sku, product);
      const id = page.markup?.data?.find((entry) => entry.name === 'data-product-id')?.value;
      if (id) rememberProduct(memory, id, product);
    }
};

export default registerDetector({
  id: 'commerce.cart-api',
  adapter: 'commerce',
  description:
    'Cart changed through a JSON API (EverShop POST /api/cart/mine/items {sku, qty}, PATCH/DELETE /api/carts/<cart>/items/<item>, WooCommerce Store API add-item/update-item/remove-item, any …/cart…/items endpoint); product names learnt from schema.org Product JSON-LD on product pages.',
  observes: ['request', 'page'],
  source: {
    product: 'EverShop',
    versions: ['2.2'],
    files: [
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/checkout/api/addMineCartItem/addItemToCart.ts#L24-L56',
    ],
  },
  detect(observation, { memory }) {
    if (observation.type === 'page') {
      learnFromPage(memory, observation);
      return [];
    }
    if (observation.type !== 'request' || failed(observation)) return [];
    const { path, method } = observation;
    if (!CART_API.test(path) || /coupon|voucher|discount|promo/i.test(path)) return [];
    const match = ITEM_PATH.exec(path);
    if (!match || !['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) return [];
    const response = observation.response;
    if (answerError(response, observation.status)) return [];
    const body = observation.body ?? {};
    const answer = payload(response);
    const pathItem = match[3];
    let productId = text(firstField(body, PRODUCT_KEYS));
    if (!productId && pathItem) productId = memory.get<string>(itemKey(pathItem)) ?? pathItem;
    const line = lineOf(answer, productId);
    productId ??= text(firstField(line, ['product_sku', 'sku', 'product_id', 'id']));
    if (!productId) return [];
    const lineId = text(firstField(line, ['uuid', 'cart_item_id', 'key', 'item_id']));
    if (lineId) memory.set(itemKey(lineId), productId);
    const removing = method === 'DELETE' || /remove-item/i.test(path);
    const adding = !removing && method === 'POST' && !pathItem && !/update-item/i.test(path);
    const requested = integer(firstField(body, QUANTITY_KEYS)) ?? 1;
    const before = cartLine(memory, productId);
    const quantity = removing
      ? 0
      : (integer(firstField(line, QUANTITY_KEYS)) ?? (adding ? before + requested : Math.max(0, requested)));
    const name =
      text(firstField(line, ['product_name', 'name', 'title'])) ?? knownProduct(memory, productId)?.name;
    if (name) rememberProduct(memory, productId, { name });
    rememberCartLine(memory, productId, quantity);
    const total = totalOf(answer);
    const data: PayloadOf<'commerce.cartChanged'> = {
      action: removing || quantity === 0 ? 'remove' : adding ? 'add' : 'update',
      productId: clip(productId, 500),
      quantity,
      ...(name ? { name: clip(name, 500) } : {}),
      ...(total !== undefined ? { total } : {}),
    };
    return [{ kind: 'commerce.cartChanged', data }];
  },
});
