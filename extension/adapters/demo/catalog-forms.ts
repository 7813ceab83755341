/**
 * The demo back office's catalogue forms (tests/sites/demo/pages/admin-catalog.mjs), read into
 * the same events as the PrestaShop detectors so one subject rule holds on both:
 * - `POST /admin/categories` (name, description, active, meta_title, meta_description,
 *   url_key) → `settings.changed` area `category`;
 * - `POST /admin/pages` (title, content — one paragraph a line —, displayed, meta_title,
 *   meta_description, slug) → `content.published` (displayed) or `content.updated`,
 *   contentType `cms-page`;
 * - `POST /admin/commandes/<id>/etat` (status — the state's name —, tracking_number) →
 *   `settings.changed` areas `order-status` and, with a tracking number, `order-shipping`.
 * The site answers 303 when saved and 422 with the form and its errors otherwise.
 */
import { analyseHtml, visibleLength } from '../lib/content.ts';
import { settingsChanged } from '../lib/events.ts';
import { clip, compact, failed, flag, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { ContentRef, DerivedEvent } from '../types.ts';

const trimmed = (value: unknown) => text(value)?.trim();
const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export default registerDetector({
  id: 'demo.catalog-forms',
  adapter: 'demo',
  description:
    'Demo back office: category saved with its SEO fields (POST /admin/categories), information page (POST /admin/pages → content.published|updated, contentType cms-page), order status and tracking number (POST /admin/commandes/<id>/etat); 422 = refused.',
  observes: ['request', 'form'],
  source: {
    product: 'Demo site',
    versions: ['0.1'],
    files: ['tests/sites/demo/pages/admin-catalog.mjs (categoryCreate, cmsPageCreate, orderStatusSave)'],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const { fields, path } = submission;
    if (/^\/admin\/categories\/?$/.test(path)) {
      const name = trimmed(fields.name);
      if (!name) return [];
      const description = trimmed(fields.description);
      return settingsChanged(
        'category',
        {
          categoryId: 'new',
          name,
          active: flag(fields.active),
          descriptionLength: description === undefined ? undefined : visibleLength(description),
          metaTitle: trimmed(fields.meta_title) ?? '',
          metaDescription: trimmed(fields.meta_description) ?? '',
          friendlyUrl: trimmed(fields.url_key),
        },
        { keepEmpty: true },
      );
    }
    if (/^\/admin\/pages\/?$/.test(path)) {
      const title = trimmed(fields.title);
      if (!title) return [];
      const displayed = flag(fields.displayed) !== false;
      // A textarea sends CRLF line ends: one paragraph per non-blank line.
      const paragraphs = (text(fields.content) ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
      const facts = analyseHtml(paragraphs.map((line) => `<p>${escapeHtml(line)}</p>`).join(''));
      const metaTitle = trimmed(fields.meta_title);
      const metaDescription = trimmed(fields.meta_description);
      const data: ContentRef = compact({
        cms: 'demo',
        contentType: 'cms-page',
        id: 'new',
        title: clip(title, 500),
        slug: trimmed(fields.slug),
        status: displayed ? 'publish' : 'draft',
        link: trimmed(fields.slug) ? `${context.origin}/page/${trimmed(fields.slug)}` : undefined,
        wordCount: facts.wordCount,
        // The page's words, for what a rule checks in them (the offer's conditions, a code).
        text: paragraphs.length > 0 ? clip(paragraphs.join('\n\n'), 100_000) : undefined,
        seo: compact({
          title: metaTitle ? clip(metaTitle, 500) : undefined,
          metaDescription: metaDescription ? clip(metaDescription, 5000) : undefined,
        }),
      });
      return [{ kind: displayed ? 'content.published' : 'content.updated', data } as DerivedEvent];
    }
    const order = /^\/admin\/commandes\/([\w-]+)\/etat\/?$/.exec(path);
    if (order) {
      const status = trimmed(fields.status);
      if (!status) return [];
      const tracking = trimmed(fields.tracking_number);
      return [
        ...settingsChanged('order-status', { orderIds: [order[1]], statusName: status }),
        ...(tracking
          ? settingsChanged('order-shipping', { orderId: order[1], trackingNumber: tracking })
          : []),
      ];
    }
    return [];
  },
});
