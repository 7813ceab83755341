/**
 * Shared WordPress knowledge: where the REST API and the admin files are, how a REST post
 * becomes a `ContentRef`, what the session learnt (statuses, term and user names, media, Yoast
 * fields) so that later events can say more than the request that triggered them.
 */
import { analyseHtml } from '../lib/content.ts';
import { clip, compact, type Fields, isRecord, text } from '../lib/fields.ts';
import { htmlText } from '../lib/html.ts';
import type { ContentKind } from '../lib/status.ts';
import type { ContentRef, DerivedEvent, Memory, RequestObservation } from '../types.ts';

export { transitionKind } from '../lib/status.ts';

export const WORDPRESS_SOURCE = 'WordPress';

/**
 * The REST route of a request (`/wp/v2/posts/12`): after `/wp-json` (also in a sub-folder
 * install), or from `?rest_route=` when pretty permalinks are off.
 */
export const restRoute = (request: Pick<RequestObservation, 'path' | 'query'>): string | undefined => {
  const at = request.path.indexOf('/wp-json/');
  if (at >= 0) return request.path.slice(at + '/wp-json'.length).replace(/\/+$/, '') || '/';
  const route = request.query.rest_route;
  return route ? route.replace(/\/+$/, '') : undefined;
};

/** Whether a path is `wp-admin/<file>` (any install folder). */
export const isAdminFile = (path: string, file: string): boolean => path.endsWith(`/wp-admin/${file}`);

/** `{ raw, rendered }` (edit context) or a string (view context) → plain text. */
export const renderedText = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (isRecord(value)) {
    if (typeof value.raw === 'string') return value.raw;
    if (typeof value.rendered === 'string') return htmlText(value.rendered);
  }
  return undefined;
};

/** The HTML of a content field: raw (with block delimiters) when present, else rendered. */
export const contentHtml = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (isRecord(value)) {
    if (typeof value.raw === 'string') return value.raw;
    if (typeof value.rendered === 'string') return value.rendered;
  }
  return undefined;
};

const postKey = (type: string, id: string) => `wp:post:${type}:${id}`;

/** What the session knows of a post: its last saved state as WordPress answered it. */
export interface KnownPost {
  status?: string | undefined;
  title?: string | undefined;
  slug?: string | undefined;
  link?: string | undefined;
  seo?: ContentRef['seo'];
}

export const knownPost = (memory: Memory, type: string, id: string): KnownPost | undefined =>
  memory.get<KnownPost>(postKey(type, id));

export const rememberPost = (memory: Memory, type: string, id: string, post: KnownPost): void => {
  const previous = knownPost(memory, type, id) ?? {};
  memory.set(postKey(type, id), { ...previous, ...compact(post) });
};

/** Term, user and media names learnt from REST responses (creations, lists the editor loads). */
export const termName = (memory: Memory, taxonomy: 'category' | 'post_tag', id: unknown): string => {
  const key = String(id);
  return memory.get<string>(`wp:term:${taxonomy}:${key}`) ?? `#${key}`;
};

export interface KnownMedia {
  url?: string | undefined;
  alt?: string | undefined;
  title?: string | undefined;
}

export const knownMedia = (memory: Memory, id: string): KnownMedia | undefined =>
  memory.get<KnownMedia>(`wp:media:${id}`);

export const rememberMedia = (memory: Memory, id: string, media: KnownMedia): void =>
  memory.set(`wp:media:${id}`, { ...knownMedia(memory, id), ...compact(media) });

const learnOne = (memory: Memory, base: string, item: unknown): void => {
  if (!isRecord(item) || item.id === undefined) return;
  const id = String(item.id);
  if (base === 'categories' || base === 'tags') {
    const name = text(item.name);
    if (name) memory.set(`wp:term:${base === 'categories' ? 'category' : 'post_tag'}:${id}`, name);
  } else if (base === 'users') {
    const name = text(item.name) ?? text(item.username) ?? text(item.slug);
    if (name) memory.set(`wp:user:${id}`, name);
  } else if (base === 'media') {
    rememberMedia(memory, id, {
      url: text(item.source_url),
      alt: text(item.alt_text),
      title: renderedText(item.title),
    });
  }
};

/** Learns names from any REST response about terms, users or media (lists or single items). */
export const learnFromRest = (memory: Memory, route: string, response: unknown): void => {
  const match = /^\/wp\/v2\/(categories|tags|users|media)(?:\/\d+)?$/.exec(route);
  if (!match) return;
  const items = Array.isArray(response) ? response.slice(0, 200) : [response];
  for (const item of items) learnOne(memory, match[1]!, item);
};

const YOAST_META = {
  title: '_yoast_wpseo_title',
  metaDescription: '_yoast_wpseo_metadesc',
  focusKeyword: '_yoast_wpseo_focuskw',
};
const YOAST_FORM = {
  title: 'yoast_wpseo_title',
  metaDescription: 'yoast_wpseo_metadesc',
  focusKeyword: 'yoast_wpseo_focuskw',
};

/**
 * Yoast SEO fields of a post: the metabox form fields (`yoast_wpseo_*`, WPSEO_Meta::$form_prefix)
 * or the post meta (`_yoast_wpseo_*`, WPSEO_Meta::$meta_prefix) when a REST response carries
 * it, else the computed `yoast_head_json` (title tag and meta description as rendered).
 */
export const yoastFields = (
  source: Fields | undefined,
  from: 'form' | 'meta',
): ContentRef['seo'] | undefined => {
  if (!source) return undefined;
  const names = from === 'form' ? YOAST_FORM : YOAST_META;
  const container = from === 'meta' && isRecord(source.meta) ? source.meta : source;
  const seo = compact({
    title: pick(container, names.title, 500),
    metaDescription: pick(container, names.metaDescription, 5000),
    focusKeyword: pick(container, names.focusKeyword, 500),
  });
  if (Object.keys(seo).length) return seo;
  if (from === 'meta' && isRecord(source.yoast_head_json)) {
    const head = source.yoast_head_json;
    const computed = compact({
      title: pick(head, 'title', 500),
      metaDescription: pick(head, 'description', 5000),
    });
    if (Object.keys(computed).length) return computed;
  }
  return undefined;
};

const pick = (fields: Fields, name: string, max: number): string | undefined => {
  if (!Object.hasOwn(fields, name)) return undefined;
  const value = text(fields[name]);
  return value === undefined ? undefined : clip(value, max);
};

/** Everything a REST post response says, as a `ContentRef`; the session memory fills the gaps. */
export const contentRefFromPost = (
  post: Fields,
  fallback: { type: string; id: string },
  memory: Memory,
  changed: readonly string[],
): ContentRef => {
  const type = text(post.type) ?? fallback.type;
  const id = text(post.id) ?? fallback.id;
  const known = knownPost(memory, type, id);
  const html = contentHtml(post.content);
  const facts = html === undefined ? undefined : analyseHtml(html);
  const categories = Array.isArray(post.categories)
    ? post.categories.slice(0, 50).map((term) => clip(termName(memory, 'category', term), 500))
    : undefined;
  const tags = Array.isArray(post.tags)
    ? post.tags.slice(0, 50).map((term) => clip(termName(memory, 'post_tag', term), 500))
    : undefined;
  const mediaId = text(post.featured_media);
  let featuredImage: ContentRef['featuredImage'];
  if (mediaId && mediaId !== '0') {
    const media = knownMedia(memory, mediaId);
    featuredImage = compact({
      url: media?.url ? clip(media.url, 2000) : undefined,
      alt: media?.alt !== undefined ? clip(media.alt, 500) : undefined,
    });
  }
  const title = renderedText(post.title) ?? known?.title ?? '';
  const excerpt = renderedText(post.excerpt);
  const slug = text(post.slug) || known?.slug;
  const link = text(post.link) ?? known?.link;
  const seo = yoastFields(post, 'meta') ?? known?.seo;
  return compact({
    cms: 'wordpress',
    contentType: clip(type, 40),
    id: clip(id, 100),
    title: clip(title, 500),
    slug: slug ? clip(slug, 500) : undefined,
    status: text(post.status) ? clip(text(post.status)!, 40) : known?.status,
    excerpt: excerpt !== undefined ? clip(excerpt, 5000) : undefined,
    link: link ? clip(link, 2000) : undefined,
    categories,
    tags,
    featuredImage,
    wordCount: facts?.wordCount,
    text: html ? clip(html, 100_000) : undefined,
    blocks: facts?.blocks.map((block) => clip(block, 500)),
    images: facts?.images,
    seo,
    changed: changed.length ? changed.slice(0, 50).map((name) => clip(name, 500)) : undefined,
  });
};

export const contentEvent = (kind: ContentKind, data: ContentRef): DerivedEvent => ({ kind, data });

/** Keys a REST save changed (WordPress sends only those), without the noise. */
export const changedKeys = (body: Fields | undefined): string[] =>
  Object.keys(body ?? {}).filter((key) => !['id', '_locale', '_method', '_wpnonce'].includes(key));
