/**
 * Price reductions outside cart rules:
 * - a product's specific price, 1.7.8 product page (`form[step2][specific_price][sp_reduction]`,
 *   `sp_reduction_type` amount|percentage, `sp_from_quantity`, `sp_from`, `sp_to`, `sp_id_group`,
 *   posted to the specific-price add route with `form[id_product]`);
 * - the same in the 8.x product page (`specific_price[reduction][type|value]`,
 *   `specific_price[from_quantity]`, `specific_price[group_id]`, `specific_price[date_range][from|to]`);
 * - a catalog price rule, legacy AdminSpecificPriceRule (`submitAddspecific_price_rule`, `name`,
 *   `reduction`, `reduction_type`, `from_quantity`, `from`, `to`, `id_group`).
 * Reported as `settings.changed` (areas `specific-price`, `catalog-price-rule`): no dedicated kind.
 */
import { settingsChanged as changed } from '../lib/events.ts';
import { amount, failed, field, integer, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { isSubmit, legacyController, symfonyPath } from './lib.ts';

export default registerDetector({
  id: 'prestashop.specific-price',
  adapter: 'prestashop',
  description:
    'Specific prices and catalog price rules: form[step2][specific_price][sp_*] (1.7.8 product page), specific_price[reduction][type|value]… (8.x product page), AdminSpecificPriceRule submitAddspecific_price_rule (name, reduction, reduction_type, from_quantity, from, to, id_group).',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop:src/PrestaShopBundle/Form/Admin/Product/ProductSpecificPrice.php',
      'PrestaShop/PrestaShop:src/PrestaShopBundle/Form/Admin/Sell/Product/Pricing/SpecificPriceType.php',
      'PrestaShop/PrestaShop:controllers/admin/AdminSpecificPriceRuleController.php',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const { fields } = submission;
    const legacy = field(fields, 'form[step2][specific_price][sp_reduction]');
    if (legacy !== undefined) {
      const sp = (name: string) => field(fields, `form[step2][specific_price][${name}]`);
      return changed('specific-price', {
        productId: text(field(fields, 'form[id_product]')),
        reduction: amount(legacy),
        reductionType: text(sp('sp_reduction_type')),
        fromQuantity: integer(sp('sp_from_quantity')),
        from: text(sp('sp_from')),
        to: text(sp('sp_to')),
        groupId: text(sp('sp_id_group')),
      });
    }
    const modern = field(fields, 'specific_price[reduction][value]');
    if (modern !== undefined) {
      const productId = /\/products(?:-v2)?\/(\d+)\/specific-prices/.exec(symfonyPath(submission.path))?.[1];
      return changed('specific-price', {
        productId,
        reduction: amount(modern),
        reductionType: text(field(fields, 'specific_price[reduction][type]')),
        fromQuantity: integer(field(fields, 'specific_price[from_quantity]')),
        from: text(field(fields, 'specific_price[date_range][from]')),
        to: text(field(fields, 'specific_price[date_range][to]')),
        groupId: text(field(fields, 'specific_price[group_id]')),
      });
    }
    if (
      legacyController(submission) === 'adminspecificpricerule' &&
      isSubmit(submission, 'submitAddspecific_price_rule')
    )
      return changed('catalog-price-rule', {
        name: text(fields.name),
        reduction: amount(fields.reduction),
        reductionType: text(fields.reduction_type),
        fromQuantity: integer(fields.from_quantity),
        from: text(fields.from),
        to: text(fields.to),
        groupId: text(fields.id_group),
      });
    return [];
  },
});
