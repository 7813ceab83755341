/**
 * The site descriptions that `tests/sites/<site>/start.sh` writes (URL, credentials, seeded ids),
 * and a check that the site answers. Paths can be overridden like the start scripts' own knobs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface WordPressSite {
  cms: 'wordpress';
  version: string;
  url: string;
  admin: { user: string; password: string };
  tagline: string;
  commentModeration: number;
  category: { id: number; slug: string };
  posts: Record<string, number>;
  pages: Record<string, number>;
  comments: {
    approved: { id: number; post: number; author: string; text: string }[];
    pending: { id: number; post: number; author: string; text: string }[];
  };
}

export interface EverShopSite {
  cms: 'evershop';
  version: string;
  url: string;
  admin: { email: string; password: string };
  products: { name: string; sku: string; price: number; url_key: string; uuid: string; path: string }[];
  coupon: { code: string; percent: number };
  shippingMethod: { uuid: string; name: string; cost: number };
}

const SITE_FILES = {
  wordpress: process.env.WP_SITE_JSON ?? join(ROOT, 'tests/sites/wordpress/.state/site.json'),
  evershop: process.env.EVERSHOP_SITE_JSON ?? join(ROOT, 'tests/sites/evershop/.state/run/site.json'),
};

const readSite = async <T extends { url: string }>(name: keyof typeof SITE_FILES): Promise<T> => {
  const file = SITE_FILES[name];
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: the ${name} test site is not running. Run \`npm run test:sites\`, or tests/sites/${name}/start.sh before vitest.`,
    );
  const site = JSON.parse(readFileSync(file, 'utf8')) as T;
  const response = await fetch(`${site.url}/`, { redirect: 'manual' }).catch((error: unknown) => {
    throw new Error(`the ${name} test site does not answer at ${site.url}: ${String(error)}`);
  });
  if (response.status >= 500)
    throw new Error(`the ${name} test site answers ${response.status} at ${site.url}`);
  return site;
};

/** The WordPress site as it is (for tests that only look at its screens, like the chip's). */
export const runningWordpressSite = () => readSite<WordPressSite>('wordpress');

/** The WordPress site, checked to be at its seed (the tests approve the pending comment). */
export const wordpressSite = async () => {
  const site = await readSite<WordPressSite>('wordpress');
  const pending = site.comments.pending[0];
  if (pending && (await fetch(`${site.url}/wp-json/wp/v2/comments/${pending.id}`)).status === 200)
    throw new Error(
      'the WordPress test site was already used (its pending comment is approved): reset it with tests/sites/wordpress/start.sh',
    );
  return site;
};
export const evershopSite = () => readSite<EverShopSite>('evershop');
