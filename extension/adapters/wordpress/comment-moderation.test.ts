import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('wordpress.comment-moderation', () => {
  const { observations } = loadFixture('wordpress/comments.json');
  const results = derivePerObservation(observations, ['wordpress']);

  it('reads dim-comment and delete-comment row actions', () => {
    expect(results[0]).toEqual([{ kind: 'comment.moderated', data: { commentId: '4', action: 'approve' } }]);
    expect(results[1]).toEqual([
      { kind: 'comment.moderated', data: { commentId: '3', action: 'unapprove' } },
    ]);
    expect(results[2]).toEqual([{ kind: 'comment.moderated', data: { commentId: '5', action: 'spam' } }]);
    expect(results[3]).toEqual([{ kind: 'comment.moderated', data: { commentId: '6', action: 'trash' } }]);
  });

  it('ignores a refused action (wp_die(-1))', () => {
    expect(results[4]).toEqual([]);
  });

  it('reads GET links, bulk actions and the trash redirect, not a redirect without ids', () => {
    expect(results[7]).toEqual([{ kind: 'comment.moderated', data: { commentId: '9', action: 'approve' } }]);
    expect(results[8]).toEqual([
      { kind: 'comment.moderated', data: { commentId: '10', action: 'approve' } },
      { kind: 'comment.moderated', data: { commentId: '11', action: 'approve' } },
    ]);
    expect(results[9]).toEqual([{ kind: 'comment.moderated', data: { commentId: '13', action: 'trash' } }]);
    expect(results[10]).toEqual([]);
  });
});
