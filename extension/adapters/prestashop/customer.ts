/**
 * Customers and the newsletter:
 * - a customer created or edited in the back office (Symfony page in 1.7.8 and 8.x):
 *   `POST /sell/customers/new` or `/sell/customers/<id>/edit`, form `customer` (CustomerType):
 *   `customer[gender_id]`, `customer[first_name]`, `customer[last_name]`, `customer[email]`,
 *   `customer[group_ids][]`, `customer[default_group_id]`, `customer[is_enabled]`,
 *   `customer[is_partner_offers_subscribed]` (the same names in 1.7.8 and 8.x; the form has no
 *   newsletter field: the newsletter is switched from the list). The password is never read.
 *   Redirect on success;
 * - the newsletter switched from the customers list: `POST /sell/customers/<id>/toggle-newsletter-subscription`
 *   (JSON `{ status, message }`);
 * - the newsletter block of the front office (ps_emailsubscription): `POST` with
 *   `submitNewsletter`, `email`, `action` (0 subscribe, 1 unsubscribe); the e-mail is not kept,
 *   only that a subscription was asked; the AJAX controller's `{ nw_error, msg }` says if it worked.
 */
import { settingsChanged } from '../lib/events.ts';
import { failed, field, flag, isRecord, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { symfonyPath } from './lib.ts';
import { counts, redirectOutcome } from './outcome.ts';

export default registerDetector({
  id: 'prestashop.customer',
  adapter: 'prestashop',
  description:
    'Customer saved in the back office (POST /sell/customers/new|<id>/edit: customer[first_name|last_name|email|default_group_id|group_ids][]|is_enabled|is_partner_offers_subscribed], never the password), newsletter toggled from the list (/sell/customers/<id>/toggle-newsletter-subscription), front newsletter block (submitNewsletter, action 0|1).',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/ps_emailsubscription@v2.8.2:ps_emailsubscription.php#L44-L45',
      'PrestaShop/ps_emailsubscription@v2.8.2:ps_emailsubscription.php#L412-L478',
      'PrestaShop/ps_emailsubscription@v2.8.2:controllers/front/subscription.php#L39-L65',
      'PrestaShop/PrestaShop@98ad2670fe8a4c1902b0ccf1139cbda60ee13aa6:src/PrestaShopBundle/Form/Admin/Sell/Customer/CustomerType.php#L127-L293',
      'PrestaShop/PrestaShop@5f25db9aaf71838b956387399684d721d7177225:src/PrestaShopBundle/Resources/config/routing/admin/sell/customer/customers.yml#L19-L37',
      'PrestaShop/PrestaShop@5f25db9aaf71838b956387399684d721d7177225:src/PrestaShopBundle/Resources/config/routing/admin/sell/customer/customers.yml#L87-L97',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Form/Admin/Sell/Customer/CustomerType.php#L108-L318',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Sell/Customer/CustomerType.php#L121-L364',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const route = symfonyPath(submission.path);
    const { fields } = submission;
    const saved = /\/sell\/customers\/(?:(new)|(\d+)\/edit)\/?$/.exec(route);
    if (saved) {
      const read = (name: string) => field(fields, `customer[${name}]`);
      if (text(read('email')) === undefined || !counts(redirectOutcome(submission))) return [];
      return settingsChanged('customer', {
        customerId: saved[2] ?? 'new',
        firstname: text(read('first_name')),
        lastname: text(read('last_name')),
        email: text(read('email')),
        defaultGroupId: text(read('default_group_id')),
        groupIds: texts(read('group_ids') ?? fields['customer[group_ids][]']),
        enabled: flag(read('is_enabled')),
        partnerOffers: flag(read('is_partner_offers_subscribed')),
      });
    }
    const toggle = /\/sell\/customers\/(\d+)\/toggle-newsletter-subscription\/?$/.exec(route);
    if (toggle) {
      const answer = isRecord(submission.response) ? submission.response : undefined;
      if (answer && answer.status === false) return [];
      return settingsChanged('customer-newsletter', { customerId: toggle[1], toggled: true });
    }
    // The address itself is never kept (the capture may mask it): only that one was given.
    if (Object.hasOwn(fields, 'submitNewsletter') && Object.hasOwn(fields, 'email')) {
      // The AJAX subscription controller answers { nw_error, msg }: an error is no signup.
      if (isRecord(submission.response) && submission.response.nw_error === true) return [];
      const action = text(fields.action);
      return settingsChanged('newsletter-signup', { subscribe: action !== '1' });
    }
    return [];
  },
});
