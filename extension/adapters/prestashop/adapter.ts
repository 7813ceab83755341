/**
 * PrestaShop (1.7.8 and 8.x): recognised by the `prestashop` object its themes declare inline,
 * the classic theme's stylesheet, `index.php?controller=` front and admin URLs, Symfony admin
 * routes (`/index.php/sell/…`), the back office's body class.
 */
import { registerAdapter } from '../registry.ts';
import type { SiteSignals } from '../types.ts';

export const detectPrestaShop = ({ url, markup }: SiteSignals): number => {
  if (markup?.generator?.some((content) => /prestashop/i.test(content))) return 1;
  if (markup?.globals?.includes('prestashop')) return 0.95;
  if (markup?.bodyClasses?.includes('ps_back-office')) return 0.95;
  let path = '';
  let query = '';
  try {
    const parsed = new URL(url);
    path = parsed.pathname;
    query = parsed.search;
  } catch {
    path = url;
  }
  if (/\/index\.php\/(sell|catalog|configure|improve|modules|product)\//.test(path)) return 0.9;
  if (/[?&]controller=Admin[A-Z]/.test(query)) return 0.9;
  if (markup?.links?.some((link) => /\/themes\/[^/]+\/assets\/css\/theme\.css/.test(link.href))) return 0.8;
  if (/index\.php$/.test(path) && /[?&]controller=[a-z-]+/.test(query)) return 0.6;
  return 0;
};

export default registerAdapter({
  id: 'prestashop',
  label: 'PrestaShop',
  generic: false,
  detectSite: detectPrestaShop,
});
