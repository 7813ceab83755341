/**
 * Comments approved, unapproved, marked as spam (or not), trashed (or restored), deleted, from
 * the Comments screen:
 * - with JavaScript (the normal case), row actions post to `admin-ajax.php`:
 *   `action=dim-comment&id=<c>&new=approved|unapproved` (wp_ajax_dim_comment toggles the status
 *   and answers `time()` when it already is `new`) and
 *   `action=delete-comment&id=<c>&trash=1|untrash=1|spam=1|unspam=1|delete=1`;
 * - without JavaScript and for bulk actions, GET links: `comment.php?action=approvecomment&c=<c>`
 *   and `edit-comments.php?action=approve&delete_comments[]=<c>`; their redirect names the
 *   comments only for trash and spam (`trashed=1&ids=…`, `spammed=1&ids=…`), so those pages
 *   are read too. GET requests are evidence only if the background passes them.
 */
import { failed, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent, PayloadOf } from '../types.ts';
import { isAdminFile } from './lib.ts';

type Action = PayloadOf<'comment.moderated'>['action'];

const moderated = (commentId: string, action: Action, postId?: string): DerivedEvent => ({
  kind: 'comment.moderated',
  data: { commentId: commentId.slice(0, 100), action, ...(postId ? { postId: postId.slice(0, 100) } : {}) },
});

const DELETE_FLAGS: readonly [string, Action][] = [
  ['trash', 'trash'],
  ['untrash', 'untrash'],
  ['spam', 'spam'],
  ['unspam', 'unspam'],
  ['delete', 'delete'],
];

const LINK_ACTIONS: Readonly<Record<string, Action>> = {
  approvecomment: 'approve',
  unapprovecomment: 'unapprove',
  spamcomment: 'spam',
  unspamcomment: 'unspam',
  trashcomment: 'trash',
  untrashcomment: 'untrash',
  deletecomment: 'delete',
};

const BULK_ACTIONS: Readonly<Record<string, Action>> = {
  approve: 'approve',
  unapprove: 'unapprove',
  spam: 'spam',
  unspam: 'unspam',
  trash: 'trash',
  untrash: 'untrash',
  delete: 'delete',
};

/** `wp_die(-1)` / `wp_die(0)`: refused (nonce, capability) or nothing done. */
const refusedAnswer = (response: unknown) =>
  response === -1 || response === 0 || response === '-1' || response === '0';

/** Redirect parameters that name the comments they acted on. */
const REDIRECT_NAMES: readonly [string, Action][] = [
  ['trashed', 'trash'],
  ['spammed', 'spam'],
];

export default registerDetector({
  id: 'wordpress.comment-moderation',
  adapter: 'wordpress',
  description:
    'Comments approved, unapproved, spammed, unspammed, trashed, restored or deleted: admin-ajax.php dim-comment (id, new) and delete-comment (id, trash|untrash|spam|unspam|delete=1); comment.php?action=*comment&c= and edit-comments.php bulk actions; the trashed/spammed redirect of edit-comments.php.',
  observes: ['request', 'form', 'page'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/wordpress-develop@5c0e3a5818212b0ad261fa4aaf2f4b31dd54398a:src/wp-admin/comment.php#L281-L362',
      'WordPress/wordpress-develop@3a124d83e8000d8e6064904c96d9632e7ae56740:src/wp-admin/includes/ajax-actions.php#L719-L782',
      'WordPress/wordpress-develop@3a124d83e8000d8e6064904c96d9632e7ae56740:src/wp-admin/includes/ajax-actions.php#L979-L1028',
      'WordPress/wordpress-develop@06a6c9087dbd6712b7a3525be92abb7a6aca3634:src/wp-admin/edit-comments.php#L22-L151',
      'WordPress/WordPress@6.1.9:wp-admin/comment.php#L260-L372',
      'WordPress/WordPress@6.1.9:wp-admin/includes/ajax-actions.php#L700-L763',
      'WordPress/WordPress@6.1.9:wp-admin/includes/ajax-actions.php#L960-L1009',
      'WordPress/WordPress@6.1.9:wp-admin/edit-comments.php#L22-L133',
    ],
  },
  detect(observation, context) {
    if (observation.type === 'page') {
      let url: URL;
      try {
        url = new URL(observation.url);
      } catch {
        return [];
      }
      if (!isAdminFile(url.pathname, 'edit-comments.php')) return [];
      const ids = (url.searchParams.get('ids') ?? '').split(',').filter((id) => /^\d+$/.test(id));
      for (const [param, action] of REDIRECT_NAMES)
        if (url.searchParams.get(param)) return ids.map((id) => moderated(id, action));
      return [];
    }
    const submission = submissionOf(observation, context);
    if (!submission || failed(submission) || refusedAnswer(submission.response)) return [];
    const { fields, query, path } = submission;
    if (isAdminFile(path, 'admin-ajax.php')) {
      const action = text(fields.action);
      const id = text(fields.id);
      if (!id) return [];
      if (action === 'dim-comment') {
        const wanted = text(fields.new);
        if (wanted === 'approved') return [moderated(id, 'approve')];
        if (wanted === 'unapproved') return [moderated(id, 'unapprove')];
        return [];
      }
      if (action === 'delete-comment') {
        const flag = DELETE_FLAGS.find(([name]) => text(fields[name]) === '1');
        return flag ? [moderated(id, flag[1])] : [];
      }
      return [];
    }
    if (isAdminFile(path, 'comment.php')) {
      const action = LINK_ACTIONS[query.action ?? text(fields.action) ?? ''];
      const id = query.c ?? text(fields.c);
      return action && id ? [moderated(id, action)] : [];
    }
    if (isAdminFile(path, 'edit-comments.php')) {
      const chosen = [query.action, query.action2, text(fields.action), text(fields.action2)].find(
        (name) => name && BULK_ACTIONS[name],
      );
      if (!chosen) return [];
      const ids = [
        ...texts(fields['delete_comments[]'] ?? fields.delete_comments),
        ...(query['delete_comments[]'] ?? query.delete_comments ?? '').split(','),
      ].filter((id) => /^\d+$/.test(id));
      return [...new Set(ids)].map((id) => moderated(id, BULK_ACTIONS[chosen]!));
    }
    return [];
  },
});
