import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('demo.comments-api', () => {
  it('reads a moderation and a reply with its text', () => {
    const { observations } = loadFixture('demo/session.json');
    const results = derivePerObservation(observations, ['demo', 'commerce']);
    expect(results[3]).toEqual([
      { kind: 'comment.moderated', data: { commentId: '2', action: 'approve', postId: '1' } },
    ]);
    expect(results[4]).toEqual([
      {
        kind: 'comment.replied',
        data: {
          commentId: '4',
          parentId: '1',
          text: 'Merci Camille, à très bientôt à la boutique !',
          postId: '1',
        },
      },
    ]);
  });
});
