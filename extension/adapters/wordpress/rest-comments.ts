/**
 * Comments moderated or answered through the REST API (block themes' comment tools, apps):
 * `POST /wp-json/wp/v2/comments/<id>` with `status` (handle_status_param: approved|approve|1,
 * hold|0, spam, unspam, trash, untrash),
 * `DELETE /wp-json/wp/v2/comments/<id>` (trash, or delete with `force=true`), and
 * `POST /wp-json/wp/v2/comments` with `parent` (a reply).
 */
import { clip, failed, isRecord, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent, PayloadOf } from '../types.ts';
import { renderedText, restRoute } from './lib.ts';

const STATUS_ACTIONS: Readonly<Record<string, PayloadOf<'comment.moderated'>['action']>> = {
  approved: 'approve',
  approve: 'approve',
  '1': 'approve',
  hold: 'unapprove',
  '0': 'unapprove',
  spam: 'spam',
  unspam: 'unspam',
  trash: 'trash',
  untrash: 'untrash',
};

export default registerDetector({
  id: 'wordpress.rest-comments',
  adapter: 'wordpress',
  description:
    'Comments moderated or replied to through REST: POST /wp-json/wp/v2/comments/<id> {status}, DELETE /wp-json/wp/v2/comments/<id>[?force=true], POST /wp-json/wp/v2/comments {parent, content}.',
  observes: ['request'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/wordpress-develop@d7984d6944197f1b876cdb8d1fbf15cbad3bc79e:src/wp-includes/rest-api/endpoints/class-wp-rest-comments-controller.php#L32-L115',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-comments-controller.php#L46-L115',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-comments-controller.php#L951-L1027',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-comments-controller.php#L1706-L1741',
    ],
  },
  detect(request) {
    const route = restRoute(request);
    const match = route ? /^\/wp\/v2\/comments(?:\/(\d+))?$/.exec(route) : null;
    if (!match || failed(request) || request.method === 'GET') return [];
    const body = request.body ?? {};
    const response = isRecord(request.response) ? request.response : {};
    const postId = text(response.post) ?? text(body.post);
    const withPost = postId ? { postId: clip(postId, 100) } : {};
    const id = match[1];
    if (id) {
      if (request.method === 'DELETE') {
        const action = request.query.force === 'true' || request.query.force === '1' ? 'delete' : 'trash';
        return [{ kind: 'comment.moderated', data: { commentId: id, action, ...withPost } }];
      }
      const action = STATUS_ACTIONS[text(body.status) ?? ''];
      return action ? [{ kind: 'comment.moderated', data: { commentId: id, action, ...withPost } }] : [];
    }
    const parentId = text(body.parent) ?? text(response.parent);
    if (!parentId || parentId === '0') return [];
    const content = renderedText(response.content) ?? renderedText(body.content);
    if (!content?.trim()) return [];
    const newId = text(response.id) ?? `reply-to-${parentId}@${request.time}`;
    const event: DerivedEvent = {
      kind: 'comment.replied',
      data: {
        commentId: clip(newId, 100),
        parentId: clip(parentId, 100),
        text: clip(content.trim(), 100_000),
        ...withPost,
      },
    };
    return [event];
  },
});
