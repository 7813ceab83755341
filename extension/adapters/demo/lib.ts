/** Paths of the demo site (tests/sites/demo/app.mjs routes). */
export const DEMO_SOURCE = 'tests/sites/demo';

/** `/admin/api/posts`, `/admin/api/posts/12`. */
export const POSTS_API = /^\/admin\/api\/posts(?:\/(\d+))?\/?$/;
/** `/admin/api/comments/4/moderate`, `/admin/api/comments/4/reply`. */
export const COMMENTS_API = /^\/admin\/api\/comments\/(\d+)\/(moderate|reply)\/?$/;
