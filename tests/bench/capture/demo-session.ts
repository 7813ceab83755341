/**
 * The demo site's candidate session (the quick check): admin login; an article typed key by key
 * in the admin editor; 50 clicks; 10+ navigations; filter and sort the 500-product list; add to
 * cart and fill the checkout.
 */
import type { Page } from 'puppeteer-core';
import type { DemoSite } from '../../e2e/support/demo-site.ts';

const CLICKS = 50;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const LEXICON =
  'thé vert infusion jardin annecy récolte printemps arôme feuille théière douceur parfum tasse matin montagne lac saveur fraîcheur sencha matcha oolong rooibos épices cannelle gingembre citron menthe bergamote jasmin vapeur fleur'.split(
    ' ',
  );
export const article = (words: number) => {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(LEXICON[(i * 7 + (i >> 3)) % LEXICON.length]!);
  const sentences: string[] = [];
  for (let i = 0; i < out.length; i += 12) sentences.push(`${out.slice(i, i + 12).join(' ')}.`);
  return sentences;
};

/** Clicks, once more if the page swapped the element meanwhile (the catalogue re-renders). */
const clickFresh = async (page: Page, selector: string) => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await (await page.waitForSelector(selector))!.click();
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(200);
    }
  }
};

/** The scripted candidate; returns the number of full navigations. `beforeUnload` runs before
 * each navigation (rrweb mode pulls its events there). */
export const demoSession = async (
  page: Page,
  site: DemoSite,
  beforeUnload: () => Promise<void>,
  { words: WORDS, keyDelay: KEY_DELAY }: { words: number; keyDelay: number },
) => {
  let navigations = 0;
  const clickAndWait = async (selector: string) => {
    await beforeUnload();
    await Promise.all([page.waitForNavigation(), page.click(selector)]);
  };
  const go = async (path: string) => {
    await beforeUnload();
    await page.goto(`${site.url}${path}`);
    navigations += 1;
  };
  await go('/admin/login');
  await page.type('#username', 'admin');
  await page.type('#password', 'demo-admin');
  await clickAndWait('#loginform [type=submit]');
  navigations += 1;
  await go('/admin/articles/new');
  await page.click('#post-title');
  await page.type('#post-title', 'Le thé vert du lac', { delay: KEY_DELAY });
  await page.click('#post-content');
  await page.type('#post-content', article(WORDS).join(' '), { delay: KEY_DELAY });
  const boxes = await page.$$('input[name=categories]');
  for (let i = 0; i < CLICKS - 2; i += 1) {
    await boxes[i % boxes.length]!.click();
    await sleep(50);
  }
  await page.click('#save-draft');
  await sleep(300);
  await page.click('#save-draft');
  await sleep(300);
  await go('/');
  await go('/blog');
  const post = await page.$eval('main a[href^="/blog/"]', (a) => (a as HTMLAnchorElement).pathname);
  await go(post);
  await go('/produits');
  await page.type('#f-prixMax', '40', { delay: KEY_DELAY });
  await page.select('#f-categorie', 'thes-verts');
  await page.select('#f-tri', 'prix-asc');
  await clickFresh(page, '#filtres button[type=submit]');
  await sleep(800);
  await page.waitForSelector('#f-tri');
  await page.select('#f-tri', 'prix-desc');
  await clickFresh(page, '#filtres button[type=submit]');
  await sleep(800);
  const product = await page.$eval(
    '#product-grid a[href^="/produits/"]',
    (a) => (a as HTMLAnchorElement).pathname,
  );
  await go(product);
  await clickAndWait('#add-to-cart-button');
  navigations += 1;
  await go('/commande');
  for (const [selector, text] of [
    ['#prenom', 'Camille'],
    ['#nom', 'Durand'],
    ['#email', 'camille.durand@example.org'],
    ['#adresse', '12 rue des Lilas 74000 Annecy'],
    ['#cardnumber', '4970 1012 3456 7893'],
    ['#cvc', '837'],
  ] as const) {
    await page.click(selector);
    await page.type(selector, text, { delay: KEY_DELAY });
  }
  await page.click('#accepte_cgv');
  await clickAndWait('#place-order');
  navigations += 1;
  await sleep(1500); // let the last events settle in every mode
  return navigations;
};
