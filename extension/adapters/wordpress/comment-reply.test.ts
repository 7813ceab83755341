import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('wordpress.comment-reply', () => {
  const { observations } = loadFixture('wordpress/comments.json');
  const results = derivePerObservation(observations, ['wordpress']);

  it('gives the reply text, and approves the parent on « Approve and Reply »', () => {
    expect(results[5]).toEqual([
      {
        kind: 'comment.replied',
        data: {
          commentId: 'reply-to-8@6000',
          parentId: '8',
          postId: '12',
          text: 'Merci Léa pour votre retour ! Nous vous attendons à la boutique samedi.',
        },
      },
      { kind: 'comment.moderated', data: { commentId: '8', action: 'approve', postId: '12' } },
    ]);
  });

  it('takes the new comment id from the XML answer when the capture kept it', () => {
    expect(results[6]).toEqual([
      { kind: 'comment.replied', data: { commentId: '15', parentId: '4', postId: '12', text: 'Merci !' } },
    ]);
  });
});
