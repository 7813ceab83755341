/**
 * A catalogue category saved through a back-office API, with its SEO fields: EverShop
 * `POST /api/categories` (createCategory) or `PATCH /api/categories/<uuid>` (updateCategory);
 * the admin form (categoryEdit+categoryNew: General, Seo, Status) sends the whole form as JSON:
 * `name`, `parent_id`, `description` (EditorJS rows), `url_key`, `meta_title`,
 * `meta_description`, `status` (1 | 0), `show_products`; answer `{ data: category }` (with its
 * `uuid`), or `{ error: { message } }`. Any API `…/categories[/<id>]` save naming the category
 * with one of those fields is read the same way. Same event as PrestaShop's category detector,
 * so that one rule serves both shops.
 */
import { characterLength } from '../../../shared/rules/text.ts';
import { settingsChanged } from '../lib/events.ts';
import { clip, flag, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { answerError, descriptionText, isApiOrAdmin, payload } from './lib.ts';

const PATH = /\/categories(?:\/([\w-]+))?\/?$/i;
const CATEGORY_FIELDS = ['url_key', 'meta_title', 'meta_description', 'parent_id', 'description'];

export default registerDetector({
  id: 'commerce.category-api',
  adapter: 'commerce',
  description:
    'Category saved through a back-office API with its SEO fields (EverShop POST /api/categories or PATCH /api/categories/<uuid>: name, parent_id, description rows, url_key, meta_title, meta_description, status); refused saves ({ error }) are not saves.',
  observes: ['request'],
  source: {
    product: 'EverShop',
    versions: ['2.2'],
    files: [
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/catalog/api/createCategory/route.json#L1-L5',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/catalog/api/updateCategory/route.json#L1-L5',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/catalog/api/createCategory/finish[apiResponse].ts#L12-L41',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/catalog/pages/admin/categoryEdit+categoryNew/General.tsx#L102-L171',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/catalog/pages/admin/categoryEdit+categoryNew/Seo.tsx#L53-L93',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/catalog/pages/admin/categoryEdit+categoryNew/Status.tsx#L30-L44',
    ],
  },
  detect(request) {
    if (!['POST', 'PUT', 'PATCH'].includes(request.method) || !isApiOrAdmin(request.path)) return [];
    const match = PATH.exec(request.path);
    if (!match || answerError(request.response, request.status)) return [];
    const body = request.body ?? {};
    const name = text(body.name);
    if (!name || !CATEGORY_FIELDS.some((field) => Object.hasOwn(body, field))) return [];
    const answer = payload(request.response);
    const categoryId =
      (match[1] && !/^(new|create)$/i.test(match[1]) ? match[1] : undefined) ??
      text(answer?.uuid) ??
      text(answer?.category_id) ??
      'new';
    const description = descriptionText(body.description);
    return settingsChanged(
      'category',
      {
        categoryId: clip(categoryId, 500),
        name,
        parentId: text(body.parent_id) || undefined,
        active: flag(body.status),
        descriptionLength: description === undefined ? undefined : characterLength(description),
        metaTitle: text(body.meta_title),
        metaDescription: text(body.meta_description),
        friendlyUrl: text(body.url_key),
      },
      { keepEmpty: true },
    );
  },
});
