/**
 * Issue 13, finding 2, on a real WordPress 6.1: a comment approved through the REST API with
 * PATCH — Chromium gives extensions no PATCH body, so what the request did is known only from
 * the page's own copy (the main-world hook) and the derived `comment.moderated` is
 * `unconfirmed`. Témoin's anonymous REST read of the comment then shows it approved: the
 * approval is confirmed and counts. A second PATCH that WordPress refuses (a comment that does
 * not exist) leaves nothing counted.
 *
 * Needs the WordPress test site running (`npm run test:sites`, which also runs this file); it
 * adds its own pending comment, through the public comment form, so it runs on a used site too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationOf, countableEvents } from '../../shared/rules/confirmed.ts';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { type Exam, type ExportedBundle, SUBJECTS, startExam, step } from './support/exam.ts';
import { runningWordpressSite, type WordPressSite } from './support/sites.ts';
import { logIn } from './support/wordpress.ts';

let site: WordPressSite;
let exam: Exam | undefined;
let exported: ExportedBundle | undefined;
let commentId = 0;

/**
 * A visitor's comment, left through wp-comments-post.php: a first comment by an unknown author
 * is held for moderation (comment_previously_approved), and the redirect names it
 * (`unapproved=<id>`).
 */
const leavePendingComment = async (postId: number): Promise<number> => {
  // WordPress refuses a second comment from the same address within 15 s with 429 (its flood
  // check, `wp_check_comment_flood` in wp-includes/comment.php); the site tests that ran just
  // before posted from 127.0.0.1 too. Wait the flood window out and try again.
  for (let attempt = 0; ; attempt += 1) {
    const id = await postComment(postId);
    if (id !== 'flood' || attempt >= 2) {
      if (id === 'flood') throw new Error('no pending comment: 429 (comment flood) three times');
      return id;
    }
    await new Promise((done) => setTimeout(done, 16_000));
  }
};

const postComment = async (postId: number): Promise<number | 'flood'> => {
  const stamp = Date.now();
  const response = await fetch(`${site.url}/wp-comments-post.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      comment_post_ID: String(postId),
      author: `Visiteur ${stamp}`,
      email: `visiteur-${stamp}@example.com`,
      comment: `Vos ateliers sont-ils ouverts le dimanche ? (${stamp})`,
    }).toString(),
  });
  if (response.status === 429) return 'flood';
  const location = response.headers.get('location') ?? '';
  const id = Number(new URL(location, site.url).searchParams.get('unapproved'));
  if (response.status !== 302 || !Number.isInteger(id) || id <= 0)
    throw new Error(`no pending comment: ${response.status} ${location}`);
  return id;
};

beforeAll(async () => {
  site = await runningWordpressSite();
  const post = site.comments.pending[0]?.post ?? site.comments.approved[0]!.post;
  commentId = await leavePendingComment(post);
  exam = await startExam(site.url, SUBJECTS.wordpress);
});
afterAll(async () => {
  await exam?.close();
});

describe('WordPress 6.1 — an approval only the page reported, confirmed by Témoin’s read', () => {
  it('the candidate approves the comment with a REST PATCH, and WordPress applies it', () =>
    step(exam, 'wp-rest-approve', async () => {
      const page = exam!.page;
      await logIn(page, site);
      await page.goto(`${site.url}/wp-admin/edit-comments.php`, { waitUntil: 'domcontentloaded' });
      expect((await fetch(`${site.url}/?rest_route=/wp/v2/comments/${commentId}`)).status).toBe(401);
      const answers = await page.evaluate(async (id: number) => {
        // wp.apiFetch's own way to get a REST nonce for the logged-in user.
        const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
        const patch = (target: number) =>
          fetch(`/?rest_route=/wp/v2/comments/${target}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', 'X-WP-Nonce': nonce },
            body: JSON.stringify({ status: 'approved' }),
          }).then(async (response) => ({ status: response.status, json: await response.json() }));
        return { approved: await patch(id), missing: await patch(999_999) };
      }, commentId);
      expect(answers.approved.status).toBe(200);
      expect(answers.approved.json).toMatchObject({ id: commentId, status: 'approved' });
      expect(answers.missing.status).toBe(404);
      expect((await fetch(`${site.url}/?rest_route=/wp/v2/comments/${commentId}`)).status).toBe(200);
      // Past the end-state read's delay.
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      exported = await exam!.finish('wordpress-confirm');
      expect(exported.parsed.ok ? [] : exported.parsed.problems).toEqual([]);
      expect(exported.chain).toMatchObject({ ok: true });
    }));

  it('records the approval as page-reported, then confirmed by the read of the comment', () => {
    const events = exported!.bundle!.events as CaptureEvent[];
    const patch = events.find(
      (event) =>
        event.kind === 'net.request' &&
        (event.data as { method: string }).method === 'PATCH' &&
        (event.data as { query: Record<string, string> }).query.rest_route === `/wp/v2/comments/${commentId}`,
    );
    expect(patch, 'the browser saw the PATCH').toBeDefined();
    expect(patch!.data).toMatchObject({ bodyFromPage: true, status: 200 });
    const claim = events.find(
      (event) =>
        event.kind === 'comment.moderated' &&
        event.derivedFrom === patch!.id &&
        (event.data as { commentId: string }).commentId === String(commentId),
    );
    expect(claim, 'the approval was derived').toBeDefined();
    expect(claim!.unconfirmed).toBe(true);
    const confirmation = events.find((event) => confirmationOf(event) === claim!.id);
    expect(confirmation, 'Témoin read the comment').toMatchObject({
      kind: 'comment.moderated',
      url: `${site.url}/?rest_route=/wp/v2/comments/${commentId}`,
      data: { commentId: String(commentId), action: 'approve' },
    });
    expect(confirmation!.derivedFrom).toBeUndefined();
    expect(countableEvents(events)).toContain(claim);
  });

  it('counts nothing for the PATCH WordPress refused', () => {
    const events = exported!.bundle!.events as CaptureEvent[];
    expect(
      countableEvents(events).filter(
        (event) =>
          event.kind === 'comment.moderated' && (event.data as { commentId: string }).commentId === '999999',
      ),
    ).toEqual([]);
  });
});
