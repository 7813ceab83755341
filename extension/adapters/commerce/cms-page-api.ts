/**
 * A CMS page saved through a back-office API: EverShop `POST /api/pages` (createCmsPage) or
 * `PATCH /api/pages/<uuid>` (updateCmsPage); the admin form (cmsPageEdit+cmsPageNew: General,
 * Seo) sends `name`, `status` (1 | 0), `content` (rows of EditorJS blocks), `url_key`,
 * `meta_title`, `meta_description`; answer `{ data: page }` with its `uuid` and `url_key`, or
 * `{ error: { message } }` (a url_key already taken…). Reported as PrestaShop's CMS pages
 * are (`contentType: cms-page`): enabled on creation is « published », disabled after being
 * seen enabled is « unpublished ». A WordPress page (string `content`, no `url_key`) is not
 * one of these.
 */
import { countWords } from '../../../shared/rules/text.ts';
import { clip, compact, flag, text } from '../lib/fields.ts';
import { transitionKind } from '../lib/status.ts';
import { registerDetector } from '../registry.ts';
import type { ContentRef, DerivedEvent } from '../types.ts';
import { answerError, descriptionText, isApiOrAdmin, payload } from './lib.ts';

const PATH = /\/(?:cms\/)?pages(?:\/([\w-]+))?\/?$/i;
const STATUS_KEY = 'commerce:cms-status:';

export default registerDetector({
  id: 'commerce.cms-page-api',
  adapter: 'commerce',
  description:
    'CMS page saved through a back-office API (EverShop POST /api/pages or PATCH /api/pages/<uuid>: name, status, content rows, url_key, meta_title, meta_description): content.published / updated / unpublished with word count and SEO fields.',
  observes: ['request'],
  source: {
    product: 'EverShop',
    versions: ['2.2'],
    files: [
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/cms/api/createCmsPage/route.json#L1-L5',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/cms/api/updateCmsPage/route.json#L1-L5',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/cms/api/createCmsPage/payloadSchema.json#L1-L76',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/cms/api/createCmsPage/finish[apiResponse].ts#L12-L38',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/cms/pages/admin/cmsPageEdit+cmsPageNew/General.tsx#L38-L68',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/cms/pages/admin/cmsPageEdit+cmsPageNew/Seo.tsx#L58-L79',
    ],
  },
  detect(request, context) {
    if (!['POST', 'PUT', 'PATCH'].includes(request.method) || !isApiOrAdmin(request.path)) return [];
    const match = PATH.exec(request.path);
    if (!match || answerError(request.response, request.status)) return [];
    const body = request.body ?? {};
    const title = text(body.name) ?? text(body.title);
    if (!title || !(Object.hasOwn(body, 'url_key') || Array.isArray(body.content))) return [];
    const answer = payload(request.response);
    const created = !match[1] || /^(new|create)$/i.test(match[1]);
    const id = (created ? undefined : match[1]) ?? text(answer?.uuid) ?? text(answer?.cms_page_id) ?? 'new';
    const enabled = flag(body.status);
    const after = enabled === undefined ? undefined : enabled ? 'publish' : 'draft';
    const before = created ? undefined : context.memory.get<string>(STATUS_KEY + id);
    if (after) context.memory.set(STATUS_KEY + id, after);
    const kind = created
      ? enabled
        ? 'content.published'
        : 'content.updated'
      : transitionKind(before, after, undefined, false);
    const plain = descriptionText(body.content);
    const metaTitle = text(body.meta_title);
    const metaDescription = text(body.meta_description);
    const data: ContentRef = compact({
      cms: 'evershop',
      contentType: 'cms-page',
      id: clip(id, 100),
      title: clip(title, 500),
      slug: text(body.url_key) ?? text(answer?.url_key),
      status: after,
      wordCount: plain === undefined ? undefined : countWords(plain),
      // The page's words, for what a rule checks in them (the offer's conditions, a code).
      text: plain ? clip(plain, 100_000) : undefined,
      seo: compact({
        title: metaTitle === undefined ? undefined : clip(metaTitle, 500),
        metaDescription: metaDescription === undefined ? undefined : clip(metaDescription, 5000),
      }),
    });
    return [{ kind, data } as DerivedEvent];
  },
});
