/**
 * What each shop variant of the eighth set (eighth.ts) does on the demo shop, as a candidate.
 * Texts are new, written for the variant's quality from the subject's annexes as a candidate
 * sees them, by someone who never read the rules.
 */
import type { Page } from 'puppeteer-core';
import {
  addToCart,
  applyVoucher,
  createInfoPage,
  createVoucher,
  openProductPage,
  type ProductSheet,
  paste,
  saveProduct,
  setOrderState,
  submit,
  type,
} from '../e2e/support/shopper.ts';
import { cartTotals, GYOKURO, putInCart, VOUCHER, writeNote } from './actions.ts';

type Act = (page: Page, site: string) => Promise<void>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ——— Question 1: the product sheet ———

const SUMMARY_W =
  'Gyokuro bio de Yame, ombré trois semaines avant sa récolte de printemps : un thé vert bio vert jade, à la saveur umami ronde et sans amertume. Infusez 4 g à 60 °C pendant 2 minutes ; ses feuilles se réinfusent trois fois.';
/** The supplier sheet pasted as the summary, well over 300 characters. */
const SUMMARY_PASTED =
  'Culture : trois semaines avant la cueillette, les théiers sont couverts de filets qui filtrent la lumière. Privées de soleil, les feuilles produisent davantage de chlorophylle et d’acides aminés : c’est ce qui donne au Gyokuro sa couleur vert intense et sa douceur caractéristique, sans amertume. Dégustation : liqueur vert jade, saveur umami très ronde, notes d’épinard frais et d’algue marine. Avis de l’équipe : le thé vert bio idéal pour découvrir les grands thés japonais.';
const SEO_W: ProductSheet = {
  metaTitle: 'Gyokuro de Yame, thé vert bio japonais | Jardins d’Oléane',
  metaDescription:
    'Gyokuro bio de Yame, thé vert bio ombré à la saveur umami, doux et sans amertume : conseils d’infusion et envoi soigné depuis Annecy.',
  friendlyUrl: 'gyokuro-the-vert-bio',
};
const SHEET_W: ProductSheet = {
  price: '9,90',
  stock: '80',
  category: 'thes-verts',
  shortDescription: SUMMARY_W,
  ...SEO_W,
};
const sheetAndView = async (page: Page, site: string, sheet: ProductSheet) => {
  await saveProduct(page, site, GYOKURO, sheet);
  await openProductPage(page, site, GYOKURO);
  await pause(800);
};

// ——— Question 2: the voucher and its page ———

const PAGE_W = [
  'Le printemps des thés verts bio commence aux Jardins d’Oléane ! Pour fêter l’arrivée de la première récolte, nous offrons 5 % de réduction sur le montant de votre commande avec le code OLEANE5.',
  'Conditions de l’offre : code valable dès aujourd’hui et jusqu’au 31 mai, utilisable une seule fois par client, et réservé aux 30 premiers paniers. Saisissez simplement OLEANE5 dans votre panier avant de valider la commande.',
  'Découvrez notre Gyokuro de Yame, notre Long Jing et toute la gamme de thés verts bio choisis chez de petits producteurs, à déguster chez vous ou dans notre boutique d’Annecy.',
].join('\n');
const PAGE_SHORT =
  'Printemps des thés verts bio : 5 % de réduction sur votre commande avec le code OLEANE5, jusqu’au 31 mai, une fois par client et pour les 30 premiers paniers seulement. Profitez-en vite pour découvrir notre nouvelle récolte !';
const PAGE_NO_CONDITIONS = [
  'C’est le printemps aux Jardins d’Oléane, et nos thés verts bio de première récolte sont enfin arrivés ! Douceur, fraîcheur, notes végétales : toute l’équipe est impatiente de vous les faire découvrir.',
  'Pour l’occasion, nous vous réservons une belle surprise avec le code OLEANE5 : une réduction pour vous remercier de votre fidélité. Gyokuro, Sencha, Long Jing… il y en a pour tous les goûts, à savourer seul ou à offrir.',
  'Alors n’attendez plus, faites-vous plaisir et partagez vos découvertes avec nous sur les réseaux sociaux. Nous avons hâte de vous lire et de vous accueillir dans notre boutique d’Annecy !',
].join('\n');
const PAGE_META_W =
  'Printemps des thés verts bio : 5 % de réduction avec le code OLEANE5 jusqu’au 31 mai, une fois par client, pour les 30 premiers paniers.';

const infoPage = async (page: Page, site: string, text: string) => {
  await createInfoPage(page, site, {
    text,
    metaTitle: 'Printemps des thés verts bio | Les Jardins d’Oléane',
    metaDescription: PAGE_META_W,
    slug: 'printemps-thes-verts-bio',
  });
  await pause(800);
};

// ——— Question 3: the cart ———

/** Cart test with `quantity` sachets: totals before, the code, totals after, in the notes. */
const cartTest = async (page: Page, site: string, quantity: number) => {
  await openProductPage(page, site, GYOKURO);
  await addToCart(page, quantity);
  const before = await cartTotals(page);
  const notice = await applyVoucher(page, site, 'OLEANE5');
  const after = await cartTotals(page);
  await writeNote(
    page,
    site,
    'q3',
    `Test avec ${quantity} sachet(s) de Gyokuro. Avant le code : ${before}. Code OLEANE5 : ${notice}. Après réduction : ${after}. Pas d’anomalie.`,
  );
};
const euros = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
const shown = (amount: number) => `${amount.toFixed(2).replace('.', ',')} €`;

// ——— Question 4: the reply ———

const REPLY_W =
  'Bonjour Madame Fontaine, merci pour votre message et toutes nos excuses pour la boîte de Bai Mu Dan arrivée cabossée. Pouvez-vous nous envoyer une photo de la boîte et du colis ? Dès réception, nous vous expédions une boîte neuve à nos frais, pour qu’elle arrive avant le 20 avril et l’anniversaire de votre maman. Pour le Chaï masala non ouvert, vous pouvez exercer votre droit de rétractation : vous disposez de 14 jours après la réception pour nous le renvoyer, et nous vous rembourserons sous 14 jours. Les frais de retour sont normalement à votre charge, mais nous vous enverrons une étiquette prépayée pour vous remercier de votre fidélité. Bien cordialement, le service client des Jardins d’Oléane.';
const REPLY_SEVEN =
  'Bonjour Madame Fontaine, nous sommes désolés pour la boîte de thé blanc abîmée pendant le transport. Envoyez-nous une photo de la boîte et nous vous en envoyons une neuve tout de suite, pour que vous puissiez l’offrir à temps. Pour le Chaï masala, pas de souci : vous avez 7 jours après la réception pour nous le retourner non ouvert, et nous vous rembourserons dès qu’il nous parviendra. Merci pour votre confiance, au plaisir de vous servir à nouveau. Le service client des Jardins d’Oléane.';
const REPLY_POLITE =
  'Bonjour Madame Fontaine, merci infiniment d’avoir pris le temps de nous écrire, et toutes nos excuses pour ce désagrément. Nous sommes sincèrement désolés que votre commande ne vous ait pas donné entière satisfaction, d’autant que vous êtes une cliente fidèle et que votre avis compte beaucoup pour nous. Toute l’équipe des Jardins d’Oléane attache une grande importance à la qualité de ses envois. Nous vous souhaitons par avance un très joyeux anniversaire à votre maman, et espérons vous compter encore longtemps parmi nos clientes. Bien chaleureusement, le service client.';

// ——— Question 5: the analysis ———

const CONVERSION_W =
  'Conversion (ventes ÷ visites) et CA sur 30 jours : JDO-0022 Gyokuro 2,5 %, 306,90 € ; JDO-0151 Long Jing 4,0 %, 537,20 € ; JDO-0044 Matcha 0,9 %, 769,50 € ; JDO-0026 Verveine 5,9 %, 209,00 € ; JDO-0173 Chaï 1,2 %, 196,80 € ; JDO-0012 Darjeeling 4,7 %, 283,50 € ; JDO-0062 Rooibos 4,5 %, 281,60 € ; JDO-0030 Blanc pêche 0,6 %, 157,50 €.';
const CONVERSION_HALF =
  'Conversion et CA : JDO-0022 Gyokuro 31/1240 = 2,5 %, 306,90 € ; JDO-0151 Long Jing 34/860 = 4,0 %, 537,20 € ; JDO-0044 Matcha 19/2150 = 0,9 %, 769,50 € ; JDO-0030 Blanc pêche 9/1480 = 0,6 %, 157,50 €.';
const CHOICE_W =
  'Je mets en avant JDO-0151 Long Jing bio, meilleure conversion des thés verts (4,0 %) et meilleur CA du thème (537,20 €) avec 48 % de marge (stock de 22 à surveiller), et JDO-0022 Gyokuro bio, produit phare de l’opération, 52 % de marge et 80 unités en stock, dont la conversion de 2,5 % peut progresser avec la page d’accueil. Je n’expose pas JDO-0030 Blanc de Darjeeling pêche blanche : dernier lot (11 en stock) et conversion de 0,6 %, nous serions vite en rupture.';
const INVERTED =
  'Taux de conversion (visites ÷ ventes) : JDO-0022 40 % ; JDO-0151 25,3 % ; JDO-0044 113 % ; JDO-0026 16,8 % ; JDO-0173 85 % ; JDO-0012 21,4 % ; JDO-0062 22,3 % ; JDO-0030 164 %. Les deux meilleurs taux sont JDO-0030 Blanc de Darjeeling (164 %) et JDO-0044 Matcha (113 %), je les mets en avant sur la page d’accueil car ce sont ceux qui convertissent le mieux. Je ne mets pas en avant JDO-0026 Verveine, qui a le plus mauvais taux (16,8 %).';
const CATEGORY_META_W =
  'Sélection de printemps des Jardins d’Oléane : nos thés verts bio de première récolte choisis pour vous, à découvrir pendant l’opération de printemps.';

const springCategory = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/categories/new`);
  await type(page, '#category-name', 'Sélection de printemps');
  await paste(
    page,
    '#category-description',
    'Nos deux thés verts bio mis en avant pendant l’opération de printemps.',
  );
  await page.select('#category-active', '1');
  await type(page, '#category-meta-title', 'Sélection de printemps | Les Jardins d’Oléane');
  await paste(page, '#category-meta-description', CATEGORY_META_W);
  await type(page, '#category-url-key', 'selection-de-printemps');
  await submit(page, '#save-category');
};

export const EIGHTH_SHOP_ACTIONS: Record<string, Act> = {
  'product-w-complete': (page, site) => sheetAndView(page, site, SHEET_W),
  'product-w-summary-pasted': (page, site) =>
    sheetAndView(page, site, { ...SHEET_W, shortDescription: SUMMARY_PASTED }),
  // Reads the annex table one row too low: the Long Jing's price and stock.
  'product-w-row-mixup': (page, site) =>
    sheetAndView(page, site, { ...SHEET_W, price: '15,80', stock: '22' }),
  'product-w-seo-only': (page, site) => saveProduct(page, site, GYOKURO, SEO_W),
  'product-w-not-done': async () => {},

  'voucher-w-complete': async (page, site) => {
    await createVoucher(page, site, VOUCHER);
    await infoPage(page, site, PAGE_W);
  },
  'voucher-w-page-short': async (page, site) => {
    await createVoucher(page, site, VOUCHER);
    await infoPage(page, site, PAGE_SHORT);
  },
  'voucher-w-no-conditions': async (page, site) => {
    await createVoucher(page, site, VOUCHER);
    await infoPage(page, site, PAGE_NO_CONDITIONS);
  },
  'voucher-w-no-page': (page, site) => createVoucher(page, site, VOUCHER),
  // The subject's year typed as the end date's: the code is born expired.
  'voucher-w-past-year': async (page, site) => {
    await createVoucher(page, site, { ...VOUCHER, dateFrom: '2025-04-14', dateTo: '2025-05-31' });
    await infoPage(page, site, PAGE_W);
  },
  'voucher-w-not-done': async () => {},

  'cart-w-complete': (page, site) => cartTest(page, site, 1),
  'cart-w-two-units': (page, site) => cartTest(page, site, 2),
  'cart-w-anomaly-reported': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    const notice = await applyVoucher(page, site, 'OLEANE5');
    const totals = await cartTotals(page);
    await writeNote(
      page,
      site,
      'q3',
      `Anomalie : le panier refuse le code OLEANE5 (« ${notice} »). Total inchangé : ${totals}. Cause : la date de fin du bon a été saisie en 2025, elle est déjà passée ; il faut la corriger au 31 mai de cette année avant d’annoncer l’offre.`,
    );
  },
  // Takes 5 % for 5 centimes.
  'cart-w-wrong-total': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    const subtotal = euros(await page.$eval('#cart-subtotal', (node) => node.textContent ?? ''));
    await applyVoucher(page, site, 'OLEANE5');
    await writeNote(
      page,
      site,
      'q3',
      `Code OLEANE5 accepté. Total avant réduction : ${shown(subtotal)}, après réduction : ${shown(subtotal - 0.05)}.`,
    );
  },
  'cart-w-mistyped-code': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await applyVoucher(page, site, 'OLEANES');
    const totals = await cartTotals(page);
    await writeNote(
      page,
      site,
      'q3',
      `Le code OLEANE5 ne fonctionne pas, le panier le refuse : ${totals}. L’offre ne marche pas, il faut prévenir Mme Ferrand.`,
    );
  },
  'cart-w-not-done': async () => {},

  'reply-w-complete': async (page, site) => {
    await page.goto(`${site}/admin/commandes`);
    await pause(800);
    await setOrderState(page, site, 'Retour accepté');
    await writeNote(page, site, 'q4', REPLY_W);
  },
  'reply-w-no-state': (page, site) => writeNote(page, site, 'q4', REPLY_W),
  'reply-w-seven-days': async (page, site) => {
    await setOrderState(page, site, 'Retour accepté');
    await writeNote(page, site, 'q4', REPLY_SEVEN);
  },
  'reply-w-polite-empty': (page, site) => writeNote(page, site, 'q4', REPLY_POLITE),
  'reply-w-state-only': (page, site) => setOrderState(page, site, 'Retour accepté'),

  'analysis-w-complete': async (page, site) => {
    await writeNote(page, site, 'q5', `${CONVERSION_W} ${CHOICE_W}`);
    await springCategory(page, site);
  },
  'analysis-w-half': async (page, site) => {
    await writeNote(page, site, 'q5', `${CONVERSION_HALF} ${CHOICE_W}`);
    await springCategory(page, site);
  },
  'analysis-w-no-category': (page, site) => writeNote(page, site, 'q5', `${CONVERSION_W} ${CHOICE_W}`),
  'analysis-w-inverted': async (page, site) => {
    await writeNote(page, site, 'q5', INVERTED);
    await springCategory(page, site);
  },
  'analysis-w-category-only': (page, site) => springCategory(page, site),
  'analysis-w-not-done': async () => {},
};
