/**
 * A cart rule (voucher) created or edited in the legacy AdminCartRules controller (1.7.8 and
 * 8.x): `POST index.php?controller=AdminCartRules` with `submitAddcart_rule` (or `…AndStay`).
 * Informations tab: `name_<id_lang>`, `code`, `active`; conditions: `date_from`, `date_to`,
 * `minimum_amount`, `quantity`, `quantity_per_user`, `group_restriction` + `group_select[]`;
 * actions: `apply_discount` (`percent` | `amount` | `off`), `reduction_percent`,
 * `reduction_amount`, `free_shipping`. A failed save re-displays the form (no redirect).
 */
import { amount, clip, compact, failed, integer, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';
import { isSubmit, langText, legacyController } from './lib.ts';

export default registerDetector({
  id: 'prestashop.cart-rule',
  adapter: 'prestashop',
  description:
    'Cart rule / voucher saved: POST index.php?controller=AdminCartRules with submitAddcart_rule[AndStay] — code, name_<lang>, apply_discount + reduction_percent|reduction_amount, quantity, quantity_per_user, date_from, date_to, minimum_amount, group_restriction + group_select[].',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop:controllers/admin/AdminCartRulesController.php (postProcess)',
      'PrestaShop/PrestaShop:admin-dev/themes/default/template/controllers/cart_rules/informations.tpl',
      'PrestaShop/PrestaShop:admin-dev/themes/default/template/controllers/cart_rules/conditions.tpl',
      'PrestaShop/PrestaShop:admin-dev/themes/default/template/controllers/cart_rules/actions.tpl',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    if (legacyController(submission) !== 'admincartrules') return [];
    if (!isSubmit(submission, 'submitAddcart_rule') && !isSubmit(submission, 'submitAddcart_ruleAndStay'))
      return [];
    const { fields } = submission;
    const mode = text(fields.apply_discount);
    const groups =
      text(fields.group_restriction) === '1' ? texts(fields['group_select[]'] ?? fields.group_select) : [];
    const minimum = amount(fields.minimum_amount);
    const name = langText(fields, 'name');
    const data: PayloadOf<'commerce.voucherCreated'> = compact({
      code: clip((text(fields.code) ?? '').trim(), 500),
      name: name === undefined ? undefined : clip(name, 500),
      reductionPercent: mode === 'percent' ? amount(fields.reduction_percent) : undefined,
      reductionAmount: mode === 'amount' ? amount(fields.reduction_amount) : undefined,
      quantity: integer(fields.quantity),
      quantityPerUser: integer(fields.quantity_per_user),
      validFrom: text(fields.date_from) ? clip(text(fields.date_from)!, 500) : undefined,
      validTo: text(fields.date_to) ? clip(text(fields.date_to)!, 500) : undefined,
      minimumAmount: minimum ? minimum : undefined,
      customerGroup: groups.length ? clip(groups.map((id) => `#${id}`).join(', '), 500) : undefined,
    });
    return [{ kind: 'commerce.voucherCreated', data }];
  },
});
