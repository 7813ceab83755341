/**
 * Posts and pages saved through the REST API (the block editor): created, updated, published,
 * unpublished, trashed. WordPress's apiFetch sends `POST /wp-json/wp/v2/posts/<id>` with
 * `X-HTTP-Method-Override: PUT` and only the edited attributes; the response (edit context) is
 * the whole post, so the event describes the post as saved, and `changed` lists what the save
 * sent. Deleting sends the `DELETE` override: the response is the trashed post, or
 * `{ deleted, previous }` when forced.
 */
import { failed, isRecord, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';
import {
  changedKeys,
  contentEvent,
  contentRefFromPost,
  knownPost,
  learnFromRest,
  rememberPost,
  restRoute,
  transitionKind,
} from './lib.ts';

/** REST bases that are not editorial content (handled elsewhere, or not evidence). */
const NOT_CONTENT = new Set([
  'media',
  'comments',
  'users',
  'settings',
  'categories',
  'tags',
  'menus',
  'menu-items',
  'menu-locations',
  'navigation',
  'templates',
  'template-parts',
  'global-styles',
  'widgets',
  'sidebars',
  'block-renderer',
  'block-types',
  'search',
  'types',
  'statuses',
  'taxonomies',
  'themes',
  'plugins',
  'block-directory',
  'pattern-directory',
  'block-patterns',
  'blocks',
  'font-families',
  'font-collections',
]);

const ROUTE = /^\/wp\/v2\/([a-z0-9_-]+)(?:\/(\d+))?$/;

export default registerDetector({
  id: 'wordpress.rest-content',
  adapter: 'wordpress',
  description:
    'Posts and pages created, updated, published, unpublished or trashed in the block editor: POST/PUT/DELETE /wp-json/wp/v2/{posts,pages}/<id> (method override), read from the full post in the response — title, slug, status, excerpt, categories, tags, featured image, word count, blocks, images without alt, Yoast fields when the post carries them.',
  observes: ['request'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/gutenberg@2b5906d04a9fdfd20ffa924ceec692e1d989abba:packages/api-fetch/src/middlewares/http-v1.js#L6-L41',
      'WordPress/wordpress-develop@3cff9ff8bb6afeae28a5cbc84497e418a35427f2:src/wp-includes/rest-api/endpoints/class-wp-rest-posts-controller.php#L73-L144',
      'WordPress/wordpress-develop@3cff9ff8bb6afeae28a5cbc84497e418a35427f2:src/wp-includes/rest-api/endpoints/class-wp-rest-posts-controller.php#L643-L785',
      'WordPress/wordpress-develop@3cff9ff8bb6afeae28a5cbc84497e418a35427f2:src/wp-includes/rest-api/endpoints/class-wp-rest-posts-controller.php#L846-L957',
      'WordPress/wordpress-develop@3cff9ff8bb6afeae28a5cbc84497e418a35427f2:src/wp-includes/rest-api/endpoints/class-wp-rest-posts-controller.php#L992-L1105',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-posts-controller.php#L73-L144',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-posts-controller.php#L646-L790',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-posts-controller.php#L851-L958',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-posts-controller.php#L993-L1104',
    ],
  },
  detect(request, { memory }) {
    const route = restRoute(request);
    if (!route) return [];
    learnFromRest(memory, route, request.response);
    if (request.method === 'GET') return [];
    const match = ROUTE.exec(route);
    if (!match || failed(request)) return [];
    const [, base, pathId] = match as unknown as [string, string, string | undefined];
    if (NOT_CONTENT.has(base)) return [];
    const response = request.response;
    const body = request.body ?? {};
    const isKnownBase = base === 'posts' || base === 'pages';
    const post =
      isRecord(response) && isRecord(response.previous) && response.deleted === true
        ? { ...response.previous, status: 'deleted' }
        : response;
    if (!isKnownBase && !(isRecord(post) && post.type && post.title)) return [];
    const fallbackType = base === 'pages' ? 'page' : base === 'posts' ? 'post' : base;
    const postFields = isRecord(post)
      ? post
      : { ...body, status: request.method === 'DELETE' ? 'trash' : body.status };
    const id = text(postFields.id) ?? pathId;
    if (!id) return [];
    const type = text(postFields.type) ?? fallbackType;
    const before = knownPost(memory, type, id)?.status;
    const after = text(postFields.status);
    const requested = request.method === 'DELETE' ? 'trash' : text(body.status);
    const changed = changedKeys(body);
    const statusOnly = changed.length > 0 && changed.every((key) => key === 'status' || key === 'password');
    const data = contentRefFromPost(
      postFields,
      { type, id },
      memory,
      request.method === 'DELETE' ? ['status'] : changed,
    );
    const kind =
      after === 'deleted'
        ? 'content.unpublished'
        : transitionKind(before, after ?? before, requested, statusOnly);
    rememberPost(memory, type, id, {
      status: data.status,
      title: data.title || undefined,
      slug: data.slug,
      link: data.link,
      seo: data.seo,
    });
    return [contentEvent(kind, data)] satisfies DerivedEvent[];
  },
});
