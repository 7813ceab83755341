/**
 * A product saved in PrestaShop 8's product page (Symfony form `product`, EditProductFormType):
 * `POST /index.php/sell/catalog/products-v2/<id>/edit` (8.0, experimental page) or
 * `/sell/catalog/products/<id>/edit` (8.1+). Field names from the form types: HeaderType
 * `product[header][name][<lang>]`, DescriptionType `description`, `description_short`,
 * `categories[default_category_id]`, `categories[product_categories][<n>][id|name|display_name]`,
 * RetailPriceType `product[pricing][retail_price][price_tax_excluded]`, SEOType
 * `product[seo][meta_title]`, `meta_description`, `link_rewrite`. A success redirects (302) to
 * the edit page; 200 is the form again with its errors.
 *
 * The stock comes in two shapes, both in the index's copies of the form types. QuantityType names
 * its DeltaQuantityType child `delta_quantity` (copies with multistore, 8.1+, and PrestaShop's own
 * UI tests of the 8.x page): DeltaQuantityType posts `quantity`, `delta` and `initial_quantity`,
 * and on submit takes initial = quantity − delta, so `quantity` is the new total. An older copy
 * names the child `quantity` (`[quantities][quantity][quantity|delta]`) with a DeltaQuantityType
 * that keeps only `delta` and shows the stored stock in `quantity`: there the stock is known only
 * when nothing was added or removed.
 */
import { amount, clip, compact, field, integer, isRecord, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';
import { langText, productTexts, symfonyPath } from './lib.ts';
import { savedPost } from './outcome.ts';

const PATH = /^\/sell\/catalog\/products(?:-v2)?\/(\d+)(?:\/edit)?\/?$/;

/** The default category's name, from the category tags the form posts with it. */
const categoryName = (fields: Record<string, unknown>, defaultId: string | undefined): string | undefined => {
  const prefix = 'product[description][categories][product_categories]';
  const entries = new Map<string, Record<string, string>>();
  const nested = field(fields, prefix);
  if (isRecord(nested) || Array.isArray(nested))
    for (const [index, item] of Object.entries(nested))
      if (isRecord(item))
        entries.set(
          index,
          Object.fromEntries(Object.entries(item).map(([key, value]) => [key, text(value) ?? ''])),
        );
  for (const [key, value] of Object.entries(fields)) {
    const match = /^product\[description\]\[categories\]\[product_categories\]\[(\d+)\]\[(\w+)\]$/.exec(key);
    if (!match) continue;
    const entry = entries.get(match[1]!) ?? {};
    entry[match[2]!] = text(value) ?? '';
    entries.set(match[1]!, entry);
  }
  const list = [...entries.values()];
  const chosen = list.find((entry) => entry.id === defaultId) ?? (defaultId ? undefined : list[0]);
  return chosen?.display_name || chosen?.name || undefined;
};

/** The stock after the save, in either shape of the stock field (see above); undefined when unknown. */
const stockOf = (fields: Record<string, unknown>): number | undefined => {
  const stock = (name: string) => integer(field(fields, `product[stock][quantities][${name}]`));
  const total = stock('delta_quantity][quantity');
  if (total !== undefined) return total;
  const initial = stock('delta_quantity][initial_quantity');
  const delta = stock('delta_quantity][delta');
  if (initial !== undefined && delta !== undefined) return initial + delta;
  const shown = stock('quantity][quantity');
  const older = stock('quantity][delta');
  return shown !== undefined && (older === undefined || older === 0) ? shown : undefined;
};

export default registerDetector({
  id: 'prestashop.product-form-8',
  adapter: 'prestashop',
  description:
    'Product saved in the 8.x product page: POST /index.php/sell/catalog/products[-v2]/<id>/edit with product[header][name][<lang>], product[pricing][retail_price][price_tax_excluded], product[stock][quantities][delta_quantity][quantity] (the new total; older copies: [quantity][quantity] with a delta), product[description][categories][…], description lengths, product[seo][meta_title|meta_description|link_rewrite][<lang>].',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['8.0 with product_page_v2 on', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@91d2af41f17bd375adb11a8b361c61a88c862403:src/PrestaShopBundle/Form/Admin/Sell/Product/EditProductFormType.php#L90-L123',
      'librasoft-fr/prestashop-versions@v8.0.0:install/data/xml/feature_flag.xml#L13-L14',
      'librasoft-fr/prestashop-versions@v8.2.0:install/data/xml/feature_flag.xml#L13-L13',
      'PrestaShop/PrestaShop@91d2af41f17bd375adb11a8b361c61a88c862403:src/PrestaShopBundle/Form/Admin/Sell/Product/EditProductFormType.php#L197-L200',
      'PrestaShop/PrestaShop@104bda08116c8b7f8217486c3cc8c70f7384bd23:src/PrestaShopBundle/Form/Admin/Sell/Product/HeaderType.php#L48-L66',
      'PrestaShop/PrestaShop@601f1327e0dedbe052be735c51487e7c4336dfa9:src/PrestaShopBundle/Form/Admin/Sell/Product/Pricing/RetailPriceType.php#L146-L166',
      'PrestaShop/PrestaShop@3962646a8e8a865f303109da2edd1d8d156ae914:src/PrestaShopBundle/Form/Admin/Sell/Product/Stock/QuantityType.php#L76-L90',
      'PrestaShop/PrestaShop@2c4bd73767563b749ed0825b2d1ecec0a77e9a56:src/PrestaShopBundle/Form/Admin/Type/DeltaQuantityType.php#L57-L97',
      'PrestaShop/PrestaShop@054b730caf9a70238ae3215c0d94444a67ebf9f0:src/PrestaShopBundle/Form/Admin/Sell/Product/Stock/QuantityType.php#L74-L130',
      'PrestaShop/PrestaShop@01de194cffde81dd63ce8a61199586ec3faf22d3:src/PrestaShopBundle/Form/Admin/Type/DeltaQuantityType.php#L46-L77',
      'PrestaShop/PrestaShop@f69e5193491c31677073751238569876a3cb85e2:src/PrestaShopBundle/Form/Admin/Sell/Product/SEO/SEOType.php#L95-L175',
      'PrestaShop/PrestaShop@ba9362300f384e9270406636107f32d0eafc3092:src/PrestaShopBundle/Form/Admin/Sell/Product/Description/DescriptionType.php#L96-L141',
      'PrestaShop/PrestaShop@d5f489ea08a83dfb30b48795974caab1c961d071:src/PrestaShopBundle/Form/Admin/Sell/Product/Category/CategoriesType.php#L43-L50',
      'PrestaShop/PrestaShop@1097b695199b6e1d4d7c3d32a98420be06324195:src/PrestaShopBundle/Form/Admin/Sell/Product/Category/CategoriesType.php#L72-L95',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/EditProductFormType.php#L85-L132',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/EditProductFormType.php#L201-L204',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/HeaderType.php#L87-L155',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/Description/DescriptionType.php#L84-L158',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/Pricing/RetailPriceType.php#L126-L262',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/Stock/QuantityType.php#L74-L132',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/SEO/SEOType.php#L101-L219',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/Category/CategoriesType.php#L72-L94',
    ],
  },
  detect(observation, context) {
    const submission = savedPost(observation, context);
    if (!submission) return [];
    const match = PATH.exec(symfonyPath(submission.path));
    if (!match) return [];
    const { fields } = submission;
    const name = langText(fields, 'product[header][name]');
    if (name === undefined) return [];
    const quantity = stockOf(fields);
    const defaultCategory = text(field(fields, 'product[description][categories][default_category_id]'));
    const category =
      categoryName(fields, defaultCategory) ?? (defaultCategory ? `#${defaultCategory}` : undefined);
    const data: PayloadOf<'commerce.productSaved'> = compact({
      productId: clip(match[1]!, 500),
      name: clip(name, 500),
      price: amount(field(fields, 'product[pricing][retail_price][price_tax_excluded]')),
      stock: quantity,
      category: category ? clip(category, 500) : undefined,
      ...productTexts(fields, {
        shortDescription: 'product[description][description_short]',
        description: 'product[description][description]',
        metaTitle: 'product[seo][meta_title]',
        metaDescription: 'product[seo][meta_description]',
        friendlyUrl: 'product[seo][link_rewrite]',
      }),
    });
    return [{ kind: 'commerce.productSaved', data }];
  },
});
