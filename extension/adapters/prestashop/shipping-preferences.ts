/**
 * Shipping preferences (Shipping › Preferences): the handling charges and the free-shipping
 * thresholds. Symfony page in 1.7.8 and 8.x, `POST /improve/shipping/preferences/handling`,
 * form `handling` (HandlingType): `handling[shipping_handling_charges]`,
 * `handling[free_shipping_price]` (free shipping from this order amount),
 * `handling[free_shipping_weight]` (nested as `form[handling][…]` when the page posts both
 * blocks); and `POST /improve/shipping/preferences/carrier-options`,
 * `carrier_options[default_carrier]`, `carrier_options[carrier_default_order_by]`. Redirect on
 * success, 200 with errors otherwise.
 */
import { settingsChanged } from '../lib/events.ts';
import { amount, field, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { symfonyPath } from './lib.ts';
import { savedPost } from './outcome.ts';

export default registerDetector({
  id: 'prestashop.shipping-preferences',
  adapter: 'prestashop',
  description:
    'Shipping preferences: handling[shipping_handling_charges|free_shipping_price|free_shipping_weight] (free-shipping threshold) and carrier_options[default_carrier], POST /improve/shipping/preferences/….',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@dd289fac6ba95b91557ce957ad1b1f63b1ac0dea:src/PrestaShopBundle/Form/Admin/Improve/Shipping/Preferences/HandlingType.php#L69-L86',
      'PrestaShop/PrestaShop@9254b58667d37089af850406c4a0bbca94915fc3:src/PrestaShopBundle/Form/Admin/Improve/Shipping/Preferences/CarrierOptionsType.php#L81-L123',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Form/Admin/Improve/Shipping/Preferences/HandlingType.php#L62-L111',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Improve/Shipping/Preferences/HandlingType.php#L70-L120',
    ],
  },
  detect(observation, context) {
    const submission = savedPost(observation, context);
    if (!submission) return [];
    if (!/\/improve\/shipping\/preferences/.test(symfonyPath(submission.path))) return [];
    const { fields } = submission;
    // The page's form handler nests both blocks in one form, `form[handling][…]`; a block
    // posted alone is `handling[…]`: read either.
    const pick = (name: string) => field(fields, `form[${name.replace('[', '][')}`) ?? field(fields, name);
    const threshold = pick('handling[free_shipping_price]');
    const carrier = pick('carrier_options[default_carrier]');
    if (threshold === undefined && carrier === undefined) return [];
    return settingsChanged('shipping', {
      handlingCharges: amount(pick('handling[shipping_handling_charges]')),
      freeShippingFrom: amount(threshold),
      freeShippingWeight: amount(pick('handling[free_shipping_weight]')),
      defaultCarrier: text(carrier),
      carrierOrderBy: text(pick('carrier_options[carrier_default_order_by]')),
    });
  },
});
