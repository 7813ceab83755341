/**
 * A category created or edited with its SEO fields (Catalog › Categories, a Symfony page since
 * 1.7.6, so 1.7.8 and 8.x alike): `POST /index.php/sell/catalog/categories/new` or
 * `/sell/catalog/categories/<id>/edit`, form `category` (CategoryType on AbstractCategoryType):
 * `category[name][<lang>]`, `category[id_parent]`, `category[description][<lang>]`,
 * `category[active]`, `category[meta_title][<lang>]`, `category[meta_description][<lang>]`,
 * `category[link_rewrite][<lang>]`, `category[group_association][]`. A success redirects (302)
 * to the list; 200 is the form again with its errors.
 */

import { visibleLength } from '../lib/content.ts';
import { settingsChanged } from '../lib/events.ts';
import { field, flag, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import { acceptedFormSave } from './form-save.ts';
import { langText } from './lib.ts';

const ROUTE = /\/sell\/catalog\/categories\/(?:(new)|(\d+)\/edit)\/?$/;

export default registerDetector({
  id: 'prestashop.category',
  adapter: 'prestashop',
  description:
    'Category saved with its SEO fields: POST /sell/catalog/categories/new|<id>/edit — category[name|meta_title|meta_description|link_rewrite][<lang>], id_parent, active, description length. A refused save (200) is an attempt.',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@601f1327e0dedbe052be735c51487e7c4336dfa9:src/PrestaShopBundle/Form/Admin/Catalog/Category/AbstractCategoryType.php#L96-L251',
      'PrestaShop/PrestaShop@ba9362300f384e9270406636107f32d0eafc3092:src/PrestaShopBundle/Form/Admin/Catalog/Category/CategoryType.php#L59-L64',
      'PrestaShop/PrestaShop@9df699a498beb853f81230fe983622694183a332:src/PrestaShopBundle/Resources/config/routing/admin/sell/catalog/categories.yml#L76-L104',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/sell/catalog/categories.yml#L76-L105',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Form/Admin/Catalog/Category/AbstractCategoryType.php#L94-L243',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Resources/config/routing/admin/sell/catalog/categories.yml#L76-L105',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Catalog/Category/AbstractCategoryType.php#L94-L256',
    ],
  },
  detect(observation, context) {
    const save = acceptedFormSave(observation, context, {
      route: ROUTE,
      nameField: 'category[name]',
      target: 'category',
      nameKey: 'name',
    });
    if (!save) return [];
    const { route, name } = save;
    const { fields } = save.submission;
    const description = langText(fields, 'category[description]');
    return settingsChanged(
      'category',
      {
        categoryId: route[2] ?? 'new',
        name,
        parentId: text(field(fields, 'category[id_parent]')),
        active: flag(field(fields, 'category[active]')),
        descriptionLength: description === undefined ? undefined : visibleLength(description),
        metaTitle: langText(fields, 'category[meta_title]') ?? '',
        metaDescription: langText(fields, 'category[meta_description]') ?? '',
        friendlyUrl: langText(fields, 'category[link_rewrite]'),
      },
      { keepEmpty: true },
    );
  },
});
