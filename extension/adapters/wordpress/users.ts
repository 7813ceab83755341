/**
 * Users created or given a role — never their password (it is masked by the capture and never
 * read here):
 * - `user-new.php` `action=createuser` (`user_login`, `email`, `first_name`, `last_name`, `role`);
 * - `user-edit.php` `action=update` (`user_id`, `role`);
 * - `users.php` bulk role change (`new_role`, `users[]`, `changeit`);
 * - REST `POST /wp-json/wp/v2/users` (`username`, `roles`) and `/users/<id>` (`roles`);
 *   `/users/me` (the editor's own preferences) is not evidence.
 * Area `users`: the state is the last user touched (a dedicated `user.saved` kind is proposed).
 */
import { clip, failed, isRecord, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';
import { isAdminFile, restRoute } from './lib.ts';

const usersChanged = (changes: Record<string, unknown>): DerivedEvent[] => [
  {
    kind: 'settings.changed',
    data: {
      area: 'users',
      changes: Object.fromEntries(
        Object.entries(changes)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => [key, typeof value === 'string' ? clip(value, 500) : value]),
      ),
    },
  },
];

export default registerDetector({
  id: 'wordpress.users',
  adapter: 'wordpress',
  description:
    'Users created with a role or given a new role: user-new.php action=createuser (user_login, email, role), user-edit.php action=update (user_id, role), users.php bulk new_role, REST POST /wp-json/wp/v2/users[/<id>] (username, roles). Passwords are never read.',
  observes: ['request', 'form'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/wordpress-develop@d1706dae0910654d6f74b62b8cadf07f055e98b9:src/wp-admin/user-new.php#L183-L207',
      'WordPress/wordpress-develop@0cd60380748dddf63db7db051d57b7a68f790151:src/wp-admin/users.php#L111-L169',
      'WordPress/wordpress-develop@021a33ab8a671ee7c15b52c457c3c82321fa4a42:src/wp-admin/includes/user.php#L30-L82',
      'WordPress/wordpress-develop@9100fad8113cdc083ad1d407a5654049a81a7f0b:src/wp-includes/rest-api/endpoints/class-wp-rest-users-controller.php#L54-L162',
      'WordPress/wordpress-develop@9100fad8113cdc083ad1d407a5654049a81a7f0b:src/wp-includes/rest-api/endpoints/class-wp-rest-users-controller.php#L543-L671',
      'WordPress/wordpress-develop@9100fad8113cdc083ad1d407a5654049a81a7f0b:src/wp-includes/rest-api/endpoints/class-wp-rest-users-controller.php#L726-L817',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-users-controller.php#L640-L666',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-users-controller.php#L1000-L1056',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-users-controller.php#L1363-L1371',
      'WordPress/WordPress@6.1.9:wp-admin/user-new.php#L183-L207',
      'WordPress/WordPress@6.1.9:wp-admin/users.php#L108-L167',
      'WordPress/WordPress@6.1.9:wp-admin/includes/user.php#L30-L82',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (!submission || failed(submission) || submission.method === 'GET') return [];
    const { fields, path, query } = submission;
    const route = observation.type === 'request' ? restRoute(observation) : undefined;
    if (route) {
      const match = /^\/wp\/v2\/users(?:\/(\d+))?$/.exec(route);
      if (!match) return [];
      const response = isRecord(submission.response) ? submission.response : {};
      const roles = texts(fields.roles ?? response.roles);
      if (!match[1])
        return usersChanged({
          action: 'created',
          // The answer is in context=edit: `username` is the login; `slug` is the nicename
          // (user_nicename, « jean-dupont » for « jean.dupont »), never the login.
          user_login: text(fields.username) ?? text(response.username),
          role: roles[0] ?? 'subscriber',
        });
      return roles.length ? usersChanged({ action: 'role', user_id: match[1], role: roles[0] }) : [];
    }
    if (isAdminFile(path, 'user-new.php') && (text(fields.action) ?? query.action) === 'createuser')
      return usersChanged({
        action: 'created',
        user_login: text(fields.user_login),
        email: text(fields.email),
        role: text(fields.role),
      });
    if (
      isAdminFile(path, 'user-edit.php') &&
      text(fields.action) === 'update' &&
      text(fields.role) !== undefined
    )
      return usersChanged({
        action: 'role',
        user_id: text(fields.user_id) ?? query.user_id,
        role: text(fields.role),
      });
    if (isAdminFile(path, 'users.php')) {
      const role = text(fields.new_role) ?? query.new_role;
      const ids = texts(fields['users[]'] ?? fields.users);
      if (role && ids.length) return usersChanged({ action: 'role', users: ids.slice(0, 50), role });
    }
    return [];
  },
});
