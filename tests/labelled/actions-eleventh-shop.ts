/**
 * What each shop variant of the eleventh set (eleventh.ts) does on the demo shop, as a
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

const SUMMARY_Z =
  'Un thé vert bio d’exception venu de Yame, au Japon : ombré trois semaines avant la récolte de printemps, le Gyokuro offre une liqueur vert jade, une saveur umami très ronde et aucune amertume. Infusez 4 g à 60 °C pendant 2 minutes, trois fois de suite.';
const META_Z =
  'Gyokuro de Yame, thé vert bio ombré à la saveur umami, doux et sans amertume : récolte de printemps 2025 en sachet de 100 g, expédié depuis Annecy.';
const SHEET_Z: ProductSheet = {
  price: '9,90',
  stock: '80',
  category: 'thes-verts',
  shortDescription: SUMMARY_Z,
  metaTitle: 'Gyokuro, thé vert bio de Yame | Les Jardins d’Oléane',
  metaDescription: META_Z,
  friendlyUrl: 'gyokuro-the-vert-bio',
};
const LONG_TITLE =
  'Gyokuro bio de Yame – thé vert bio japonais ombré, récolte de printemps 2025, vrac 100 g | Les Jardins d’Oléane';
const DRAFT_IN_NOTES = `Fiche produit — prix 9,90 € et stock 80 enregistrés. Textes préparés : résumé : « ${SUMMARY_Z} » ; balise titre : « Gyokuro, thé vert bio de Yame | Les Jardins d’Oléane » ; méta description : « ${META_Z} ».`;

// ——— Question 2: the voucher and its page ———

/** From the day of the exam (or the next day) to the next 31 May, as a candidate types them. */
const voucherOf = (startOffsetDays = 0, name = 'Printemps des thés verts bio'): VoucherForm =>
  springVoucher({ name }, startOffsetDays);

const PAGE_Z = [
  'C’est le Printemps des thés verts bio aux Jardins d’Oléane ! La première récolte de l’année est arrivée de nos petits producteurs du Japon et de Chine, et nous avons voulu remercier nos premiers acheteurs.',
  'Votre avantage : 5 % de réduction sur le montant de votre commande avec le code OLEANE5, à saisir dans votre panier.',
  'Conditions : offre valable dès aujourd’hui et jusqu’au 31 mai inclus, une seule utilisation par client, réservée aux 30 premiers paniers. Non cumulable avec un autre code promo.',
  'Gyokuro de Yame, Sencha de Shizuoka, Long Jing du Zhejiang : toute notre gamme de thés verts bio vous attend en ligne et dans notre boutique d’Annecy.',
].join('\n');
const PAGE_MARGIN = `${PAGE_Z}\nPourquoi ces limites ? Une seule utilisation par client et 30 paniers au maximum nous permettent de protéger notre marge tout en récompensant les plus rapides.`;
const PAGE_META_Z =
  'Printemps des thés verts bio : 5 % de remise avec le code OLEANE5 jusqu’au 31 mai, une fois par client, pour les 30 premiers paniers.';
const MARGIN_Z =
  'Intérêt des restrictions : avec 5 %, une seule utilisation par client et 30 paniers au plus, le coût de l’offre est plafonné et connu d’avance (30 remises au maximum) ; elle attire de nouveaux acheteurs sans brader toute la saison, et la date de fin du 31 mai pousse à commander vite.';

const offerPage = (page: Page, site: string, text = PAGE_Z) =>
  createInfoPage(page, site, {
    text,
    metaTitle: 'Printemps des thés verts bio : code OLEANE5 | Jardins d’Oléane',
    metaDescription: PAGE_META_Z,
    slug: 'printemps-des-thes-verts-bio',
  });

// ——— Question 3: the cart ———

const grandTotal = (page: Page) => page.$eval('#cart-total', (node) => node.textContent?.trim() ?? '');
const euros = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));

const tryCode = async (page: Page, site: string) => {
  await putInCart(page, site, GYOKURO);
  const before = await grandTotal(page);
  const notice = await applyVoucher(page, site, 'OLEANE5');
  const after = await grandTotal(page);
  return { before, notice, after };
};

/** OLEANE5 applied, then BIENVENUE10 tried in its place to see whether codes add up, then OLEANE5 back. */
const welcomeStacked = async (page: Page, site: string) => {
  const { before, notice, after } = await tryCode(page, site);
  await submit(page, '#remove-voucher');
  const welcome = await applyVoucher(page, site, 'BIENVENUE10');
  const withWelcome = await grandTotal(page);
  await submit(page, '#remove-voucher');
  await applyVoucher(page, site, 'OLEANE5');
  await writeNote(
    page,
    site,
    'q3',
    `Gyokuro bio au panier. Total avant réduction : ${before}. Code OLEANE5 : ${notice}. Total après réduction : ${after}, soit bien 5 % de moins. Test de cumul : le panier n’accepte qu’un code à la fois ; pour saisir BIENVENUE10 il faut retirer OLEANE5 (${welcome}, total ${withWelcome}). Les codes ne se cumulent pas, ce qui protège la marge. J’ai remis OLEANE5. Aucune anomalie.`,
  );
};

const rounded = async (page: Page, site: string) => {
  const { before, after } = await tryCode(page, site);
  const afterDown = (Math.floor(euros(after) * 10) / 10).toFixed(2).replace('.', ',');
  await writeNote(
    page,
    site,
    'q3',
    `Test du code OLEANE5 avec le Gyokuro : le code est accepté. Total avant réduction : environ ${Math.round(euros(before))} €. Total après : ${afterDown} €. Ça fonctionne.`,
  );
};

/** The cart opened empty: no product put in it, no code field, a wrong conclusion noted. */
const emptyCart = async (page: Page, site: string) => {
  await page.goto(`${site}/panier`);
  await pause(1_200);
  await writeNote(
    page,
    site,
    'q3',
    'Je suis allé dans le panier pour saisir OLEANE5 mais il n’y a pas de champ pour le code : le code de réduction ne marche pas. Anomalie à signaler.',
  );
};

// ——— Question 4: the reply ———

const REPLY_Z =
  'Bonjour Madame Fontaine, merci pour votre message et pour votre fidélité. Nous sommes sincèrement désolés que la boîte de Bai Mu Dan vous soit arrivée cabossée. Pourriez-vous nous envoyer une photo de la boîte abîmée et de son emballage ? Dès réception, nous vous expédions une boîte neuve à nos frais, en envoi express, pour qu’elle arrive avant l’anniversaire de votre maman le 20 avril. Pour le Chaï masala, vous pouvez exercer votre droit de rétractation : vous disposez de 14 jours à compter de la réception de votre colis pour nous le retourner non ouvert. Les frais de retour sont à votre charge, et nous vous rembourserons sous 14 jours après réception du paquet. Bien cordialement, le service client des Jardins d’Oléane';
const REPLY_GOODWILL = REPLY_Z.replace(
  ' Bien cordialement,',
  ' Pour nous faire pardonner, voici le code OLEANE5, qui vous offre 5 % sur votre prochaine commande de thés verts bio. Bien cordialement,',
);
const REPLY_NO_DELAY = REPLY_Z.replace(
  'vous disposez de 14 jours à compter de la réception de votre colis pour nous le retourner non ouvert',
  'il vous suffit de nous retourner le paquet non ouvert',
);
const REPLY_BOX_FORGOTTEN =
  'Bonjour Madame Fontaine, merci pour votre message. Concernant le Chaï masala, vous pouvez tout à fait exercer votre droit de rétractation : vous disposez de 14 jours à compter de la réception de votre colis pour nous le renvoyer, à condition qu’il ne soit pas ouvert, ce qui est votre cas. Les frais de retour sont à votre charge ; nous vous rembourserons le produit dans les 14 jours suivant sa réception. Nous vous remercions de votre confiance et restons à votre disposition. Bien cordialement, le service client des Jardins d’Oléane';

const reply = async (page: Page, site: string, text: string) => {
  await openOrder(page, site);
  await pause(800);
  await setOrderState(page, site, 'Retour accepté');
  await writeNote(page, site, 'q4', text);
};

// ——— Question 5: the analysis ———

const FIGURES_Z =
  'Conversion (ventes ÷ visites) et CA 30 jours (ventes × prix TTC) : JDO-0022 Gyokuro 2,5 % et 306,90 € ; JDO-0151 Long Jing 4,0 % et 537,20 € ; JDO-0044 Matcha 0,9 % et 769,50 € ; JDO-0026 Verveine jasmin 5,9 % et 209,00 € ; JDO-0173 Chaï masala 1,2 % et 196,80 € ; JDO-0012 Darjeeling 4,7 % et 283,50 € ; JDO-0062 Rooibos 4,5 % et 281,60 € ; JDO-0030 Blanc pêche 0,6 % et 157,50 €.';
const MARGINS_Z =
  'Marge brute en euros (CA × taux) : JDO-0022 159,59 € ; JDO-0151 257,86 € ; JDO-0044 315,50 € ; JDO-0026 121,22 € ; JDO-0173 108,24 € ; JDO-0012 130,41 € ; JDO-0062 168,96 € ; JDO-0030 78,75 €.';
const CHOICE_Z =
  'Produits choisis : JDO-0151 Long Jing bio, meilleure conversion des thés verts (4,0 %), deuxième CA (537,20 €), 48 % de marge et 22 en stock pour 34 ventes par mois ; JDO-0022 Gyokuro bio, produit phare de l’opération, 52 % de marge et 80 en stock, dont la conversion de 2,5 % peut progresser grâce à la page d’accueil.';
const REJECT_Z =
  'À ne pas mettre en avant : JDO-0030 Blanc de Darjeeling pêche blanche, dernier lot de la saison (11 unités) et conversion de 0,6 % : la mise en avant provoquerait une rupture rapide et des clients déçus.';
const MISREAD =
  'Conversion (ventes ÷ visites) : JDO-0022 Gyokuro 31 ÷ 1,24 = 2 500 % ; JDO-0151 Long Jing 34 ÷ 860 = 4,0 % ; JDO-0044 Matcha 19 ÷ 2,15 = 884 % ; JDO-0026 Verveine 38 ÷ 640 = 5,9 % ; JDO-0173 Chaï 12 ÷ 1,02 = 1 176 % ; JDO-0012 Darjeeling 21 ÷ 450 = 4,7 % ; JDO-0062 Rooibos 44 ÷ 980 = 4,5 % ; JDO-0030 Blanc pêche 9 ÷ 1,48 = 608 %. CA : 306,90 € ; 537,20 € ; 769,50 € ; 209,00 € ; 196,80 € ; 283,50 € ; 281,60 € ; 157,50 €. Je choisis JDO-0022 Gyokuro (2 500 % de conversion, la meilleure) et JDO-0173 Chaï masala (1 176 %, 55 % de marge). Je n’expose pas JDO-0062 Rooibos, qui ne convertit qu’à 4,5 %.';

const springCategory = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/categories/new`);
  await type(page, '#category-name', 'Sélection de printemps');
  await paste(page, '#category-description', 'Nos deux coups de cœur de la récolte de printemps.');
  await page.select('#category-active', '1');
  await type(page, '#category-meta-title', 'Sélection de printemps : thés bio | Jardins d’Oléane');
  await paste(
    page,
    '#category-meta-description',
    'La Sélection de printemps des Jardins d’Oléane : deux thés bio de première récolte choisis à Annecy, à découvrir pendant l’opération.',
  );
  await type(page, '#category-url-key', 'selection-de-printemps');
  await submit(page, '#save-category');
};
const analysis = async (page: Page, site: string, note: string) => {
  await writeNote(page, site, 'q5', note);
  await springCategory(page, site);
};

export const ELEVENTH_SHOP_ACTIONS: Record<string, Act> = {
  'product-z-complete': (page, site) => sheetAndView(page, site, SHEET_Z),
  'product-z-title-too-long': (page, site) => sheetAndView(page, site, { ...SHEET_Z, metaTitle: LONG_TITLE }),
  // The summary field left as the shop had it: nothing written there.
  'product-z-no-summary': (page, site) =>
    sheetAndView(page, site, { ...SHEET_Z, shortDescription: undefined }),
  'product-z-summary-in-notes': async (page, site) => {
    await saveProduct(page, site, GYOKURO, { price: '9,90', stock: '80' });
    await writeNote(page, site, 'q1', DRAFT_IN_NOTES);
  },
  'product-z-not-done': async () => {},

  'voucher-z-complete': async (page, site) => {
    await createVoucher(page, site, voucherOf());
    await writeNote(page, site, 'q2', MARGIN_Z);
    await offerPage(page, site);
  },
  'voucher-z-starts-tomorrow': async (page, site) => {
    await createVoucher(page, site, voucherOf(1));
    await writeNote(page, site, 'q2', MARGIN_Z);
    await offerPage(page, site);
  },
  'voucher-z-name-is-code': async (page, site) => {
    await createVoucher(page, site, voucherOf(0, 'OLEANE5'));
    await writeNote(page, site, 'q2', MARGIN_Z);
    await offerPage(page, site);
  },
  'voucher-z-justified-on-page': async (page, site) => {
    await createVoucher(page, site, voucherOf());
    await offerPage(page, site, PAGE_MARGIN);
  },
  // The form requires dates and counts: the candidate keeps today, types a far end date and
  // counts so high that they limit nothing; no page.
  'voucher-z-bare': (page, site) =>
    createVoucher(page, site, {
      ...voucherOf(),
      dateTo: '2099-12-31',
      quantity: '9999',
      perCustomer: '9999',
    }),
  'voucher-z-not-done': async () => {},

  'cart-z-complete': async (page, site) => {
    const { before, notice, after } = await tryCode(page, site);
    await writeNote(
      page,
      site,
      'q3',
      `Gyokuro bio ajouté au panier. Total avant réduction : ${before}. Code OLEANE5 : ${notice}. Total après réduction : ${after}. La réduction de 5 % est bien appliquée, aucune anomalie.`,
    );
  },
  'cart-z-welcome-stacked': welcomeStacked,
  'cart-z-rounded-totals': rounded,
  'cart-z-empty-cart': emptyCart,
  'cart-z-not-done': async () => {},

  'reply-z-complete': (page, site) => reply(page, site, REPLY_Z),
  'reply-z-goodwill-code': (page, site) => reply(page, site, REPLY_GOODWILL),
  'reply-z-no-delay': (page, site) => reply(page, site, REPLY_NO_DELAY),
  'reply-z-box-forgotten': (page, site) => reply(page, site, REPLY_BOX_FORGOTTEN),
  'reply-z-not-done': async () => {},

  'analysis-z-complete': (page, site) => analysis(page, site, `${FIGURES_Z} ${CHOICE_Z} ${REJECT_Z}`),
  'analysis-z-margin-euros': (page, site) =>
    analysis(page, site, `${FIGURES_Z} ${MARGINS_Z} ${CHOICE_Z} ${REJECT_Z}`),
  'analysis-z-reject-unexplained': (page, site) =>
    analysis(page, site, `${FIGURES_Z} ${CHOICE_Z} Je ne mets pas en avant JDO-0030.`),
  'analysis-z-thousands-misread': (page, site) => analysis(page, site, MISREAD),
  'analysis-z-not-done': async () => {},
};
