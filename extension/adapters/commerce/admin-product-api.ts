/**
 * A product saved through a back-office API: EverShop `PATCH /api/products/<uuid>` (the admin
 * product form sends the whole form: `name`, `sku`, `price`, `qty`, `category_id`,
 * `description` as EditorJS rows, `url_key`, `meta_title`, `meta_description`…; answer
 * `{ data: product }`), `POST /api/products`, WooCommerce REST `/wc/v3/products[/<id>]`, any
 * API or admin `…/products[/<id>]` save whose body names the product.
 */

import { characterLength } from '../../../shared/rules/text.ts';
import { visibleLength, visibleText } from '../lib/content.ts';
import { amount, clip, compact, type Fields, firstField, integer, isRecord, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';
import { answerError, descriptionText, isApiOrAdmin, payload } from './lib.ts';

const PRODUCT_PATH = /\/products?(?:\/([\w-]+))?\/?$/i;
const PRODUCT_FIELDS = [
  'price',
  'regular_price',
  'sku',
  'qty',
  'quantity',
  'url_key',
  'meta_title',
  'description',
  'slug',
];

const lengthOf = (value: unknown): number | undefined => {
  if (typeof value === 'string') return visibleLength(value);
  const plain = descriptionText(value);
  return plain === undefined ? undefined : characterLength(plain);
};

const summaryOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return visibleText(value);
  const plain = descriptionText(value);
  return plain === undefined ? undefined : visibleText(plain);
};

const optionalText = (fields: Fields, names: string[], max: number): string | undefined => {
  const value = firstField(fields, names) ?? names.map((name) => fields[name]).find((inner) => inner === '');
  const read = text(value);
  return read === undefined ? undefined : clip(read, max);
};

export default registerDetector({
  id: 'commerce.admin-product-api',
  adapter: 'commerce',
  description:
    'Product saved through a back-office API (EverShop PATCH /api/products/<uuid> or POST /api/products with name, price, qty, category_id, description rows, url_key, meta_title, meta_description; WooCommerce REST products; any API/admin …/products[/<id>] save naming the product).',
  observes: ['request'],
  source: {
    product: 'EverShop',
    versions: ['2.2'],
    files: [
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/catalog/api/updateProduct/route.json#L1-L5',
    ],
  },
  detect(request) {
    if (!['POST', 'PUT', 'PATCH'].includes(request.method) || !isApiOrAdmin(request.path)) return [];
    if (/\/(cart|carts|basket|checkout)(\/|$)/i.test(request.path)) return [];
    const match = PRODUCT_PATH.exec(request.path);
    if (!match || answerError(request.response, request.status)) return [];
    const body = request.body ?? {};
    const name = text(body.name);
    if (!name || !PRODUCT_FIELDS.some((field) => Object.hasOwn(body, field))) return [];
    const answer = payload(request.response);
    const productId =
      (match[1] && !/^(new|create)$/i.test(match[1]) ? match[1] : undefined) ??
      text(firstField(answer, ['uuid', 'product_id', 'id'])) ??
      text(body.sku) ??
      'new';
    const category = text(firstField(body, ['category_name', 'category'])) ?? text(body.category_id);
    const categories = Array.isArray(body.categories) ? body.categories.filter(isRecord) : [];
    const shortDescription = firstField(body, ['short_description', 'description_short', 'shortDescription']);
    const description = body.description;
    const data: PayloadOf<'commerce.productSaved'> = compact({
      productId: clip(productId, 500),
      name: clip(name, 500),
      price: amount(firstField(body, ['price', 'regular_price'])),
      stock: integer(firstField(body, ['qty', 'quantity', 'stock', 'stock_quantity'])),
      category: category
        ? clip(/^\d+$/.test(category) ? `#${category}` : category, 500)
        : categories.length
          ? clip(text(categories[0]!.name) ?? `#${text(categories[0]!.id)}`, 500)
          : undefined,
      shortDescriptionLength: shortDescription === undefined ? undefined : lengthOf(shortDescription),
      shortDescription: shortDescription === undefined ? undefined : summaryOf(shortDescription),
      descriptionLength: description === undefined ? undefined : lengthOf(description),
      metaTitle: optionalText(body, ['meta_title', 'metaTitle', 'seo_title'], 500),
      metaDescription: optionalText(body, ['meta_description', 'metaDescription'], 5000),
      friendlyUrl: optionalText(body, ['url_key', 'slug', 'handle', 'link_rewrite'], 500),
    });
    return [{ kind: 'commerce.productSaved', data }];
  },
});
