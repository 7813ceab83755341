/**
 * A cart rule (voucher) created or edited in the legacy AdminCartRules controller (1.7.8 and
 * 8.x): `POST index.php?controller=AdminCartRules` with `submitAddcart_rule` (or `…AndStay`).
 * Informations tab: `name_<id_lang>`, `code`, `active`; conditions: `date_from`, `date_to`,
 * `minimum_amount`, `quantity`, `quantity_per_user`, `group_restriction` + `group_select[]`;
 * actions: `apply_discount` (`percent` | `amount` | `off`), `reduction_percent`,
 * `reduction_amount`, `free_shipping`, `apply_discount_to` (order | specific | cheapest |
 * selection), product restrictions (`product_restriction`, `product_rule_group[]`,
 * `product_rule_group_<g>_quantity`, `product_rule_<g>[]`, `product_rule_<g>_<r>_type`,
 * `product_rule_select_<g>_<r>[]`), `carrier_restriction`, `country_restriction`.
 * A success redirects (302, `conf=3|4`); a refused save (end date before start, code already
 * used…) answers 200 with the form and its errors: an attempt, never `voucherCreated`.
 * Free shipping, the target of the discount and restrictions (not in `voucherCreated`'s
 * schema) come as a second event, `settings.changed` area `cart-rule-conditions`.
 */
import { amount, clip, compact, failed, flag, integer, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent, PayloadOf } from '../types.ts';
import { isSubmit, langText, legacyController } from './lib.ts';
import { counts, redirectOutcome } from './outcome.ts';
import { rememberRefusal } from './refusal.ts';

/** Product restriction groups: `{ quantity, rules: [{ type, ids }] }` per group, as posted. */
const productRules = (fields: Record<string, unknown>) =>
  texts(fields['product_rule_group[]'] ?? fields.product_rule_group).map((group) => ({
    quantity: integer(fields[`product_rule_group_${group}_quantity`]) ?? 1,
    rules: texts(fields[`product_rule_${group}[]`] ?? fields[`product_rule_${group}`]).map((rule) => ({
      type: text(fields[`product_rule_${group}_${rule}_type`]) ?? '',
      ids: texts(
        fields[`product_rule_select_${group}_${rule}[]`] ?? fields[`product_rule_select_${group}_${rule}`],
      ),
    })),
  }));

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
      'PrestaShop/PrestaShop@5b1703028b70a8e4528bf49ba940836a520af4f9:admin-dev/themes/default/template/controllers/cart_rules/informations.tpl#L25-L150',
      'PrestaShop/PrestaShop@5b1703028b70a8e4528bf49ba940836a520af4f9:admin-dev/themes/default/template/controllers/cart_rules/conditions.tpl#L42-L291',
      'PrestaShop/PrestaShop@16586ccc0c5add001f0e72cda7b5d6eb33689643:admin-dev/themes/default/template/controllers/cart_rules/product_rule.tpl#L25-L28',
      'PrestaShop/PrestaShop@43e52b69aca050e2801fdf9156b3e9c990363f2b:admin-dev/themes/default/template/controllers/cart_rules/actions.tpl#L1-L60',
      'PrestaShop/PrestaShop@e2954a6324ef2fd57414d757f7c855b05d675de4:classes/controller/AdminController.php#L1118-L1167',
      'PrestaShop/PrestaShop@35570a1d56f4c01a7567a9dddd6a332e48fdcef6:controllers/admin/AdminCartRulesController.php#L153-L260',
      'librasoft-fr/prestashop-versions@v1.7.8.10:admin/themes/default/template/controllers/cart_rules/informations.tpl#L39-L145',
      'librasoft-fr/prestashop-versions@v1.7.8.10:admin/themes/default/template/controllers/cart_rules/conditions.tpl#L35-L319',
      'librasoft-fr/prestashop-versions@v1.7.8.10:admin/themes/default/template/controllers/cart_rules/actions.tpl#L29-L195',
      'librasoft-fr/prestashop-versions@v1.7.8.10:admin/themes/default/template/controllers/cart_rules/product_rule_group.tpl#L36-L37',
      'librasoft-fr/prestashop-versions@v1.7.8.10:admin/themes/default/template/controllers/cart_rules/product_rule.tpl#L27-L28',
      'librasoft-fr/prestashop-versions@v1.7.8.10:admin/themes/default/template/controllers/cart_rules/product_rule_itemlist.tpl#L41-L41',
      'librasoft-fr/prestashop-versions@v1.7.8.10:admin/themes/default/template/controllers/cart_rules/form.tpl#L41-L54',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminCartRulesController.php#L153-L238',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    if (legacyController(submission) !== 'admincartrules') return [];
    if (!isSubmit(submission, 'submitAddcart_rule') && !isSubmit(submission, 'submitAddcart_ruleAndStay'))
      return [];
    const { fields } = submission;
    const outcome = redirectOutcome(submission);
    if (!counts(outcome)) {
      if (outcome === 'refused')
        rememberRefusal(
          context.memory,
          'cart-rule',
          { code: text(fields.code)?.trim(), name: langText(fields, 'name') },
          submission.time,
        );
      return [];
    }
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
    const events: DerivedEvent[] = [{ kind: 'commerce.voucherCreated', data }];
    const restricted = flag(fields.product_restriction) === true;
    const target = text(fields.apply_discount_to);
    const freeShipping = flag(fields.free_shipping) === true;
    if (restricted || freeShipping || (target && target !== 'order' && mode !== 'off'))
      events.push({
        kind: 'settings.changed',
        data: {
          area: 'cart-rule-conditions',
          changes: compact({
            code: data.code,
            freeShipping,
            applyDiscountTo: mode === 'off' ? undefined : target,
            reductionProduct: target === 'specific' ? text(fields.reduction_product) : undefined,
            productRestriction: restricted ? productRules(fields) : undefined,
            carrierRestriction: flag(fields.carrier_restriction) || undefined,
            countryRestriction: flag(fields.country_restriction) || undefined,
          }),
        },
      });
    return events;
  },
});
