import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.review-moderation', () => {
  const { observations } = loadFixture('prestashop/moderation-pages.json');
  const results = derivePerObservation(observations, ['prestashop']);

  it('reads an approval from the page its link loads, once', () => {
    expect(results[0]).toEqual([
      { kind: 'comment.moderated', data: { commentId: 'productcomments:3', action: 'approve' } },
    ]);
    expect(results[1]).toEqual([]);
  });

  it('reads a deletion from the link followed and the module page that results', () => {
    expect(results[4]).toEqual([]);
    expect(results[5]).toEqual([
      { kind: 'comment.moderated', data: { commentId: 'productcomments:4', action: 'delete' } },
    ]);
  });

  it('ignores a deletion the module refused (error on the page)', () => {
    expect(results[2]).toEqual([]);
    expect(results[3]).toEqual([]);
  });
});
