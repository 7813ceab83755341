/**
 * Merchandise returns (Customer service › Merchandise returns):
 * - a return's status: legacy AdminReturn (`submitAddorder_return`, `id_order_return`, `state`
 *   = id_order_return_state) and the Symfony page of 8.x, whose route is singular: `POST
 *   /index.php/sell/customer-service/merchandise-return/<id>/edit` with
 *   `order_return[order_return_state]` (OrderReturnType; no such page in 1.7.8);
 * - the return settings: AdminReturn options (`PS_ORDER_RETURN`, `PS_ORDER_RETURN_NB_DAYS`,
 *   `submitOptionsorder_return`) and the Symfony options form at `…/merchandise-return/options`,
 *   built by a Form\Handler named `form` (`form[enable_order_return]`,
 *   `form[order_return_period_in_days]`).
 * In every release from 1.7.8.10 to 8.2.0 the menu still opens the legacy AdminReturn page: the
 * Symfony routes keep `_legacy_link` commented out (« uncomment links once page is completed »),
 * so they are reached only by their URL. Saves redirect on success; 200 is the page again with
 * its errors.
 */
import { settingsChanged } from '../lib/events.ts';
import { field, flag, integer, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { isSubmit, legacyController, symfonyPath } from './lib.ts';
import { savedPost } from './outcome.ts';

export default registerDetector({
  id: 'prestashop.merchandise-return',
  adapter: 'prestashop',
  description:
    'Merchandise returns: status changed (AdminReturn submitAddorder_return: id_order_return, state; 8.x POST /sell/customer-service/merchandise-return/<id>/edit: order_return[order_return_state]) and return settings (PS_ORDER_RETURN, PS_ORDER_RETURN_NB_DAYS; Symfony …/merchandise-return/options: form[enable_order_return], form[order_return_period_in_days]).',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@eb227bdf700662983ef041cc7ad21abdb826e17b:src/PrestaShopBundle/Form/Admin/Sell/CustomerService/MerchandiseReturn/OrderReturnType.php#L69-L97',
      'PrestaShop/PrestaShop@f0e307ebaeda97d1ac39a3a7835f14fb08af30e5:src/PrestaShopBundle/Resources/config/routing/admin/sell/customer_service/merchandise_return.yml#L28-L38',
      'PrestaShop/PrestaShop@a60d9c2629c7bd830ce1ccd8e08ad20b9b0b0544:src/PrestaShopBundle/Resources/config/routing/admin/sell/customer_service/_customer_service.yml#L5-L7',
      'PrestaShop/PrestaShop@12d313463fe05c6c5a9598b1428475cc3fe6c8fd:controllers/admin/AdminReturnController.php#L32-L66',
      'PrestaShop/PrestaShop@12d313463fe05c6c5a9598b1428475cc3fe6c8fd:controllers/admin/AdminReturnController.php#L119-L127',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminReturnController.php#L53-L72',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminReturnController.php#L244-L289',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/customer_service/merchandise_return.yml#L1-L20',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Resources/config/routing/admin/sell/customer_service/merchandise_return.yml#L1-L16',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/CustomerService/MerchandiseReturn/MerchandiseReturnOptionsType.php#L42-L87',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Resources/config/services/bundle/form/form_handler.yml#L516-L522',
      'librasoft-fr/prestashop-versions@v8.2.0:src/Core/Form/Handler.php#L80-L103',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Controller/Admin/Sell/CustomerService/MerchandiseReturnController.php#L60-L85',
    ],
  },
  detect(observation, context) {
    const submission = savedPost(observation, context);
    if (!submission) return [];
    const { fields } = submission;
    const route = symfonyPath(submission.path);
    const edit = /\/sell\/customer-service\/merchandise-return\/(\d+)\/edit\/?$/.exec(route);
    if (edit) {
      const state = text(field(fields, 'order_return[order_return_state]'));
      return state ? settingsChanged('merchandise-return', { returnId: edit[1], state }) : [];
    }
    const options = (name: string) => field(fields, `form[${name}]`);
    if (/\/sell\/customer-service\/merchandise-return\/options\/?$/.test(route))
      return settingsChanged('return-settings', {
        enabled: flag(options('enable_order_return')),
        days: integer(options('order_return_period_in_days')),
      });
    if (legacyController(submission) !== 'adminreturn') return [];
    if (isSubmit(submission, 'submitOptionsorder_return') || fields.PS_ORDER_RETURN !== undefined)
      return settingsChanged('return-settings', {
        enabled: flag(fields.PS_ORDER_RETURN),
        days: integer(fields.PS_ORDER_RETURN_NB_DAYS),
      });
    if (
      !isSubmit(submission, 'submitAddorder_return') &&
      !isSubmit(submission, 'submitAddorder_returnAndStay')
    )
      return [];
    return settingsChanged('merchandise-return', {
      returnId: text(fields.id_order_return) ?? submission.query.id_order_return,
      state: text(fields.state),
    });
  },
});
