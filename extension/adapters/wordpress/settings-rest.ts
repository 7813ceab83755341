/**
 * Settings saved without a settings screen:
 * - `POST /wp-json/wp/v2/settings` — the site editor (Site Title and Site Tagline blocks of a
 *   block theme such as Twenty Twenty-Three, reading settings of the site editor); REST names
 *   are mapped back to option names (`title` → `blogname`, `description` → `blogdescription`);
 * - the Customizer (`admin-ajax.php` `action=customize_save`, `customize_changeset_data` JSON
 *   `{ setting_id: { value } }`, published when `customize_changeset_status=publish`): site
 *   identity (`blogname`, `blogdescription`, `custom_logo`, `site_icon`), homepage settings,
 *   menu locations and items, theme options (Astra: `astra-settings[…]`).
 */
import { clip, failed, isRecord, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';
import { isAdminFile, restRoute } from './lib.ts';

/** REST setting → [area, option name] (WP_REST_Settings_Controller / register_initial_settings). */
const REST_SETTINGS: Readonly<Record<string, readonly [string, string]>> = {
  title: ['general', 'blogname'],
  description: ['general', 'blogdescription'],
  url: ['general', 'siteurl'],
  email: ['general', 'admin_email'],
  timezone: ['general', 'timezone_string'],
  date_format: ['general', 'date_format'],
  time_format: ['general', 'time_format'],
  start_of_week: ['general', 'start_of_week'],
  language: ['general', 'WPLANG'],
  site_logo: ['general', 'site_logo'],
  site_icon: ['general', 'site_icon'],
  use_smilies: ['writing', 'use_smilies'],
  default_category: ['writing', 'default_category'],
  default_post_format: ['writing', 'default_post_format'],
  posts_per_page: ['reading', 'posts_per_page'],
  show_on_front: ['reading', 'show_on_front'],
  page_on_front: ['reading', 'page_on_front'],
  page_for_posts: ['reading', 'page_for_posts'],
  default_ping_status: ['discussion', 'default_ping_status'],
  default_comment_status: ['discussion', 'default_comment_status'],
};

const CUSTOMIZER_AREAS: readonly [RegExp, string][] = [
  [/^(blogname|blogdescription|custom_logo|site_icon)$/, 'general'],
  [/^(show_on_front|page_on_front|page_for_posts)$/, 'reading'],
  [/^nav_menu/, 'menus'],
  [/^(sidebars_widgets|widget_)/, 'widgets'],
  [/^astra-settings\[/, 'theme:astra'],
];

const plain = (value: unknown): unknown => {
  if (typeof value === 'string') return clip(value, 5000);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.slice(0, 50).map(plain);
  if (isRecord(value))
    return Object.fromEntries(
      Object.entries(value)
        .slice(0, 50)
        .map(([key, inner]) => [clip(key, 200), plain(inner)]),
    );
  return undefined;
};

const grouped = (entries: readonly [string, string, unknown][]): DerivedEvent[] => {
  const byArea = new Map<string, Record<string, unknown>>();
  for (const [area, name, value] of entries) {
    const changes = byArea.get(area) ?? {};
    changes[clip(name, 200)] = plain(value);
    byArea.set(area, changes);
  }
  return [...byArea].map(([area, changes]) => ({ kind: 'settings.changed', data: { area, changes } }));
};

export default registerDetector({
  id: 'wordpress.settings-rest',
  adapter: 'wordpress',
  description:
    'Settings saved by the site editor (POST /wp-json/wp/v2/settings: title, description, show_on_front, page_on_front, posts_per_page… mapped to option names) and by the Customizer (admin-ajax.php customize_save, customize_changeset_data, when published).',
  observes: ['request', 'form'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/wordpress-develop@72e274a048de8ce6a202e44a3cc2b9cb1a57b9cb:src/wp-includes/rest-api/endpoints/class-wp-rest-settings-controller.php#L24-L57',
      'WordPress/wordpress-develop@72e274a048de8ce6a202e44a3cc2b9cb1a57b9cb:src/wp-includes/rest-api/endpoints/class-wp-rest-settings-controller.php#L190-L253',
      'WordPress/wordpress-develop@72e274a048de8ce6a202e44a3cc2b9cb1a57b9cb:src/wp-includes/rest-api/endpoints/class-wp-rest-settings-controller.php#L262-L277',
    ],
    unlocated: [
      'WordPress/wordpress-develop@6.6.2:src/wp-includes/option.php',
      'WordPress/wordpress-develop@6.6.2:src/wp-includes/class-wp-customize-manager.php',
      'WordPress/wordpress-develop@6.6.2:src/js/_enqueues/wp/customize/controls.js',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (!submission || failed(submission) || submission.method === 'GET') return [];
    const route = observation.type === 'request' ? restRoute(observation) : undefined;
    if (route === '/wp/v2/settings') {
      const entries: [string, string, unknown][] = [];
      for (const [name, value] of Object.entries(submission.fields)) {
        const target = REST_SETTINGS[name];
        if (target) entries.push([target[0], target[1], value]);
      }
      return grouped(entries);
    }
    if (
      !isAdminFile(submission.path, 'admin-ajax.php') ||
      text(submission.fields.action) !== 'customize_save'
    )
      return [];
    // Drafts and autosaves of a changeset are not the site's settings; only a published one is.
    if (text(submission.fields.customize_changeset_status) !== 'publish') return [];
    const raw = text(submission.fields.customize_changeset_data);
    if (!raw) return [];
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return [];
    }
    if (!isRecord(data)) return [];
    const entries: [string, string, unknown][] = [];
    for (const [setting, entry] of Object.entries(data)) {
      const value = isRecord(entry) && 'value' in entry ? entry.value : entry;
      const area = CUSTOMIZER_AREAS.find(([pattern]) => pattern.test(setting))?.[1] ?? 'customizer';
      entries.push([area, setting, value]);
    }
    return grouped(entries);
  },
});
