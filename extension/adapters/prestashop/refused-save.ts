/**
 * A back-office save PrestaShop refused, as an attempt: the request detectors remember a
 * legacy save answered 200 (the form re-rendered instead of the 302 + `conf=` of a success —
 * AdminController::processSave only sets `redirect_after` when there is no error), and the
 * page that follows — the re-rendered form — gives the reason from its `.alert-danger` block
 * (the admin theme's error block, error_messages.tpl). Area `save-refused`: `target`, what was tried, `reason`.
 */
import { registerDetector } from '../registry.ts';
import { refusalOnPage } from './refusal.ts';

export default registerDetector({
  id: 'prestashop.refused-save',
  adapter: 'prestashop',
  description:
    'Refused back-office saves (cart rule, catalog price rule…): the save answered 200 instead of a redirect with conf=; the next page (the re-rendered form) gives the reason from its error block. settings.changed area save-refused.',
  observes: ['page'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@e2954a6324ef2fd57414d757f7c855b05d675de4:classes/controller/AdminController.php#L456-L460',
      'PrestaShop/PrestaShop@e2954a6324ef2fd57414d757f7c855b05d675de4:classes/controller/AdminController.php#L927-L979',
      'PrestaShop/PrestaShop@e2954a6324ef2fd57414d757f7c855b05d675de4:classes/controller/AdminController.php#L1118-L1167',
      'PrestaShop/PrestaShop@f4d8bd517f9e419bcd5cf5db856008881fb25525:admin-dev/themes/new-theme/template/components/layout/error_messages.tpl#L25-L42',
      'librasoft-fr/prestashop-versions@v1.7.8.10:classes/controller/AdminController.php#L1196-L1248',
      'librasoft-fr/prestashop-versions@v1.7.8.10:classes/controller/AdminController.php#L1257-L1346',
      'librasoft-fr/prestashop-versions@v1.7.8.10:classes/controller/Controller.php#L286-L298',
    ],
  },
  detect(page, context) {
    return refusalOnPage(context.memory, page);
  },
});
