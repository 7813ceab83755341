/**
 * What each shop variant of the twelfth set (twelfth.ts) does on the demo shop, as a candidate.
 * Texts are new, written for the variant's quality from the subject's annexes as a candidate
 * sees them, by someone who never read the rules.
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
import { GYOKURO, isoDay, pause, putInCart, sheetAndView, springVoucher, writeNote } from './actions.ts';

type Act = (page: Page, site: string) => Promise<void>;

// ——— Question 1: the product sheet ———

const SUMMARY_R =
  'Notre thé vert bio le plus raffiné : un Gyokuro de Yame ombré trois semaines avant sa récolte de printemps. Liqueur vert jade, umami rond, notes d’épinard frais et finale sucrée, sans amertume. 4 g à 60 °C pendant 2 minutes, trois infusions possibles.';
const SUMMARY_PROMO =
  'Thé vert bio de Yame, ombré trois semaines avant la récolte : un Gyokuro à l’umami rond, sans amertume, à infuser à 60 °C pendant 2 minutes. Offre de printemps : -5 % avec le code OLEANE5 jusqu’au 30 avril, profitez-en vite !';
const SUMMARY_HEALTH =
  'Le Gyokuro, thé vert bio de Yame, fait maigrir sans effort, renforce les défenses immunitaires et protège du cancer grâce à sa richesse exceptionnelle en antioxydants. Une tasse par jour suffit pour détoxifier l’organisme : le thé santé par excellence.';
const META_R =
  'Gyokuro de Yame, thé vert bio ombré de première récolte : saveur umami, douceur sans amertume, sachet de 100 g préparé à Annecy par Les Jardins d’Oléane.';
const SHEET_R: ProductSheet = {
  price: '9,90',
  stock: '80',
  category: 'thes-verts',
  shortDescription: SUMMARY_R,
  metaTitle: 'Gyokuro bio de Yame, thé vert bio ombré | Jardins d’Oléane',
  metaDescription: META_R,
  friendlyUrl: 'gyokuro-the-vert-bio-yame',
};

// ——— Question 2: the voucher and its page ———

const PAGE_R = [
  'Le Printemps des thés verts bio commence aux Jardins d’Oléane ! Pour fêter l’arrivée de la première récolte de nos producteurs japonais et chinois, nous offrons une remise aux premiers acheteurs de la saison.',
  'Avec le code OLEANE5, saisi dans votre panier, bénéficiez de 5 % de réduction sur le montant de votre commande.',
  'Conditions de l’offre : valable à partir d’aujourd’hui et jusqu’au 31 mai inclus, utilisable une seule fois par client et limitée aux 30 premiers paniers. Elle ne se cumule pas avec un autre code.',
  'Sencha, Gyokuro, Genmaicha ou Long Jing : c’est le moment de découvrir nos thés verts bio de printemps, en ligne ou dans notre boutique d’Annecy.',
].join('\n');
const META_PAGE_R =
  'Printemps des thés verts bio : -5 % sur votre commande avec le code OLEANE5 jusqu’au 31 mai, une fois par client, pour les 30 premiers paniers.';
const MARGIN_R =
  'Intérêt des restrictions : une seule utilisation par client et 30 paniers au maximum plafonnent le coût de l’opération (au plus 30 remises de 5 %) ; la remise ne s’applique qu’aux premiers acheteurs, la marge des autres ventes reste entière, et la date de fin évite une promotion permanente.';
const MARGIN_WRONG =
  'Intérêt des restrictions : en limitant le code à une utilisation et à 30 paniers, le client paie un prix plus élevé sur ses commandes suivantes, ce qui augmente le prix de vente et donc la marge de l’entreprise.';

const offerPage = (page: Page, site: string, text = PAGE_R, meta = META_PAGE_R) =>
  createInfoPage(page, site, {
    text,
    metaTitle: 'Printemps des thés verts bio, code OLEANE5 | Jardins d’Oléane',
    metaDescription: meta,
    slug: 'printemps-des-thes-verts-bio',
  });

const voucherAndPage = async (page: Page, site: string, voucher: VoucherForm, note: string) => {
  await createVoucher(page, site, voucher);
  await writeNote(page, site, 'q2', note);
  await offerPage(page, site);
};

// ——— Question 3: the cart ———

const grandTotal = (page: Page) => page.$eval('#cart-total', (node) => node.textContent?.trim() ?? '');
const subtotal = (page: Page) => page.$eval('#cart-subtotal', (node) => node.textContent?.trim() ?? '');
const discount = (page: Page) => page.$eval('#cart-discount', (node) => node.textContent?.trim() ?? '');

const codeInCart = async (page: Page, site: string) => {
  await putInCart(page, site, GYOKURO);
  const before = await grandTotal(page);
  const notice = await applyVoucher(page, site, 'OLEANE5');
  return { before, notice };
};

// ——— Question 4: the reply ———

const BOX = 'Nous sommes vraiment désolés que la boîte de Bai Mu Dan vous soit parvenue cabossée.';
const PHOTO =
  'Pourriez-vous nous envoyer une photo de la boîte et du colis ? Dès réception, nous vous expédions une boîte neuve à nos frais';
const REPLY_R = [
  'Bonjour Madame Fontaine, merci de votre message et de votre fidélité.',
  BOX,
  `${PHOTO}, en envoi rapide, pour qu’elle arrive avant l’anniversaire de votre maman le 20 avril.`,
  'Pour le Chaï masala, vous pouvez exercer votre droit de rétractation : vous disposez de 14 jours après la réception de votre commande pour nous retourner le paquet non ouvert. Les frais de retour restent à votre charge, et nous vous remboursons le produit dans les 14 jours suivant la réception du colis.',
  'Nous espérons vous compter encore longtemps parmi nos clientes. Bien cordialement, le service client des Jardins d’Oléane',
].join(' ');
const REPLY_FREE_RETURN = REPLY_R.replace(
  'Les frais de retour restent à votre charge,',
  'Les frais de retour sont normalement à la charge du client, mais nous vous les offrons exceptionnellement : nous vous envoyons une étiquette prépayée,',
);
const REPLY_LATE = REPLY_R.replace(
  ', en envoi rapide, pour qu’elle arrive avant l’anniversaire de votre maman le 20 avril.',
  ' : comptez environ trois semaines, le temps que notre prochain réassort arrive.',
);
const REPLY_WRONG_TEAS = REPLY_R.replace('la boîte de Bai Mu Dan', 'la boîte de Darjeeling').replace(
  'Pour le Chaï masala,',
  'Pour le rooibos,',
);

const reply = async (page: Page, site: string, text: string) => {
  await openOrder(page, site);
  await pause(800);
  await setOrderState(page, site, 'Retour accepté');
  await writeNote(page, site, 'q4', text);
};

/** The reply written as an information page of the shop, displayed, and opened. */
const replyAsPage = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/pages/new`);
  await type(page, '#cms-title', 'Réponse à Mme Léa Fontaine (Chambéry)');
  await paste(page, '#cms-content', REPLY_R);
  await page.select('#cms-displayed', '1');
  await type(page, '#cms-meta-title', 'Réponse à Mme Fontaine');
  await type(page, '#cms-slug', 'reponse-lea-fontaine');
  await submit(page, '#save-cms-page');
  await page.goto(`${site}/page/reponse-lea-fontaine`);
  await pause(800);
};

// ——— Question 5: the analysis ———

const FIGURES_R =
  'Taux de conversion (ventes ÷ visites) et CA sur 30 jours (ventes × prix TTC) : JDO-0022 Gyokuro 2,5 % et 306,90 € ; JDO-0151 Long Jing 4,0 % et 537,20 € ; JDO-0044 Matcha 0,9 % et 769,50 € ; JDO-0026 Verveine 5,9 % et 209,00 € ; JDO-0173 Chaï 1,2 % et 196,80 € ; JDO-0012 Darjeeling 4,7 % et 283,50 € ; JDO-0062 Rooibos 4,5 % et 281,60 € ; JDO-0030 Blanc pêche 0,6 % et 157,50 €.';
const FIGURES_HT =
  'Taux de conversion (ventes ÷ visites) et CA hors taxes sur 30 jours (ventes × prix TTC ÷ 1,055, TVA de 5,5 % sur le thé) : JDO-0022 Gyokuro 2,5 % et 290,90 € HT ; JDO-0151 Long Jing 4,0 % et 509,19 € HT ; JDO-0044 Matcha 0,9 % et 729,38 € HT ; JDO-0026 Verveine 5,9 % et 198,10 € HT ; JDO-0173 Chaï 1,2 % et 186,54 € HT ; JDO-0012 Darjeeling 4,7 % et 268,72 € HT ; JDO-0062 Rooibos 4,5 % et 266,92 € HT ; JDO-0030 Blanc pêche 0,6 % et 149,29 € HT.';
const CHOICE_R =
  'Je propose JDO-0151 Long Jing bio (conversion de 4,0 %, la meilleure des thés verts, deuxième CA, marge de 48 %) et JDO-0022 Gyokuro bio (marge de 52 %, 80 unités en stock, produit phare de l’opération dont la conversion de 2,5 % peut progresser avec la mise en avant).';
const REJECT_R =
  'À écarter : JDO-0030 Blanc de Darjeeling pêche blanche, dernier lot de la saison avec 11 unités et 0,6 % de conversion : le mettre en avant créerait une rupture et des déçus.';
const REFS_MISTYPED = `${FIGURES_R} ${CHOICE_R} ${REJECT_R}`
  .replace('Je propose JDO-0151', 'Je propose JDO-151')
  .replace('et JDO-0022 Gyokuro bio (', 'et JDO-022 Gyokuro bio (')
  .replace('À écarter : JDO-0030', 'À écarter : JDO-030');
const PROMOTE_ALL =
  'Conversion : Gyokuro 2,5 %, Long Jing 4,0 %, Matcha 0,9 %, Verveine 5,9 %, Chaï 1,2 %, Darjeeling 4,7 %, Rooibos 4,5 %, Blanc pêche 0,6 %. Tous ces produits ont leurs qualités et un bon potentiel pour le printemps : je recommande de mettre les huit produits en avant sur la page d’accueil plutôt que d’en choisir deux, pour ne léser aucune gamme.';

const springCategory = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/categories/new`);
  await type(page, '#category-name', 'Sélection de printemps');
  await paste(page, '#category-description', 'Les thés de la récolte de printemps choisis par notre équipe.');
  await page.select('#category-active', '1');
  await type(page, '#category-meta-title', 'Sélection de printemps, thés bio | Jardins d’Oléane');
  await paste(
    page,
    '#category-meta-description',
    'Sélection de printemps des Jardins d’Oléane : nos thés bio de première récolte préférés, choisis à Annecy pour bien commencer la saison.',
  );
  await type(page, '#category-url-key', 'selection-de-printemps');
  await submit(page, '#save-category');
};
const analysis = async (page: Page, site: string, note: string) => {
  await writeNote(page, site, 'q5', note);
  await springCategory(page, site);
};

export const TWELFTH_SHOP_ACTIONS: Record<string, Act> = {
  'product-r-complete': (page, site) => sheetAndView(page, site, SHEET_R),
  'product-r-promo-in-summary': (page, site) =>
    sheetAndView(page, site, { ...SHEET_R, shortDescription: SUMMARY_PROMO }),
  'product-r-discounted-price': (page, site) => sheetAndView(page, site, { ...SHEET_R, price: '9,41' }),
  'product-r-health-claims': (page, site) =>
    saveProduct(page, site, GYOKURO, { ...SHEET_R, shortDescription: SUMMARY_HEALTH }),
  'product-r-not-done': async () => {},

  'voucher-r-complete': (page, site) => voucherAndPage(page, site, springVoucher(), MARGIN_R),
  'voucher-r-page-code-typo': async (page, site) => {
    await createVoucher(page, site, springVoucher());
    await writeNote(page, site, 'q2', MARGIN_R);
    await offerPage(
      page,
      site,
      PAGE_R.replace('code OLEANE5', 'code OLEANE05'),
      META_PAGE_R.replace('OLEANE5', 'OLEANE05'),
    );
  },
  'voucher-r-ends-today': (page, site) =>
    voucherAndPage(page, site, springVoucher({ dateTo: isoDay(new Date()) }), MARGIN_R),
  'voucher-r-wrong-reasoning': (page, site) => voucherAndPage(page, site, springVoucher(), MARGIN_WRONG),
  'voucher-r-decimal-percent': async (page, site) => {
    await createVoucher(page, site, springVoucher({ value: '0,05' }));
    await offerPage(page, site);
  },
  'voucher-r-not-done': async () => {},

  'cart-r-complete': async (page, site) => {
    const { before, notice } = await codeInCart(page, site);
    const after = await grandTotal(page);
    await writeNote(
      page,
      site,
      'q3',
      `Gyokuro bio mis au panier. Total avant réduction : ${before}. Code OLEANE5 saisi : « ${notice} ». Total après réduction : ${after}. La remise de 5 % est bien appliquée, pas d’anomalie.`,
    );
  },
  // After the code, the checkout page opened (not validated) to read the total there.
  'cart-r-checkout-visited': async (page, site) => {
    const { before, notice } = await codeInCart(page, site);
    await page.goto(`${site}/commande`);
    await pause(1_000);
    const after = await grandTotal(page);
    await writeNote(
      page,
      site,
      'q3',
      `Gyokuro bio au panier, total avant réduction : ${before}. Code OLEANE5 : « ${notice} ». J’ai ouvert la page de commande sans la valider : total à payer après réduction, livraison comprise : ${after}. Le code fonctionne, aucune anomalie.`,
    );
  },
  'cart-r-discount-only': async (page, site) => {
    await codeInCart(page, site);
    const amount = await discount(page);
    await writeNote(
      page,
      site,
      'q3',
      `Code OLEANE5 testé sur le Gyokuro : accepté, réduction de ${amount.replace('-', '')}.`,
    );
  },
  // The subtotal read twice (before and after): the candidate concludes the code does nothing.
  'cart-r-false-anomaly': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    const before = await subtotal(page);
    await applyVoucher(page, site, 'OLEANE5');
    const after = await subtotal(page);
    await writeNote(
      page,
      site,
      'q3',
      `Total avant code : ${before}. Total après code OLEANE5 : ${after}. Anomalie : le montant ne baisse pas, la réduction ne s’applique pas. Il ne faut pas annoncer l’offre avant correction.`,
    );
  },
  'cart-r-not-done': async () => {},

  'reply-r-complete': (page, site) => reply(page, site, REPLY_R),
  'reply-r-free-return': (page, site) => reply(page, site, REPLY_FREE_RETURN),
  'reply-r-after-birthday': (page, site) => reply(page, site, REPLY_LATE),
  'reply-r-wrong-teas': (page, site) => reply(page, site, REPLY_WRONG_TEAS),
  'reply-r-public-page': replyAsPage,
  'reply-r-not-done': async () => {},

  'analysis-r-complete': (page, site) => analysis(page, site, `${FIGURES_R} ${CHOICE_R} ${REJECT_R}`),
  'analysis-r-turnover-excl-tax': (page, site) =>
    analysis(page, site, `${FIGURES_HT} ${CHOICE_R} ${REJECT_R}`),
  'analysis-r-refs-mistyped': (page, site) => analysis(page, site, REFS_MISTYPED),
  'analysis-r-promote-all': (page, site) => analysis(page, site, PROMOTE_ALL),
  'analysis-r-not-done': async () => {},
};
