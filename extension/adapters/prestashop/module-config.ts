/**
 * A module's configuration saved: `POST index.php?controller=AdminModules&configure=<module>`
 * with the module's own `submit…` button (HelperForm's `submit_action`, e.g. ps_customtext,
 * ps_featuredproducts `submitHomeFeatured`, ps_imageslider). Area `module:<name>`; the fields
 * are the module's own, minus tokens and buttons.
 */
import { settingsChanged } from '../lib/events.ts';
import { clip, failed, queryValue, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { isInternalField, legacyController } from './lib.ts';

export default registerDetector({
  id: 'prestashop.module-config',
  adapter: 'prestashop',
  description:
    'Module configuration saved: POST index.php?controller=AdminModules&configure=<module> with a submit* field; area module:<name>, the module fields without tokens and buttons.',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/ps_featuredproducts@v2.1.5:ps_featuredproducts.php#L125-L145',
      'PrestaShop/PrestaShop@85553525e91f7fd2b1da439cdf593ae007834d6b:classes/helper/HelperForm.php#L47-L48',
      'PrestaShop/PrestaShop@85553525e91f7fd2b1da439cdf593ae007834d6b:classes/helper/HelperForm.php#L68-L72',
      'PrestaShop/PrestaShop@85553525e91f7fd2b1da439cdf593ae007834d6b:classes/helper/HelperForm.php#L152-L154',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminModulesController.php#L38-L47',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminModulesController.php#L681-L682',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminModulesController.php#L841-L880',
      'librasoft-fr/prestashop-versions@v8.2.0:controllers/admin/AdminModulesController.php#L33-L40',
      'librasoft-fr/prestashop-versions@v8.2.0:controllers/admin/AdminModulesController.php#L681-L700',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    if (legacyController(submission) !== 'adminmodules') return [];
    const module = queryValue(submission.query, 'configure') ?? text(submission.fields.configure);
    if (!module || !Object.keys(submission.fields).some((key) => /^submit/i.test(key))) return [];
    const changes: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(submission.fields).slice(0, 60)) {
      if (isInternalField(name)) continue;
      changes[name] = Array.isArray(value) ? texts(value).map((item) => clip(item, 500)) : text(value);
    }
    return settingsChanged(`module:${module}`, changes, { keepEmpty: true });
  },
});
