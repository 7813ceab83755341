import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('wordpress.settings-form', () => {
  const { observations } = loadFixture('wordpress/settings.json');
  const results = derivePerObservation(observations, ['wordpress']);

  it('gives the general screen with the tagline and the title', () => {
    expect(results[0]).toHaveLength(1);
    expect(results[0]![0]).toMatchObject({
      kind: 'settings.changed',
      data: {
        area: 'general',
        changes: {
          blogname: 'Les Jardins d’Oléane',
          blogdescription: 'Thés et infusions à Annecy',
          users_can_register: false,
          default_role: 'subscriber',
        },
      },
    });
  });

  it('gives the discussion screen whole, unchecked boxes as false', () => {
    expect(results[1]![0]).toMatchObject({
      data: {
        area: 'discussion',
        changes: {
          comment_moderation: true,
          comment_registration: false,
          close_comments_for_old_posts: false,
          page_comments: false,
          default_comment_status: 'open',
          comment_previously_approved: true,
        },
      },
    });
    expect(results[1]![0]!.data).not.toHaveProperty('changes._wpnonce');
  });

  it('gives the static home page and posts per page of the reading screen', () => {
    expect(results[2]![0]).toMatchObject({
      data: {
        area: 'reading',
        changes: {
          show_on_front: 'page',
          page_on_front: '57',
          page_for_posts: '58',
          posts_per_page: '6',
          blog_public: true,
        },
      },
    });
  });

  it('reads « discourage search engines » from the box and from the radios a plugin may put instead', () => {
    const reading = (blogPublic: Record<string, string>, time: number) => ({
      type: 'request' as const,
      method: 'POST',
      path: '/wp-admin/options.php',
      query: {},
      body: { option_page: 'reading', action: 'update', posts_per_page: '10', ...blogPublic },
      status: 302,
      url: 'http://127.0.0.1:8081/wp-admin/options.php',
      time,
    });
    // One session each: the detector reports a screen only when it changed since the last save.
    const bodies: Record<string, string>[] = [{ blog_public: '0' }, { blog_public: '1' }, {}];
    const saved = bodies.map(
      (blogPublic) =>
        (
          derivePerObservation([reading(blogPublic, 1000)], ['wordpress'])[0]![0]!.data as {
            changes: Record<string, unknown>;
          }
        ).changes.blog_public,
    );
    expect(saved).toEqual([false, true, true]);
  });

  it('maps the privacy page to its option, and reads permalinks and plugin screens', () => {
    expect(results[3]).toEqual([
      { kind: 'settings.changed', data: { area: 'privacy', changes: { wp_page_for_privacy_policy: '3' } } },
    ]);
    expect(results[4]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'permalinks',
          changes: { permalink_structure: '/%postname%/', category_base: '', tag_base: '' },
        },
      },
    ]);
    expect(results[5]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'wpseo_social',
          changes: { 'wpseo_social[facebook_site]': 'https://www.facebook.com/jardinsoleane' },
        },
      },
    ]);
  });
});
