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
 * Every one redirects back (302) on success. The request carries only the status id
 * (`id_order_state`, the names are the shop's own); the order page PrestaShop redirects to
 * shows the name: its history table (history.html.twig) lists the statuses newest first, one
 * row each — name, employee, date, « Resend email » —, so the order page that follows a
 * change from the order page confirms it with `statusName` in a second event.
 */
import { settingsChanged } from '../lib/events.ts';
import { failed, field, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent, Memory, PageObservation } from '../types.ts';
import { symfonyPath } from './lib.ts';
import { counts, redirectOutcome } from './outcome.ts';

const PENDING = 'prestashop:order-status-pending';
/** The redirect lands within seconds; a later visit to the order is not this change's answer. */
const WAIT_MS = 60_000;

/**
 * The newest status in the order page's history table: the first table row whose last cell is
 * the « Resend email » link or empty, and whose first cell is a name (not a date, an amount or
 * an image cell, as in the products, payments and documents tables).
 */
const newestStatus = (page: PageObservation): string | undefined =>
  page.markup?.summary?.find(
    ({ label, value }) =>
      /^(|resend email|renvoyer l['’]e-?mail)$/i.test(value.trim()) &&
      /\p{L}/u.test(label) &&
      label.length <= 64 &&
      !/^\d{1,4}[-/.]\d/.test(label) &&
      !/\d[\d\s.,]*\s*(€|eur|\$)/i.test(label),
  )?.label;

const confirmOnPage = (page: PageObservation, memory: Memory): DerivedEvent[] => {
  const pending = memory.get<{ orderId: string; statusId: string; time: number }>(PENDING);
  if (!pending) return [];
  let path = '';
  try {
    path = new URL(page.url).pathname;
  } catch {
    return [];
  }
  if (!new RegExp(`/sell/orders/${pending.orderId}/view/?$`).test(path)) return [];
  memory.delete(PENDING);
  if (page.time - pending.time > WAIT_MS || page.time < pending.time - 1000) return [];
  const statusName = newestStatus(page);
  return statusName
    ? settingsChanged('order-status', { orderIds: [pending.orderId], statusId: pending.statusId, statusName })
    : [];
};

export default registerDetector({
  id: 'prestashop.order-status',
  adapter: 'prestashop',
  description:
    'Order status and tracking (the status name from the order page that follows: its history table): POST /sell/orders/<id>/status (update_order_status[new_order_status_id]), /sell/orders/list/<id>/status (value), /sell/orders/change-orders-status (change_orders_status[new_order_status_id], [order_ids][]), /sell/orders/<id>/shipping (update_order_shipping[tracking_number], [new_carrier_id]).',
  observes: ['request', 'form', 'page'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@18a23c8f9d463b2e0359cf661586bc51021bc2f7:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L53-L58',
      'PrestaShop/PrestaShop@18a23c8f9d463b2e0359cf661586bc51021bc2f7:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L89-L105',
      'PrestaShop/PrestaShop@18a23c8f9d463b2e0359cf661586bc51021bc2f7:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L175-L182',
      'PrestaShop/PrestaShop@18a23c8f9d463b2e0359cf661586bc51021bc2f7:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L211-L216',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L53-L58',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L89-L105',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L175-L182',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L53-L58',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L89-L105',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L175-L182',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Form/Admin/Sell/Order/UpdateOrderShippingType.php#L58-L67',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Order/UpdateOrderShippingType.php#L58-L71',
      'PrestaShop/PrestaShop@277a627a6a4bcd84ec580669b01efe116f090de8:src/PrestaShopBundle/Form/Admin/Sell/Order/UpdateOrderStatusType.php#L64-L72',
      'PrestaShop/PrestaShop@8c567e6ed3acd8b79335ca36a5baab72878f2181:src/PrestaShopBundle/Form/Admin/Sell/Order/UpdateOrderShippingType.php#L57-L67',
      'PrestaShop/PrestaShop@1097b695199b6e1d4d7c3d32a98420be06324195:src/PrestaShopBundle/Form/Admin/Sell/Order/ChangeOrdersStatusType.php#L57-L67',
      'PrestaShop/PrestaShop@0dfad6881da6c0beb6c3f804612bbb087fbe9189:src/PrestaShopBundle/Resources/views/Admin/Sell/Order/Order/Blocks/View/history.html.twig#L26-L73',
    ],
  },
  detect(observation, context) {
    if (observation.type === 'page') return confirmOnPage(observation, context.memory);
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
      if (!status) return [];
      const orderId = (one ?? fromList)![1]!;
      if (one) context.memory.set(PENDING, { orderId, statusId: status, time: submission.time });
      return settingsChanged('order-status', { orderIds: [orderId], statusId: status });
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
