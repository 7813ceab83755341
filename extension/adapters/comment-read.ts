/**
 * End-state read of a WordPress comment: what confirms a page-reported reply or approval.
 *
 * Témoin asks the site itself, as an anonymous visitor (no cookie, no nonce), for the comment:
 * `GET <install>/?rest_route=/wp/v2/comments/<id>` (the query form works with and without pretty
 * permalinks). WordPress answers an anonymous reader only for an approved comment on a readable
 * post (`check_read_permission`: `1 === (int) $comment->comment_approved`), with `id`, `post`,
 * `parent`, `status` (`prepare_status_response`: '1' → 'approved') and `content.rendered`; any
 * other comment is a 401 `rest_cannot_read`, a missing one a 404. Sources (docs/sources.md):
 * WordPress/wordpress-develop@d7984d6944197f1b876cdb8d1fbf15cbad3bc79e:src/wp-includes/rest-api/endpoints/class-wp-rest-comments-controller.php
 * #L338-L431 (get_comment, get_item_permissions_check, get_item), #L1039-L1137
 * (prepare_item_for_response, context `view` by default) and #L1249-L1270
 * (prepare_status_response); check_read_permission and get_item_schema (`status` and `post` in
 * the `view` context) come later in the same file, their lines not counted.
 *
 * So an anonymous read can confirm what makes a comment public — a reply (approved when an
 * administrator writes it), an approval, a restore that made it public again — and never what
 * hides one (unapprove, spam, trash, delete): « not readable » is also what a comment that was
 * never public answers, so those claims stay unconfirmed. Reading as the candidate would need
 * their cookies and a REST nonce, i.e. the background acting with the candidate's rights; left out
 * on purpose (docs/adr/0013-threat-model.md).
 */

import { normalise } from '../../shared/rules/text.ts';
import { EVENT_PAYLOADS } from '../../shared/schema/event.ts';
import { jsonValue } from '../../shared/schema/json-value.ts';
import { clip, isRecord, text } from './lib/fields.ts';
import { htmlText } from './lib/html.ts';

/** The kinds a comment read can confirm. */
export const COMMENT_CLAIM_KINDS: readonly string[] = ['comment.replied', 'comment.moderated'];

/** Moderation actions after which the comment is public, so that an anonymous read can show them. */
const MAKES_PUBLIC: readonly string[] = ['approve', 'untrash', 'unspam'];

/**
 * The REST address to read a claimed comment at, or undefined when a public read cannot
 * confirm the claim (an action that hides the comment, an id that is not WordPress's).
 * `pageUrl` is where the candidate acted: the install is what precedes `/wp-admin/` or
 * `/wp-json/` in it (sub-folder installs), else the origin's root.
 */
export const commentReadUrl = (
  claim: { kind: string; data: unknown; url?: string },
  origin: string,
): string | undefined => {
  if (!COMMENT_CLAIM_KINDS.includes(claim.kind) || !isRecord(claim.data)) return undefined;
  const id = text(claim.data.commentId);
  if (!id || !/^\d{1,19}$/.test(id)) return undefined;
  if (claim.kind === 'comment.moderated' && !MAKES_PUBLIC.includes(String(claim.data.action)))
    return undefined;
  let base = `${origin}/`;
  try {
    const page = new URL(claim.url ?? '', origin);
    const at = page.pathname.search(/\/wp-(admin|json)\//);
    if (page.origin === origin && at >= 0) base = `${origin}${page.pathname.slice(0, at)}/`;
  } catch {
    // the origin's root
  }
  return `${base}?rest_route=/wp/v2/comments/${id}`;
};

/** The comment as WordPress showed it to an anonymous reader. */
export interface PublicComment {
  id: string;
  postId?: string;
  parentId: string;
  status: string;
  text: string;
}

/** Parses the REST answer (the fetched body); null when it is not a comment. */
export const publicComment = (body: string): PublicComment | null => {
  const value = jsonValue(body);
  if (!isRecord(value)) return null;
  const id = text(value.id);
  const status = text(value.status);
  if (!id || !status) return null;
  const rendered =
    isRecord(value.content) && typeof value.content.rendered === 'string' ? value.content.rendered : '';
  const postId = text(value.post);
  return {
    id,
    ...(postId && postId !== '0' ? { postId } : {}),
    parentId: text(value.parent) ?? '0',
    status,
    text: htmlText(rendered).trim(),
  };
};

const TOLERANT = { case: true, accents: true, spacing: true, punctuation: true };

/**
 * Whether the comment WordPress shows is the one claimed, in the state claimed: same id,
 * approved; for a reply, under the claimed parent and with the claimed text (WordPress renders
 * it through wpautop and wptexturize, hence the tolerant comparison; a claim longer than the
 * comment shown is not confirmed).
 */
export const commentShowsClaim = (claim: { kind: string; data: unknown }, shown: PublicComment): boolean => {
  if (!isRecord(claim.data) || text(claim.data.commentId) !== shown.id || shown.status !== 'approved')
    return false;
  if (claim.kind === 'comment.moderated') return MAKES_PUBLIC.includes(String(claim.data.action));
  if (claim.kind !== 'comment.replied') return false;
  if (text(claim.data.parentId) !== shown.parentId) return false;
  const claimed = normalise(text(claim.data.text) ?? '', TOLERANT);
  return claimed !== '' && normalise(shown.text, TOLERANT).includes(claimed);
};

/** The state evidence of a confirmed claim: the comment as read, in the claim's own kind. */
export const commentEvidence = (claim: { kind: string; data: unknown }, shown: PublicComment) => {
  const withPost = shown.postId ? { postId: shown.postId } : {};
  if (claim.kind === 'comment.replied')
    return {
      kind: 'comment.replied' as const,
      data: EVENT_PAYLOADS['comment.replied'].parse({
        commentId: shown.id,
        parentId: shown.parentId,
        text: clip(shown.text, 100_000),
        ...withPost,
      }),
    };
  const action = isRecord(claim.data) ? String(claim.data.action) : 'approve';
  return {
    kind: 'comment.moderated' as const,
    data: EVENT_PAYLOADS['comment.moderated'].parse({ commentId: shown.id, action, ...withPost }),
  };
};
