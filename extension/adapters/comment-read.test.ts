import { describe, expect, it } from 'vitest';
import { EVENT_PAYLOADS } from '../../shared/schema/event.ts';
import { commentReadUrl, commentShowsClaim, publicComment } from './comment-read.ts';
import { endStateChecksFor, readEvidence } from './end-state.ts';
import { readFixtureText } from './testing.ts';

const ORIGIN = 'http://127.0.0.1:8081';
const answers = JSON.parse(readFixtureText('wordpress/rest-comment-read.json')) as Record<string, unknown>;
const body = (name: string) => JSON.stringify(answers[name]);

const reply = {
  id: 'evt-reply-000001',
  kind: 'comment.replied',
  url: `${ORIGIN}/wp-admin/edit-comments.php`,
  unconfirmed: true,
  data: {
    commentId: '7',
    parentId: '2',
    text: "Merci pour votre question ! L'eau doit être entre 70 et 80 °C…\nBonne dégustation.",
    postId: '1',
  },
};
const approval = {
  id: 'evt-approve-00001',
  kind: 'comment.moderated',
  url: `${ORIGIN}/wp-admin/edit-comments.php?comment_status=moderated`,
  unconfirmed: true,
  data: { commentId: '3', action: 'approve' },
};

describe('the comment read (anonymous REST) that confirms a page-reported reply or approval', () => {
  it('reads the comment where WordPress is installed, with the query form of the route', () => {
    expect(commentReadUrl(reply, ORIGIN)).toBe(`${ORIGIN}/?rest_route=/wp/v2/comments/7`);
    expect(commentReadUrl({ ...reply, url: `${ORIGIN}/blog/wp-admin/edit-comments.php` }, ORIGIN)).toBe(
      `${ORIGIN}/blog/?rest_route=/wp/v2/comments/7`,
    );
    // A page elsewhere (another origin, the front end) → the origin's root.
    expect(commentReadUrl({ ...reply, url: 'https://evil.example/wp-admin/x' }, ORIGIN)).toBe(
      `${ORIGIN}/?rest_route=/wp/v2/comments/7`,
    );
  });

  it('asks nothing it could not confirm: hiding actions, provisional or odd ids', () => {
    for (const action of ['unapprove', 'spam', 'trash', 'delete'])
      expect(commentReadUrl({ ...approval, data: { commentId: '3', action } }, ORIGIN)).toBeUndefined();
    for (const action of ['approve', 'untrash', 'unspam'])
      expect(commentReadUrl({ ...approval, data: { commentId: '3', action } }, ORIGIN)).toBeDefined();
    expect(commentReadUrl({ ...reply, data: { ...reply.data, commentId: 'reply-to-2@1700' } }, ORIGIN)).toBe(
      undefined,
    );
    expect(commentReadUrl({ ...reply, data: { ...reply.data, commentId: '7/../../users' } }, ORIGIN)).toBe(
      undefined,
    );
    expect(commentReadUrl({ ...reply, kind: 'content.published' }, ORIGIN)).toBeUndefined();
  });

  it('is scheduled only for unconfirmed claims, one per comment and kind', () => {
    expect(endStateChecksFor(reply, [ORIGIN])).toEqual([
      {
        kind: 'comment-read',
        url: `${ORIGIN}/?rest_route=/wp/v2/comments/7`,
        relatesTo: 'evt-reply-000001',
        key: 'comment.replied:7',
        delayMs: 1500,
      },
    ]);
    expect(endStateChecksFor({ ...reply, unconfirmed: false }, [ORIGIN])).toEqual([]);
    expect(endStateChecksFor({ ...approval, data: { commentId: '3', action: 'spam' } }, [ORIGIN])).toEqual(
      [],
    );
  });

  it('parses what WordPress answers, and nothing else', () => {
    expect(publicComment(body('approvedReply'))).toEqual({
      id: '7',
      postId: '1',
      parentId: '2',
      status: 'approved',
      text: 'Merci pour votre question ! L’eau doit être entre 70 et 80 °C… Bonne dégustation.',
    });
    expect(publicComment(body('notReadable'))).toBeNull();
    expect(publicComment(body('missing'))).toBeNull();
    expect(publicComment('<!doctype html><p>not json</p>')).toBeNull();
  });

  it('confirms a reply shown under its parent with its text (typography and spacing aside)', () => {
    const check = endStateChecksFor(reply, [ORIGIN])[0]!;
    const evidence = readEvidence(check, body('approvedReply'), undefined, reply);
    expect(evidence).toMatchObject({
      kind: 'comment.replied',
      relatesTo: 'evt-reply-000001',
      url: `${ORIGIN}/?rest_route=/wp/v2/comments/7`,
      data: { commentId: '7', parentId: '2', postId: '1' },
    });
    expect(EVENT_PAYLOADS['comment.replied'].safeParse(evidence!.data).success).toBe(true);
  });

  it('does not confirm a reply WordPress does not show as claimed', () => {
    const shown = publicComment(body('approvedReply'))!;
    const claim = (data: Partial<typeof reply.data>) => ({ ...reply, data: { ...reply.data, ...data } });
    expect(commentShowsClaim(claim({ parentId: '3' }), shown)).toBe(false); // under another comment
    expect(commentShowsClaim(claim({ commentId: '8' }), shown)).toBe(false); // another comment
    expect(commentShowsClaim(claim({ text: 'Une tout autre réponse, bien plus complète.' }), shown)).toBe(
      false,
    );
    expect(commentShowsClaim(claim({ text: '' }), shown)).toBe(false);
    expect(commentShowsClaim(reply, { ...shown, status: 'hold' })).toBe(false);
    const check = endStateChecksFor(reply, [ORIGIN])[0]!;
    for (const name of ['notReadable', 'missing'])
      expect(readEvidence(check, body(name), undefined, reply)).toBeNull();
    // A read is evidence only for a claim: never without one.
    expect(readEvidence(check, body('approvedReply'), undefined)).toBeNull();
  });

  it('confirms an approval when the comment is public and approved, not when it is hidden', () => {
    const check = endStateChecksFor(approval, [ORIGIN])[0]!;
    expect(readEvidence(check, body('approvedComment'), undefined, approval)).toMatchObject({
      kind: 'comment.moderated',
      relatesTo: 'evt-approve-00001',
      data: { commentId: '3', action: 'approve', postId: '1' },
    });
    expect(readEvidence(check, body('notReadable'), undefined, approval)).toBeNull();
    expect(readEvidence(check, body('approvedReply'), undefined, approval)).toBeNull(); // comment 7, not 3
  });
});
