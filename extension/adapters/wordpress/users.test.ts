import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('wordpress.users', () => {
  const { observations } = loadFixture('wordpress/menus-users-media.json');
  const results = derivePerObservation(observations, ['wordpress']);

  it('gives the created user and role, never a password', () => {
    expect(results[4]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'users',
          changes: { action: 'created', user_login: 'camille', email: 'camille@example.org', role: 'editor' },
        },
      },
    ]);
    expect(JSON.stringify(results[4])).not.toMatch(/pass/);
  });

  it('ignores the editor saving its own preferences', () => {
    expect(results[5]).toEqual([]);
  });

  it('takes a REST-created user’s login from the answer’s username (context=edit), not its slug', () => {
    // create_item answers with context=edit: `username` is user_login, `slug` is user_nicename.
    expect(observations[10]).toMatchObject({ response: { username: 'jean.dupont', slug: 'jean-dupont' } });
    expect(results[10]).toEqual([
      {
        kind: 'settings.changed',
        data: { area: 'users', changes: { action: 'created', user_login: 'jean.dupont', role: 'author' } },
      },
    ]);
  });
});
