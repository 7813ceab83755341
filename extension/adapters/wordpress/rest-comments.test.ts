import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('wordpress.rest-comments', () => {
  const { observations } = loadFixture('wordpress/comments.json');
  const results = derivePerObservation(observations, ['wordpress']);

  it('reads status changes, replies and forced deletion', () => {
    expect(results[11]).toEqual([
      { kind: 'comment.moderated', data: { commentId: '14', action: 'approve', postId: '12' } },
    ]);
    expect(results[12]).toEqual([
      {
        kind: 'comment.replied',
        data: { commentId: '16', parentId: '14', postId: '12', text: 'Merci beaucoup pour ce commentaire.' },
      },
    ]);
    expect(results[13]).toEqual([{ kind: 'comment.moderated', data: { commentId: '17', action: 'delete' } }]);
  });
});
