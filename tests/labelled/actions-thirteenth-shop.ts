/**
 * What each shop variant of the thirteenth set (thirteenth.ts) does on the demo shop, as a
 * candidate. Texts are new, written for the variant's quality from the subject's annexes as a
 * candidate sees them, by someone who never read the rules.
 */
import type { Page } from 'puppeteer-core';
import {
  applyVoucher,
  createInfoPage,
  createVoucher,
  openOrder,
  type ProductSheet,
  paste,
  saveProduct,
  setOrderState,
  submit,
  type,
  type VoucherForm,
} from '../e2e/support/shopper.ts';
import { GYOKURO, pause, putInCart, sheetAndView, springVoucher, writeNote } from './actions.ts';

type Act = (page: Page, site: string) => Promise<void>;

// ——— Question 1: the product sheet ———

const SUMMARY_P =
  'Un thé vert bio d’exception venu de Yame, au Japon : ombré trois semaines avant la récolte de printemps, ce Gyokuro offre une liqueur vert jade, un umami rond et une finale sucrée. Infusez 4 g à 60 °C pendant 2 minutes, jusqu’à trois fois.';
const SUMMARY_BOILING =
  'Un thé vert bio d’exception venu de Yame, au Japon : ombré trois semaines avant la récolte de printemps, ce Gyokuro offre une liqueur vert jade et un umami rond. Versez une eau bouillante et laissez infuser 5 minutes pour un goût bien corsé.';
const SHEET_P: ProductSheet = {
  price: '9,90',
  stock: '80',
  category: 'thes-verts',
  shortDescription: SUMMARY_P,
  metaTitle: 'Gyokuro de Yame, thé vert bio japonais | Jardins d’Oléane',
  metaDescription:
    'Gyokuro bio de Yame, thé vert bio ombré de première récolte : umami rond, liqueur vert jade, sachet kraft de 100 g expédié depuis Annecy.',
  friendlyUrl: 'the-vert-bio-gyokuro-yame',
};

// ——— Question 2: the voucher and its page ———

const PAGE_P = [
  'Le printemps arrive aux Jardins d’Oléane avec la première récolte de nos thés verts bio, venus de petits jardins du Japon et de Chine. Pour fêter la saison, nous récompensons nos premiers acheteurs.',
  'Saisissez le code OLEANE5 dans votre panier : vous bénéficiez de 5 % de réduction sur le montant de votre commande.',
  'Conditions : offre valable dès aujourd’hui et jusqu’au 31 mai, utilisable une seule fois par client, réservée aux 30 premiers paniers. Non cumulable avec un autre code.',
  'Sencha, Gyokuro, Genmaicha, Long Jing : laissez-vous tenter par la fraîcheur de la nouvelle récolte, sur le site ou dans notre boutique d’Annecy.',
].join('\n');
const META_PAGE_P =
  'Printemps des thés verts bio : 5 % de réduction avec le code OLEANE5 jusqu’au 31 mai, une fois par client, pour les 30 premiers paniers.';
const MARGIN_P =
  'Les restrictions protègent la marge : une seule utilisation par client et 30 paniers maximum limitent le coût total de la remise, que l’on connaît à l’avance ; la date de fin au 31 mai évite que la réduction devienne permanente et que les clients attendent toujours un code pour acheter.';

const offerPage = (page: Page, site: string, meta = META_PAGE_P) =>
  createInfoPage(page, site, {
    text: PAGE_P,
    metaTitle: 'Printemps des thés verts bio : code OLEANE5 | Jardins d’Oléane',
    metaDescription: meta,
    slug: 'printemps-des-thes-verts-bio',
  });

const voucherAndPage = async (page: Page, site: string, voucher: VoucherForm, meta = META_PAGE_P) => {
  await createVoucher(page, site, voucher);
  await writeNote(page, site, 'q2', MARGIN_P);
  await offerPage(page, site, meta);
};

// ——— Question 3: the cart ———

const grandTotal = (page: Page) => page.$eval('#cart-total', (node) => node.textContent?.trim() ?? '');
const discount = (page: Page) => page.$eval('#cart-discount', (node) => node.textContent?.trim() ?? '');

const cartTest = async (page: Page, site: string, productId: number) => {
  await putInCart(page, site, productId);
  const before = await grandTotal(page);
  const notice = await applyVoucher(page, site, 'OLEANE5');
  const after = await grandTotal(page);
  return { before, notice, after };
};

/** The product annex 2 lists as JDO-0151, opened from its back-office sheet. */
const LONG_JING = 151;

// ——— Question 4: the reply ———

const REPLY_OPEN =
  'Bonjour Madame Fontaine, merci pour votre message et pour votre confiance : nous sommes désolés que votre boîte de Bai Mu Dan soit arrivée cabossée.';
const BOX_P =
  'Pourriez-vous nous envoyer une photo de la boîte abîmée et de l’emballage ? Dès réception, nous vous expédions une boîte neuve à nos frais, en envoi express, pour qu’elle arrive avant l’anniversaire de votre maman le 20 avril.';
const BOX_CHOICE =
  'Pourriez-vous nous envoyer une photo de la boîte abîmée et de l’emballage ? Dès réception, vous aurez le choix : une boîte neuve envoyée à nos frais en express, pour qu’elle arrive avant l’anniversaire de votre maman le 20 avril, ou le remboursement de la boîte si vous préférez.';
const CHAI_P =
  'Pour le Chaï masala non ouvert, vous pouvez exercer votre droit de rétractation : vous disposez de 14 jours à compter de la réception de la commande pour nous le renvoyer. Les frais de retour sont à votre charge, et nous vous remboursons le produit sous 14 jours après réception du colis.';
const CHAI_REFUSED =
  'Pour le Chaï masala, nous sommes au regret de ne pas pouvoir le reprendre : les denrées alimentaires sont exclues du droit de rétractation, même lorsque le paquet n’a pas été ouvert. Nous vous conseillons de l’offrir à un proche amateur d’épices.';
const CLOSE_P =
  'Nous tenons beaucoup à votre fidélité et espérons vous régaler encore longtemps. Bien cordialement, le service client des Jardins d’Oléane';

const reply = async (page: Page, site: string, state: string, text: string) => {
  await openOrder(page, site);
  await pause(800);
  await setOrderState(page, site, state);
  await writeNote(page, site, 'q4', text);
};

// ——— Question 5: the analysis ———

const FIGURES_P =
  'Conversion (ventes ÷ visites) et CA 30 jours (ventes × prix TTC) : JDO-0022 Gyokuro 31/1 240 = 2,5 %, 306,90 € ; JDO-0151 Long Jing 34/860 = 4,0 %, 537,20 € ; JDO-0044 Matcha 19/2 150 = 0,9 %, 769,50 € ; JDO-0026 Verveine 38/640 = 5,9 %, 209,00 € ; JDO-0173 Chaï 12/1 020 = 1,2 %, 196,80 € ; JDO-0012 Darjeeling 21/450 = 4,7 %, 283,50 € ; JDO-0062 Rooibos 44/980 = 4,5 %, 281,60 € ; JDO-0030 Blanc pêche 9/1 480 = 0,6 %, 157,50 €.';
const CHOICE_P =
  'Mon choix : JDO-0151 Long Jing bio, qui convertit le mieux parmi les thés verts (4,0 %) et fait le deuxième CA, avec 48 % de marge ; et JDO-0022 Gyokuro bio, produit vedette de l’opération, 52 % de marge et 80 unités en stock : sa conversion de 2,5 % a le plus à gagner d’une mise en avant.';
const REJECT_P =
  'À ne pas promouvoir : JDO-0030 Blanc de Darjeeling pêche blanche, dernier lot (11 unités) et conversion de 0,6 % : la mise en avant provoquerait une rupture.';
const WHITE_TEA_CHOICE =
  'Mon choix : JDO-0030 Blanc de Darjeeling pêche blanche, le plus cher de la sélection (17,50 €) et très visité (1 480 visites), donc le plus rentable à mettre en avant, et JDO-0044 Matcha cérémonie, premier CA. À ne pas promouvoir : JDO-0026 Verveine, trop bon marché pour une opération de prestige.';

const springCategory = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/categories/new`);
  await type(page, '#category-name', 'Sélection de printemps');
  await paste(page, '#category-description', 'Nos deux coups de cœur de la récolte de printemps.');
  await page.select('#category-active', '1');
  await type(page, '#category-meta-title', 'Sélection de printemps | Les Jardins d’Oléane');
  await paste(
    page,
    '#category-meta-description',
    'La Sélection de printemps des Jardins d’Oléane : deux thés bio de première récolte choisis par notre équipe d’Annecy, à découvrir dès maintenant.',
  );
  await type(page, '#category-url-key', 'selection-de-printemps');
  await submit(page, '#save-category');
};
const analysis = async (page: Page, site: string, note: string, category = true) => {
  await writeNote(page, site, 'q5', note);
  if (category) await springCategory(page, site);
};

export const THIRTEENTH_SHOP_ACTIONS: Record<string, Act> = {
  'product-p-complete': (page, site) => sheetAndView(page, site, SHEET_P),
  'product-p-url-no-keyword': (page, site) =>
    sheetAndView(page, site, { ...SHEET_P, friendlyUrl: 'gyokuro-yame-100g' }),
  'product-p-no-seo': (page, site) =>
    sheetAndView(page, site, {
      price: '9,90',
      stock: '80',
      category: 'thes-verts',
      shortDescription: SUMMARY_P,
    }),
  'product-p-boiling-summary': (page, site) =>
    saveProduct(page, site, GYOKURO, { ...SHEET_P, shortDescription: SUMMARY_BOILING }),
  'product-p-not-done': async () => {},

  'voucher-p-complete': (page, site) => voucherAndPage(page, site, springVoucher()),
  'voucher-p-no-basket-limit': (page, site) =>
    voucherAndPage(page, site, springVoucher({ quantity: '1000' })),
  'voucher-p-page-no-meta': (page, site) => voucherAndPage(page, site, springVoucher(), ''),
  'voucher-p-fifty-percent': async (page, site) => {
    await createVoucher(page, site, springVoucher({ value: '50' }));
    await writeNote(page, site, 'q2', MARGIN_P);
    await offerPage(page, site);
  },
  'voucher-p-not-done': async () => {},

  'cart-p-complete': async (page, site) => {
    const { before, notice, after } = await cartTest(page, site, GYOKURO);
    await writeNote(
      page,
      site,
      'q3',
      `Gyokuro bio ajouté au panier. Total avant réduction : ${before}. Code OLEANE5 : « ${notice} ». Total après réduction : ${after}. Le code fonctionne, pas d’anomalie.`,
    );
  },
  // The discount checked by hand against 5 % of the price.
  'cart-p-hand-check': async (page, site) => {
    const { before, notice, after } = await cartTest(page, site, GYOKURO);
    const amount = (await discount(page)).replace('-', '').trim();
    await writeNote(
      page,
      site,
      'q3',
      `Gyokuro bio au panier. Total avant réduction : ${before}. Code OLEANE5 : « ${notice} ». Réduction affichée : ${amount}. Vérification : 5 % de 9,90 € = 0,495 €, arrondi à 0,50 €, c’est conforme. Total après réduction : ${after}. Aucune anomalie.`,
    );
  },
  // Tried with the Long Jing; what the shop answers is reported as seen (an anomaly if it is not 5 %).
  'cart-p-other-product': async (page, site) => {
    const { before, notice, after } = await cartTest(page, site, LONG_JING);
    const name = await page.$eval('#cart-lines tbody td', (node) => node.textContent?.trim() ?? '');
    await writeNote(
      page,
      site,
      'q3',
      `Test du code avec le Long Jing, référence JDO-0151 (${name}). Total avant réduction : ${before}. Code OLEANE5 : « ${notice} ». Total après : ${after}. ${notice.includes('-5 %') ? 'La réduction de 5 % s’applique bien.' : 'Anomalie : la réduction appliquée n’est pas de 5 %, le bon est à corriger avant d’annoncer l’offre.'}`,
    );
  },
  'cart-p-nothing-noted': async (page, site) => {
    await cartTest(page, site, GYOKURO);
    await pause(800);
  },
  'cart-p-not-done': async () => {},

  'reply-p-complete': (page, site) =>
    reply(page, site, 'Retour accepté', [REPLY_OPEN, BOX_P, CHAI_P, CLOSE_P].join(' ')),
  'reply-p-refund-or-replace': (page, site) =>
    reply(page, site, 'Retour accepté', [REPLY_OPEN, BOX_CHOICE, CHAI_P, CLOSE_P].join(' ')),
  'reply-p-state-refunded': (page, site) =>
    reply(page, site, 'Remboursée', [REPLY_OPEN, BOX_P, CHAI_P, CLOSE_P].join(' ')),
  'reply-p-chai-refused': (page, site) =>
    reply(page, site, 'Retour accepté', [REPLY_OPEN, BOX_P, CHAI_REFUSED, CLOSE_P].join(' ')),
  'reply-p-not-done': async () => {},

  'analysis-p-complete': (page, site) => analysis(page, site, `${FIGURES_P} ${CHOICE_P} ${REJECT_P}`),
  'analysis-p-nothing-set-aside': (page, site) => analysis(page, site, `${FIGURES_P} ${CHOICE_P}`),
  'analysis-p-no-category': (page, site) =>
    analysis(page, site, `${FIGURES_P} ${CHOICE_P} ${REJECT_P}`, false),
  'analysis-p-white-tea-chosen': (page, site) => analysis(page, site, `${FIGURES_P} ${WHITE_TEA_CHOICE}`),
  'analysis-p-not-done': async () => {},
};
