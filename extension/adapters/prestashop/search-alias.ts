/**
 * A search alias added (Shop parameters › Search): legacy AdminSearchConf with
 * `submitAddalias`, `alias` (comma-separated) and `search` (the word searched instead).
 */
import { settingsChanged } from '../lib/events.ts';
import { failed, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { isSubmit, legacyController } from './lib.ts';

export default registerDetector({
  id: 'prestashop.search-alias',
  adapter: 'prestashop',
  description:
    'Search alias added: POST index.php?controller=AdminSearchConf with submitAddalias — alias (comma-separated), search.',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@cb09a681b3f8b8ab3299e8e0b2f679a347944127:controllers/admin/AdminSearchConfController.php#L34-L64',
      'librasoft-fr/prestashop-versions@v1.7.8.10:controllers/admin/AdminSearchConfController.php#L414-L449',
      'librasoft-fr/prestashop-versions@v8.2.0:controllers/admin/AdminSearchConfController.php#L411-L446',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    if (legacyController(submission) !== 'adminsearchconf' || !isSubmit(submission, 'submitAddalias'))
      return [];
    const alias = text(submission.fields.alias);
    const search = text(submission.fields.search);
    if (!alias || !search) return [];
    return settingsChanged('search-alias', {
      aliases: alias
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
      search: search.trim(),
    });
  },
});
