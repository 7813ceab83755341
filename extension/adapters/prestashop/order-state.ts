/**
 * An order status set up (Shop parameters › Order settings › Statuses), the step an e-commerce
 * subject asks before changing orders to it:
 * - legacy AdminStatuses (HelperForm; before 1.7.8, and a copy that still links it):
 *   `POST index.php?controller=AdminStatuses` with
 *   `submitAddorder_state`, `id_order_state` (absent or empty for a new one), `name_<id_lang>`,
 *   `color`, the checkboxes `logable_on`, `invoice_on`, `hidden_on`, `send_email_on`,
 *   `pdf_invoice_on`, `pdf_delivery_on`, `shipped_on`, `paid_on`, `delivery_on` (sent only when
 *   ticked) and `template_<id_lang>` (emptied by PrestaShop when no e-mail is sent);
 * - Symfony OrderStateType, what every 1.7.8.x and 8.x release opens (the legacy list's add and
 *   edit links lead there: `_legacy_link: AdminStatuses:addorderstate|updateorderstate`):
 *   `POST /configure/shop/order-states/new` or
 *   `/configure/shop/order-states/<id>/edit`, `order_state[name][<lang>]`, `order_state[color]`,
 *   `order_state[loggable|invoice|hidden|send_email|pdf_invoice|pdf_delivery|shipped|paid|delivery]`,
 *   `order_state[template][<lang>]`.
 * Both redirect (302, `conf=3|4` or a flash) on success; 200 re-renders the form with its
 * errors (a name already used…): an attempt, not a status.
 */
import { settingsChanged } from '../lib/events.ts';
import { failed, field, flag, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';
import { acceptedFormSave } from './form-save.ts';
import { isSubmit, langText, legacyController } from './lib.ts';
import { counts, redirectOutcome } from './outcome.ts';
import { rememberRefusal } from './refusal.ts';

const ROUTE = /\/configure\/shop\/order-states\/(?:(new)|(\d+)\/edit)\/?$/;
/** What each flag means for the order, named as the examiner reads it. */
const FLAGS = [
  ['loggable', 'logable', 'validated'],
  ['invoice', 'invoice', 'invoice'],
  ['hidden', 'hidden', 'hidden'],
  ['send_email', 'send_email', 'sendEmail'],
  ['pdf_invoice', 'pdf_invoice', 'attachInvoice'],
  ['pdf_delivery', 'pdf_delivery', 'attachDeliverySlip'],
  ['shipped', 'shipped', 'shipped'],
  ['paid', 'paid', 'paid'],
  ['delivery', 'delivery', 'inTransit'],
] as const;

const legacySave = (fields: Record<string, unknown>, stateId: string | undefined) => {
  const sendEmail = flag(fields.send_email_on) === true;
  return {
    orderStateId: stateId && stateId !== '0' ? stateId : 'new',
    name: langText(fields, 'name'),
    color: text(fields.color),
    ...Object.fromEntries(FLAGS.map(([, legacy, key]) => [key, flag(fields[`${legacy}_on`]) === true])),
    template: sendEmail ? langText(fields, 'template') || undefined : undefined,
  };
};

export default registerDetector({
  id: 'prestashop.order-state',
  adapter: 'prestashop',
  description:
    'Order status created or edited: Symfony POST /configure/shop/order-states/new|<id>/edit, what 1.7.8.x and 8.x open (order_state[name][<lang>], [color], [loggable|send_email|paid|shipped…], [template][<lang>]); legacy AdminStatuses submitAddorder_state of older copies (name_<lang>, color, logable_on, send_email_on, paid_on, shipped_on…, template_<lang>).',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@6ed7395027ce33310c40a4917c457a79cfe64702:src/PrestaShopBundle/Form/Admin/Configure/ShopParameters/OrderStates/OrderStateType.php#L112-L202',
      'PrestaShop/PrestaShop@a60d9c2629c7bd830ce1ccd8e08ad20b9b0b0544:src/PrestaShopBundle/Resources/config/routing/admin/configure/shop_parameters/order_states.yml#L19-L35',
      'PrestaShop/PrestaShop@95683248751795b1e927445d57abaf45708fea09:controllers/admin/AdminStatusesController.php#L265-L395',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/configure/shop_parameters/order_states.yml#L19-L35',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Form/Admin/Configure/ShopParameters/OrderStates/OrderStateType.php#L119-L208',
    ],
  },
  detect(observation, context): DerivedEvent[] {
    const save = acceptedFormSave(observation, context, {
      route: ROUTE,
      nameField: 'order_state[name]',
      target: 'order-state',
      nameKey: 'name',
    });
    if (save) {
      const { fields } = save.submission;
      const pick = (name: string) => field(fields, `order_state[${name}]`);
      const sendEmail = flag(pick('send_email')) === true;
      return settingsChanged('order-state', {
        orderStateId: save.route[2] ?? 'new',
        name: save.name,
        color: text(pick('color')),
        ...Object.fromEntries(FLAGS.map(([name, , key]) => [key, flag(pick(name)) === true])),
        template: sendEmail ? langText(fields, 'order_state[template]') || undefined : undefined,
      });
    }
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    if (legacyController(submission) !== 'adminstatuses') return [];
    if (!isSubmit(submission, 'submitAddorder_state')) return [];
    const changes = legacySave(submission.fields, text(submission.fields.id_order_state));
    const outcome = redirectOutcome(submission);
    if (counts(outcome)) return settingsChanged('order-state', changes);
    if (outcome === 'refused')
      rememberRefusal(context.memory, 'order-state', { name: changes.name }, submission.time);
    return [];
  },
});
