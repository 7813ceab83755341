/**
 * A CMS page created or edited (Design › Pages, a Symfony page in 1.7.8 and 8.x):
 * `POST /index.php/improve/design/cms-pages/new` or `/improve/design/cms-pages/<id>/edit`,
 * form `cms_page` (CmsPageType): `cms_page[page_category_id]`, `cms_page[title][<lang>]`,
 * `cms_page[meta_title][<lang>]`, `cms_page[meta_description][<lang>]`,
 * `cms_page[friendly_url][<lang>]`, `cms_page[content][<lang>]`, `cms_page[is_indexed_for_search]`,
 * `cms_page[is_displayed]`. A success redirects (302); 200 is the form with its errors.
 * Reported as content events (`cms: prestashop`, `contentType: cms-page`): displayed on creation
 * is « published », hidden on an edit is « unpublished » when the session saw it displayed.
 */
import { analyseHtml } from '../lib/content.ts';
import { clip, compact, field, flag, text } from '../lib/fields.ts';
import { transitionKind } from '../lib/status.ts';
import { registerDetector } from '../registry.ts';
import type { ContentRef, DerivedEvent } from '../types.ts';
import { acceptedFormSave } from './form-save.ts';
import { langText } from './lib.ts';

const ROUTE = /\/improve\/design\/cms-pages\/(?:(new)|(\d+)\/edit)\/?$/;
const STATUS_KEY = 'prestashop:cms-status:';

export default registerDetector({
  id: 'prestashop.cms-page',
  adapter: 'prestashop',
  description:
    'CMS page saved: POST /improve/design/cms-pages/new|<id>/edit — cms_page[title|meta_title|meta_description|friendly_url|content][<lang>], is_displayed, page_category_id; content.published/updated/unpublished with the page text, word count, images without alt and SEO fields.',
  observes: ['request', 'form'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@ba9362300f384e9270406636107f32d0eafc3092:src/PrestaShopBundle/Form/Admin/Improve/Design/Pages/CmsPageType.php#L95-L288',
      'PrestaShop/PrestaShop@ee786100f6e5ae450027f3d438966043b4e8a43c:src/PrestaShopBundle/Resources/config/routing/admin/improve/design/cms_pages.yml#L17-L35',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/admin/improve/design/cms_pages.yml#L17-L36',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Form/Admin/Improve/Design/Pages/CmsPageType.php#L88-L297',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Resources/config/routing/admin/improve/design/cms_pages.yml#L17-L36',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Form/Admin/Improve/Design/Pages/CmsPageType.php#L91-L311',
    ],
  },
  detect(observation, context) {
    const save = acceptedFormSave(observation, context, {
      route: ROUTE,
      nameField: 'cms_page[title]',
      target: 'cms-page',
      nameKey: 'title',
    });
    if (!save) return [];
    const { route, name: title } = save;
    const { fields } = save.submission;
    const id = route[2] ?? 'new';
    const displayed = flag(field(fields, 'cms_page[is_displayed]')) === true;
    const after = displayed ? 'publish' : 'draft';
    const before = route[2] ? context.memory.get<string>(STATUS_KEY + id) : undefined;
    if (route[2]) context.memory.set(STATUS_KEY + id, after);
    const kind = route[1]
      ? displayed
        ? 'content.published'
        : 'content.updated'
      : transitionKind(before, after, undefined, false);
    const content = langText(fields, 'cms_page[content]') ?? '';
    const facts = analyseHtml(content);
    const metaTitle = langText(fields, 'cms_page[meta_title]');
    const metaDescription = langText(fields, 'cms_page[meta_description]');
    const data: ContentRef = compact({
      cms: 'prestashop',
      contentType: 'cms-page',
      id,
      title: clip(title, 500),
      slug: langText(fields, 'cms_page[friendly_url]'),
      status: after,
      categories: text(field(fields, 'cms_page[page_category_id]'))
        ? [`#${text(field(fields, 'cms_page[page_category_id]'))}`]
        : undefined,
      wordCount: facts.wordCount,
      images: facts.images,
      // The page as written (markup kept, like a post's body), for what a rule checks in it.
      text: content ? clip(content, 100_000) : undefined,
      seo: compact({
        title: metaTitle === undefined ? undefined : clip(metaTitle, 500),
        metaDescription: metaDescription === undefined ? undefined : clip(metaDescription, 5000),
      }),
    });
    return [{ kind, data } as DerivedEvent];
  },
});
