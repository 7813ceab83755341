/**
 * Messages to customers from the back office:
 * - a reply in a customer-service thread: legacy AdminCustomerThreads (`submitReply`,
 *   `reply_message`, `id_customer_thread`) or the Symfony page
 *   (`/index.php/sell/customer-service/customer-threads/<id>/reply`,
 *   `reply_to_customer_thread[reply_message]`, ReplyToCustomerThreadType — not linked from the
 *   1.7.8 back office, which keeps the legacy page; 8.2 shows it behind a feature flag);
 * - a message on an order (`/index.php/sell/orders/<id>/send-message`, route
 *   admin_orders_send_message of orders.yml, `order_message[message]`,
 *   `order_message[is_displayed_to_customer]`);
 * - a predefined order message (`/index.php/sell/customer-service/order-messages/…`,
 *   `order_message[name][<lang>]`, `order_message[message][<lang>]`; legacy AdminOrderMessage
 *   `submitAddorder_message`, `name_<lang>`, `message_<lang>`).
 * Reported as `settings.changed` (areas `customer-service`, `order-message`,
 * `order-message-template`) with the message text and its length.
 */
import { redactSecretsInText } from '../../../shared/privacy/sensitive.ts';
import { countWords } from '../../../shared/rules/text.ts';
import { settingsChanged } from '../lib/events.ts';
import { field, flag, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { isSubmit, langText, legacyController, symfonyPath } from './lib.ts';
import { savedPost } from './outcome.ts';

const withText = (message: string | undefined) =>
  message === undefined
    ? {}
    : {
        message: redactSecretsInText(message.trim()),
        length: message.trim().length,
        words: countWords(message),
      };

export default registerDetector({
  id: 'prestashop.customer-message',
  adapter: 'prestashop',
  description:
    'Customer service replies and order messages: AdminCustomerThreads submitReply (reply_message) or /sell/customer-service/customer-threads/<id>/reply (reply_to_customer_thread[reply_message]); /sell/orders/<id>/send-message (order_message[message]); predefined order messages (order_message[name|message][<lang>], AdminOrderMessage).',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@859d1f2f7d1837183c6b859e2ade3fbc5173b51d:src/PrestaShopBundle/Form/Admin/Sell/CustomerService/ReplyToCustomerThreadType.php#L56-L76',
      'PrestaShop/PrestaShop@20ec7dd7b2ec28dc590d44a4286a229c797f3371:src/PrestaShopBundle/Form/Admin/Sell/CustomerService/OrderMessageType.php#L49-L84',
      'PrestaShop/PrestaShop@3962646a8e8a865f303109da2edd1d8d156ae914:src/PrestaShopBundle/Form/Admin/Sell/Order/OrderMessageType.php#L71-L80',
      'PrestaShop/PrestaShop@18a23c8f9d463b2e0359cf661586bc51021bc2f7:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L53-L58',
      'PrestaShop/PrestaShop@18a23c8f9d463b2e0359cf661586bc51021bc2f7:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L89-L105',
      'PrestaShop/PrestaShop@18a23c8f9d463b2e0359cf661586bc51021bc2f7:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L175-L182',
      'PrestaShop/PrestaShop@18a23c8f9d463b2e0359cf661586bc51021bc2f7:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L211-L216',
      'PrestaShop/PrestaShop@562a231fec18a928e4a601860416fe11af274672:controllers/admin/AdminCustomerThreadsController.php#L310-L511',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L211-L216',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Resources/config/routing/admin/sell/orders/orders.yml#L211-L216',
      'librasoft-fr/prestashop-versions@v1.7.8.10:admin/themes/default/template/controllers/customer_threads/helpers/view/view.tpl#L101-L121',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminCustomerThreadsController.php#L430-L506',
    ],
  },
  detect(observation, context) {
    const submission = savedPost(observation, context);
    if (!submission) return [];
    const { fields } = submission;
    const route = symfonyPath(submission.path);
    const thread = /\/sell\/customer-service\/customer-threads\/(\d+)\/reply/.exec(route);
    if (thread)
      return settingsChanged('customer-service', {
        threadId: thread[1],
        ...withText(text(field(fields, 'reply_to_customer_thread[reply_message]'))),
      });
    const order = /\/sell\/orders\/(\d+)\/send-message\/?$/.exec(route);
    if (order)
      return settingsChanged('order-message', {
        orderId: order[1],
        ...withText(text(field(fields, 'order_message[message]'))),
        visibleToCustomer: flag(field(fields, 'order_message[is_displayed_to_customer]')) ?? false,
      });
    if (/\/sell\/customer-service\/order-messages\//.test(route))
      return settingsChanged('order-message-template', {
        name: langText(fields, 'order_message[name]'),
        ...withText(langText(fields, 'order_message[message]')),
      });
    const controller = legacyController(submission);
    if (controller === 'admincustomerthreads' && isSubmit(submission, 'submitReply'))
      return settingsChanged('customer-service', {
        threadId: text(fields.id_customer_thread) ?? submission.query.id_customer_thread,
        ...withText(text(fields.reply_message)),
      });
    if (controller === 'adminordermessage' && isSubmit(submission, 'submitAddorder_message'))
      return settingsChanged('order-message-template', {
        name: langText(fields, 'name'),
        ...withText(langText(fields, 'message')),
      });
    return [];
  },
});
