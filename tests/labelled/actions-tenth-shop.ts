/**
 * What each shop variant of the tenth set (tenth.ts) does on the demo shop, as a candidate.
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
  type VoucherForm,
} from '../e2e/support/shopper.ts';
import { GYOKURO, putInCart, writeNote } from './actions.ts';

type Act = (page: Page, site: string) => Promise<void>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ——— Question 1: the product sheet ———

const SUMMARY_Y =
  'Thé vert bio de Yame, au Japon, le Gyokuro est ombré trois semaines avant sa cueillette de printemps : liqueur vert jade, saveur umami très ronde, aucune amertume. 4 g, eau à 60 °C, 2 minutes, et ses feuilles se réinfusent trois fois.';
const SHEET_Y: ProductSheet = {
  price: '9,90',
  stock: '80',
  category: 'thes-verts',
  shortDescription: SUMMARY_Y,
  metaTitle: 'Gyokuro bio de Yame, thé vert bio japonais | Jardins d’Oléane',
  metaDescription:
    'Gyokuro de Yame, thé vert bio ombré au goût umami, doux et sans amertume. Récolte de printemps 2025, sachet de 100 g expédié depuis Annecy.',
  friendlyUrl: 'gyokuro-the-vert-bio-100-g',
};

/** Back office › Produits: searches the reference, opens the sheet from the list, fills it. */
const viaAdminSearch = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/produits`);
  await type(page, '#product-search', 'JDO-0022');
  await submit(page, 'form[role=search] button[type=submit]');
  // The row's « Modifier » link (followed by its address: the overlay may sit over the column).
  const href = await page.$eval(`tr[data-product-id="${GYOKURO}"] a`, (link) => link.getAttribute('href'));
  await page.goto(`${site}${href}`);
  await type(page, '#product-price', SHEET_Y.price!);
  await type(page, '#product-stock', SHEET_Y.stock!);
  await page.select('#product-category', SHEET_Y.category!);
  await paste(page, '#product-short-description', SHEET_Y.shortDescription!);
  await type(page, '#product-meta-title', SHEET_Y.metaTitle!);
  await paste(page, '#product-meta-description', SHEET_Y.metaDescription!);
  await type(page, '#product-link-rewrite', SHEET_Y.friendlyUrl!);
  await submit(page, '#save-product');
  await openProductPage(page, site, GYOKURO);
  await pause(800);
};

// ——— Question 2: the voucher and its page ———

const iso = (date: Date) => date.toISOString().slice(0, 10);
/** From the day of the exam to the next 31 May (or 30 April), as a candidate types them. */
const voucherOf = (end: '05-31' | '04-30', value = '5'): VoucherForm => {
  const today = new Date();
  const year = today.getUTCMonth() >= 4 ? today.getUTCFullYear() + 1 : today.getUTCFullYear();
  return {
    name: 'Printemps des thés verts bio',
    code: 'OLEANE5',
    dateFrom: iso(today),
    dateTo: `${year}-${end}`,
    quantity: '30',
    perCustomer: '1',
    type: 'percent',
    value,
  };
};

const PAGE_Y = [
  'Le Printemps des thés verts bio commence aux Jardins d’Oléane ! Pour fêter l’arrivée de la première récolte, nous offrons 5 % de réduction sur le montant de la commande à nos premiers acheteurs.',
  'Comment en profiter ? Saisissez le code OLEANE5 dans votre panier avant de valider votre commande.',
  'Conditions de l’offre : réduction de 5 % sur le montant de la commande, valable dès aujourd’hui et jusqu’au 31 mai inclus, utilisable une seule fois par client et limitée aux 30 premiers paniers. Offre non cumulable avec un autre code.',
  'Gyokuro de Yame, Long Jing du Zhejiang, Sencha de Shizuoka : découvrez toute notre gamme de thés verts bio, sélectionnés auprès de petits producteurs et analysés en France.',
].join('\n');
const PAGE_META_Y =
  'Printemps des thés verts bio : 5 % de réduction avec le code OLEANE5 jusqu’au 31 mai, une fois par client et pour les 30 premiers paniers.';
const MARGIN_Y =
  'Intérêt des restrictions : 5 % seulement, une utilisation par client et 30 paniers au maximum, c’est un coût plafonné et connu d’avance ; l’offre récompense les premiers acheteurs sans rogner la marge sur toute la saison, et la date de fin crée l’urgence.';

const offerPage = (page: Page, site: string) =>
  createInfoPage(page, site, {
    text: PAGE_Y,
    metaTitle: 'Printemps des thés verts bio : code OLEANE5 | Jardins d’Oléane',
    metaDescription: PAGE_META_Y,
    slug: 'printemps-des-thes-verts-bio',
  });

/** The offer's page, as createInfoPage fills it, but under another title. */
const pageTitledOtherwise = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/pages/new`);
  await type(page, '#cms-title', 'Promo du moment');
  await paste(page, '#cms-content', PAGE_Y);
  await page.select('#cms-displayed', '1');
  await type(page, '#cms-meta-title', 'Promo du moment : code OLEANE5 | Jardins d’Oléane');
  await paste(page, '#cms-meta-description', PAGE_META_Y);
  await type(page, '#cms-slug', 'promo-du-moment');
  await submit(page, '#save-cms-page');
  await page.goto(`${site}/page/promo-du-moment`);
  await pause(800);
};

// ——— Question 3: the cart ———

/** The cart's « Total TTC » as the shopper reads it. */
const grandTotal = (page: Page) => page.$eval('#cart-total', (node) => node.textContent?.trim() ?? '');

/** The cart's totals before and after the code, in that order, and the shop's notice. */
const tryCode = async (page: Page, site: string) => {
  const before = await grandTotal(page);
  const notice = await applyVoucher(page, site, 'OLEANE5');
  const after = await grandTotal(page);
  return { before, notice, after };
};

/** Shop › Thés verts, page after page until the Gyokuro's card, then into the cart. */
const viaCategory = async (page: Page, site: string) => {
  let href: string | null = null;
  for (let n = 1; n <= 5 && !href; n++) {
    await page.goto(`${site}/produits?categorie=thes-verts${n > 1 ? `&page=${n}` : ''}`);
    await pause(500);
    href = await page
      .$eval(`li.product-card[data-product-id="${GYOKURO}"] a`, (link) => link.getAttribute('href'))
      .catch(() => null);
  }
  if (!href) throw new Error('Gyokuro not found in the green teas');
  await page.goto(`${site}${href}`);
  await addToCart(page);
  const { before, notice, after } = await tryCode(page, site);
  await writeNote(
    page,
    site,
    'q3',
    `Gyokuro trouvé dans la catégorie Thés verts de la boutique, ajouté au panier. Total avant le code : ${before}. Code OLEANE5 : ${notice}. Total après réduction : ${after}. La réduction de 5 % est bien appliquée, pas d’anomalie.`,
  );
};

/** Types the code into the shop's search box instead of the cart's promotion field. */
const codeInSearch = async (page: Page, site: string) => {
  await putInCart(page, site, GYOKURO);
  await page.goto(`${site}/produits`);
  await type(page, '#f-q', 'OLEANE5');
  await page.keyboard.press('Enter');
  await pause(1_500);
  await writeNote(
    page,
    site,
    'q3',
    'J’ai mis le Gyokuro au panier puis saisi le code OLEANE5 : aucun résultat, le code n’est pas reconnu. Anomalie : le code de réduction ne fonctionne pas.',
  );
};

// ——— Question 4: the reply ———

const REPLY_Y =
  'Bonjour Madame Fontaine, merci pour votre message et pour votre fidélité. Nous sommes vraiment désolés que la boîte de Bai Mu Dan vous soit parvenue cabossée. Pourriez-vous nous envoyer une photo de la boîte et du colis ? Dès réception, nous vous expédions une boîte neuve à nos frais, en envoi rapide, pour qu’elle arrive avant l’anniversaire de votre maman le 20 avril. Pour le Chaï masala, vous pouvez exercer votre droit de rétractation : vous disposez de 14 jours après la réception de votre colis pour nous le renvoyer non ouvert. Les frais de retour sont normalement à votre charge, mais nous vous envoyons une étiquette prépayée pour vous remercier de votre patience. Vous serez remboursée sous 14 jours. Bien cordialement, le service client des Jardins d’Oléane';
const REPLY_NO_RETRACTION =
  'Bonjour Madame Fontaine, merci de nous avoir écrit et toutes nos excuses pour la boîte de thé blanc abîmée. Envoyez-nous simplement une photo de la boîte et de l’emballage : nous vous renverrons aussitôt une boîte neuve, qui arrivera avant le 20 avril. Quant au Chaï masala, pas de souci : vous pouvez nous le renvoyer sous 14 jours puisqu’il n’est pas ouvert, et nous vous rembourserons à réception. Les frais de retour restent à votre charge. Merci pour votre confiance, à très bientôt. Le service client des Jardins d’Oléane';
const REPLY_SMS =
  'Bjr Mme Fontaine, dsl pr la boîte ! On vous en renvoie une. Pr le chaï pas de pb vous pouvez le renvoyer, on vous rembourse. Bonne journée !';

const reply = async (page: Page, site: string, state: string, text: string) => {
  await openOrder(page, site);
  await pause(800);
  await setOrderState(page, site, state);
  await writeNote(page, site, 'q4', text);
};

// ——— Question 5: the analysis ———

const FIGURES_Y =
  'Calculs (conversion = ventes ÷ visites ; CA = ventes × prix TTC) : JDO-0022 Gyokuro : 2,5 % et 306,90 € ; JDO-0151 Long Jing : 4,0 % et 537,20 € ; JDO-0044 Matcha : 0,9 % et 769,50 € ; JDO-0026 Verveine jasmin : 5,9 % et 209,00 € ; JDO-0173 Chaï masala : 1,2 % et 196,80 € ; JDO-0012 Darjeeling : 4,7 % et 283,50 € ; JDO-0062 Rooibos : 4,5 % et 281,60 € ; JDO-0030 Blanc pêche : 0,6 % et 157,50 €.';
const CHOICE_Y =
  'Mon choix : JDO-0151 Long Jing bio, le thé vert qui convertit le mieux (4,0 %) avec le deuxième CA (537,20 €) et 48 % de marge ; et JDO-0022 Gyokuro bio, produit vedette de l’opération, meilleure marge des thés verts (52 %) et 80 sachets en stock, dont la conversion de 2,5 % profitera de la page d’accueil. À ne pas mettre en avant : JDO-0030 Blanc de Darjeeling pêche blanche, dernier lot de la saison avec 11 unités et une conversion de 0,6 % : la rupture serait rapide et décevrait les clients.';
const TABLE_Y = [
  'Réf. | Produit | Conversion | CA 30 j',
  'JDO-0022 | Gyokuro | 2,5 % | 306,90 €',
  'JDO-0151 | Long Jing | 4,0 % | 537,20 €',
  'JDO-0044 | Matcha | 0,9 % | 769,50 €',
  'JDO-0026 | Verveine jasmin | 5,9 % | 209,00 €',
  'JDO-0173 | Chaï masala | 1,2 % | 196,80 €',
  'JDO-0012 | Darjeeling | 4,7 % | 283,50 €',
  'JDO-0062 | Rooibos | 4,5 % | 281,60 €',
  'JDO-0030 | Blanc pêche | 0,6 % | 157,50 €',
  CHOICE_Y,
].join('\n');
const NO_REFS =
  'Conversion et CA : Gyokuro 2,5 % / 306,90 € ; Long Jing 4,0 % / 537,20 € ; Matcha 0,9 % / 769,50 € ; Verveine jasmin 5,9 % / 209,00 € ; Chaï masala 1,2 % / 196,80 € ; Darjeeling 4,7 % / 283,50 € ; Rooibos 4,5 % / 281,60 € ; Blanc pêche 0,6 % / 157,50 €. Je mets en avant le Long Jing bio, meilleure conversion des thés verts (4,0 %) et 48 % de marge, et le Gyokuro bio, qui a la meilleure marge des thés verts (52 %) et assez de stock pour l’opération. Je n’expose pas le Blanc de Darjeeling pêche blanche : c’est le dernier lot, avec seulement 11 unités et 0,6 % de conversion.';
const NO_CONVERSION =
  'Chiffre d’affaires sur 30 jours (ventes × prix) : JDO-0022 Gyokuro 306,90 € ; JDO-0151 Long Jing 537,20 € ; JDO-0044 Matcha 769,50 € ; JDO-0026 Verveine 209,00 € ; JDO-0173 Chaï 196,80 € ; JDO-0012 Darjeeling 283,50 € ; JDO-0062 Rooibos 281,60 € ; JDO-0030 Blanc pêche 157,50 €. Je choisis JDO-0151 Long Jing bio (537,20 € de CA, 48 % de marge, un thé vert comme le veut l’opération) et JDO-0022 Gyokuro bio (52 % de marge, 80 en stock, produit phare du printemps). J’écarte JDO-0030 Blanc pêche : dernier lot, 11 en stock seulement, le mettre en avant créerait une rupture.';

const CATEGORY_META_Y =
  'Sélection de printemps : deux thés verts bio de première récolte choisis par Les Jardins d’Oléane à Annecy, à découvrir pendant l’opération.';
const CATEGORY_META_LONG =
  'Découvrez la Sélection de printemps des Jardins d’Oléane à Annecy : nos thés verts bio de première récolte, Gyokuro de Yame et Long Jing du Zhejiang, choisis auprès de petits producteurs, analysés en France et à prix doux pendant toute l’opération de printemps.';

interface CategoryForm {
  description: string;
  metaTitle?: string;
  metaDescription?: string;
}
const springCategory = async (page: Page, site: string, form: CategoryForm) => {
  await page.goto(`${site}/admin/categories/new`);
  await type(page, '#category-name', 'Sélection de printemps');
  await paste(page, '#category-description', form.description);
  await page.select('#category-active', '1');
  if (form.metaTitle) await type(page, '#category-meta-title', form.metaTitle);
  if (form.metaDescription) await paste(page, '#category-meta-description', form.metaDescription);
  await type(page, '#category-url-key', 'selection-de-printemps');
  await submit(page, '#save-category');
};
const FULL_CATEGORY: CategoryForm = {
  description: 'Nos deux thés verts bio coups de cœur de la récolte de printemps.',
  metaTitle: 'Sélection de printemps : thés verts bio | Jardins d’Oléane',
  metaDescription: CATEGORY_META_Y,
};
const analysis = async (page: Page, site: string, note: string, category = FULL_CATEGORY) => {
  await writeNote(page, site, 'q5', note);
  await springCategory(page, site, category);
};

export const TENTH_SHOP_ACTIONS: Record<string, Act> = {
  'product-y-complete': async (page, site) => {
    await saveProduct(page, site, GYOKURO, SHEET_Y);
    await openProductPage(page, site, GYOKURO);
    await pause(800);
  },
  'product-y-via-admin-search': viaAdminSearch,
  'product-y-meta-is-summary': async (page, site) => {
    await saveProduct(page, site, GYOKURO, { ...SHEET_Y, metaDescription: SUMMARY_Y });
    await openProductPage(page, site, GYOKURO);
    await pause(800);
  },
  'product-y-not-viewed': (page, site) => saveProduct(page, site, GYOKURO, SHEET_Y),
  'product-y-summary-only': (page, site) => saveProduct(page, site, GYOKURO, { shortDescription: SUMMARY_Y }),
  'product-y-not-done': async () => {},

  'voucher-y-complete': async (page, site) => {
    await createVoucher(page, site, voucherOf('05-31'));
    await writeNote(page, site, 'q2', MARGIN_Y);
    await offerPage(page, site);
  },
  // The end date slips to 30 April; the page still says 31 May.
  'voucher-y-end-april': async (page, site) => {
    await createVoucher(page, site, voucherOf('04-30'));
    await offerPage(page, site);
  },
  'voucher-y-page-titled-otherwise': async (page, site) => {
    await createVoucher(page, site, voucherOf('05-31'));
    await pageTitledOtherwise(page, site);
  },
  // « 5 % » in the value field: the form is refused, and the candidate moves on to the page.
  'voucher-y-refused-unnoticed': async (page, site) => {
    await createVoucher(page, site, voucherOf('05-31', '5 %'));
    await pause(600);
    await offerPage(page, site);
  },
  'voucher-y-not-done': async () => {},

  'cart-y-complete': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    const { before, notice, after } = await tryCode(page, site);
    await writeNote(
      page,
      site,
      'q3',
      `Gyokuro bio ajouté au panier. Total avant réduction : ${before}. Code OLEANE5 saisi : ${notice}. Total après réduction : ${after}. La remise de 5 % est correcte, aucune anomalie constatée.`,
    );
  },
  'cart-y-via-category': viaCategory,
  // The two totals noted the wrong way round.
  'cart-y-totals-swapped': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    const { before, notice, after } = await tryCode(page, site);
    await writeNote(
      page,
      site,
      'q3',
      `Code OLEANE5 : ${notice}. Total avant réduction : ${after}. Total après réduction : ${before}.`,
    );
  },
  'cart-y-notes-in-q2': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    const { before, notice, after } = await tryCode(page, site);
    await writeNote(
      page,
      site,
      'q2',
      `Test du panier avec le Gyokuro : total avant ${before}, code OLEANE5 ${notice}, total après ${after}. Réduction de 5 % correcte.`,
    );
  },
  'cart-y-code-in-search': codeInSearch,
  'cart-y-not-done': async () => {},

  'reply-y-complete': (page, site) => reply(page, site, 'Retour accepté', REPLY_Y),
  'reply-y-wrong-name': (page, site) =>
    reply(page, site, 'Retour accepté', REPLY_Y.replace('Madame Fontaine', 'Madame Fontana')),
  'reply-y-retraction-unnamed': (page, site) => reply(page, site, 'Retour accepté', REPLY_NO_RETRACTION),
  // Sets « Expédiée », thinking of the replacement box.
  'reply-y-state-shipped': (page, site) => reply(page, site, 'Expédiée', REPLY_Y),
  'reply-y-sms-style': (page, site) => writeNote(page, site, 'q4', REPLY_SMS),
  'reply-y-not-done': async () => {},

  'analysis-y-complete': (page, site) => analysis(page, site, `${FIGURES_Y} ${CHOICE_Y}`),
  'analysis-y-table': (page, site) => analysis(page, site, TABLE_Y),
  'analysis-y-no-refs': (page, site) => analysis(page, site, NO_REFS),
  'analysis-y-no-conversion': (page, site) => analysis(page, site, NO_CONVERSION),
  'analysis-y-category-meta-long': (page, site) =>
    analysis(page, site, `${FIGURES_Y} ${CHOICE_Y}`, {
      ...FULL_CATEGORY,
      metaDescription: CATEGORY_META_LONG,
    }),
  // The whole analysis, margins included, typed into the category's public description.
  'analysis-y-in-category-description': (page, site) =>
    springCategory(page, site, { description: `${FIGURES_Y}\n${CHOICE_Y}` }),
  'analysis-y-not-done': async () => {},
};
