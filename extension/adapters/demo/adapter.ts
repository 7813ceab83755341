/**
 * The bundled demo reference site (tests/sites/demo, « Les Jardins d’Oléane »): a JSON API
 * shaped like WordPress's for articles and comments, classic forms for the shop and its back
 * office. Usually configured explicitly; recognised by its stylesheets and API paths.
 */
import { registerAdapter } from '../registry.ts';
import type { SiteSignals } from '../types.ts';

export const detectDemo = ({ url, markup }: SiteSignals): number => {
  if (markup?.links?.some((link) => /\/assets\/(site|admin)\.css$/.test(link.href))) return 0.7;
  return /\/admin\/api\/(posts|comments)\b/.test(url) ? 0.7 : 0;
};

export default registerAdapter({
  id: 'demo',
  label: 'Site de démonstration',
  generic: false,
  detectSite: detectDemo,
});
