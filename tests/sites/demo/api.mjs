// Back-office JSON API, shaped like the WordPress REST API so that Témoin's network
// capture sees what it would see on a real CMS:
//   POST /admin/api/posts                      create (full body)
//   POST /admin/api/posts/<id>                 update; header X-HTTP-Method-Override: PUT
//                                              and a body holding only the changed fields
//   POST /admin/api/comments/<id>/moderate     { action: approve|unapprove|spam|trash }
//   POST /admin/api/comments/<id>/reply        { content, approveParent? }
// Every post response is the full post, every comment response the full comment.
import { HttpError } from './http.mjs';
import { COMPANY } from './seed.mjs';
import { slugify, uniqueSlug } from './text.mjs';

export const POST_STATUSES = ['draft', 'pending', 'publish'];

export function serializePost(ctx, post) {
  return {
    id: post.id,
    date: post.date,
    modified: post.modified,
    slug: post.slug,
    status: post.status,
    link: `${ctx.origin}/blog/${post.slug}`,
    title: post.title,
    excerpt: post.excerpt,
    content: post.content,
    meta: { ...post.meta },
    image: { ...post.image },
    categories: [...post.categories],
    tags: [...post.tags],
  };
}

export function serializeComment(ctx, comment) {
  const post = ctx.data.posts.find((p) => p.id === comment.postId);
  return {
    id: comment.id,
    postId: comment.postId,
    parentId: comment.parentId,
    author: comment.author,
    email: comment.email,
    content: comment.content,
    status: comment.status,
    date: comment.date,
    link: post ? `${ctx.origin}/blog/${post.slug}#comment-${comment.id}` : null,
    post: post ? { id: post.id, title: post.title, slug: post.slug } : null,
  };
}

function invalid(params) {
  const error = new HttpError(400, Object.values(params).join(' '), 'rest_invalid_param');
  error.params = params;
  return error;
}

function readString(body, key, errors, max = 100000) {
  if (!(key in body)) return undefined;
  if (typeof body[key] !== 'string') {
    errors[key] = `« ${key} » doit être une chaîne de caractères.`;
    return undefined;
  }
  return body[key].slice(0, max);
}

function readObject(body, key, fields, errors) {
  if (!(key in body)) return undefined;
  const value = body[key];
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    errors[key] = `« ${key} » doit être un objet.`;
    return undefined;
  }
  const out = {};
  for (const field of fields) {
    const text = readString(value, field, errors, 1000);
    if (text !== undefined) out[field] = text;
  }
  return out;
}

function readList(body, key, errors) {
  if (!(key in body)) return undefined;
  const value = typeof body[key] === 'string' ? body[key].split(',') : body[key];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    errors[key] = `« ${key} » doit être une liste de chaînes.`;
    return undefined;
  }
  return [...new Set(value.map((v) => v.trim()).filter(Boolean))];
}

/**
 * Applies a (possibly partial) post body to `post` and returns the new post. Only keys
 * present in the body change, like a REST PUT on WordPress; nested `meta` and `image`
 * objects are merged field by field. Unknown and read-only keys are ignored.
 */
function applyPostChanges(ctx, post, body) {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw invalid({ body: 'Le corps doit être un objet JSON.' });
  const errors = {};
  const changes = {
    title: readString(body, 'title', errors, 300),
    slug: readString(body, 'slug', errors, 200),
    excerpt: readString(body, 'excerpt', errors, 2000),
    content: readString(body, 'content', errors),
    status: readString(body, 'status', errors, 20),
    meta: readObject(body, 'meta', ['title', 'description', 'focusKeyword'], errors),
    image: readObject(body, 'image', ['url', 'alt'], errors),
    categories: readList(body, 'categories', errors),
    tags: readList(body, 'tags', errors),
  };
  if (changes.status !== undefined && !POST_STATUSES.includes(changes.status)) {
    errors.status = `Statut inconnu « ${changes.status} » (attendu : ${POST_STATUSES.join(', ')}).`;
  }
  if (Object.keys(errors).length) throw invalid(errors);

  const next = structuredClone(post);
  for (const key of ['title', 'excerpt', 'content', 'status', 'categories', 'tags']) {
    if (changes[key] !== undefined) next[key] = changes[key];
  }
  if (changes.meta) Object.assign(next.meta, changes.meta);
  if (changes.image) Object.assign(next.image, changes.image);

  // The slug follows the title until someone sets one, and stays unique across posts.
  if (changes.slug !== undefined || !next.slug) {
    const base = slugify(changes.slug || next.title) || `article-${next.id}`;
    const taken = new Set(ctx.data.posts.filter((p) => p.id !== next.id).map((p) => p.slug));
    next.slug = uniqueSlug(base, taken);
  }
  if (next.status === 'publish' && !next.title.trim()) {
    throw invalid({ title: 'Un article publié doit avoir un titre.' });
  }
  const now = ctx.store.now().toISOString();
  if (next.status === 'publish' && !next.date) next.date = now;
  next.modified = now;
  return next;
}

function emptyPost(id) {
  return {
    id,
    title: '',
    slug: '',
    status: 'draft',
    date: null,
    modified: null,
    excerpt: '',
    content: '',
    meta: { title: '', description: '', focusKeyword: '' },
    image: { url: '', alt: '' },
    categories: [],
    tags: [],
  };
}

function findPost(ctx, id) {
  const post = ctx.data.posts.find((p) => p.id === Number(id));
  if (!post) throw new HttpError(404, 'Article introuvable.', 'rest_post_invalid_id');
  return post;
}

export function listPosts(ctx) {
  const status = ctx.query.get('status');
  const posts = ctx.data.posts.filter((p) => !status || p.status === status);
  ctx.json(
    200,
    posts.map((p) => serializePost(ctx, p)),
  );
}

export function getPost(ctx, { id }) {
  ctx.json(200, serializePost(ctx, findPost(ctx, id)));
}

export async function createPost(ctx) {
  const body = await ctx.readJson();
  // The id is only consumed once the body is valid, so a refused request leaves no gap.
  const draft = emptyPost(ctx.data.counters.post);
  const post = applyPostChanges(ctx, draft, body);
  ctx.store.nextId('post');
  ctx.data.posts.push(post);
  ctx.json(201, serializePost(ctx, post));
}

/** POST + X-HTTP-Method-Override: PUT|PATCH (or a real PUT/PATCH): partial update. */
export async function updatePost(ctx, { id }) {
  const override = String(ctx.req.headers['x-http-method-override'] ?? '').toUpperCase();
  if (override && !['PUT', 'PATCH'].includes(override)) {
    throw new HttpError(405, `Méthode ${override} non prise en charge.`, 'rest_no_route');
  }
  const post = findPost(ctx, id);
  const body = await ctx.readJson();
  const next = applyPostChanges(ctx, post, body);
  ctx.data.posts[ctx.data.posts.indexOf(post)] = next;
  ctx.json(200, serializePost(ctx, next));
}

export const MODERATION_ACTIONS = { approve: 'approved', unapprove: 'pending', spam: 'spam', trash: 'trash' };

function findComment(ctx, id) {
  const comment = ctx.data.comments.find((c) => c.id === Number(id));
  if (!comment) throw new HttpError(404, 'Commentaire introuvable.', 'rest_comment_invalid_id');
  return comment;
}

export function listComments(ctx) {
  const status = ctx.query.get('status');
  const comments = ctx.data.comments.filter((c) => !status || c.status === status);
  ctx.json(
    200,
    comments.map((c) => serializeComment(ctx, c)),
  );
}

export async function moderateComment(ctx, { id }) {
  const comment = findComment(ctx, id);
  const body = await ctx.readJson();
  const status = MODERATION_ACTIONS[body?.action];
  if (!status) {
    throw invalid({ action: `Action inconnue (attendu : ${Object.keys(MODERATION_ACTIONS).join(', ')}).` });
  }
  comment.status = status;
  ctx.json(200, serializeComment(ctx, comment));
}

/** Replies are published at once, under the site's name, and approve a pending parent (as WordPress does). */
export async function replyToComment(ctx, { id }) {
  const parent = findComment(ctx, id);
  const body = await ctx.readJson();
  const content = typeof body?.content === 'string' ? body.content.trim().slice(0, 5000) : '';
  if (!content) throw invalid({ content: 'La réponse ne peut pas être vide.' });
  // Like WordPress (approve_parent): answering a pending comment approves it when asked.
  const approvedParent = body?.approveParent === true && parent.status === 'pending';
  if (approvedParent) parent.status = 'approved';
  const reply = {
    id: ctx.store.nextId('comment'),
    postId: parent.postId,
    parentId: parent.id,
    author: ctx.data.settings.siteTitle,
    email: COMPANY.email,
    content,
    status: 'approved',
    date: ctx.store.now().toISOString(),
  };
  ctx.data.comments.push(reply);
  ctx.json(201, { ...serializeComment(ctx, reply), approvedParent });
}
