/**
 * Comments moderated or answered in the demo back office: `POST /admin/api/comments/<id>/moderate`
 * `{ action: approve|unapprove|spam|trash }` (answer: the comment with `postId`) and
 * `POST /admin/api/comments/<id>/reply` `{ content, approveParent? }` (answer 201: the reply,
 * `id`, `parentId`, `postId`, `approvedParent`). The back office asks for `approveParent` when
 * the comment answered is pending, as WordPress's approve_parent: the approval is read from that
 * request body, which the browser itself observes, not from the answer a page could forge.
 */
import { redactSecretsInText } from '../../../shared/privacy/sensitive.ts';
import { clip, failed, isRecord, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';
import { COMMENTS_API } from './lib.ts';

const ACTIONS = new Set(['approve', 'unapprove', 'spam', 'trash']);

export default registerDetector({
  id: 'demo.comments-api',
  adapter: 'demo',
  description:
    'Comments moderated (POST /admin/api/comments/<id>/moderate {action}) and replied to (POST /admin/api/comments/<id>/reply {content}) on the demo site.',
  observes: ['request'],
  source: {
    product: 'Demo site',
    versions: ['0.1'],
    files: [
      'tests/sites/demo/api.mjs (moderateComment, replyToComment with approveParent, serializeComment)',
    ],
  },
  detect(request) {
    const match = COMMENTS_API.exec(request.path);
    if (!match || request.method !== 'POST' || failed(request)) return [];
    const [, id, verb] = match as unknown as [string, string, string];
    const response = isRecord(request.response) ? request.response : {};
    const body = request.body ?? {};
    const postId = text(response.postId);
    const withPost = postId ? { postId: clip(postId, 100) } : {};
    if (verb === 'moderate') {
      const action = text(body.action);
      if (!action || !ACTIONS.has(action)) return [];
      return [
        {
          kind: 'comment.moderated',
          data: { commentId: id, action: action as PayloadOf<'comment.moderated'>['action'], ...withPost },
        },
      ];
    }
    const content = (text(response.content) ?? text(body.content))?.trim();
    if (!content) return [];
    const reply = {
      kind: 'comment.replied' as const,
      data: {
        commentId: clip(text(response.id) ?? `reply-to-${id}@${request.time}`, 100),
        parentId: id,
        text: clip(redactSecretsInText(content), 100_000),
        ...withPost,
      },
    };
    if (body.approveParent !== true) return [reply];
    return [reply, { kind: 'comment.moderated', data: { commentId: id, action: 'approve', ...withPost } }];
  },
});
