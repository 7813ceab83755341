/**
 * A customer group with a group discount, legacy AdminGroups (Shop parameters › Customer
 * settings › Groups): `POST index.php?controller=AdminGroups` with `submitAddgroup`,
 * `name_<id_lang>`, `reduction` (%), `price_display_method`, `show_prices`.
 */
import { settingsChanged } from '../lib/events.ts';
import { amount, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { isSubmit, langText, legacyController } from './lib.ts';
import { savedPost } from './outcome.ts';

export default registerDetector({
  id: 'prestashop.customer-group',
  adapter: 'prestashop',
  description:
    'Customer group saved with its discount: POST index.php?controller=AdminGroups with submitAddgroup — name_<lang>, reduction, price_display_method, show_prices.',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@e55cc7f5d8f87b1aae4e719c93a0e5146dea3eb2:controllers/admin/AdminGroupsController.php#L32-L38',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminGroupsController.php#L35-L38',
      'librasoft-fr/prestashop-versions@v8.2.0:controllers/admin/AdminGroupsController.php#L35-L38',
    ],
  },
  detect(observation, context) {
    const submission = savedPost(observation, context);
    if (!submission) return [];
    if (legacyController(submission) !== 'admingroups' || !isSubmit(submission, 'submitAddgroup')) return [];
    const { fields } = submission;
    return settingsChanged('customer-group', {
      groupId: text(fields.id_group) || 'new',
      name: langText(fields, 'name'),
      reduction: amount(fields.reduction),
      priceDisplayMethod: text(fields.price_display_method),
      showPrices: text(fields.show_prices),
    });
  },
});
