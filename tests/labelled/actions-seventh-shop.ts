/**
 * What each shop variant of the seventh set (seventh.ts) does on the demo shop, as a candidate.
 * Texts are new, written for the variant's quality from the subject's annexes, by someone who
 * never read the rules.
 */
import type { Page } from 'puppeteer-core';
import {
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

const SUMMARY_T =
  'Ombré trois semaines avant sa cueillette de fin avril, à Yame, ce Gyokuro est un thé vert bio d’exception : liqueur vert jade, umami rond, notes d’épinard frais et d’algue. Infusez 4 g à 60 °C pendant 2 minutes, trois fois.';
const SHEET_T: ProductSheet = {
  price: '9,90',
  stock: '80',
  category: 'thes-verts',
  shortDescription: SUMMARY_T,
  metaTitle: 'Gyokuro, thé vert bio ombré de Yame | Jardins d’Oléane',
  metaDescription:
    'Gyokuro de Yame, thé vert bio ombré trois semaines : umami rond, aucune amertume. Conseils d’infusion et envoi soigné depuis Annecy.',
  friendlyUrl: 'gyokuro-the-vert-bio-yame',
};
const SUMMARY_ENGLISH =
  'Shaded for three weeks before its late-April harvest in Yame, this organic Gyokuro green tea offers a jade liquor, a round umami taste and notes of fresh spinach. Brew 4 g at 60 °C for 2 minutes, up to three times.';
const SUMMARY_FALSE =
  'Venu des montagnes du Zhejiang, en Chine, ce thé vert bio corsé se prépare à l’eau bouillante : laissez infuser 5 minutes pour libérer toute son amertume. Un thé de caractère, idéal le matin avec un nuage de lait.';
const NEIGHBOUR = 23;

// ——— Question 2: the voucher and its page ———

const PAGE_T = [
  'Les premières récoltes de printemps sont arrivées : pour les fêter, Les Jardins d’Oléane lancent le Printemps des thés verts bio.',
  'Avec le code OLEANE5, bénéficiez de 5 % de réduction sur le montant de votre commande. Le code est valable dès aujourd’hui et jusqu’au 31 mai, une seule fois par client, et il est réservé aux 30 premiers paniers : ne tardez pas !',
  'Saisissez simplement OLEANE5 dans votre panier avant de valider. C’est l’occasion de découvrir le Gyokuro de Yame, le Sencha ou le Long Jing, cultivés en bio par de petits producteurs et analysés par un laboratoire français.',
].join('\n');
const PAGE_CONTRADICTS = [
  'Les premières récoltes de printemps sont arrivées : pour les fêter, Les Jardins d’Oléane lancent le Printemps des thés verts bio.',
  'Avec le code OLEANE5, bénéficiez de 5 % de réduction sur le montant de vos commandes, jusqu’au 30 juin, sans limite de paniers et autant de fois que vous le souhaitez : faites-vous plaisir tout le printemps !',
  'Saisissez simplement OLEANE5 dans votre panier avant de valider. C’est l’occasion de découvrir le Gyokuro de Yame, le Sencha ou le Long Jing, cultivés en bio par de petits producteurs et analysés par un laboratoire français.',
].join('\n');
const PAGE_META_T =
  'Printemps des thés verts bio : 5 % sur votre commande avec le code OLEANE5, jusqu’au 31 mai, une fois par client, pour les 30 premiers paniers.';

const infoPage = async (page: Page, site: string, text: string, metaDescription: string) => {
  await createInfoPage(page, site, {
    text,
    metaTitle: 'Printemps des thés verts bio | Les Jardins d’Oléane',
    metaDescription,
    slug: 'printemps-thes-verts-bio',
  });
  await pause(800);
};

// ——— Question 4: the reply ———

const REPLY_T =
  'Bonjour Madame Fontaine, merci pour votre message et pour la confiance que vous nous accordez depuis votre première commande. Nous sommes navrés que la boîte de Bai Mu Dan vous soit parvenue cabossée. Pourriez-vous nous envoyer une photo de la boîte et de l’emballage ? Dès réception, nous vous expédions une boîte neuve à nos frais, pour qu’elle arrive avant l’anniversaire de votre maman le 20 avril. Quant au Chaï masala non ouvert, vous bénéficiez du droit de rétractation de 14 jours après réception : renvoyez-le-nous, les frais de retour sont à votre charge, et nous vous rembourserons sous 14 jours après réception du colis. Bien cordialement, le service client des Jardins d’Oléane.';
const REPLY_COURIER = REPLY_T.replace(
  'nous vous expédions une boîte neuve à nos frais, pour qu’elle arrive avant l’anniversaire de votre maman le 20 avril.',
  'un coursier vous apporte dès demain une boîte neuve à Chambéry, à nos frais, bien avant l’anniversaire de votre maman le 20 avril.',
);
const REPLY_FEES =
  'Bonjour Madame Fontaine, merci pour votre message. Pour la boîte cabossée, envoyez-nous une photo et nous vous en renverrons une neuve avant le 20 avril. Pour le Chaï masala, nous acceptons le retour dans le cadre du droit de rétractation de 14 jours. Nous vous rembourserons le produit, déduction faite des frais de retour forfaitaires de 8 € et de 5 € de frais de dossier pour le traitement de votre demande. Merci pour votre fidélité. Cordialement, le service client des Jardins d’Oléane.';

// ——— Question 5: the analysis ———

const CONVERSION_T =
  'Conversion (ventes ÷ visites) : JDO-0022 2,50 % ; JDO-0151 3,95 % ; JDO-0044 0,88 % ; JDO-0026 5,94 % ; JDO-0173 1,18 % ; JDO-0012 4,67 % ; JDO-0062 4,49 % ; JDO-0030 0,61 %.';
const TURNOVER_T =
  'CA 30 jours (ventes × prix TTC) : JDO-0022 306,90 € ; JDO-0151 537,20 € ; JDO-0044 769,50 € ; JDO-0026 209,00 € ; JDO-0173 196,80 € ; JDO-0012 283,50 € ; JDO-0062 281,60 € ; JDO-0030 157,50 €.';
const MARGIN_AS_TURNOVER =
  'CA 30 jours (ventes × prix × taux de marge) : JDO-0022 159,59 € ; JDO-0151 257,86 € ; JDO-0044 315,50 € ; JDO-0026 121,22 € ; JDO-0173 108,24 € ; JDO-0012 130,41 € ; JDO-0062 168,96 € ; JDO-0030 78,75 €.';
const CHOICE_T =
  'Je propose JDO-0022 Gyokuro bio, produit phare de l’opération, avec une marge de 52 %, 80 en stock et 1 240 visites à mieux convertir (2,50 %), et JDO-0151 Long Jing bio, le thé vert qui convertit le mieux (3,95 %) et qui réalise 537,20 € de CA avec 48 % de marge ; son stock de 22 est à réapprovisionner. À ne pas mettre en avant : JDO-0030 Blanc de Darjeeling, dernier lot (11 en stock) et conversion la plus faible (0,61 %).';
const CONTRADICTS = `${CONVERSION_T} ${TURNOVER_T} Je choisis JDO-0022 Gyokuro, qui a la meilleure conversion du tableau, et JDO-0151 Long Jing, qui a le plus gros stock et la meilleure marge : ce sont clairement nos deux meilleurs produits du printemps.`;

const CATEGORY_META_T =
  'Sélection de printemps des Jardins d’Oléane : deux thés verts bio de première récolte à découvrir, choisis par notre équipe à Annecy.';
const category = async (page: Page, site: string, name: string, urlKey: string) => {
  await page.goto(`${site}/admin/categories/new`);
  await type(page, '#category-name', name);
  await paste(page, '#category-description', 'Les deux thés mis en avant pendant l’opération de printemps.');
  await page.select('#category-active', '1');
  await type(page, '#category-meta-title', `${name} | Les Jardins d’Oléane`);
  await paste(page, '#category-meta-description', CATEGORY_META_T);
  await type(page, '#category-url-key', urlKey);
  await submit(page, '#save-category');
};

export const SEVENTH_SHOP_ACTIONS: Record<string, Act> = {
  'product-t-complete': async (page, site) => {
    await saveProduct(page, site, GYOKURO, SHEET_T);
    await openProductPage(page, site, GYOKURO);
  },
  'product-t-english-summary': async (page, site) => {
    await saveProduct(page, site, GYOKURO, { ...SHEET_T, shortDescription: SUMMARY_ENGLISH });
    await openProductPage(page, site, GYOKURO);
  },
  'product-t-title-no-keyword': async (page, site) => {
    await saveProduct(page, site, GYOKURO, { ...SHEET_T, metaTitle: 'Gyokuro de Yame | Jardins d’Oléane' });
    await openProductPage(page, site, GYOKURO);
  },
  'product-t-false-facts': async (page, site) => {
    await saveProduct(page, site, GYOKURO, { ...SHEET_T, shortDescription: SUMMARY_FALSE });
    await openProductPage(page, site, GYOKURO);
  },
  'product-t-neighbour': async (page, site) => {
    await saveProduct(page, site, NEIGHBOUR, SHEET_T);
    await openProductPage(page, site, NEIGHBOUR);
  },
  'product-t-not-reached': async () => {},

  'voucher-t-complete': async (page, site) => {
    await createVoucher(page, site, VOUCHER);
    await infoPage(page, site, PAGE_T, PAGE_META_T);
  },
  'voucher-t-page-no-meta': async (page, site) => {
    await createVoucher(page, site, VOUCHER);
    await infoPage(page, site, PAGE_T, '');
  },
  'voucher-t-page-contradicts': async (page, site) => {
    await createVoucher(page, site, VOUCHER);
    await infoPage(page, site, PAGE_CONTRADICTS, PAGE_META_T);
  },
  'voucher-t-limits-swapped': async (page, site) => {
    await createVoucher(page, site, { ...VOUCHER, quantity: '1', perCustomer: '30' });
    // The shop refuses 30 per customer above a total of 1; the candidate lowers the per-customer
    // figure and keeps the total of 1 (the swap stays: one use in all).
    await page.waitForSelector('#voucher-quantity-per-customer');
    await type(page, '#voucher-quantity-per-customer', '1');
    await submit(page, '#save-voucher');
    await infoPage(page, site, PAGE_T, PAGE_META_T);
  },
  'voucher-t-abandoned': async (page, site) => {
    await page.goto(`${site}/admin/bons/new`);
    await type(page, '#voucher-name', VOUCHER.name);
    await type(page, '#voucher-code', VOUCHER.code);
    await type(page, '#voucher-reduction-value', VOUCHER.value);
    await pause(800);
    await page.goto(`${site}/admin`);
  },

  'cart-t-complete': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    const before = await cartTotals(page);
    const notice = await applyVoucher(page, site, 'OLEANE5');
    const after = await cartTotals(page);
    await writeNote(
      page,
      site,
      'q3',
      `Panier test : un Gyokuro bio. Avant le code : ${before}. Saisie de OLEANE5 : ${notice}. Après le code : ${after}.`,
    );
  },
  'cart-t-before-only': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    const before = await cartTotals(page);
    await applyVoucher(page, site, 'OLEANE5');
    await writeNote(page, site, 'q3', `Total avant réduction : ${before}. Le code OLEANE5 marche.`);
  },
  'cart-t-hand-computed': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await writeNote(
      page,
      site,
      'q3',
      'Gyokuro au panier : 9,90 €. Avec OLEANE5 (5 %), la réduction sera de 0,50 €, soit 9,40 € après réduction.',
    );
  },
  'cart-t-back-office': async (page, site) => {
    await page.goto(`${site}/admin/bons`);
    await pause(1_000);
    await writeNote(page, site, 'q3', 'Vérifié dans la liste des bons de réduction : code OLEANE5 actif.');
  },

  'reply-t-complete': async (page, site) => {
    await setOrderState(page, site, 'Retour accepté');
    await writeNote(page, site, 'q4', REPLY_T);
  },
  'reply-t-courier': async (page, site) => {
    await setOrderState(page, site, 'Retour accepté');
    await writeNote(page, site, 'q4', REPLY_COURIER);
  },
  'reply-t-cancelled': async (page, site) => {
    await setOrderState(page, site, 'Annulée');
    await writeNote(page, site, 'q4', REPLY_T);
  },
  'reply-t-handling-fee': async (page, site) => {
    await setOrderState(page, site, 'Retour accepté');
    await writeNote(page, site, 'q4', REPLY_FEES);
  },
  'reply-t-eight-words': async (page, site) => {
    await openOrder(page, site);
    await pause(1_000);
    await writeNote(page, site, 'q4', 'Je vais voir avec Mme Ferrand.');
  },

  'analysis-t-complete': async (page, site) => {
    await writeNote(page, site, 'q5', `${CONVERSION_T} ${TURNOVER_T} ${CHOICE_T}`);
    await category(page, site, 'Sélection de printemps', 'selection-de-printemps');
  },
  'analysis-t-margin-as-turnover': async (page, site) => {
    await writeNote(page, site, 'q5', `${CONVERSION_T} ${MARGIN_AS_TURNOVER} ${CHOICE_T}`);
    await category(page, site, 'Sélection de printemps', 'selection-de-printemps');
  },
  'analysis-t-wrong-name': async (page, site) => {
    await writeNote(page, site, 'q5', `${CONVERSION_T} ${TURNOVER_T} ${CHOICE_T}`);
    await category(page, site, 'Promo avril', 'promo-avril');
  },
  'analysis-t-contradicts': async (page, site) => {
    await writeNote(page, site, 'q5', CONTRADICTS);
    await category(page, site, 'Sélection de printemps', 'selection-de-printemps');
  },
};
