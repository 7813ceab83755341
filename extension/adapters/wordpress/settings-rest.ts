/**
 * Settings saved without a settings screen:
 * - `POST /wp-json/wp/v2/settings` — the site editor (Site Title and Site Tagline blocks of a
 *   block theme such as Twenty Twenty-Three, reading settings of the site editor); REST names
 *   are mapped back to option names (`title` → `blogname`, `description` → `blogdescription`);
 * - the Customizer's Publish (`admin-ajax.php` `action=customize_save`,
 *   `customize_changeset_status=publish`, the dirty values as `customized` JSON
 *   `{ setting_id: value }`, any `customize_changeset_data` `{ setting_id: { value } }` over
 *   them; autosaves carry no status and a refusal answers `success: false`): site
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

/** A posted JSON object, or {} when the field is absent or not a JSON object. */
const jsonRecord = (value: unknown): Record<string, unknown> => {
  const raw = text(value);
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return isRecord(parsed) ? parsed : {};
  } catch {
    return {};
  }
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
    'Settings saved by the site editor (POST /wp-json/wp/v2/settings: title, description, show_on_front, page_on_front, posts_per_page… mapped to option names) and by the Customizer’s Publish (admin-ajax.php customize_save with customize_changeset_status=publish: customized, customize_changeset_data over it; success: false is a refusal).',
  observes: ['request', 'form'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/wordpress-develop@72e274a048de8ce6a202e44a3cc2b9cb1a57b9cb:src/wp-includes/rest-api/endpoints/class-wp-rest-settings-controller.php#L24-L57',
      'WordPress/wordpress-develop@72e274a048de8ce6a202e44a3cc2b9cb1a57b9cb:src/wp-includes/rest-api/endpoints/class-wp-rest-settings-controller.php#L190-L253',
      'WordPress/wordpress-develop@72e274a048de8ce6a202e44a3cc2b9cb1a57b9cb:src/wp-includes/rest-api/endpoints/class-wp-rest-settings-controller.php#L262-L277',
      'WordPress/WordPress@6.1.9:wp-includes/option.php#L2094-L2307',
      'WordPress/WordPress@6.1.9:wp-includes/blocks/site-logo.php#L59-L90',
      'WordPress/WordPress@6.1.9:wp-includes/class-wp-customize-manager.php#L378-L378',
      'WordPress/WordPress@6.1.9:wp-includes/class-wp-customize-manager.php#L1746-L1800',
      'WordPress/WordPress@6.1.9:wp-includes/class-wp-customize-manager.php#L2421-L2608',
      'WordPress/WordPress@6.1.9:wp-includes/class-wp-customize-manager.php#L2709-L2718',
      'WordPress/WordPress@6.1.9:wp-admin/js/customize-controls.js#L546-L625',
      'WordPress/WordPress@6.1.9:wp-admin/js/customize-controls.js#L7429-L7449',
      'WordPress/WordPress@6.1.9:wp-admin/js/customize-controls.js#L7553-L7586',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-settings-controller.php#L36-L58',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-settings-controller.php#L146-L209',
      'WordPress/WordPress@6.1.9:wp-includes/rest-api/endpoints/class-wp-rest-settings-controller.php#L218-L267',
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
    // WordPress refuses with wp_send_json_error: 200 and `success: false` (invalid nonce, a
    // setting that does not validate: the save is transactional, nothing is written).
    if (isRecord(submission.response) && submission.response.success === false) return [];
    // Publish sends the dirty values as `customized` ({ id: value }); changeset data
    // ({ id: { value } }) sent with it is set over them (save_changeset_post).
    const values: Record<string, unknown> = { ...jsonRecord(submission.fields.customized) };
    for (const [setting, entry] of Object.entries(jsonRecord(submission.fields.customize_changeset_data)))
      if (isRecord(entry) && 'value' in entry) values[setting] = entry.value;
    const entries: [string, string, unknown][] = [];
    for (const [setting, value] of Object.entries(values)) {
      const area = CUSTOMIZER_AREAS.find(([pattern]) => pattern.test(setting))?.[1] ?? 'customizer';
      entries.push([area, setting, value]);
    }
    return grouped(entries);
  },
});
