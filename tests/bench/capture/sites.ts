/**
 * The sites and scripted candidate sessions of the capture benchmark. `demo` is the quick check
 * on the bundled demo site; `wordpress` and `evershop` are the real sites that `npm run
 * test:sites` installs (tests/sites/*), driven with the real-site tests' own helpers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { startDemo } from '../../e2e/support/demo-site.ts';
import { DEMO_ECOMMERCE, DEMO_WORDPRESS } from '../../e2e/support/session.ts';
import { addToCart, placeOrder } from '../../sites-e2e/support/evershop.ts';
import type { EverShopSite, WordPressSite } from '../../sites-e2e/support/sites.ts';
import { ROOT } from '../../sites-e2e/support/sites.ts';
import {
  approveComment,
  openEditor,
  publish,
  replyToComment,
  saveDraft,
  setSlugAndExcerpt,
  submitLogin,
} from '../../sites-e2e/support/wordpress.ts';
import { article, demoSession } from './demo-session.ts';

export type SiteName = 'demo' | 'wordpress' | 'evershop';

export interface SessionOptions {
  words: number;
  keyDelay: number;
}

export interface BenchSite {
  name: SiteName;
  /** The reference origin set in the centre settings. */
  origin: string;
  subject: string;
  /** Where each run lands before measuring starts (later navigations stay in that renderer). */
  landing: string;
  /** Puts the site back to its seed before a run. */
  reset(): Promise<void>;
  /** The candidate; returns the number of full navigations. `beforeUnload` runs before each
   * navigation (the rrweb arm pulls its events there). */
  run(page: Page, beforeUnload: () => Promise<void>, options: SessionOptions): Promise<number>;
  close(): Promise<void>;
}

const readJson = <T>(file: string, hint: string): T => {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
};

/** Runs a site's start script (which resets it to its seed), with the caller's port knobs. */
const runStart = (script: string, env: Record<string, string>) => {
  const result = spawnSync('bash', [join(ROOT, script)], {
    encoding: 'utf8',
    timeout: 240_000,
    env: { ...process.env, ...env },
  });
  if (result.status !== 0)
    throw new Error(`${script} failed (${result.status}): ${(result.stderr ?? '').slice(-2000)}`);
};

const demoSite = async (): Promise<BenchSite> => {
  const site = await startDemo();
  return {
    name: 'demo',
    origin: site.url,
    subject: DEMO_WORDPRESS,
    landing: `${site.url}/`,
    reset: () => site.reset(),
    run: (page, beforeUnload, options) => demoSession(page, site, beforeUnload, options),
    close: () => site.close(),
  };
};

const WP_SITE_JSON = process.env.WP_SITE_JSON ?? join(ROOT, 'tests/sites/wordpress/.state/site.json');

/**
 * WordPress 6.1's block editor, as issue 19 describes the session: log in, type an article (a
 * title, a heading, paragraphs) key by key, save a draft, slug and excerpt, publish, view it,
 * approve a pending comment and reply to another, browse five pages of the site.
 */
const wordpressSite = async (): Promise<BenchSite> => {
  const hint = 'start the site with tests/sites/wordpress/start.sh (installed by `npm run test:sites`)';
  let site = readJson<WordPressSite>(WP_SITE_JSON, hint);
  return {
    name: 'wordpress',
    origin: site.url,
    subject: DEMO_WORDPRESS,
    get landing() {
      return `${site.url}/wp-login.php`;
    },
    async reset() {
      // On the port the site runs on now (start.sh would take its default, another site's).
      runStart('tests/sites/wordpress/start.sh', { WP_PORT: new URL(site.url).port });
      site = readJson<WordPressSite>(WP_SITE_JSON, hint);
    },
    async run(page, beforeUnload, { words, keyDelay }) {
      let navigations = 0;
      const go = async <T>(action: () => Promise<T>) => {
        await beforeUnload();
        navigations += 1;
        return action();
      };
      // logIn lands on wp-login.php again: the landing already did, so fill in and submit here.
      await go(() => submitLogin(page, site, keyDelay));
      await go(() => openEditor(page, site, 'post'));
      await page.click('.editor-post-title__input');
      await page.keyboard.type("L'atelier de Villeurbanne ouvre ses portes", { delay: keyDelay });
      await page.keyboard.press('Enter');
      // Gutenberg's markdown shortcut: "## " at the start of a paragraph makes it a heading.
      await page.keyboard.type('## Un nouvel atelier', { delay: keyDelay });
      await page.keyboard.press('Enter');
      const sentences = article(words);
      for (let i = 0; i < sentences.length; i += 1) {
        await page.keyboard.type(`${sentences[i]} `, { delay: keyDelay });
        if (i % 5 === 4 && i < sentences.length - 1) await page.keyboard.press('Enter');
      }
      await saveDraft(page);
      await setSlugAndExcerpt(
        page,
        'atelier-villeurbanne-ouverture',
        'Notre nouvel atelier ouvre ses portes.',
      );
      const { post } = await publish(page, 'posts');
      await go(() => page.goto(post.link, { waitUntil: 'domcontentloaded' }));
      await go(() => approveComment(page, site, site.comments.pending[0]!.id));
      await go(() =>
        replyToComment(page, site, site.comments.approved[0]!.id, 'Merci beaucoup, à bientôt !'),
      );
      for (const path of [
        '/',
        `/?p=${site.comments.approved[0]!.post}`,
        `/?page_id=${Object.values(site.pages)[0]}`,
        `/?cat=${site.category.id}`,
        `/?page_id=${Object.values(site.pages)[1]}`,
      ])
        await go(() => page.goto(`${site.url}${path}`, { waitUntil: 'domcontentloaded' }));
      await new Promise((resolve) => setTimeout(resolve, 1500)); // let the last events settle
      return navigations;
    },
    close: async () => undefined,
  };
};

const ES_SITE_JSON =
  process.env.EVERSHOP_SITE_JSON ?? join(ROOT, 'tests/sites/evershop/.state/run/site.json');

/** EverShop 2.2: home, two products added to the cart, checkout with Cash on Delivery. */
const evershopSite = async (): Promise<BenchSite> => {
  const site = readJson<EverShopSite>(
    ES_SITE_JSON,
    'start the shop with tests/sites/evershop/start.sh (installed by `npm run test:sites`)',
  );
  return {
    name: 'evershop',
    origin: site.url,
    subject: DEMO_ECOMMERCE,
    landing: `${site.url}/`,
    // Each run has a fresh browser, hence a fresh cart; orders pile up, which changes nothing.
    reset: async () => undefined,
    async run(page, beforeUnload) {
      let navigations = 0;
      const go = async <T>(action: () => Promise<T>) => {
        await beforeUnload();
        navigations += 1;
        return action();
      };
      for (const product of site.products.slice(0, 2)) {
        const added = await go(() => addToCart(page, site, product.url_key));
        if (added.status >= 400) throw new Error(`add to cart answered ${added.status}`);
      }
      const order = await go(() => placeOrder(page, site));
      if (order.status >= 400) throw new Error(`checkout answered ${order.status}`);
      navigations += 1; // the success page
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return navigations;
    },
    close: async () => undefined,
  };
};

export const openSite = (name: SiteName): Promise<BenchSite> =>
  name === 'wordpress' ? wordpressSite() : name === 'evershop' ? evershopSite() : demoSite();
