/**
 * A product sheet saved in the demo back office: `POST /admin/produits/<id>` (urlencoded) with
 * `name`, `price` (« 12,50 », TTC), `stock`, `category` (slug), `short_description`,
 * `description`, `meta_title`, `meta_description`, `link_rewrite`; 303 when saved, 422 with
 * the errors otherwise.
 */
import { characterLength } from '../../../shared/rules/text.ts';
import { visibleText } from '../lib/content.ts';
import { amount, clip, compact, failed, integer, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';

export default registerDetector({
  id: 'demo.product-form',
  adapter: 'demo',
  description:
    'Product saved on the demo site: POST /admin/produits/<id> with name, price, stock, category, short_description, description, meta_title, meta_description, link_rewrite (422 = refused).',
  observes: ['request', 'form'],
  source: {
    product: 'Demo site',
    versions: ['0.1'],
    files: ['tests/sites/demo/pages/admin-shop.mjs (productForm, productSave)'],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const match = /^\/admin\/produits\/(\d+)\/?$/.exec(submission.path);
    const name = text(submission.fields.name)?.trim();
    if (!match || !name) return [];
    const { fields } = submission;
    const optional = (key: string, max: number) => {
      const value = text(fields[key]);
      return value === undefined ? undefined : clip(value.trim(), max);
    };
    const short = text(fields.short_description);
    const long = text(fields.description);
    const data: PayloadOf<'commerce.productSaved'> = compact({
      productId: match[1]!,
      name: clip(name, 500),
      price: amount(fields.price),
      stock: integer(fields.stock),
      category: optional('category', 500),
      shortDescriptionLength: short === undefined ? undefined : characterLength(short.trim()),
      shortDescription: short === undefined ? undefined : visibleText(short),
      descriptionLength: long === undefined ? undefined : characterLength(long.trim()),
      metaTitle: optional('meta_title', 500),
      metaDescription: optional('meta_description', 5000),
      friendlyUrl: optional('link_rewrite', 500),
    });
    return [{ kind: 'commerce.productSaved', data }];
  },
});
