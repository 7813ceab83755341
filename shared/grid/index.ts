/** The national grid and the catalogues of compétences opérationnelles, one per CMS. */
import type { Catalogue } from '../schema/catalogue.ts';
import type { Cms } from '../schema/common.ts';
import { PRESTASHOP_CATALOGUE } from './catalogue-prestashop.ts';
import { WORDPRESS_CATALOGUE } from './catalogue-wordpress.ts';

export { PRESTASHOP_CATALOGUE } from './catalogue-prestashop.ts';
export { WORDPRESS_CATALOGUE } from './catalogue-wordpress.ts';
export { DEFAULT_GRID } from './e5-grid.ts';

export const CATALOGUES: readonly Catalogue[] = [WORDPRESS_CATALOGUE, PRESTASHOP_CATALOGUE];

/** The session's catalogue for a CMS; `undefined` for `other` (no national catalogue). */
export const catalogueFor = (cms: Cms): Catalogue | undefined =>
  CATALOGUES.find((catalogue) => catalogue.cms === cms);
