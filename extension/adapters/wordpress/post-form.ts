/**
 * `post.php` `action=editpost`: the classic editor's save, and — in the block editor — the
 * meta-box save that follows every REST save when a plugin adds meta boxes (Yoast SEO does):
 * `post.php?post=<id>&action=edit&meta-box-loader=1` with the meta-box forms' fields, among
 * them Yoast's hidden `yoast_wpseo_title`, `yoast_wpseo_metadesc`, `yoast_wpseo_focuskw`
 * (WPSEO_Meta::$form_prefix). The meta-box save gives a `content.updated` with the SEO fields
 * (the rest of the post from the session's memory of its REST save); a classic save gives
 * the full post, its status change read from `original_post_status`.
 */
import { analyseHtml } from '../lib/content.ts';
import { clip, compact, failed, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { ContentRef } from '../types.ts';
import {
  contentEvent,
  isAdminFile,
  knownPost,
  rememberPost,
  termName,
  transitionKind,
  yoastFields,
} from './lib.ts';

const YOAST_KEYS = ['yoast_wpseo_title', 'yoast_wpseo_metadesc', 'yoast_wpseo_focuskw'];

export default registerDetector({
  id: 'wordpress.post-form',
  adapter: 'wordpress',
  description:
    'post.php action=editpost: Yoast SEO title, meta description and focus keyphrase (yoast_wpseo_title|metadesc|focuskw) from the block editor meta-box save, and classic-editor saves (post_title, content, excerpt, post_name, post_status, publish, original_post_status, post_author_override).',
  observes: ['request', 'form'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/wordpress-develop@cbb86c66dabf0e2a41e99208dfd704b5abd972fb:src/wp-admin/post.php#L223-L235',
      'WordPress/wordpress-develop@006f4c043eb2def1d4c0a2d7b5a6b8253f377579:src/wp-admin/edit-form-blocks.php#L113-L128',
      'Yoast/wordpress-seo@8d1b85f00a9d4fa882eb2e2c2492043117590dc1:inc/class-wpseo-meta.php#L37-L45',
      'WordPress/wordpress-develop@00f3ebdfa171bea4836c887ab191f832c4e868bc:src/wp-admin/includes/post.php#L21-L123',
      'WordPress/WordPress@6.1.9:wp-admin/post.php#L224-L237',
      'WordPress/WordPress@6.1.9:wp-admin/includes/post.php#L21-L123',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const { fields, query } = submission;
    if (!isAdminFile(submission.path, 'post.php') || text(fields.action) !== 'editpost') return [];
    const id = text(fields.post_ID) ?? query.post;
    if (!id) return [];
    const type = text(fields.post_type) ?? 'post';
    const { memory } = context;
    const known = knownPost(memory, type, id);
    const seo = YOAST_KEYS.some((key) => Object.hasOwn(fields, key))
      ? (yoastFields(fields, 'form') ?? {})
      : undefined;
    const classic = Object.hasOwn(fields, 'post_title') || Object.hasOwn(fields, 'content');
    if (!classic) {
      if (!seo) return [];
      rememberPost(memory, type, id, { seo });
      const data: ContentRef = compact({
        cms: 'wordpress',
        contentType: clip(type, 40),
        id: clip(id, 100),
        title: clip(known?.title ?? '', 500),
        slug: known?.slug,
        status: known?.status ?? text(fields.original_post_status),
        link: known?.link,
        seo,
        changed: YOAST_KEYS.filter((key) => Object.hasOwn(fields, key)),
      });
      return [contentEvent('content.updated', data)];
    }
    const before = text(fields.original_post_status) ?? known?.status;
    const requested = Object.hasOwn(fields, 'publish') ? 'publish' : text(fields.post_status);
    const html = text(fields.content) ?? '';
    const facts = analyseHtml(html);
    const categories = texts(fields['post_category[]'] ?? fields.post_category)
      .filter((term) => term !== '0')
      .map((term) => clip(termName(memory, 'category', term), 500));
    const tags = (text(fields['tax_input[post_tag]']) ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean)
      .map((tag) => clip(tag, 500));
    const changed = [
      'post_title',
      'content',
      'excerpt',
      'post_name',
      'post_status',
      'post_author_override',
      '_thumbnail_id',
    ]
      .filter((key) => Object.hasOwn(fields, key))
      .concat(seo ? YOAST_KEYS.filter((key) => Object.hasOwn(fields, key)) : []);
    const data: ContentRef = compact({
      cms: 'wordpress',
      contentType: clip(type, 40),
      id: clip(id, 100),
      title: clip(text(fields.post_title) ?? known?.title ?? '', 500),
      slug: text(fields.post_name) || known?.slug,
      status: requested ?? before,
      excerpt: text(fields.excerpt) !== undefined ? clip(text(fields.excerpt)!, 5000) : undefined,
      link: known?.link,
      categories: categories.length ? categories : undefined,
      tags: tags.length ? tags : undefined,
      wordCount: facts.wordCount,
      blocks: facts.blocks,
      images: facts.images,
      seo: seo ?? known?.seo,
      changed,
    });
    rememberPost(memory, type, id, {
      status: data.status,
      title: data.title || undefined,
      slug: data.slug,
      seo: data.seo,
    });
    return [contentEvent(transitionKind(before, requested ?? before, requested, false), data)];
  },
});
