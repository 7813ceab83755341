/**
 * A comment posted through an article's public form on the demo site: `POST
 * /blog/<slug>/commentaires` (form-encoded `author`, `email`, `comment`); the site answers 303
 * to the article, 422 with the form again when a field is missing. The demo site has no
 * « reply » on its public form: every comment posted there is a new one. Name and e-mail are
 * never kept.
 */
import { redactSecretsInText } from '../../../shared/privacy/sensitive.ts';
import { clip, failed, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';

const COMMENT_FORM = /^\/blog\/([^/]+)\/commentaires\/?$/;

export default registerDetector({
  id: 'demo.comment-form',
  adapter: 'demo',
  description:
    'New comments posted through an article’s public form: POST /blog/<slug>/commentaires {comment}.',
  observes: ['request', 'form'],
  source: {
    product: 'Demo site',
    versions: ['0.1'],
    files: ['tests/sites/demo/pages/public.mjs (postComment)', 'tests/sites/demo/app.mjs (routes)'],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const match = COMMENT_FORM.exec(submission.path);
    const content = text(submission.fields.comment)?.trim();
    if (!match?.[1] || !content) return [];
    const slug = clip(decodeURIComponent(match[1]), 100);
    return [
      {
        kind: 'comment.posted',
        data: {
          commentId: clip(`posted-on-${slug}@${submission.time}`, 100),
          text: clip(redactSecretsInText(content), 100_000),
          postId: slug,
        },
      },
    ];
  },
});
