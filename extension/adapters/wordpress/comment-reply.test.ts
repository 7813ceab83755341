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

  it('approves the parent only when the answer says WordPress did (a parent already approved is left as is)', () => {
    const reply = (time: number, response: string) => ({
      type: 'request' as const,
      method: 'POST',
      path: '/wp-admin/admin-ajax.php',
      query: {},
      body: {
        action: 'replyto-comment',
        comment_ID: '8',
        comment_post_ID: '12',
        content: 'Merci',
        approve_parent: '1',
      },
      status: 200,
      response,
      url: 'http://127.0.0.1:8081/wp-admin/admin-ajax.php',
      time,
    });
    const answer = (id: number, supplemental: string) =>
      `<?xml version='1.0' encoding='UTF-8' standalone='yes'?><wp_ajax><response action='replyto-comment_${id}'><comment id='${id}' position='-1'><response_data><![CDATA[<tr id="comment-${id}"></tr>]]></response_data><supplemental>${supplemental}</supplemental></comment></response></wp_ajax>`;
    const counts = '<in_moderation><![CDATA[0]]></in_moderation>';
    const [alreadyApproved, approvedNow] = derivePerObservation(
      [
        reply(1000, answer(16, counts)),
        reply(
          2000,
          answer(
            17,
            `${counts}<parent_approved><![CDATA[8]]></parent_approved><parent_post_id><![CDATA[12]]></parent_post_id>`,
          ),
        ),
      ],
      ['wordpress'],
    );
    expect(alreadyApproved!.map((event) => event.kind)).toEqual(['comment.replied']);
    expect(approvedNow!.map((event) => event.kind)).toEqual(['comment.replied', 'comment.moderated']);
  });
});
