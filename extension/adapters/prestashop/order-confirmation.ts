/**
 * An order confirmed: the order-confirmation page (`index.php?controller=order-confirmation
 * &id_cart=…&id_module=…&id_order=…&key=…`, friendly `/confirmation-commande?…`, body id
 * `order-confirmation`). The total is the page's « Total » row (order-confirmation-table.tpl);
 * the items and voucher codes are those of the cart the session saw.
 */
import { appliedVouchers, cartItemCount, orderDone, orderSeen, summaryAmount } from '../lib/commerce.ts';
import { amount, clip, queryValue, urlParts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';

const CONFIRMATION_PATH =
  /\/(order-confirmation|confirmation-commande|confirmacion-pedido|conferma-ordine|bestellbestatigung)\/?$/i;

export default registerDetector({
  id: 'prestashop.order-confirmation',
  adapter: 'prestashop',
  description:
    'Order confirmed: the order-confirmation page (controller=order-confirmation or its friendly URL, id_order, body#order-confirmation); total from the « Total » row, items and vouchers from the session’s cart.',
  observes: ['page'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@034bb28aca574367ed4f7aa8cd991f103cb7df0f:themes/classic/templates/checkout/order-confirmation.tpl#L40-L61',
      'PrestaShop/PrestaShop@8c567e6ed3acd8b79335ca36a5baab72878f2181:themes/classic/templates/checkout/_partials/order-confirmation-table.tpl#L106-L130',
      'PrestaShop/PrestaShop@7d155f9b40b2926234637d3147ed0cf643626dc0:controllers/front/OrderConfirmationController.php#L30-L73',
      'librasoft-fr/prestashop-versions@v1.7.8.10:themes/classic/templates/checkout/order-confirmation.tpl#L41-L50',
      'librasoft-fr/prestashop-versions@v1.7.8.10:themes/classic/templates/checkout/_partials/order-confirmation-table.tpl#L106-L135',
    ],
  },
  detect(page, { memory }) {
    const { path, query } = urlParts(page.url);
    const isConfirmation =
      queryValue(query, 'controller') === 'order-confirmation' ||
      CONFIRMATION_PATH.test(path) ||
      page.markup?.bodyId === 'order-confirmation';
    const orderId = queryValue(query, 'id_order');
    if (!isConfirmation || !orderId) return [];
    const key = `prestashop:${orderId}`;
    if (orderSeen(memory, [key])) return [];
    const total = summaryAmount(page.markup, /^\s*total\b/i, amount) ?? 0;
    const data = {
      orderId: clip(orderId, 500),
      total,
      itemCount: cartItemCount(memory),
      voucherCodes: appliedVouchers(memory).map((code) => clip(code, 500)),
    };
    orderDone(memory, [key]);
    return [{ kind: 'commerce.orderPlaced', data }];
  },
});
