/**
 * An employee created or edited with a profile (Advanced parameters › Team): the Symfony page
 * of 1.7.8/8.x (`/index.php/configure/advanced/employees/new` or `/<id>/edit`, EmployeeType
 * `employee[firstname|lastname|email|profile|active|language|default_page]`). The legacy
 * AdminEmployees controller is gone from 1.7.8.10 (migrated page), so there is no legacy branch.
 * The password is never read. A success redirects; 200 is the form with its errors.
 */
import { settingsChanged } from '../lib/events.ts';
import { failed, field, flag, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { symfonyPath } from './lib.ts';
import { counts, redirectOutcome } from './outcome.ts';

export default registerDetector({
  id: 'prestashop.employee',
  adapter: 'prestashop',
  description:
    'Employee saved with a profile: POST /index.php/configure/advanced/employees/new|<id>/edit (employee[firstname|lastname|email|profile|active]) Never the password.',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@ac35712ef37f8d6bd41eecdd482fe461b1ebd6ef:src/PrestaShopBundle/Form/Admin/Configure/AdvancedParameters/Employee/EmployeeType.php#L130-L239',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Form/Admin/Configure/AdvancedParameters/Employee/EmployeeType.php#L108-L197',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Configure/AdvancedParameters/Employee/EmployeeType.php#L124-L258',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const { fields } = submission;
    const route = /\/configure\/advanced\/employees\/(?:(new)|(\d+)\/edit)\/?$/.exec(
      symfonyPath(submission.path),
    );
    if (route && counts(redirectOutcome(submission))) {
      const read = (name: string) => text(field(fields, `employee[${name}]`));
      if (read('email') === undefined && read('profile') === undefined) return [];
      return settingsChanged('employee', {
        employeeId: route[2] ?? 'new',
        firstname: read('firstname'),
        lastname: read('lastname'),
        email: read('email'),
        profile: read('profile'),
        active: flag(field(fields, 'employee[active]')),
      });
    }
    return [];
  },
});
