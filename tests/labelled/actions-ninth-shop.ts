/**
 * What each shop variant of the ninth set (ninth.ts) does on the demo shop, as a candidate.
 * Texts are new, written for the variant's quality from the subject's annexes as a candidate
 * sees them, by someone who never read the rules.
 */
import type { Page } from 'puppeteer-core';
import {
  addToCart,
  applyVoucher,
  createInfoPage,
  createVoucher,
  openOrder,
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

const SUMMARY_X =
  'Le Gyokuro de Yame, thé vert bio ombré trois semaines avant sa cueillette de printemps, offre une liqueur vert jade et une saveur umami ronde, sans amertume. Infusez 4 g à 60 °C pendant 2 minutes : ses feuilles se réinfusent trois fois.';
const SUMMARY_NO_KEYWORD =
  'Le Gyokuro de Yame, grand thé japonais issu de l’agriculture biologique, est ombré trois semaines avant sa cueillette de printemps : liqueur vert jade, saveur umami ronde, sans amertume. Infusez 4 g à 60 °C pendant 2 minutes, trois fois.';
const SEO_X: ProductSheet = {
  metaTitle: 'Gyokuro de Yame, thé vert bio japonais | Jardins d’Oléane',
  metaDescription:
    'Gyokuro bio de Yame, un thé vert bio ombré à la saveur umami, doux et sans amertume : origine, conseils d’infusion et envoi soigné depuis Annecy.',
  friendlyUrl: 'gyokuro-bio-the-vert-bio',
};
const SHEET_X: ProductSheet = {
  price: '9,90',
  stock: '80',
  category: 'thes-verts',
  shortDescription: SUMMARY_X,
  ...SEO_X,
};
const sheetAndView = async (page: Page, site: string, sheet: ProductSheet) => {
  await saveProduct(page, site, GYOKURO, sheet);
  await openProductPage(page, site, GYOKURO);
  await pause(800);
};

/** Price and stock saved; the summary and title tag typed later, then left without saving. */
const abandoned = async (page: Page, site: string) => {
  await saveProduct(page, site, GYOKURO, { price: '9,90', stock: '80' });
  await page.goto(`${site}/admin/produits/${GYOKURO}`);
  await paste(page, '#product-short-description', SUMMARY_X.slice(0, 120));
  await type(page, '#product-meta-title', 'Gyokuro thé vert bio');
  await pause(800);
  await page.goto(`${site}/admin/produits`);
};

// ——— Question 2: the voucher and its page ———

const PAGE_X = [
  'Le Printemps des thés verts bio est lancé aux Jardins d’Oléane ! La première récolte de l’année vient d’arriver de Yame, de Shizuoka et du Zhejiang, et nous voulons remercier nos premiers acheteurs.',
  'Avec le code OLEANE5, bénéficiez de 5 % de réduction sur le montant de votre commande. L’offre est valable dès aujourd’hui et jusqu’au 31 mai, une seule fois par client, et elle est réservée aux 30 premiers paniers : ne tardez pas !',
  'Pour en profiter, saisissez OLEANE5 dans votre panier avant de valider votre commande. Gyokuro, Long Jing, Sencha : toute notre gamme de thés verts bio vous attend.',
].join('\n');
const PAGE_LONG = [
  PAGE_X,
  'Pourquoi une première récolte ? Parce que les feuilles cueillies au printemps sont les plus tendres de l’année : elles donnent une tasse douce, peu amère, aux notes végétales. Notre Gyokuro de Yame, ombré trois semaines avant la cueillette, en est le meilleur exemple, avec sa saveur umami et sa couleur vert jade.',
  'Tous nos thés verts bio viennent de petits producteurs certifiés que nous connaissons depuis des années. Chaque lot est dégusté par notre équipe puis analysé par un laboratoire français avant d’être proposé à la vente.',
  'Rappel des conditions : 5 % de réduction sur le montant de la commande avec le code OLEANE5, jusqu’au 31 mai, une utilisation par client, dans la limite des 30 premiers paniers. L’offre n’est pas cumulable avec d’autres codes. Vous préférez goûter avant de choisir ? Passez nous voir au salon de dégustation, 7 passage des Tilleuls à Annecy : nous serons ravis de vous conseiller.',
].join('\n');
const PAGE_META_X =
  'Printemps des thés verts bio : 5 % sur votre commande avec le code OLEANE5 jusqu’au 31 mai, une fois par client, pour les 30 premiers paniers.';
const infoPage = async (page: Page, site: string, text: string, displayed = true) => {
  await createInfoPage(page, site, {
    text,
    metaTitle: 'Printemps des thés verts bio : code OLEANE5 | Jardins d’Oléane',
    metaDescription: PAGE_META_X,
    slug: 'printemps-des-thes-verts-bio',
    displayed,
  });
  await pause(800);
};

// ——— Question 3: the cart ———

const testAndNote = async (page: Page, site: string, how: string) => {
  const before = await cartTotals(page);
  const notice = await applyVoucher(page, site, 'OLEANE5');
  const after = await cartTotals(page);
  await writeNote(
    page,
    site,
    'q3',
    `${how} Total avant le code : ${before}. OLEANE5 : ${notice}. Total après réduction : ${after}. Réduction de 5 % conforme, aucune anomalie.`,
  );
};

/** As a customer would: the shop's search box, then the product's card. */
const viaSearch = async (page: Page, site: string) => {
  // The search form is a GET form: its result page, as « Entrée » in the search box gives it.
  await page.goto(`${site}/produits?q=${encodeURIComponent('Gyokuro bio vrac 100 g')}`);
  await pause(600);
  const href = await page.$eval(`li.product-card[data-product-id="${GYOKURO}"] a`, (link) =>
    link.getAttribute('href'),
  );
  await page.goto(`${site}${href}`);
  await addToCart(page);
  await testAndNote(page, site, 'Gyokuro trouvé avec la recherche de la boutique et ajouté au panier.');
};

// ——— Question 4: the reply ———

const REPLY_X =
  'Bonjour Madame Fontaine, merci de votre message et de votre fidélité, et toutes nos excuses pour la boîte de Bai Mu Dan abîmée. Pourriez-vous nous envoyer une photo de la boîte et de l’emballage ? Dès réception, nous vous expédions gratuitement une boîte neuve, pour qu’elle vous parvienne avant le 20 avril. Pour le Chaï masala non ouvert, vous bénéficiez du droit de rétractation de 14 jours à compter de la réception : vous pouvez nous le renvoyer et nous vous rembourserons sous 14 jours. Les frais de retour sont en principe à votre charge, mais nous vous adressons une étiquette de retour prépayée. Nous restons à votre écoute. Bien cordialement, le service client des Jardins d’Oléane';
const REPLY_REFUND_BOX =
  'Bonjour Madame Fontaine, nous sommes désolés que la boîte de thé blanc soit arrivée abîmée : nous vous remboursons son prix, vous n’avez rien à nous renvoyer. Pour le Chaï masala non ouvert, vous disposez d’un droit de rétractation de 14 jours après réception ; renvoyez-le-nous, les frais de retour restent à votre charge, et nous vous rembourserons dès réception. Merci pour votre confiance et à bientôt. Le service client des Jardins d’Oléane';
const REPLY_CGV =
  'Article 9 – Droit de rétractation. Conformément à l’article L221-18 du Code de la consommation, le client dispose d’un délai de quatorze jours à compter de la réception des produits pour exercer son droit de rétractation, sans avoir à motiver sa décision. Les produits doivent être retournés dans leur emballage d’origine, non ouverts. Les frais de retour sont à la charge du client. Le remboursement intervient dans un délai de quatorze jours à compter de la réception de la demande de rétractation.';
const REPLY_CARRIER =
  'Bonjour Madame Fontaine, concernant la boîte abîmée, le colis a été remis en bon état au transporteur : nous vous invitons à faire une réclamation directement auprès de La Poste, qui est responsable du transport. Pour le Chaï masala, vous avez 14 jours après réception pour exercer votre droit de rétractation ; le produit doit être non ouvert et les frais de retour sont à votre charge. Cordialement, le service client.';

// ——— Question 5: the analysis ———

const FIGURES_X =
  'Taux de conversion (ventes ÷ visites) et CA 30 jours : JDO-0022 Gyokuro 2,5 % – 306,90 € ; JDO-0151 Long Jing 4,0 % – 537,20 € ; JDO-0044 Matcha 0,9 % – 769,50 € ; JDO-0026 Verveine 5,9 % – 209,00 € ; JDO-0173 Chaï 1,2 % – 196,80 € ; JDO-0012 Darjeeling 4,7 % – 283,50 € ; JDO-0062 Rooibos 4,5 % – 281,60 € ; JDO-0030 Blanc pêche 0,6 % – 157,50 €.';
const CHOICE_X =
  'Je propose JDO-0151 Long Jing bio : conversion de 4,0 %, la meilleure des thés verts, et un CA de 537,20 € avec 48 % de marge ; et JDO-0022 Gyokuro bio, cœur de l’opération, 52 % de marge et 80 unités en stock, dont la conversion de 2,5 % gagnera à être exposée. Je n’expose pas JDO-0030 Blanc de Darjeeling pêche blanche : dernier lot de la saison (11 en stock) et conversion de 0,6 %, la page d’accueil provoquerait une rupture.';
const TELEGRAPHIC_X = [
  'Conv. / CA 30 j : 0022 2,5 % / 306,90 € – 0151 4,0 % / 537,20 € – 0044 0,9 % / 769,50 € – 0026 5,9 % / 209 € – 0173 1,2 % / 196,80 € – 0012 4,7 % / 283,50 € – 0062 4,5 % / 281,60 € – 0030 0,6 % / 157,50 €.',
  'Choix 1 : JDO-0151 Long Jing bio. Conv. 4,0 % (1re thés verts), CA 537,20 €, marge 48 %. Stock 22 → réassort à prévoir.',
  'Choix 2 : JDO-0022 Gyokuro bio. Produit de l’opération, marge 52 % (meilleure des thés verts), stock 80 OK, conv. 2,5 % à booster.',
  'À écarter : JDO-0030 Blanc pêche. Dernier lot, stock 11, conv. 0,6 % → risque de rupture, clients déçus.',
].join('\n');
const TURNOVER_ONLY = `${FIGURES_X} Je choisis les deux meilleurs chiffres d’affaires : JDO-0044 Matcha cérémonie premium (769,50 €, premier CA de la boutique, 48 en stock) et JDO-0151 Long Jing bio (537,20 €, deuxième CA). Ce sont eux qui rapportent le plus, ils méritent d’être mis en avant. Je n’expose pas JDO-0030 Blanc pêche, dont le CA est le plus faible (157,50 €) et dont c’est le dernier lot.`;
const ONE_SLIP = `${FIGURES_X.replace('Gyokuro 2,5 %', 'Gyokuro 25 %')} ${CHOICE_X.replace('conversion de 2,5 %', 'conversion de 25 %')}`;

const CATEGORY_META_X =
  'Sélection de printemps des Jardins d’Oléane : deux thés verts bio de première récolte choisis par notre équipe, à découvrir pendant l’opération.';
const springCategory = async (page: Page, site: string, seo = true) => {
  await page.goto(`${site}/admin/categories/new`);
  await type(page, '#category-name', 'Sélection de printemps');
  await paste(
    page,
    '#category-description',
    'Les deux thés verts bio que nous mettons en avant ce printemps.',
  );
  await page.select('#category-active', '1');
  if (seo) {
    await type(page, '#category-meta-title', 'Sélection de printemps : thés verts bio | Jardins d’Oléane');
    await paste(page, '#category-meta-description', CATEGORY_META_X);
  }
  await type(page, '#category-url-key', 'selection-de-printemps');
  await submit(page, '#save-category');
};
const analysis = async (page: Page, site: string, note: string, seo = true) => {
  await writeNote(page, site, 'q5', note);
  await springCategory(page, site, seo);
};

export const NINTH_SHOP_ACTIONS: Record<string, Act> = {
  'product-x-complete': (page, site) => sheetAndView(page, site, SHEET_X),
  // One zero short.
  'product-x-stock-slip': (page, site) => sheetAndView(page, site, { ...SHEET_X, stock: '8' }),
  'product-x-summary-no-keyword': (page, site) =>
    sheetAndView(page, site, { ...SHEET_X, shortDescription: SUMMARY_NO_KEYWORD }),
  'product-x-wrong-category': (page, site) =>
    sheetAndView(page, site, { ...SHEET_X, category: 'thes-noirs' }),
  'product-x-abandoned': abandoned,
  'product-x-not-done': async () => {},

  'voucher-x-complete': async (page, site) => {
    await createVoucher(page, site, VOUCHER);
    await infoPage(page, site, PAGE_X);
  },
  'voucher-x-page-overlong': async (page, site) => {
    await createVoucher(page, site, VOUCHER);
    await infoPage(page, site, PAGE_LONG);
  },
  'voucher-x-page-hidden': async (page, site) => {
    await createVoucher(page, site, VOUCHER);
    await infoPage(page, site, PAGE_X, false);
  },
  // « Montant » picked in the type list: 5 € off, while the page says 5 %.
  'voucher-x-euros': async (page, site) => {
    await createVoucher(page, site, { ...VOUCHER, type: 'amount', value: '5' });
    await infoPage(page, site, PAGE_X);
  },
  'voucher-x-not-done': async () => {},

  'cart-x-complete': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await testAndNote(page, site, 'Gyokuro ajouté au panier (1 sachet).');
  },
  'cart-x-via-search': viaSearch,
  'cart-x-after-only': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    const notice = await applyVoucher(page, site, 'OLEANE5');
    const after = await cartTotals(page);
    await writeNote(page, site, 'q3', `Code OLEANE5 testé : ${notice}. Total : ${after}.`);
  },
  // Types the code, never presses « Appliquer », and reports it as working.
  'cart-x-never-applied': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await type(page, '#code_promo', 'OLEANE5');
    await pause(800);
    await writeNote(page, site, 'q3', 'Code OLEANE5 saisi dans le panier, la réduction de 5 % fonctionne.');
  },
  'cart-x-not-done': async () => {},

  'reply-x-complete': async (page, site) => {
    await openOrder(page, site);
    await pause(800);
    await setOrderState(page, site, 'Retour accepté');
    await writeNote(page, site, 'q4', REPLY_X);
  },
  'reply-x-refund-box': async (page, site) => {
    await setOrderState(page, site, 'Retour accepté');
    await writeNote(page, site, 'q4', REPLY_REFUND_BOX);
  },
  'reply-x-cgv-verbatim': (page, site) => writeNote(page, site, 'q4', REPLY_CGV),
  'reply-x-carrier-blamed': async (page, site) => {
    await setOrderState(page, site, 'Retour accepté');
    await writeNote(page, site, 'q4', REPLY_CARRIER);
  },
  'reply-x-not-done': async () => {},

  'analysis-x-complete': (page, site) => analysis(page, site, `${FIGURES_X} ${CHOICE_X}`),
  'analysis-x-telegraphic': (page, site) => analysis(page, site, TELEGRAPHIC_X),
  'analysis-x-turnover-only': (page, site) => analysis(page, site, TURNOVER_ONLY),
  'analysis-x-one-slip': (page, site) => analysis(page, site, ONE_SLIP),
  'analysis-x-category-bare': (page, site) => analysis(page, site, `${FIGURES_X} ${CHOICE_X}`, false),
  'analysis-x-not-done': async () => {},
};
