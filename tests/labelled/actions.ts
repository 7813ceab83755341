/**
 * What each variant of the labelled set does on the demo site, as a candidate: typing in the
 * back office and the shop, writing notes in the overlay. Texts are written for the variant's
 * quality (an annex pasted as is, a reformulation, a near miss…), never tuned to the rules.
 */
import type { Page } from 'puppeteer-core';
import {
  approveComment,
  logIn,
  publishArticle,
  replyToComment,
  saveSettings,
} from '../e2e/support/candidate.ts';
import {
  addToCart,
  applyVoucher,
  createVoucher,
  openProductPage,
  type ProductSheet,
  saveProduct,
  type VoucherForm,
} from '../e2e/support/shopper.ts';
import { ANNEX_ARTICLE, FULL_ARTICLE, PLAIN_ARTICLE } from './texts.ts';

type Act = (page: Page, site: string) => Promise<void>;
const overlay = (selector: string) => `temoin-overlay >>> ${selector}`;

export const set = async (page: Page, selector: string, value: string) => {
  await page.$eval(
    selector,
    (node, text) => {
      const field = node as HTMLInputElement | HTMLTextAreaElement;
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    },
    value,
  );
};

/** Writes a note for a question in the overlay, then leaves the page (which flushes it). */
export const writeNote = async (page: Page, site: string, questionId: string, text: string) => {
  if (!page.url().startsWith(site)) await page.goto(`${site}/`);
  const item = `[data-testid=question-item][data-question-id=${questionId}]`;
  const notes = overlay(`${item} [data-testid=question-notes]`);
  const toggle = overlay(`${item} [data-testid=question-toggle]`);
  await page.waitForSelector(toggle, { timeout: 15_000 });
  const open = await page.$eval(toggle, (node) => node.getAttribute('aria-expanded') === 'true');
  if (!open) await page.click(toggle);
  await page.waitForSelector(notes, { visible: true, timeout: 15_000 });
  await page.click(notes);
  await set(page, notes, text);
  await page.type(notes, ' ');
  await page.waitForSelector(overlay(`${item} [data-testid=question-notes-state]`), { timeout: 15_000 });
  await new Promise((resolve) => setTimeout(resolve, 1_200));
  await page.goto(`${site}/`);
};

/** Edits an existing article in the back office and publishes (updates) it. */
export const editArticle = async (page: Page, site: string, id: number, fields: Record<string, string>) => {
  await page.goto(`${site}/admin/articles/${id}`);
  for (const [selector, value] of Object.entries(fields)) await set(page, selector, value);
  await page.click('#publish');
  await page.waitForFunction(
    () => document.querySelector('#editor-message')?.textContent?.includes('publié') ?? false,
    { polling: 100, timeout: 15_000 },
  );
};

export const META_OK =
  'Découvrez nos six thés verts bio de printemps, leurs repères d’infusion et notre atelier de dégustation gratuit à Annecy.';
const META_99 =
  'Nos thés verts bio de printemps arrivent à Annecy : découvrez-les en boutique et sur le site web.';
export const FULL_FIELDS = {
  title: 'Thé vert bio : la récolte de printemps arrive à Annecy',
  slug: 'the-vert-bio-printemps',
  excerpt: 'Six thés verts bio de première récolte, leurs repères d’infusion et un atelier gratuit.',
  content: FULL_ARTICLE,
  metaTitle: 'Thé vert bio de printemps | Les Jardins d’Oléane',
  metaDescription: META_OK,
  focusKeyword: 'thé vert bio',
  imageUrl: '/images/the-vert.svg',
  imageAlt: 'Bannière verte des thés verts bio de la récolte de printemps',
};

export const categorise = async (page: Page, tags: string) => {
  await page.click('#post-category-1'); // Nouveautés
  await set(page, '#post-tags', tags);
};

export const publishWithTaxonomy = async (
  page: Page,
  site: string,
  fields: typeof FULL_FIELDS,
  tags: string,
) => {
  await page.goto(`${site}/admin/articles/new`);
  for (const [key, selector] of Object.entries(FIELD_IDS)) {
    const value = fields[key as keyof typeof fields];
    if (value) await set(page, selector, value);
  }
  await categorise(page, tags);
  await page.click('#publish');
  await page.waitForFunction(
    () => document.querySelector('#editor-message')?.textContent?.includes('publié') ?? false,
    { polling: 100, timeout: 15_000 },
  );
};

export const FIELD_IDS: Record<keyof typeof FULL_FIELDS, string> = {
  title: '#post-title',
  slug: '#post-slug',
  excerpt: '#post-excerpt',
  content: '#post-content',
  metaTitle: '#post-meta-title',
  metaDescription: '#post-meta-description',
  focusKeyword: '#post-focus-keyword',
  imageUrl: '#post-image-url',
  imageAlt: '#post-image-alt',
};

const MATCHA_REPLY =
  'Bonjour Julien, merci pour votre question ! Pour le matcha, utilisez une eau à 70-80 °C, jamais bouillante, et environ 2 g de poudre pour 7 cl. Fouettez vivement au fouet en bambou, en zigzag, jusqu’à obtenir une mousse fine. Belle dégustation !';
const GENERIC_REPLY =
  'Bonjour Julien, merci pour votre message sur le matcha. C’est une excellente question, n’hésitez pas à passer nous voir en boutique pour en discuter avec l’équipe !';

const RGPD_NOTE =
  'Recommandation RGPD : sous le formulaire de commentaire, il faut informer l’internaute de l’usage de ses données personnelles (finalité, durée de conservation des adresses e-mail, droits d’accès et de suppression) et renvoyer vers la politique de confidentialité, publiée et à jour. Les adresses e-mail des commentateurs ne doivent pas être conservées au-delà de trois ans.';

export const WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-none': async () => {},
  'article-draft': async (page, site) => {
    await page.goto(`${site}/admin/articles/new`);
    await set(page, '#post-title', 'Thé vert bio : la récolte de printemps');
    await set(page, '#post-content', PLAIN_ARTICLE);
    await page.click('#save-draft');
    await page.waitForFunction(
      () => document.querySelector('#editor-message')?.textContent?.includes('Brouillon') ?? false,
      { polling: 100, timeout: 15_000 },
    );
  },
  'article-short': (page, site) =>
    publishArticle(page, site, {
      title: 'Nouveautés du printemps',
      content:
        'Nos nouveaux thés sont arrivés en boutique. Venez les découvrir à Annecy, ils sont très bons.',
    }),
  'article-copied': (page, site) =>
    publishArticle(page, site, {
      title: 'Thé vert bio thé vert bio printemps',
      content: ANNEX_ARTICLE,
      metaDescription:
        'thé vert bio thé vert bio thé vert bio thé vert bio thé vert bio thé vert bio achat thé vert bio pas cher bio',
      focusKeyword: 'thé vert bio',
      imageUrl: '/images/the-vert.svg',
      imageAlt: 'image',
    }),
  'article-plain': (page, site) =>
    publishArticle(page, site, {
      title: FULL_FIELDS.title,
      slug: FULL_FIELDS.slug,
      content: PLAIN_ARTICLE,
      metaDescription: META_OK,
      focusKeyword: 'thé vert bio',
    }),
  'article-near': (page, site) =>
    publishWithTaxonomy(page, site, { ...FULL_FIELDS, metaDescription: META_99 }, ''),
  'article-full': (page, site) => publishWithTaxonomy(page, site, FULL_FIELDS, 'thé vert, printemps, bio'),
  'article-full-draft-first': async (page, site) => {
    await page.goto(`${site}/admin/articles/new`);
    await set(page, '#post-title', FULL_FIELDS.title);
    await set(page, '#post-content', PLAIN_ARTICLE);
    await page.click('#save-draft');
    await page.waitForFunction(
      () => document.querySelector('#editor-message')?.textContent?.includes('Brouillon') ?? false,
      { polling: 100, timeout: 15_000 },
    );
    for (const [key, selector] of Object.entries(FIELD_IDS))
      await set(page, selector, FULL_FIELDS[key as keyof typeof FULL_FIELDS]);
    await categorise(page, 'thé vert, printemps, bio');
    await page.click('#publish');
    await page.waitForFunction(
      () => document.querySelector('#editor-message')?.textContent?.includes('publié') ?? false,
      { polling: 100, timeout: 15_000 },
    );
  },

  'comments-none': async () => {},
  'comments-approve': (page, site) => approveComment(page, site, 'Julien'),
  'comments-thanks': (page, site) => replyToComment(page, site, 'Julien', 'Merci Julien !'),
  'comments-generic': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', GENERIC_REPLY);
  },
  'comments-reply-only': (page, site) => replyToComment(page, site, 'Julien', MATCHA_REPLY),
  'comments-full': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_REPLY);
  },

  'settings-none': async () => {},
  'settings-approval': (page, site) => saveSettings(page, site, { manualApproval: true }),
  'settings-tagline': (page, site) => saveSettings(page, site, { tagline: 'Thés bio choisis à Annecy' }),
  'settings-long': (page, site) =>
    saveSettings(page, site, {
      tagline: 'Les meilleurs thés bio et infusions sélectionnés pour vous dans notre boutique d’Annecy',
      manualApproval: true,
    }),
  'settings-no-city': (page, site) =>
    saveSettings(page, site, { tagline: 'Thés bio choisis avec passion', manualApproval: true }),
  'settings-full': (page, site) =>
    saveSettings(page, site, { tagline: 'Thés bio choisis à Annecy', manualApproval: true }),

  'seo-none': async () => {},
  'seo-title': (page, site) =>
    editArticle(page, site, 2, { '#post-meta-title': 'Rooibos sans théine : l’infusion familiale' }),
  'seo-no-check': (page, site) =>
    editArticle(page, site, 2, {
      '#post-meta-title': 'Rooibos sans théine : l’infusion familiale',
      '#post-meta-description':
        'Le rooibos, infusion sans théine d’Afrique du Sud, plaît aux petits comme aux grands : découvrez nos conseils pour bien le préparer.',
    }),
  'seo-near': async (page, site) => {
    await editArticle(page, site, 2, {
      '#post-meta-title': 'Rooibos sans théine : l’infusion familiale',
      '#post-meta-description':
        'Le rooibos, infusion sans théine, plaît à toute la famille : nos conseils pour bien le préparer.',
    });
    await page.goto(`${site}/blog/rooibos-infusion-sans-theine`);
  },
  'seo-full': async (page, site) => {
    await editArticle(page, site, 2, {
      '#post-meta-title': 'Rooibos sans théine : l’infusion familiale',
      '#post-meta-description':
        'Le rooibos, infusion sans théine d’Afrique du Sud, plaît aux petits comme aux grands : découvrez nos conseils pour bien le préparer.',
    });
    await page.goto(`${site}/blog/rooibos-infusion-sans-theine`);
  },

  'control-none': async () => {},
  'control-short-note': (page, site) => writeNote(page, site, 'q5', 'Il faut respecter le RGPD sur le blog.'),
  'control-alt-note': async (page, site) => {
    await editArticle(page, site, 3, {
      '#post-image-alt': 'Coffrets de thés de printemps posés sur une table',
    });
    await writeNote(page, site, 'q5', RGPD_NOTE);
  },
  'control-alt-view': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, 3, {
      '#post-image-alt': 'Coffrets de thés de printemps posés sur une table',
    });
  },
  'control-full': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, 3, {
      '#post-image-alt': 'Coffrets de thés de printemps posés sur une table',
    });
    await writeNote(page, site, 'q5', RGPD_NOTE);
  },
};

/** The public page of the article published for question 1, from the blog (the latest post). */
export const viewArticleOfQ1 = async (page: Page, site: string) => {
  await page.goto(`${site}/blog`);
  const href = await page.$eval('a[href^="/blog/"]', (link) => link.getAttribute('href'));
  await page.goto(`${site}${href}`);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
};

export const GYOKURO = 22;

/** A pause between a candidate's steps (the page settles, the capture sends its batch). */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Saves the Gyokuro's sheet, then looks at it in the shop, as a careful candidate does. */
export const sheetAndView = async (page: Page, site: string, sheet: ProductSheet) => {
  await saveProduct(page, site, GYOKURO, sheet);
  await openProductPage(page, site, GYOKURO);
  await pause(800);
};

/** A date as the voucher form takes it (YYYY-MM-DD). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
/**
 * Question 2's voucher as asked, from the day of the exam (or `startOffsetDays` later) to the
 * next 31 May, as a candidate types it; `overrides` give a variant's mistake.
 */
export const springVoucher = (overrides: Partial<VoucherForm> = {}, startOffsetDays = 0): VoucherForm => {
  const today = new Date();
  const year = today.getUTCMonth() >= 4 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
  return {
    name: 'Printemps des thés verts bio',
    code: 'OLEANE5',
    dateFrom: isoDay(new Date(today.getTime() + startOffsetDays * 86_400_000)),
    dateTo: `${year}-05-31`,
    quantity: '30',
    perCustomer: '1',
    type: 'percent',
    value: '5',
    ...overrides,
  };
};

/** From the product's public page, into the cart (lands on the cart). */
export const putInCart = async (page: Page, site: string, productId: number) => {
  await openProductPage(page, site, productId);
  await addToCart(page);
};

/** The cart's totals as the shopper reads them, in one line. */
export const cartTotals = (page: Page) =>
  page.$eval('#cart-totals', (node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');
export const SHORT_DESCRIPTION =
  'Gyokuro bio de Yame, ombré trois semaines avant la cueillette : un thé vert bio doux et umami, sans amertume. Infusez 4 g à 60 °C pendant 2 minutes ; ses feuilles supportent trois infusions.';
const PRODUCT_META =
  'Gyokuro bio de Yame, thé vert bio ombré à la saveur umami : conseils d’infusion, origine et livraison rapide depuis Annecy.';
export const PRODUCT_SEO = {
  shortDescription: SHORT_DESCRIPTION,
  category: 'thes-verts',
  metaTitle: 'Gyokuro, thé vert bio japonais | Les Jardins d’Oléane',
  metaDescription: PRODUCT_META,
  friendlyUrl: 'gyokuro-the-vert-bio',
};
export const VOUCHER = {
  name: 'Printemps des thés verts bio',
  code: 'OLEANE5',
  dateFrom: '2025-01-01',
  dateTo: '2099-05-31',
  quantity: '30',
  perCustomer: '1',
  type: 'percent' as const,
  value: '5',
};

const REPLY_FULL =
  'Bonjour Madame Fontaine, nous sommes désolés pour la boîte arrivée cabossée. Envoyez-nous une photo du colis et de la boîte : nous vous expédions une boîte neuve dès réception, sans frais, avant le 20 avril. Pour le Chaï masala non ouvert, vous disposez du droit de rétractation de 14 jours à compter de la réception : renvoyez-le et nous vous rembourserons sous 14 jours. Les frais de retour restent à votre charge, sauf geste commercial que nous vous proposons ici : nous prenons en charge le retour. Merci pour votre fidélité. Bien cordialement, le service client des Jardins d’Oléane.';
const REPLY_PARTIAL =
  'Bonjour Madame Fontaine, merci pour votre message et toutes nos excuses pour la boîte abîmée. Nous allons vous envoyer une nouvelle boîte rapidement. Pour le Chaï masala, vous pouvez exercer votre droit de rétractation et nous le renvoyer, nous vous rembourserons. Nous tenons à vous garder comme cliente et vous remercions pour votre confiance. Bien cordialement, le service client des Jardins d’Oléane.';
const ANALYSIS_FULL =
  'Taux de conversion : JDO-0022 Gyokuro 31/1240 = 2,5 %, CA 306,90 € ; JDO-0151 Long Jing 34/860 = 4,0 %, CA 537,20 € ; JDO-0026 Verveine 38/640 = 5,9 %, CA 209 € ; JDO-0044 Matcha 19/2150 = 0,9 %, CA 769,50 €. Je propose de mettre en avant JDO-0151 (meilleure conversion des thés verts, marge 48 %, chiffre d’affaires élevé) et JDO-0022 (produit de l’opération, marge 52 %, stock de 80). Je déconseille JDO-0173 Chaï masala : conversion faible (1,2 %) et produit hors thème du printemps.';
const ANALYSIS_PARTIAL =
  'Je choisis le Long Jing JDO-0151 et le Gyokuro JDO-0022 car ce sont des thés verts de printemps qui ont une bonne marge, et ils correspondent à l’opération. Le matcha est trop cher pour être mis en avant, je ne le choisis pas.';

export const SHOP_ACTIONS: Record<string, Act> = {
  'product-none': async () => {},
  'product-price-only': (page, site) => saveProduct(page, site, GYOKURO, { price: '9,90' }),
  'product-no-stock': (page, site) => saveProduct(page, site, GYOKURO, { price: '9,90', ...PRODUCT_SEO }),
  'product-wrong-price': (page, site) =>
    saveProduct(page, site, GYOKURO, { price: '99', stock: '80', shortDescription: 'Un bon thé vert bio.' }),
  'product-full': (page, site) =>
    saveProduct(page, site, GYOKURO, { price: '9,90', stock: '80', ...PRODUCT_SEO }),

  'voucher-none': async () => {},
  'voucher-amount': (page, site) =>
    createVoucher(page, site, { ...VOUCHER, type: 'amount', quantity: '1000', perCustomer: '10' }),
  'voucher-no-limits': (page, site) =>
    createVoucher(page, site, { ...VOUCHER, quantity: '1000', perCustomer: '10' }),
  'voucher-wrong-date': (page, site) => createVoucher(page, site, { ...VOUCHER, dateTo: '2099-06-30' }),
  'voucher-full': (page, site) => createVoucher(page, site, VOUCHER),

  'cart-none': async () => {},
  'cart-add-only': async (page, site) => {
    await putInCart(page, site, GYOKURO);
  },
  'cart-tested': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await applyVoucher(page, site, 'OLEANE5');
  },
  'cart-full': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    const notice = await applyVoucher(page, site, 'OLEANE5');
    const totals = await cartTotals(page);
    await writeNote(page, site, 'q3', `Test du code OLEANE5 : ${notice}. Totaux du panier : ${totals}.`);
  },

  'reply-none': async () => {},
  'reply-short': (page, site) =>
    writeNote(page, site, 'q4', 'Bonjour, désolé pour le problème. Nous allons regarder.'),
  'reply-partial': (page, site) => writeNote(page, site, 'q4', REPLY_PARTIAL),
  'reply-full': async (page, site) => {
    await page.goto(`${site}/admin/commandes`);
    await writeNote(page, site, 'q4', REPLY_FULL);
  },

  'analysis-none': async () => {},
  'analysis-vague': (page, site) =>
    writeNote(page, site, 'q5', 'Je mettrais en avant le matcha et le Gyokuro, ce sont de bons produits.'),
  'analysis-partial': (page, site) => writeNote(page, site, 'q5', ANALYSIS_PARTIAL),
  'analysis-full': (page, site) => writeNote(page, site, 'q5', ANALYSIS_FULL),
};

export { logIn };
