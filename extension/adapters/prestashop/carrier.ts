/**
 * A carrier created or edited with the carrier wizard (AdminCarrierWizard, 1.7.8 and 8.x): the
 * last step posts the whole wizard by AJAX, `index.php?controller=AdminCarrierWizard&ajax=1
 * &action=finish_step`, with `name`, `delay_<id_lang>`, `grade`, `url`, `is_free`,
 * `shipping_handling`, `shipping_method`, `range_behavior`, `max_width|height|depth|weight`,
 * `id_carrier` (0 for a new one). Earlier steps (`validate_step`) are not saves.
 * Fees and ranges (form_ranges.tpl, processRanges): `range_inf[<id_range>]`,
 * `range_sup[<id_range>]` (ranges added in the page are `range_inf[]`), one price per ticked
 * zone and range `fees[<id_zone>][<id_range>]`, the zones ticked `zone_<id_zone>=1` (a zone
 * left unticked posts no fee: its inputs are disabled), `shipping_method` 1 = by weight,
 * 2 = by price, `range_behavior` 0 = highest range applies beyond the last, 1 = out of range
 * disables the carrier. A free carrier (`is_free=1`) keeps no range. The answer is JSON:
 * `has_error` + `errors`, the saved `id_carrier`.
 */
import { settingsChanged } from '../lib/events.ts';
import { amount, type Fields, failed, flag, queryValue, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { bracketEntries, langText, legacyController } from './lib.ts';
import { counts, jsonOutcome } from './outcome.ts';

const BILLING: Record<string, string> = { '1': 'weight', '2': 'price' };

/** The ranges as the merchant typed them, each with its fee per ticked zone. */
const rangesOf = (fields: Fields) => {
  const bounds = new Map<string, { from?: number; to?: number; fees: Record<string, number> }>();
  const at = (key: string) => bounds.get(key) ?? bounds.set(key, { fees: {} }).get(key)!;
  for (const { path, value } of bracketEntries(fields, 'range_inf'))
    if (path[0] !== undefined) at(path[0]).from = amount(value);
  for (const { path, value } of bracketEntries(fields, 'range_sup'))
    if (path[0] !== undefined) at(path[0]).to = amount(value);
  for (const { path, value } of bracketEntries(fields, 'fees')) {
    const [zone, range] = path;
    const fee = amount(value);
    if (zone !== undefined && range !== undefined && fee !== undefined) at(range).fees[zone] = fee;
  }
  return [...bounds.values()].filter((range) => range.from !== undefined && range.to !== undefined);
};

export default registerDetector({
  id: 'prestashop.carrier',
  adapter: 'prestashop',
  description:
    'Carrier saved at the end of the carrier wizard: POST index.php?controller=AdminCarrierWizard&action=finish_step — name, delay_<lang>, grade, url, is_free, shipping_handling, shipping_method (by weight or price), range_behavior, ranges range_inf|range_sup[<id>] with fees[<zone>][<range>] for the zones ticked (zone_<id>), id_carrier.',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@c6c82e459c01c47c3931bd224e00d44385591581:admin-dev/themes/default/template/controllers/carrier_wizard/helpers/form/form_ranges.tpl#L30-L115',
      'PrestaShop/PrestaShop@8c567e6ed3acd8b79335ca36a5baab72878f2181:controllers/admin/AdminCarrierWizardController.php#L96-L120',
      'PrestaShop/PrestaShop@8c567e6ed3acd8b79335ca36a5baab72878f2181:controllers/admin/AdminCarrierWizardController.php#L252-L358',
      'PrestaShop/PrestaShop@8c567e6ed3acd8b79335ca36a5baab72878f2181:controllers/admin/AdminCarrierWizardController.php#L670-L724',
      'PrestaShop/PrestaShop@8c567e6ed3acd8b79335ca36a5baab72878f2181:controllers/admin/AdminCarrierWizardController.php#L754-L889',
      'librasoft-fr/prestashop-versions@v1.7.8.10:admin/themes/default/template/controllers/carrier_wizard/helpers/form/form_ranges.tpl#L38-L107',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminCarrierWizardController.php#L670-L724',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminCarrierWizardController.php#L754-L858',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    if (legacyController(submission) !== 'admincarrierwizard') return [];
    const action = queryValue(submission.query, 'action') ?? text(submission.fields.action);
    if (action !== 'finish_step') return [];
    const { fields } = submission;
    if (!counts(jsonOutcome(submission))) return [];
    const isFree = flag(fields.is_free);
    const zones = Object.keys(fields)
      .map((key) => /^zone_(\d+)$/.exec(key)?.[1])
      .filter((zone): zone is string => zone !== undefined && flag(fields[`zone_${zone}`]) === true);
    const ranges = isFree ? [] : rangesOf(fields);
    return settingsChanged('carrier', {
      carrierId: text(fields.id_carrier) && text(fields.id_carrier) !== '0' ? text(fields.id_carrier) : 'new',
      name: text(fields.name),
      delay: langText(fields, 'delay'),
      grade: text(fields.grade),
      trackingUrl: text(fields.url),
      isFree: flag(fields.is_free),
      shippingHandling: flag(fields.shipping_handling),
      shippingMethod: text(fields.shipping_method),
      billing: isFree ? undefined : BILLING[text(fields.shipping_method) ?? ''],
      outOfRange: isFree
        ? undefined
        : { '0': 'highest-range', '1': 'disabled' }[text(fields.range_behavior) ?? ''],
      zones: zones.length ? zones : undefined,
      ranges: ranges.length ? ranges : undefined,
    });
  },
});
