/**
 * The carrier and payment steps of the front-office checkout (classic theme, 1.7.8 and 8.x):
 * - carrier: the delivery step posts its form to the order controller (`index.php?controller=order`
 *   or its friendly URL `/commande`, `/order`) with `delivery_option[<id_address>]` = the
 *   carrier's id followed by a comma, `delivery_message` and `confirmDeliveryOption`; the
 *   classic theme also sends each change by AJAX (`ajax=1&action=selectDeliveryOption`);
 * - payment: the chosen option's own form posts to the payment module's validation controller
 *   (`index.php?fc=module&module=<name>&controller=validation` or `/module/<name>/validation`),
 *   after the terms checkbox `conditions_to_approve[terms-and-conditions]`.
 * Reported as `settings.changed` areas `checkout-carrier` and `checkout-payment`.
 */
import { settingsChanged } from '../lib/events.ts';
import { clip, failed, field, queryValue, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';

const ORDER_PATH = /\/(order|commande|pedido|ordine|bestellung|bestelling)\/?$/i;

export default registerDetector({
  id: 'prestashop.checkout-step',
  adapter: 'prestashop',
  description:
    'Checkout steps: carrier chosen (order controller, delivery_option[<address>], confirmDeliveryOption or action=selectDeliveryOption) and payment submitted to a module validation controller (fc=module&module=<name>&controller=validation or /module/<name>/validation).',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@12d313463fe05c6c5a9598b1428475cc3fe6c8fd:themes/classic/templates/checkout/_partials/steps/shipping.tpl#L34-L110',
      'PrestaShop/PrestaShop@4cd42d2ed3898d84d352ffac39eaae4832d2a20a:themes/classic/templates/checkout/_partials/steps/payment.tpl#L67-L79',
      'librasoft-fr/prestashop-versions@v1.7.8.10:themes/classic/templates/checkout/_partials/steps/shipping.tpl#L34-L110',
      'librasoft-fr/prestashop-versions@v1.7.8.10:themes/classic/templates/checkout/_partials/steps/payment.tpl#L74-L107',
      'PrestaShop/PrestaShop@61820e744ee8c10fe00a769b730b23a9ec44e959:classes/checkout/CheckoutDeliveryStep.php#L127-L153',
      'PrestaShop/PrestaShop@ac8e739e1edec82e7eb187e2c7ffceeeb6080741:controllers/front/OrderController.php#L209-L302',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const { fields, query, path } = submission;
    const module =
      (queryValue(query, 'fc') === 'module' && queryValue(query, 'controller') === 'validation'
        ? queryValue(query, 'module')
        : undefined) ?? /\/module\/([\w-]+)\/validation\/?$/.exec(path)?.[1];
    if (module) return settingsChanged('checkout-payment', { module: clip(module, 200) });
    const isOrder = queryValue(query, 'controller') === 'order' || ORDER_PATH.test(path);
    if (!isOrder) return [];
    const options = Object.entries(fields).filter(([name]) => /^delivery_option\[\d+\]$/.test(name));
    const nested = field(fields, 'delivery_option');
    const chosen =
      options[0]?.[1] ?? (nested && typeof nested === 'object' ? Object.values(nested)[0] : undefined);
    const carrier = text(chosen)?.replace(/,+$/, '');
    if (!carrier) return [];
    const confirmed = Object.hasOwn(fields, 'confirmDeliveryOption');
    // OrderController redirects a non-AJAX step it accepted; a 200 is the step shown again with
    // its errors (the AJAX selectDeliveryOption always answers 200 with the cart summary).
    const ajax = queryValue(query, 'ajax') === '1' || text(fields.ajax) === '1';
    if (!ajax && submission.status === 200) return [];
    const message = text(fields.delivery_message)?.trim();
    return settingsChanged('checkout-carrier', {
      carrierId: carrier,
      confirmed,
      ...(message ? { messageLength: message.length } : {}),
    });
  },
});
