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
});
