/**
 * Product images added or described (cover, caption — the caption is the image's `alt` on the
 * shop):
 * - 1.7.8 product page (ProductImageController): the dropzone posts the file to
 *   `POST /sell/catalog/products/image/upload/<id_product>` (form `form[file]`), answered
 *   200 JSON `{ id, cover, position, … }` or 400 `{ message }`; the caption form posts
 *   `form_image[legend][<lang>]`, `form_image[cover]` to `/sell/catalog/products/image/form/<id_image>`;
 * - 8.x product page (ImageController, ProductImageType `product_image`): `POST
 *   /sell/catalog/products-v2/images/add` in every 8.0–8.2 release (fos_js_routes.json; the
 *   path without `-v2` is only in later development copies, also accepted) with `product_image[product_id]` and the file, answered JSON `{ image_id, is_cover,
 *   position, legends }`; `PATCH …/images/<id>/update` with `product_image[is_cover]`,
 *   `product_image[legend][<lang>]` or `product_image[position]`; errors are 400 `{ error }`.
 */
import { settingsChanged } from '../lib/events.ts';
import { failed, field, flag, integer, isRecord, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';
import { langText, symfonyPath } from './lib.ts';

const UPLOAD_17 = /\/sell\/catalog\/products\/image\/upload\/(\d+)\/?$/;
const FORM_17 = /\/sell\/catalog\/products\/image\/form\/(\d+)\/?$/;
const ADD_8 = /\/sell\/catalog\/products(?:-v2)?\/images\/add\/?$/;
const UPDATE_8 = /\/sell\/catalog\/products(?:-v2)?\/images\/(\d+)\/update\/?$/;

/** The first non-empty caption of the answer's `legends` (by language id). */
const firstLegend = (legends: unknown): string | undefined =>
  isRecord(legends)
    ? Object.entries(legends)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([, value]) => text(value))
        .find((value) => value !== undefined && value.trim() !== '')
    : undefined;

export default registerDetector({
  id: 'prestashop.product-images',
  adapter: 'prestashop',
  description:
    'Product image added or captioned: 1.7.8 POST /sell/catalog/products/image/upload/<id> (answer { id, cover }) and /image/form/<id_image> (form_image[legend][<lang>], [cover]); 8.x POST /sell/catalog/products[-v2]/images/add (product_image[product_id], answer { image_id, is_cover, legends }) and PATCH …/images/<id>/update (product_image[legend][<lang>], [is_cover], [position]). 400 answers are failures.',
  observes: ['request'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@fcf2c759094722a0e08ca3f61133d690f4735c36:src/PrestaShopBundle/Resources/config/routing/admin/sell/catalog/products/image.yml#L32-L73',
      'PrestaShop/PrestaShop@d85c7a4c9eaad814a84ff2e265d6715b0ad1f805:admin-dev/themes/new-theme/js/pages/product/services/images.ts#L41-L75',
      'PrestaShop/PrestaShop@601f1327e0dedbe052be735c51487e7c4336dfa9:src/PrestaShopBundle/Form/Admin/Sell/Product/Image/ProductImageType.php#L48-L57',
      'PrestaShop/PrestaShop@fcdd3400c724fa06a5606ab4494d7a01f044c56b:src/PrestaShopBundle/Controller/Admin/ProductImageController.php#L47-L88',
      'PrestaShop/PrestaShop@fcdd3400c724fa06a5606ab4494d7a01f044c56b:src/PrestaShopBundle/Controller/Admin/ProductImageController.php#L118-L164',
      'PrestaShop/PrestaShop@601f1327e0dedbe052be735c51487e7c4336dfa9:src/PrestaShopBundle/Controller/Admin/Sell/Catalog/Product/ImageController.php#L124-L183',
      'PrestaShop/PrestaShop@601f1327e0dedbe052be735c51487e7c4336dfa9:src/PrestaShopBundle/Controller/Admin/Sell/Catalog/Product/ImageController.php#L234-L260',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/catalog/products/product.yml#L63-L86',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Controller/Admin/ProductImageController.php#L49-L89',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Controller/Admin/ProductImageController.php#L121-L172',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/Image/ProductImageType.php#L45-L58',
    ],
  },
  detect(observation, context): DerivedEvent[] {
    const submission = submissionOf(observation, context);
    if (!submission || !['POST', 'PATCH'].includes(submission.method) || failed(submission)) return [];
    // Both pages answer a refused image with 400 (`failed`); without the answer nothing is sure.
    if (submission.status === undefined) return [];
    const route = symfonyPath(submission.path);
    const { fields } = submission;
    const answer = isRecord(submission.response) ? submission.response : {};
    const upload17 = UPLOAD_17.exec(route);
    if (upload17)
      return settingsChanged('product-image', {
        action: 'added',
        productId: upload17[1],
        imageId: text(answer.id),
        cover: flag(answer.cover),
        position: integer(answer.position),
      });
    const form17 = FORM_17.exec(route);
    if (form17)
      return settingsChanged(
        'product-image',
        {
          action: 'updated',
          imageId: form17[1],
          cover: flag(field(fields, 'form_image[cover]')) === true,
          legend: langText(fields, 'form_image[legend]') ?? '',
        },
        { keepEmpty: true },
      );
    if (ADD_8.test(route))
      return settingsChanged('product-image', {
        action: 'added',
        productId: text(field(fields, 'product_image[product_id]')),
        imageId: text(answer.image_id),
        cover: flag(answer.is_cover),
        position: integer(answer.position),
        legend: firstLegend(answer.legends),
      });
    const update8 = UPDATE_8.exec(route);
    if (!update8) return [];
    const legend = langText(fields, 'product_image[legend]');
    return settingsChanged(
      'product-image',
      {
        action: 'updated',
        imageId: update8[1],
        cover: flag(field(fields, 'product_image[is_cover]')),
        legend,
        position: integer(field(fields, 'product_image[position]')),
      },
      { keepEmpty: legend === '' },
    );
  },
});
