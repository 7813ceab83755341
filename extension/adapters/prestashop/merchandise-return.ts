/**
 * A merchandise return's status changed: legacy AdminReturn (`submitAddorder_return`,
 * `id_order_return`, `state` = id_order_return_state) and the Symfony page of 1.7.8+/8.x
 * (`POST /index.php/sell/customer-service/merchandise-returns/<id>/edit`,
 * `order_return[order_return_state]`, OrderReturnType).
 */
import { settingsChanged } from '../lib/events.ts';
import { failed, field, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { isSubmit, legacyController, symfonyPath } from './lib.ts';

export default registerDetector({
  id: 'prestashop.merchandise-return',
  adapter: 'prestashop',
  description:
    'Merchandise return status changed: AdminReturn submitAddorder_return (id_order_return, state) or POST /index.php/sell/customer-service/merchandise-returns/<id>/edit (order_return[order_return_state]).',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop:controllers/admin/AdminReturnController.php (postProcess)',
      'PrestaShop/PrestaShop:src/PrestaShopBundle/Form/Admin/Sell/CustomerService/MerchandiseReturn/OrderReturnType.php',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const { fields } = submission;
    const route = /\/sell\/customer-service\/merchandise-returns\/(\d+)\/edit/.exec(
      symfonyPath(submission.path),
    );
    if (route) {
      const state = text(field(fields, 'order_return[order_return_state]'));
      return state ? settingsChanged('merchandise-return', { returnId: route[1], state }) : [];
    }
    if (legacyController(submission) !== 'adminreturn') return [];
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
