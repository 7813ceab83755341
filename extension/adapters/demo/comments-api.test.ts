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

  it('reads the approval a reply to a pending comment asks for in its body, as WordPress does', () => {
    const { observations } = loadFixture('demo/session.json');
    const reply = structuredClone(observations[4]!) as (typeof observations)[number] & {
      body: Record<string, unknown>;
    };
    reply.body = { ...reply.body, approveParent: true };
    const [events] = derivePerObservation([reply], ['demo', 'commerce']);
    expect(events?.map((event) => event.kind)).toEqual(['comment.replied', 'comment.moderated']);
    expect(events?.[1]).toEqual({
      kind: 'comment.moderated',
      data: { commentId: '1', action: 'approve', postId: '1' },
    });
  });

  it('never takes the approval from the answer alone, which the page could forge', () => {
    const { observations } = loadFixture('demo/session.json');
    const reply = structuredClone(observations[4]!) as (typeof observations)[number] & {
      response: Record<string, unknown>;
    };
    reply.response = { ...reply.response, approvedParent: true };
    const [events] = derivePerObservation([reply], ['demo', 'commerce']);
    expect(events?.map((event) => event.kind)).toEqual(['comment.replied']);
  });
});
