import { describe, expect, it } from 'vitest';
import { derivePerObservation } from '../testing.ts';

/** The demo site's public comment form (tests/sites/demo/pages/public.mjs, postComment). */
const posted = (status: number, comment: string) => ({
  type: 'request' as const,
  method: 'POST',
  path: '/blog/bien-infuser-un-the-vert/commentaires',
  query: {},
  body: { author: 'Les Jardins d’Oléane', email: 'contact@oleane.example', comment },
  status,
  url: 'http://127.0.0.1:3000/blog/bien-infuser-un-the-vert/commentaires',
  time: 4000,
});

describe('demo.comment-form', () => {
  it('gives a new comment on the article, without the author’s e-mail', () => {
    const [events] = derivePerObservation([posted(303, 'Bonjour Julien, 75 °C et un fouet.')], ['demo']);
    expect(events).toEqual([
      {
        kind: 'comment.posted',
        data: {
          commentId: 'posted-on-bien-infuser-un-the-vert@4000',
          postId: 'bien-infuser-un-the-vert',
          text: 'Bonjour Julien, 75 °C et un fouet.',
        },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain('contact@oleane.example');
  });

  it('gives nothing when the site refuses the form (422)', () => {
    expect(derivePerObservation([posted(422, 'Bonjour')], ['demo'])).toEqual([[]]);
  });
});
