/**
 * Settings screens saved as classic forms:
 * - `options.php` (`action=update`, `option_page=general|discussion|reading|writing|media|<plugin>`):
 *   WordPress updates every option of the page's allow-list, an absent checkbox becoming
 *   empty — so the event gives the state of the whole screen, unchecked boxes as `false`
 *   (tagline `blogdescription`, title `blogname`, manual approval `comment_moderation`,
 *   `show_on_front`/`page_on_front`, `posts_per_page`…);
 * - `options-privacy.php` (`action=set-privacy-page`, `page_for_privacy_policy` → option
 *   `wp_page_for_privacy_policy`; `action=create-privacy-page` creates a draft page and sets it);
 * - `options-permalink.php` (`selection` / `permalink_structure`, `category_base`, `tag_base`).
 */
import { clip, type Fields, failed, submissionOf, text, texts } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';
import { isAdminFile } from './lib.ts';

/** Allow-lists of `wp-admin/options.php` (5.5+ names; 6.x adds `fulltext_search_enabled`). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  general: [
    'blogname',
    'blogdescription',
    'gmt_offset',
    'date_format',
    'time_format',
    'start_of_week',
    'timezone_string',
    'WPLANG',
    'new_admin_email',
    'siteurl',
    'home',
    'users_can_register',
    'default_role',
  ],
  discussion: [
    'default_pingback_flag',
    'default_ping_status',
    'default_comment_status',
    'comments_notify',
    'moderation_notify',
    'comment_moderation',
    'require_name_email',
    'comment_previously_approved',
    'comment_whitelist',
    'comment_max_links',
    'moderation_keys',
    'disallowed_keys',
    'blacklist_keys',
    'show_avatars',
    'avatar_rating',
    'avatar_default',
    'close_comments_for_old_posts',
    'close_comments_days_old',
    'thread_comments',
    'thread_comments_depth',
    'page_comments',
    'comments_per_page',
    'default_comments_page',
    'comment_order',
    'comment_registration',
    'show_comments_cookies_opt_in',
  ],
  media: [
    'thumbnail_size_w',
    'thumbnail_size_h',
    'thumbnail_crop',
    'medium_size_w',
    'medium_size_h',
    'large_size_w',
    'large_size_h',
    'image_default_size',
    'image_default_align',
    'image_default_link_type',
    'uploads_use_yearmonth_folders',
  ],
  reading: [
    'posts_per_page',
    'posts_per_rss',
    'rss_use_excerpt',
    'show_on_front',
    'page_on_front',
    'page_for_posts',
    'blog_public',
    'fulltext_search_enabled',
  ],
  writing: [
    'default_category',
    'default_email_category',
    'default_link_category',
    'default_post_format',
    'ping_sites',
  ],
};

/** Checkboxes: absent from the form means off (options.php stores an empty value). */
const CHECKBOXES = new Set([
  'users_can_register',
  'default_pingback_flag',
  'comments_notify',
  'moderation_notify',
  'comment_moderation',
  'require_name_email',
  'comment_previously_approved',
  'comment_whitelist',
  'show_avatars',
  'close_comments_for_old_posts',
  'thread_comments',
  'page_comments',
  'comment_registration',
  'show_comments_cookies_opt_in',
  'thumbnail_crop',
  'uploads_use_yearmonth_folders',
]);
/** Checkboxes whose checked value is `open` (unchecked: `closed`). */
const OPEN_CLOSED = new Set(['default_ping_status', 'default_comment_status']);
/** Options only present on some installs or versions: absent means « not on this screen ». */
const OPTIONAL = new Set([
  'WPLANG',
  'new_admin_email',
  'siteurl',
  'home',
  'comment_whitelist',
  'blacklist_keys',
  'disallowed_keys',
  'fulltext_search_enabled',
  'ping_sites',
  'gmt_offset',
]);
const INTERNAL = new Set([
  '_wpnonce',
  '_wp_http_referer',
  'action',
  'option_page',
  'submit',
  'Submit',
  'page_options',
]);

const value = (raw: unknown): unknown => {
  if (Array.isArray(raw)) return texts(raw).map((item) => clip(item, 500));
  const one = text(raw);
  return one === undefined ? undefined : clip(one.trim(), 5000);
};

const screenState = (page: string, fields: Fields): Record<string, unknown> => {
  const changes: Record<string, unknown> = {};
  const allowed = ALLOWED[page];
  if (!allowed) {
    for (const [name, raw] of Object.entries(fields).slice(0, 60)) {
      if (INTERNAL.has(name) || name.startsWith('_')) continue;
      const read = value(raw);
      if (read !== undefined) changes[clip(name, 200)] = read;
    }
    return changes;
  }
  for (const option of allowed) {
    const present = Object.hasOwn(fields, option);
    // The « Discourage search engines » box posts blog_public=0 when ticked and nothing otherwise;
    // a plugin hooking blog_privacy_selector turns it into radios posting 1 or 0.
    if (option === 'blog_public') changes.blog_public = present ? text(fields.blog_public) === '1' : true;
    else if (CHECKBOXES.has(option)) {
      if (present || !OPTIONAL.has(option)) changes[option] = present && text(fields[option]) !== '';
    } else if (OPEN_CLOSED.has(option)) changes[option] = present ? 'open' : 'closed';
    else if (present) changes[option] = value(fields[option]);
  }
  for (const format of ['date_format', 'time_format'])
    if (changes[format] === '\\c\\u\\s\\t\\o\\m' && text(fields[`${format}_custom`]) !== undefined)
      changes[format] = value(fields[`${format}_custom`]);
  return changes;
};

const settings = (area: string, changes: Record<string, unknown>): DerivedEvent[] =>
  Object.keys(changes).length ? [{ kind: 'settings.changed', data: { area: clip(area, 500), changes } }] : [];

export default registerDetector({
  id: 'wordpress.settings-form',
  adapter: 'wordpress',
  description:
    'Settings saved: options.php (option_page general|discussion|reading|writing|media or a plugin page; the whole screen, unchecked boxes false), options-privacy.php (set-privacy-page → wp_page_for_privacy_policy, create-privacy-page) and options-permalink.php (permalink_structure, category_base, tag_base).',
  observes: ['request', 'form'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/wordpress-develop@74f4bf734943ac4cf4a2e4d40f270aef608afc86:src/wp-admin/options.php#L89-L156',
      'WordPress/wordpress-develop@74f4bf734943ac4cf4a2e4d40f270aef608afc86:src/wp-admin/options.php#L237-L263',
      'WordPress/wordpress-develop@429ac07f8712a91bcc8fb557d3b1554f87e96a47:src/wp-admin/options-privacy.php#L50-L55',
      'WordPress/wordpress-develop@d490fc06fe82e4f359f3b06e47b32878dc833ca9:src/wp-admin/options-permalink.php#L101-L147',
      'WordPress/wordpress-develop@0182bb391154bce449fded49704e98004f93ecd4:src/wp-admin/options-reading.php#L62-L207',
      'WordPress/wordpress-develop@0251d5fae5745868f72238005335609ab207f1cb:src/wp-admin/options-discussion.php#L42-L235',
      'WordPress/WordPress@6.1.9:wp-admin/options.php#L89-L157',
      'WordPress/WordPress@6.1.9:wp-admin/options.php#L235-L352',
      'WordPress/WordPress@6.1.9:wp-admin/options-reading.php#L63-L219',
      'WordPress/WordPress@6.1.9:wp-admin/options-discussion.php#L42-L329',
      'WordPress/WordPress@6.1.9:wp-admin/options-privacy.php#L50-L56',
      'WordPress/WordPress@6.1.9:wp-admin/options-permalink.php#L101-L147',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    const { fields, path } = submission;
    if (isAdminFile(path, 'options.php')) {
      if (text(fields.action) !== 'update') return [];
      const page = text(fields.option_page) ?? 'options';
      return settings(page, screenState(page, fields));
    }
    if (isAdminFile(path, 'options-privacy.php')) {
      const action = text(fields.action);
      if (action === 'set-privacy-page')
        return settings('privacy', {
          wp_page_for_privacy_policy: text(fields.page_for_privacy_policy) ?? '0',
        });
      if (action === 'create-privacy-page')
        return settings('privacy', { wp_page_for_privacy_policy: 'new', createdPrivacyPage: true });
      return [];
    }
    if (isAdminFile(path, 'options-permalink.php')) {
      const selection = text(fields.selection);
      const structure = selection && selection !== 'custom' ? selection : text(fields.permalink_structure);
      return settings(
        'permalinks',
        Object.fromEntries(
          [
            ['permalink_structure', structure],
            ['category_base', text(fields.category_base)],
            ['tag_base', text(fields.tag_base)],
          ].filter(([, inner]) => inner !== undefined) as [string, string][],
        ),
      );
    }
    return [];
  },
});
