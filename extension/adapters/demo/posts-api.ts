/**
 * Articles saved in the demo back office, through its WordPress-shaped JSON API: `POST
 * /admin/api/posts` (create, full body) and `POST /admin/api/posts/<id>` with
 * `X-HTTP-Method-Override: PUT` and only the changed fields; the answer is always the full
 * post (`slug`, `status` draft|pending|publish, `link`, `title`, `excerpt`, markdown-ish
 * `content`, `meta{title, description, focusKeyword}`, `image{url, alt}`, `categories`, `tags`).
 */
import { analyseMarkdown } from '../lib/content.ts';
import { clip, compact, failed, isRecord, text, texts } from '../lib/fields.ts';
import { transitionKind } from '../lib/status.ts';
import { registerDetector } from '../registry.ts';
import type { ContentRef } from '../types.ts';
import { POSTS_API } from './lib.ts';

const statusKey = (id: string) => `demo:post:${id}`;

export default registerDetector({
  id: 'demo.posts-api',
  adapter: 'demo',
  description:
    'Articles created, updated, published or unpublished on the demo site: POST /admin/api/posts[/<id>] (method override PUT, changed fields only), read from the full post in the answer — title, slug, status, excerpt, link, categories, tags, image and alt, word count, images without alt, SEO title, meta description, focus keyword.',
  observes: ['request'],
  source: {
    product: 'Demo site',
    versions: ['0.1'],
    files: [
      'tests/sites/demo/api.mjs (createPost, updatePost, serializePost)',
      'tests/sites/demo/README.md (JSON API)',
    ],
  },
  detect(request, { memory }) {
    const match = POSTS_API.exec(request.path);
    if (!match || request.method === 'GET' || failed(request) || !isRecord(request.response)) return [];
    const post = request.response;
    const id = text(post.id) ?? match[1];
    if (!id) return [];
    const body = request.body ?? {};
    const changed = Object.keys(body).filter((key) => key !== 'id');
    const content = text(post.content) ?? '';
    const facts = analyseMarkdown(content);
    const meta = isRecord(post.meta) ? post.meta : {};
    const image = isRecord(post.image) ? post.image : {};
    const after = text(post.status);
    const before = match[1] ? memory.get<string>(statusKey(id)) : 'new';
    const requested = text(body.status);
    const statusOnly = changed.length > 0 && changed.every((key) => key === 'status');
    const data: ContentRef = compact({
      cms: 'demo',
      contentType: 'post',
      id: clip(id, 100),
      title: clip(text(post.title) ?? '', 500),
      slug: text(post.slug) ? clip(text(post.slug)!, 500) : undefined,
      status: after ? clip(after, 40) : undefined,
      excerpt: text(post.excerpt) !== undefined ? clip(text(post.excerpt)!, 5000) : undefined,
      link: text(post.link) ? clip(text(post.link)!, 2000) : undefined,
      categories: texts(post.categories).map((name) => clip(name, 500)),
      tags: texts(post.tags).map((name) => clip(name, 500)),
      featuredImage: text(image.url)
        ? compact({
            url: clip(text(image.url)!, 2000),
            alt: text(image.alt) !== undefined ? clip(text(image.alt)!, 500) : undefined,
          })
        : undefined,
      wordCount: facts.wordCount,
      text: content ? clip(content, 100_000) : undefined,
      blocks: facts.blocks,
      images: facts.images,
      seo: compact({
        title: text(meta.title) !== undefined ? clip(text(meta.title)!, 500) : undefined,
        metaDescription:
          text(meta.description) !== undefined ? clip(text(meta.description)!, 5000) : undefined,
        focusKeyword: text(meta.focusKeyword) !== undefined ? clip(text(meta.focusKeyword)!, 500) : undefined,
      }),
      changed,
    });
    if (after) memory.set(statusKey(id), after);
    const kind = transitionKind(before === 'new' ? 'draft' : before, after, requested, statusOnly);
    return [{ kind, data }];
  },
});
