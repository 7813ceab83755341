/**
 * A comment posted through a post's public form (`wp-comments-post.php`, form-encoded, as the
 * logged-in candidate or anyone): `comment_post_ID`, `comment` (the text), `comment_parent`
 * (0 for a new comment, the parent's id for « Répondre » under a comment), `author`/`email`/`url`
 * for visitors — never kept. WordPress answers with a redirect to the comment (`#comment-<id>`)
 * and, on an error (duplicate, flood, empty), with `wp_die()` and a 4xx status.
 * (wp_handle_comment_submission in wp-includes/comment.php reads comment_post_ID, author, email,
 * url, comment, comment_parent and _wp_unfiltered_html_comment from the posted fields.)
 * With a parent it is a reply, as from the Comments screen; without, a new comment: candidates
 * sometimes answer an internaut this way, which a rule may read with `orKinds`.
 */
import { redactSecretsInText } from '../../../shared/privacy/sensitive.ts';
import { clip, failed, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';

export default registerDetector({
  id: 'wordpress.comment-form',
  adapter: 'wordpress',
  description:
    'Comments posted through the public form: POST wp-comments-post.php (comment_post_ID, comment, comment_parent); a parent makes it a reply, none a new comment.',
  observes: ['request', 'form'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/wordpress-develop@3714359130b973d54a75958c9fbfcf1aee4eb653:src/wp-comments-post.php#L8-L80',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    if (!/(?:^|\/)wp-comments-post\.php$/.test(submission.path)) return [];
    const { fields } = submission;
    const content = text(fields.comment)?.trim();
    const postId = text(fields.comment_post_ID);
    if (!content || !postId) return [];
    const parentId = text(fields.comment_parent);
    const withPost = { postId: clip(postId, 100) };
    const body = clip(redactSecretsInText(content), 100_000);
    if (parentId && parentId !== '0')
      return [
        {
          kind: 'comment.replied',
          data: {
            commentId: clip(`reply-to-${parentId}@${submission.time}`, 100),
            parentId: clip(parentId, 100),
            text: body,
            ...withPost,
          },
        },
      ];
    return [
      {
        kind: 'comment.posted',
        data: { commentId: clip(`posted-on-${postId}@${submission.time}`, 100), text: body, ...withPost },
      },
    ];
  },
});
