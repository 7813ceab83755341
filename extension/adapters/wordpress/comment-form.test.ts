import { describe, expect, it } from 'vitest';
import { derivePerObservation } from '../testing.ts';

/**
 * The whole form-encoded request a post's public comment form sends (comment_form() in
 * wp-includes/comment-template.php: textarea `comment`, `submit`, hidden `comment_post_ID` and
 * `comment_parent`; `_wp_unfiltered_html_comment` for a logged-in editor; `author`, `email`,
 * `url`, `wp-comment-cookies-consent` for a visitor) and the redirect wp-comments-post.php answers.
 */
const posted = (fields: Record<string, string>, status = 302, time = 5000) => ({
  type: 'request' as const,
  method: 'POST',
  path: '/wp-comments-post.php',
  query: {},
  body: { submit: 'Laisser un commentaire', comment_post_ID: '1', comment_parent: '0', ...fields },
  status,
  url: 'http://127.0.0.1:8081/wp-comments-post.php',
  time,
});

describe('wordpress.comment-form', () => {
  it('gives a new comment (not a reply) when the form has no parent', () => {
    const [events] = derivePerObservation(
      [
        posted({
          comment: 'Bonjour Julien, pour le matcha : eau à 75 °C, 2 g, fouet.',
          _wp_unfiltered_html_comment: 'a1b2c3',
        }),
      ],
      ['wordpress'],
    );
    expect(events).toEqual([
      {
        kind: 'comment.posted',
        data: {
          commentId: 'posted-on-1@5000',
          postId: '1',
          text: 'Bonjour Julien, pour le matcha : eau à 75 °C, 2 g, fouet.',
        },
      },
    ]);
  });

  it('gives a reply when « Répondre » set the parent', () => {
    const [events] = derivePerObservation(
      [posted({ comment: 'Merci Julien !', comment_parent: '2' })],
      ['wordpress'],
    );
    expect(events).toEqual([
      {
        kind: 'comment.replied',
        data: { commentId: 'reply-to-2@5000', parentId: '2', postId: '1', text: 'Merci Julien !' },
      },
    ]);
  });

  it('keeps neither a visitor’s name nor e-mail, and nothing of a refused comment', () => {
    const [visitor, duplicate, empty] = derivePerObservation(
      [
        posted({ comment: 'Très bon thé', author: 'Julien', email: 'julien@example.org', url: '' }),
        posted({ comment: 'Très bon thé' }, 409, 6000),
        posted({ comment: '   ' }, 302, 7000),
      ],
      ['wordpress'],
    );
    expect(JSON.stringify(visitor)).not.toMatch(/julien@example|"Julien"/);
    expect(visitor).toHaveLength(1);
    expect(duplicate).toEqual([]);
    expect(empty).toEqual([]);
  });
});
