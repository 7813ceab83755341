/**
 * Combinations (variants: size, colour…) generated for a product:
 * - 1.7.8 product page (AttributeController::attributesGeneratorAction): `POST
 *   /sell/catalog/products/attributes/generator` with the product form (`form[id_product]`) and
 *   the chosen attributes `options[<id_attribute_group>][…] = <id_attribute>` (`group-<id>`
 *   for a whole group), answered 200 `{ ids_product_attribute: [...], form }` or 400;
 * - 8.x product page (CombinationController::generateCombinationsAction): `POST
 *   /sell/catalog/products-v2/generate-combinations/<id_product>[/<id_shop>]` (the shop from
 *   8.1; fos_js_routes.json of the releases; the path without `-v2` is only in later
 *   development copies, also accepted) with
 *   `attributes[<id_attribute_group>][] = <id_attribute>`, answered `{ combination_ids }` or
 *   400 `{ error }`.
 */
import { settingsChanged } from '../lib/events.ts';
import { failed, field, isRecord, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';
import { groupedIds, symfonyPath } from './lib.ts';

const GENERATOR_17 = /\/sell\/catalog\/products\/attributes\/generator\/?$/;
const GENERATE_8 = /\/sell\/catalog\/products(?:-v2)?\/generate-combinations\/(\d+)(?:\/\d+)?\/?$/;

export default registerDetector({
  id: 'prestashop.product-combinations',
  adapter: 'prestashop',
  description:
    'Product combinations generated: 1.7.8 POST /sell/catalog/products/attributes/generator (form[id_product], options[<group>][…]; answer ids_product_attribute) and 8.x POST /sell/catalog/products[-v2]/generate-combinations/<id> (attributes[<group>][]; answer combination_ids). Attribute ids per group and how many combinations PrestaShop created.',
  observes: ['request'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@6f8365ebba40b37e611525597ea0d3f2c907dc76:admin-dev/themes/new-theme/js/pages/product/services/combinations-service.ts#L84-L96',
      'PrestaShop/PrestaShop@0de31e34bcb746f7ea2971043ac70492d4e0de8b:src/PrestaShopBundle/Controller/Admin/AttributeController.php#L91-L171',
      'PrestaShop/PrestaShop@0f6615dc6542aa91db69ca66a9fb0e19d9c1625e:src/PrestaShopBundle/Controller/Admin/Sell/Catalog/Product/CombinationController.php#L556-L582',
      'librasoft-fr/prestashop-versions@v8.0.0:admin/themes/new-theme/js/fos_js_routes.json#L1-L1',
      'librasoft-fr/prestashop-versions@v8.2.0:admin/themes/new-theme/js/fos_js_routes.json#L1-L1',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/catalog/products/products.yml#L5-L6',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/catalog/products/attributes.yml#L9-L14',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Controller/Admin/AttributeController.php#L91-L171',
    ],
  },
  detect(observation, context): DerivedEvent[] {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    // Both answer JSON listing what was created; without it the generation is not known.
    if (!isRecord(submission.response)) return [];
    const route = symfonyPath(submission.path);
    const { fields, response } = submission;
    const v17 = GENERATOR_17.test(route);
    const v8 = GENERATE_8.exec(route);
    if (!v17 && !v8) return [];
    const created = texts(v17 ? response.ids_product_attribute : response.combination_ids);
    const attributes = groupedIds(fields, v17 ? 'options' : 'attributes');
    if (!Object.keys(attributes).length) return [];
    return settingsChanged('product-combinations', {
      productId: v8 ? v8[1] : text(field(fields, 'form[id_product]')),
      attributes,
      combinationsCreated: created.length,
    });
  },
});
