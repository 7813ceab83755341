/**
 * Menus changed:
 * - classic themes (Astra): `nav-menus.php` form, `action=update`, `menu` (id, `0` for a new
 *   menu), `menu-name`, one `menu-item-title[<id>]` / `menu-item-position[<id>]` per item,
 *   `menu-locations[<location>]`; nav-menu.js also packs the whole form as JSON in
 *   `nav-menu-data` (`[{ name, value }]`), merged over the individual fields (it wins);
 *   theme locations alone: `admin-ajax.php` `action=menu-locations-save`;
 * - block themes (Twenty Twenty-Three): the Navigation block saves a `wp_navigation` post,
 *   `POST /wp-json/wp/v2/navigation/<id>`, whose content lists `navigation-link` blocks.
 */
import { clip, type Fields, failed, integer, isRecord, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';
import { contentHtml, isAdminFile, renderedText, restRoute } from './lib.ts';

/**
 * `nav-menu-data` JSON back into fields, as _wp_expand_nav_menu_post_data does it: each entry is
 * merged over the posted fields in order, so the blob wins over a field of the same name and a
 * later entry over an earlier one.
 */
const unpack = (fields: Fields): Fields => {
  const packed = text(fields['nav-menu-data']);
  if (!packed) return fields;
  try {
    const list = JSON.parse(packed) as unknown;
    if (!Array.isArray(list)) return fields;
    const out: Record<string, unknown> = { ...fields };
    for (const item of list) if (isRecord(item) && typeof item.name === 'string') out[item.name] = item.value;
    return out;
  } catch {
    return fields;
  }
};

const byBracket = (fields: Fields, base: string): [string, unknown][] =>
  Object.entries(fields)
    .map(([key, value]): [string, unknown] | undefined => {
      const match = new RegExp(`^${base}\\[([^\\]]+)\\]$`).exec(key);
      return match ? [match[1]!, value] : undefined;
    })
    .filter((entry): entry is [string, unknown] => !!entry);

const locationsOf = (fields: Fields): Record<string, string> =>
  Object.fromEntries(
    byBracket(fields, 'menu-locations').map(([slot, value]) => [clip(slot, 200), text(value) ?? '0']),
  );

const menusChanged = (changes: Record<string, unknown>): DerivedEvent[] => [
  { kind: 'settings.changed', data: { area: 'menus', changes } },
];

const NAVIGATION_LABEL = /<!--\s*wp:(?:navigation-link|navigation-submenu|home-link)\s+(\{.*?\})\s*\/?-->/g;

export default registerDetector({
  id: 'wordpress.menus',
  adapter: 'wordpress',
  description:
    'Menus saved: nav-menus.php action=update (menu, menu-name, menu-item-title[<id>] in menu-item-position order, menu-locations[…]; the nav-menu-data JSON merged over them), admin-ajax.php menu-locations-save, and block-theme navigation (POST /wp-json/wp/v2/navigation/<id>, navigation-link labels).',
  observes: ['request', 'form'],
  source: {
    product: 'WordPress',
    versions: ['6.1', '6.6'],
    files: [
      'WordPress/gutenberg@7f2588b2467e163507fd6c36a7974987ea0227d6:packages/block-library/src/navigation-link/block.json#L1-L10',
      'WordPress/WordPress@6.1.9:wp-includes/blocks/navigation-link/block.json#L4-L13',
      'WordPress/wordpress-develop@06a6c9087dbd6712b7a3525be92abb7a6aca3634:src/wp-admin/nav-menus.php#L46-L61',
      'WordPress/WordPress@6.1.9:wp-admin/includes/nav-menu.php#L1269-L1302',
      'WordPress/WordPress@6.1.9:wp-admin/js/nav-menu.js#L1070-L1094',
      'WordPress/WordPress@6.1.9:wp-admin/includes/ajax-actions.php#L1929-L1942',
      'WordPress/WordPress@6.1.9:wp-admin/nav-menus.php#L46-L61',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (!submission || failed(submission) || submission.method === 'GET') return [];
    const route = observation.type === 'request' ? restRoute(observation) : undefined;
    if (route && /^\/wp\/v2\/navigation(\/\d+)?$/.test(route)) {
      const response = isRecord(submission.response) ? submission.response : {};
      const html = contentHtml(response.content) ?? contentHtml(submission.fields.content) ?? '';
      const items: string[] = [];
      for (const match of html.matchAll(NAVIGATION_LABEL)) {
        try {
          const attrs = JSON.parse(match[1]!) as { label?: unknown };
          if (typeof attrs.label === 'string' && items.length < 100) items.push(clip(attrs.label, 500));
        } catch {
          // attributes that are not JSON: the label stays unknown
        }
      }
      return menusChanged({
        menuId: text(response.id) ?? route.split('/')[4] ?? 'new',
        menuName: clip(renderedText(response.title) ?? renderedText(submission.fields.title) ?? '', 500),
        items,
      });
    }
    if (isAdminFile(submission.path, 'admin-ajax.php')) {
      if (text(submission.fields.action) !== 'menu-locations-save') return [];
      // wp_die( 1 ) when saved; -1 (no capability) or 0 (nothing posted) is a refusal.
      if (typeof submission.response === 'string' && submission.response.trim() !== '1') return [];
      return menusChanged({ locations: locationsOf(submission.fields) });
    }
    if (!isAdminFile(submission.path, 'nav-menus.php')) return [];
    const fields = unpack(submission.fields);
    const action = text(fields.action) ?? submission.query.action;
    if (action !== 'update') return [];
    const positions = new Map(
      byBracket(fields, 'menu-item-position').map(([id, value]) => [id, integer(value) ?? 0]),
    );
    const items = byBracket(fields, 'menu-item-title')
      .sort(([a], [b]) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0))
      .map(([, title]) => clip(text(title) ?? '', 500))
      .slice(0, 100);
    const changes: Record<string, unknown> = {
      menuId: text(fields.menu) ?? submission.query.menu ?? '0',
      menuName: clip(text(fields['menu-name']) ?? '', 500),
      items,
    };
    const locations = locationsOf(fields);
    if (Object.keys(locations).length) changes.locations = locations;
    if (Object.hasOwn(fields, 'auto-add-pages')) changes.autoAddPages = true;
    return menusChanged(changes);
  },
});
