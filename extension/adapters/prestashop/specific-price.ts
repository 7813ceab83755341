/**
 * Price reductions outside cart rules:
 * - a product's specific price in the 1.7.8 product page: the « Add a specific price » block
 *   posts only its own fields, by AJAX, to the specific-price routes — creation
 *   `/sell/catalog/products/specific-prices/add` with `form[id_product]` and
 *   `form[step2][specific_price][sp_*]`, edition `/specific-prices/update/<id>` with the modal's
 *   `form[modal][sp_*]`. The same `sp_*` fields also sit, pre-filled, inside the product form
 *   (ProductPrice adds ProductSpecificPrice to step2), so every product save carries
 *   `sp_reduction = 0`: they are read on those routes only, never on a product save;
 * - a specific price in the 8.x product page (modal form `specific_price`, SpecificPriceType):
 *   `specific_price[impact][reduction][type|value]`, `specific_price[impact][fixed_price_tax_excluded]`,
 *   `specific_price[groups][group_id]`, `specific_price[from_quantity]`,
 *   `specific_price[date_range][from|to]`, `specific_price[product_id]`;
 * - a catalog price rule, legacy AdminSpecificPriceRule (`submitAddspecific_price_rule`, `name`,
 *   `reduction`, `reduction_type`, `from_quantity`, `from`, `to`, `id_group`) with its
 *   conditions (`condition_group_<n>[]` = ids of attribute values, features, categories,
 *   manufacturers, suppliers): success redirects with `conf=3|4`, a refusal answers 200.
 * Reported as `settings.changed` (areas `specific-price`, `catalog-price-rule`).
 */
import { settingsChanged as changed } from '../lib/events.ts';
import { amount, failed, field, integer, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { isSubmit, legacyController, symfonyPath } from './lib.ts';
import { counts, jsonOutcome, redirectOutcome } from './outcome.ts';
import { rememberRefusal } from './refusal.ts';

const ADD_17 = /\/sell\/catalog\/products\/specific-prices\/add\/?$/;
const UPDATE_17 = /\/sell\/catalog\/products\/specific-prices\/update\/(\d+)\/?$/;

/**
 * `condition_group_<n>[]` values are `<type>_<id>` (category_5, manufacturer_2, attribute_12,
 * feature_3, supplier_1): each group is an AND of conditions, groups are OR-ed.
 */
const conditionGroups = (fields: Record<string, unknown>): { type: string; id: string }[][] =>
  Object.entries(fields)
    .filter(([name]) => /^condition_group_\d+(\[\])?$/.test(name))
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .map(([, value]) =>
      texts(value).map((condition) => {
        const cut = condition.lastIndexOf('_');
        return { type: condition.slice(0, cut), id: condition.slice(cut + 1) };
      }),
    )
    .filter((group) => group.length > 0);

export default registerDetector({
  id: 'prestashop.specific-price',
  adapter: 'prestashop',
  description:
    'Specific prices and catalog price rules: the 1.7.8 specific-price routes (specific-prices/add with form[step2][specific_price][sp_*], specific-prices/update/<id> with form[modal][sp_*]) — never the product save that carries the same pre-filled fields —, the 8.x modal (specific_price[impact][reduction][type|value], [groups][group_id], from_quantity, date_range), AdminSpecificPriceRule submitAddspecific_price_rule with its condition_group_<n>[] conditions.',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@85d3af51f9834b86400638af5b9b90ee6e219819:src/PrestaShopBundle/Form/Admin/Sell/Product/Pricing/SpecificPriceType.php#L121-L200',
      'PrestaShop/PrestaShop@c7032a06a3a607512f4f96e6cf908d2b684605ab:src/PrestaShopBundle/Form/Admin/Sell/Product/Pricing/SpecificPriceImpactType.php#L70-L113',
      'PrestaShop/PrestaShop@ba9362300f384e9270406636107f32d0eafc3092:src/PrestaShopBundle/Form/Admin/Sell/Product/Pricing/ApplicableGroupsType.php#L92-L117',
      'PrestaShop/PrestaShop@601f1327e0dedbe052be735c51487e7c4336dfa9:src/PrestaShopBundle/Form/Admin/Product/ProductPrice.php#L144-L245',
      'PrestaShop/PrestaShop@663c124998d52d7500b4fcfd325fc7ad5b86084b:src/PrestaShopBundle/Form/Admin/Product/ProductSpecificPrice.php#L146-L320',
      'PrestaShop/PrestaShop@30801dbbec75ca083d7e777f0c8277ef3fb3bddc:src/PrestaShopBundle/Resources/views/Admin/Product/ProductPage/Forms/form_specific_price.html.twig#L35-L163',
      'PrestaShop/PrestaShop@00910cb8895cabd86699c4e1b8716bc3f116cd49:controllers/admin/AdminSpecificPriceRuleController.php#L159-L300',
      'PrestaShop/PrestaShop@00910cb8895cabd86699c4e1b8716bc3f116cd49:controllers/admin/AdminSpecificPriceRuleController.php#L343-L366',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/catalog/products/products.yml#L20-L22',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/catalog/products/specific_prices.yml#L20-L33',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Controller/Admin/SpecificPriceController.php#L98-L122',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Controller/Admin/SpecificPriceController.php#L174-L202',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Form/Admin/Product/ProductSpecificPrice.php#L142-L365',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/Pricing/SpecificPriceType.php#L114-L203',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/Pricing/SpecificPriceImpactType.php#L68-L116',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Product/Pricing/ApplicableGroupsType.php#L97-L142',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Type/PriceReductionType.php#L68-L103',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const { fields } = submission;
    const route = symfonyPath(submission.path);
    const update = UPDATE_17.exec(route);
    if (ADD_17.test(route) || update) {
      if (!counts(jsonOutcome(submission))) return [];
      const prefix = update ? 'form[modal]' : 'form[step2][specific_price]';
      const sp = (name: string) => field(fields, `${prefix}[${name}]`);
      return changed('specific-price', {
        productId: text(field(fields, 'form[id_product]')),
        specificPriceId: update?.[1],
        reduction: amount(sp('sp_reduction')),
        reductionType: text(sp('sp_reduction_type')),
        fromQuantity: integer(sp('sp_from_quantity')),
        from: text(sp('sp_from')),
        to: text(sp('sp_to')),
        groupId: text(sp('sp_id_group')),
      });
    }
    const modern = field(fields, 'specific_price[impact][reduction][value]');
    const fixed = field(fields, 'specific_price[impact][fixed_price_tax_excluded]');
    if (modern !== undefined || fixed !== undefined) {
      if (!counts(redirectOutcome(submission)) && !counts(jsonOutcome(submission))) return [];
      const productId =
        text(field(fields, 'specific_price[product_id]')) ??
        /\/products(?:-v2)?\/(\d+)\/specific-prices/.exec(route)?.[1];
      return changed('specific-price', {
        productId,
        specificPriceId: /\/specific-prices\/(\d+)\/edit/.exec(route)?.[1],
        reduction: amount(modern),
        reductionType: text(field(fields, 'specific_price[impact][reduction][type]')),
        fixedPrice: amount(fixed),
        fromQuantity: integer(field(fields, 'specific_price[from_quantity]')),
        from: text(field(fields, 'specific_price[date_range][from]')),
        to: text(field(fields, 'specific_price[date_range][to]')),
        groupId: text(field(fields, 'specific_price[groups][group_id]')),
      });
    }
    if (
      legacyController(submission) !== 'adminspecificpricerule' ||
      !isSubmit(submission, 'submitAddspecific_price_rule')
    )
      return [];
    const outcome = redirectOutcome(submission);
    if (!counts(outcome)) {
      if (outcome === 'refused')
        rememberRefusal(context.memory, 'catalog-price-rule', { name: text(fields.name) }, submission.time);
      return [];
    }
    const conditions = conditionGroups(fields);
    return changed('catalog-price-rule', {
      name: text(fields.name),
      reduction: amount(fields.reduction),
      reductionType: text(fields.reduction_type),
      fromQuantity: integer(fields.from_quantity),
      from: text(fields.from),
      to: text(fields.to),
      groupId: text(fields.id_group),
      ...(conditions.length ? { conditionGroups: conditions } : {}),
    });
  },
});
