/**
 * WordPress (6.x, block editor; Astra, Spectra and Yoast SEO on exam sites): recognised by its
 * generator meta, its REST API link, its admin and REST paths, its admin body classes.
 */
import { registerAdapter } from '../registry.ts';
import type { SiteSignals } from '../types.ts';

export const detectWordPress = ({ url, markup }: SiteSignals): number => {
  if (markup?.generator?.some((content) => /^WordPress\b/i.test(content))) return 1;
  if (markup?.links?.some((link) => link.rel === 'https://api.w.org/')) return 0.95;
  if (markup?.bodyClasses?.some((cls) => cls === 'wp-admin' || cls === 'wp-core-ui')) return 0.95;
  let path = '';
  try {
    const parsed = new URL(url);
    path = parsed.pathname + parsed.search;
  } catch {
    path = url;
  }
  if (/\/wp-(admin|json|login\.php)\b|[?&]rest_route=/.test(path)) return 0.9;
  if (markup?.links?.some((link) => /\/wp-(content|includes)\//.test(link.href))) return 0.8;
  if (markup?.globals?.some((name) => name === 'wpApiSettings' || name === 'wp')) return 0.6;
  return 0;
};

export default registerAdapter({
  id: 'wordpress',
  label: 'WordPress',
  generic: false,
  detectSite: detectWordPress,
});
