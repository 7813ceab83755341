/**
 * Replies to a comment from the Comments screen (« Reply » / « Approve and Reply »):
 * `admin-ajax.php` `action=replyto-comment` with `comment_ID` (the parent), `comment_post_ID`,
 * `content`, and `approve_parent=1` when the parent was pending — WordPress then approves it
 * too. The new comment's id is in the XML answer (`<comment id='…'>`), which the capture keeps
 * only if it reads non-JSON responses; otherwise the reply gets a stable provisional id.
 * WordPress approves the parent only when it was pending and on the same post, and then says so
 * in the answer's supplemental `parent_approved`: when the answer is kept, that decides.
 */
import { redactSecretsInText } from '../../../shared/privacy/sensitive.ts';
import { clip, failed, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';
import { isAdminFile } from './lib.ts';

const NEW_ID = /<response action=['"]replyto-comment_(\d+)['"]|<comment id=['"](\d+)['"]/;

export default registerDetector({
  id: 'wordpress.comment-reply',
  adapter: 'wordpress',
  description:
    'Replies to a comment with their text: admin-ajax.php action=replyto-comment (comment_ID = parent, comment_post_ID, content); approve_parent=1 also approves the parent.',
  observes: ['request', 'form'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/wordpress-develop@3a124d83e8000d8e6064904c96d9632e7ae56740:src/wp-admin/includes/ajax-actions.php#L1305-L1456',
      'WordPress/WordPress@6.1.9:wp-admin/js/edit-comments.js#L1061-L1088',
      'WordPress/WordPress@6.1.9:wp-admin/includes/ajax-actions.php#L1286-L1437',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (!submission || failed(submission) || !isAdminFile(submission.path, 'admin-ajax.php')) return [];
    const { fields } = submission;
    if (text(fields.action) !== 'replyto-comment') return [];
    const parentId = text(fields.comment_ID);
    const content = text(fields.content)?.trim();
    if (!parentId || !content) return [];
    const postId = text(fields.comment_post_ID);
    const answer = typeof submission.response === 'string' ? NEW_ID.exec(submission.response) : null;
    if (typeof submission.response === 'string' && !answer) return []; // wp_die() with an error text
    const commentId = answer?.[1] ?? answer?.[2] ?? `reply-to-${parentId}@${submission.time}`;
    const events: DerivedEvent[] = [
      {
        kind: 'comment.replied',
        data: {
          commentId: clip(commentId, 100),
          parentId: clip(parentId, 100),
          text: clip(redactSecretsInText(content), 100_000),
          ...(postId ? { postId: clip(postId, 100) } : {}),
        },
      },
    ];
    // Without the answer, « Approve and Reply » (offered on pending comments only) is taken at its word.
    const parentApproved =
      typeof submission.response === 'string' ? /<parent_approved>/.test(submission.response) : true;
    if (text(fields.approve_parent) === '1' && parentApproved)
      events.push({
        kind: 'comment.moderated',
        data: {
          commentId: clip(parentId, 100),
          action: 'approve',
          ...(postId ? { postId: clip(postId, 100) } : {}),
        },
      });
    return events;
  },
});
