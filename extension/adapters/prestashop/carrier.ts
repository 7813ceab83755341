/**
 * A carrier created or edited with the carrier wizard (AdminCarrierWizard, 1.7.8 and 8.x): the
 * last step posts the whole wizard by AJAX, `index.php?controller=AdminCarrierWizard&ajax=1
 * &action=finish_step`, with `name`, `delay_<id_lang>`, `grade`, `url`, `is_free`,
 * `shipping_handling`, `shipping_method`, `range_behavior`, `max_width|height|depth|weight`,
 * `id_carrier` (0 for a new one). Earlier steps (`validate_step`) are not saves.
 */
import { settingsChanged } from '../lib/events.ts';
import { failed, flag, queryValue, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { langText, legacyController } from './lib.ts';
import { counts, jsonOutcome } from './outcome.ts';

export default registerDetector({
  id: 'prestashop.carrier',
  adapter: 'prestashop',
  description:
    'Carrier saved at the end of the carrier wizard: POST index.php?controller=AdminCarrierWizard&action=finish_step — name, delay_<lang>, grade, url, is_free, shipping_handling, shipping_method, id_carrier.',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: ['PrestaShop/PrestaShop@1.7.8.10:controllers/admin/AdminCarrierWizardController.php'],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    if (legacyController(submission) !== 'admincarrierwizard') return [];
    const action = queryValue(submission.query, 'action') ?? text(submission.fields.action);
    if (action !== 'finish_step') return [];
    const { fields } = submission;
    if (!counts(jsonOutcome(submission))) return [];
    return settingsChanged('carrier', {
      carrierId: text(fields.id_carrier) && text(fields.id_carrier) !== '0' ? text(fields.id_carrier) : 'new',
      name: text(fields.name),
      delay: langText(fields, 'delay'),
      grade: text(fields.grade),
      trackingUrl: text(fields.url),
      isFree: flag(fields.is_free),
      shippingHandling: flag(fields.shipping_handling),
      shippingMethod: text(fields.shipping_method),
    });
  },
});
