/**
 * A product saved in PrestaShop 1.7.8's product page (Symfony form `form`, one step per tab):
 * the page posts the whole form with jQuery to `/index.php/sell/catalog/products/<id>` (older
 * 1.7: `/product/form/<id>`). Field names from the form types: step1 ProductInformation
 * (`name`, `description`, `description_short` — TranslateType children named by `id_lang`,
 * so `form[step1][name][1]` —, `price_shortcut`, `qty_0_shortcut`, `id_category_default`),
 * step2 ProductPrice (`price`, tax excluded), step3 ProductQuantity (`qty_0`), step5 ProductSeo
 * (`meta_title`, `meta_description`, `link_rewrite`). Validation errors answer 400 with the
 * form errors as JSON. The whole form also carries the pre-filled specific-price block
 * (`form[step2][specific_price][sp_*]`): that is not a price rule (see prestashop.specific-price).
 * The same page is 8.0's by default (feature flag product_page_v2 off at install), and 8.1–8.2's
 * when a shop turns that flag off (on at install from 8.1).
 */
import { amount, clip, compact, failed, field, integer, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';
import { langText, productTexts, symfonyPath } from './lib.ts';

const PATH = /^\/(?:sell\/catalog\/products|product\/form)\/(\d+)\/?$/;

export default registerDetector({
  id: 'prestashop.product-form-17',
  adapter: 'prestashop',
  description:
    'Product saved in the 1.7.8 product page: POST /index.php/sell/catalog/products/<id> with form[step1][name][<lang>], form[step2][price], form[step3][qty_0] (or step1 shortcuts), form[step1][id_category_default], description lengths, form[step5][meta_title|meta_description|link_rewrite][<lang>].',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1 and 8.2 with product_page_v2 off'],
    files: [
      'PrestaShop/PrestaShop@09224cd64676cd6a5d7ae582d410af072492d936:src/PrestaShopBundle/Form/Admin/Product/ProductInformation.php#L215-L343',
      'librasoft-fr/prestashop-versions@v8.0.0:install/data/xml/feature_flag.xml#L13-L14',
      'librasoft-fr/prestashop-versions@v8.2.0:install/data/xml/feature_flag.xml#L13-L13',
      'PrestaShop/PrestaShop@601f1327e0dedbe052be735c51487e7c4336dfa9:src/PrestaShopBundle/Form/Admin/Product/ProductPrice.php#L144-L245',
      'PrestaShop/PrestaShop@f503188439b9293ab8016e7f6768831fdeb0a213:src/PrestaShopBundle/Form/Admin/Product/ProductQuantity.php#L130-L144',
      'PrestaShop/PrestaShop@ba9362300f384e9270406636107f32d0eafc3092:src/PrestaShopBundle/Form/Admin/Product/ProductSeo.php#L89-L153',
      'PrestaShop/PrestaShop@ad8bead3c7b6b6c06e9c70585ae75af1e771a40f:src/PrestaShopBundle/Form/Admin/Type/TranslateType.php#L86-L101',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const { fields } = submission;
    const route = symfonyPath(submission.path);
    const match = PATH.exec(route);
    // The page's helper routes (attributes/generator, specific-prices/add, image/…, virtual/…)
    // post the same serialised form with form[id_product]: they are not product saves.
    if (!match && /\/sell\/catalog\/products\/[a-z]/i.test(route)) return [];
    const id = match?.[1] ?? text(field(fields, 'form[id_product]'));
    if (
      !id ||
      (field(fields, 'form[step1]') === undefined &&
        !Object.keys(fields).some((key) => key.startsWith('form[step1]')))
    )
      return [];
    const name = langText(fields, 'form[step1][name]');
    if (name === undefined) return [];
    const category = text(field(fields, 'form[step1][id_category_default]'));
    const data: PayloadOf<'commerce.productSaved'> = compact({
      productId: clip(id, 500),
      name: clip(name, 500),
      price:
        amount(field(fields, 'form[step2][price]')) ?? amount(field(fields, 'form[step1][price_shortcut]')),
      stock:
        integer(field(fields, 'form[step3][qty_0]')) ?? integer(field(fields, 'form[step1][qty_0_shortcut]')),
      category: category ? `#${clip(category, 400)}` : undefined,
      ...productTexts(fields, {
        shortDescription: 'form[step1][description_short]',
        description: 'form[step1][description]',
        metaTitle: 'form[step5][meta_title]',
        metaDescription: 'form[step5][meta_description]',
        friendlyUrl: 'form[step5][link_rewrite]',
      }),
    });
    return [{ kind: 'commerce.productSaved', data }];
  },
});
