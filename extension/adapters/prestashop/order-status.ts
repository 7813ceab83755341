/**
 * An order's status or shipping changed in the back office (the order pages are Symfony in
 * 1.7.8 and 8.x, routes of orders.yml):
 * - from the order page: `POST /sell/orders/<id>/status` (admin_orders_update_status),
 *   `update_order_status[new_order_status_id]` (UpdateOrderStatusType);
 * - from the list's status dropdown: `POST /sell/orders/list/<id>/status`
 *   (admin_orders_list_update_status), the new status in `value`;
 * - several orders at once: `POST /sell/orders/change-orders-status`,
 *   `change_orders_status[new_order_status_id]`, `change_orders_status[order_ids][]`;
 * - carrier and tracking number: `POST /sell/orders/<id>/shipping`,
 *   `update_order_shipping[tracking_number]`, `[new_carrier_id]` (UpdateOrderShippingType).
 * Every one redirects back (302) on success; the status name is the page's, when the next
 * page is not read here: the id is what PrestaShop stores (`id_order_state`).
 */
import { settingsChanged } from '../lib/events.ts';
import { failed, field, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { symfonyPath } from './lib.ts';
import { counts, redirectOutcome } from './outcome.ts';

export default registerDetector({
  id: 'prestashop.order-status',
  adapter: 'prestashop',
  description:
    'Order status and tracking: POST /sell/orders/<id>/status (update_order_status[new_order_status_id]), /sell/orders/list/<id>/status (value), /sell/orders/change-orders-status (change_orders_status[new_order_status_id], [order_ids][]), /sell/orders/<id>/shipping (update_order_shipping[tracking_number], [new_carrier_id]).',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml',
      'PrestaShop/PrestaShop@8.2.0:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml',
      'PrestaShop/PrestaShop@1.7.8.10:src/PrestaShopBundle/Form/Admin/Sell/Order/UpdateOrderStatusType.php',
      'PrestaShop/PrestaShop@8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Order/UpdateOrderStatusType.php',
      'PrestaShop/PrestaShop@1.7.8.10:src/PrestaShopBundle/Form/Admin/Sell/Order/UpdateOrderShippingType.php',
      'PrestaShop/PrestaShop@8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Order/UpdateOrderShippingType.php',
      'PrestaShop/PrestaShop@8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Order/ChangeOrdersStatusType.php',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const route = symfonyPath(submission.path);
    const { fields } = submission;
    const one = /\/sell\/orders\/(\d+)\/status\/?$/.exec(route);
    const fromList = /\/sell\/orders\/list\/(\d+)\/status\/?$/.exec(route);
    const shipping = /\/sell\/orders\/(\d+)\/shipping\/?$/.exec(route);
    const bulk = /\/sell\/orders\/change-orders-status\/?$/.test(route);
    if (!one && !fromList && !shipping && !bulk) return [];
    // Every one of these actions redirects back (302); 200 is the page again with its errors.
    if (!counts(redirectOutcome(submission))) return [];
    if (one || fromList) {
      const status = one
        ? text(field(fields, 'update_order_status[new_order_status_id]'))
        : (text(fields.value) ?? text(field(fields, 'update_order_status[new_order_status_id]')));
      return status
        ? settingsChanged('order-status', { orderIds: [(one ?? fromList)![1]], statusId: status })
        : [];
    }
    if (bulk) {
      const status = text(field(fields, 'change_orders_status[new_order_status_id]'));
      const ids = texts(
        field(fields, 'change_orders_status[order_ids][]') ??
          field(fields, 'change_orders_status[order_ids]'),
      );
      return status ? settingsChanged('order-status', { orderIds: ids, statusId: status }) : [];
    }
    return settingsChanged('order-shipping', {
      orderId: shipping![1],
      trackingNumber: text(field(fields, 'update_order_shipping[tracking_number]'))?.trim(),
      carrierId: text(field(fields, 'update_order_shipping[new_carrier_id]')),
    });
  },
});
