/**
 * What each variant of the fresh set (fresh.ts) does on the demo site, as a candidate. Texts are
 * written for the variant's quality (filler, wrong advice, a brief but precise reply…), never
 * tuned to the rules; they differ from the first set's texts.
 */
import type { Page } from 'puppeteer-core';
import { approveComment, publishArticle, replyToComment, saveSettings } from '../e2e/support/candidate.ts';
import { applyVoucher, createVoucher, saveProduct } from '../e2e/support/shopper.ts';
import {
  cartTotals,
  editArticle,
  FULL_FIELDS,
  GYOKURO,
  PRODUCT_SEO,
  publishWithTaxonomy,
  putInCart,
  VOUCHER,
  viewArticleOfQ1,
  writeNote,
} from './actions.ts';
import { ANNEX_ARTICLE, FULL_ARTICLE } from './texts.ts';

type Act = (page: Page, site: string) => Promise<void>;

const FILLER = Array.from(
  { length: 16 },
  (_, i) =>
    `Le thé vert bio est un thé vert bio de qualité. Notre thé vert bio est le meilleur thé vert bio${i % 2 ? ' du printemps' : ''}. Achetez du thé vert bio.`,
).join(' ');

const FULL_PARTS = FULL_ARTICLE.split('\n\n');
/** The structured article without its last section, the call to action with the code. */
const NO_CTA_ARTICLE = FULL_PARTS.slice(0, -2).join('\n\n');
const INFUSION_LIST = FULL_PARTS.find((part) => part.startsWith('- ')) ?? '';
/** The annex word for word, given intertitles, the infusion list and the call to action. */
const ANNEX_STRUCTURED = (() => {
  const paragraphs = ANNEX_ARTICLE.split(/\n\s*\n/).filter((part) => part.trim() !== '');
  const half = Math.ceil(paragraphs.length / 2);
  return [
    '## Une nouvelle récolte',
    ...paragraphs.slice(0, half),
    '## Comment les préparer',
    ...paragraphs.slice(half),
    INFUSION_LIST,
    ...FULL_PARTS.slice(-2),
  ].join('\n\n');
})();

const WRONG_ADVICE =
  'Bonjour Julien, merci pour votre question ! Pour le matcha, versez de l’eau bouillante à 100 °C sur une grosse cuillère à soupe de poudre, puis remuez simplement à la petite cuillère pendant une minute. Laissez ensuite infuser cinq minutes pour un goût bien corsé. Belle dégustation !';
const BRIEF_PRECISE =
  'Bonjour Julien ! Pour le matcha : eau à 75 °C, 2 g de poudre pour 7 cl, puis fouettez en zigzag au fouet en bambou jusqu’à une mousse fine. Bonne dégustation !';
const NO_TEMPERATURE =
  'Bonjour Julien, merci pour votre question sur le matcha ! Comptez environ 2 g de poudre, soit une petite cuillère en bambou, pour 7 cl d’eau peu minérale. Fouettez vivement au fouet en bambou, en dessinant des zigzags, jusqu’à obtenir une mousse fine et onctueuse. Belle dégustation !';

const ROOIBOS_TITLE = 'Rooibos sans théine : l’infusion familiale';
const ROOIBOS_META =
  'Le rooibos, infusion sans théine d’Afrique du Sud, plaît aux petits comme aux grands : découvrez nos conseils pour bien le préparer.';
const ROOIBOS_STUFFED =
  'rooibos sans théine, rooibos, rooibos sans théine pas cher, rooibos bio, achat rooibos sans théine, meilleur rooibos sans théine';
const viewRooibos = (page: Page, site: string) => page.goto(`${site}/blog/rooibos-infusion-sans-theine`);

const RGPD_FRESH =
  'Pour respecter le RGPD, le blog doit afficher sous le formulaire de commentaire une mention d’information : pourquoi l’adresse e-mail est demandée, combien de temps elle est gardée (trois ans au plus) et comment en demander la suppression. Un lien vers la politique de confidentialité, publiée et tenue à jour, doit y figurer, et la case « enregistrer mon nom » ne doit pas être pré-cochée.';

export const FRESH_WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-filler': (page, site) =>
    publishArticle(page, site, {
      title: 'Thé vert bio : le meilleur thé vert bio',
      content: FILLER,
      metaDescription:
        'thé vert bio, thé vert bio pas cher, meilleur thé vert bio, achat thé vert bio, thé vert bio Annecy, thé vert bio printemps',
      focusKeyword: 'thé vert bio',
      imageUrl: '/images/the-vert.svg',
      imageAlt: 'image',
    }),
  'article-no-cta': (page, site) =>
    publishWithTaxonomy(page, site, { ...FULL_FIELDS, content: NO_CTA_ARTICLE }, ''),
  'article-no-yoast': (page, site) =>
    publishWithTaxonomy(
      page,
      site,
      { ...FULL_FIELDS, slug: '', metaTitle: '', metaDescription: '', focusKeyword: '' },
      'thé vert, printemps',
    ),
  'article-annex-structured': (page, site) =>
    publishWithTaxonomy(page, site, { ...FULL_FIELDS, content: ANNEX_STRUCTURED }, 'thé vert, bio'),

  'comments-wrong-advice': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', WRONG_ADVICE);
  },
  'comments-brief-precise': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', BRIEF_PRECISE);
  },
  'comments-no-temperature': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', NO_TEMPERATURE);
  },

  'settings-long-only': (page, site) =>
    saveSettings(page, site, {
      tagline: 'Les meilleurs thés bio et infusions choisis avec soin pour vous dans notre boutique d’Annecy',
    }),
  'settings-corrected': async (page, site) => {
    await saveSettings(page, site, { tagline: 'Thés bio choisis avec passion', manualApproval: true });
    await saveSettings(page, site, { tagline: 'Thés bio sélectionnés à Annecy' });
  },
  'settings-no-bio': (page, site) =>
    saveSettings(page, site, { tagline: 'Votre maison de thé au cœur d’Annecy', manualApproval: true }),

  'seo-description-view': async (page, site) => {
    await editArticle(page, site, 2, { '#post-meta-description': ROOIBOS_META });
    await viewRooibos(page, site);
  },
  'seo-stuffed': (page, site) =>
    editArticle(page, site, 2, {
      '#post-meta-title': ROOIBOS_TITLE,
      '#post-meta-description': ROOIBOS_STUFFED,
    }),
  'seo-long-title': async (page, site) => {
    await editArticle(page, site, 2, {
      '#post-meta-title': 'Rooibos sans théine : l’infusion familiale d’Afrique du Sud à découvrir chez nous',
      '#post-meta-description': ROOIBOS_META,
    });
    await viewRooibos(page, site);
  },

  'control-view-only': (page, site) => viewArticleOfQ1(page, site),
  'control-note-view': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await writeNote(page, site, 'q5', RGPD_FRESH);
  },
  'control-alt-only': (page, site) =>
    editArticle(page, site, 3, {
      '#post-image-alt': 'Théière en fonte et tasses de thé vert sur une table en bois',
    }),
};

const BAI_MU_DAN = 31;
const SHORT_FRESH =
  'Ce Gyokuro bio de Yame est un thé vert bio ombré avant la récolte : tasse douce, notes d’épinard frais et d’algue, aucune amertume. Infusez-le à 60 °C pendant deux minutes ; ses feuilles se réinfusent trois fois.';
const LONG_DESCRIPTION = `${SHORT_FRESH} Cultivé dans la préfecture de Fukuoka par une famille de producteurs qui travaille en bio depuis trois générations, il est récolté à la main au début du mois de mai, puis étuvé, roulé et séché avec soin. Nous vous conseillons une eau peu minérale et une petite théière kyusu pour en apprécier toute la finesse, seul ou avec une pâtisserie légère.`;

const WRONG_REPLY =
  'Bonjour Madame Fontaine, nous sommes désolés pour la boîte abîmée, mais nous ne pouvons pas la remplacer car le transporteur est seul responsable : adressez-vous directement à La Poste pour votre réclamation. Pour le Chaï masala, le délai de rétractation est de 7 jours après la commande ; il est donc dépassé et nous ne pouvons pas reprendre le produit. Nous espérons toutefois vous revoir bientôt dans notre boutique et vous remercions de votre compréhension. Bien cordialement, le service client.';
const NO_COSTS_REPLY =
  'Bonjour Madame Fontaine, toutes nos excuses pour la boîte arrivée cabossée. Pouvez-vous nous envoyer une photo de la boîte et du colis ? Dès réception, nous vous expédierons une boîte neuve sans attendre. Concernant le Chaï masala non ouvert, vous bénéficiez du droit de rétractation de 14 jours à compter de la réception : il vous suffit de nous le renvoyer dans son emballage d’origine et nous vous rembourserons sous 14 jours. Nous vous remercions pour votre fidélité et restons à votre disposition. Bien cordialement, le service client des Jardins d’Oléane.';
const CALC_ONLY =
  'Taux de conversion sur 30 jours (ventes ÷ visites) : JDO-0022 Gyokuro 31/1240 = 2,5 % ; JDO-0151 Long Jing 34/860 = 4,0 % ; JDO-0026 Verveine 38/640 = 5,9 % ; JDO-0044 Matcha 19/2150 = 0,9 %.';
const NO_REJECT =
  'Je propose de mettre en avant JDO-0151 Long Jing (taux de conversion 4,0 %, chiffre d’affaires 537,20 € sur 30 jours) et JDO-0022 Gyokuro (conversion 2,5 %, chiffre d’affaires 306,90 €), deux thés verts de printemps au cœur de l’opération. Leur conversion est correcte et le Gyokuro a un stock suffisant pour tenir toute l’opération. Ces deux produits ont aussi une bonne marge, ce qui protège la rentabilité de l’offre de 5 %.';

export const FRESH_SHOP_ACTIONS: Record<string, Act> = {
  'product-stock-price': (page, site) => saveProduct(page, site, GYOKURO, { price: '9,90', stock: '80' }),
  'product-no-seo': (page, site) =>
    saveProduct(page, site, GYOKURO, {
      price: '9,90',
      stock: '80',
      category: 'thes-verts',
      shortDescription: SHORT_FRESH,
    }),
  'product-long-description': (page, site) =>
    saveProduct(page, site, GYOKURO, {
      price: '9,90',
      stock: '80',
      ...PRODUCT_SEO,
      shortDescription: LONG_DESCRIPTION,
    }),

  'voucher-wrong-code': (page, site) =>
    createVoucher(page, site, { ...VOUCHER, code: 'OLEANE10', value: '10' }),
  'voucher-no-per-customer': (page, site) => createVoucher(page, site, { ...VOUCHER, perCustomer: '5' }),

  'cart-unrelated': async (page, site) => {
    await putInCart(page, site, BAI_MU_DAN);
    await applyVoucher(page, site, 'OLEANE5');
  },
  'cart-two-tries': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    const before = await cartTotals(page);
    await applyVoucher(page, site, 'OLEAN5');
    const notice = await applyVoucher(page, site, 'OLEANE5');
    const after = await cartTotals(page);
    await writeNote(
      page,
      site,
      'q3',
      `Avant le code : ${before}. J’ai d’abord tapé OLEAN5 par erreur (refusé), puis OLEANE5 : ${notice}. Après : ${after}.`,
    );
  },

  'reply-wrong-info': (page, site) => writeNote(page, site, 'q4', WRONG_REPLY),
  'reply-no-costs': (page, site) => writeNote(page, site, 'q4', NO_COSTS_REPLY),

  'analysis-calc-only': (page, site) => writeNote(page, site, 'q5', CALC_ONLY),
  'analysis-no-reject': (page, site) => writeNote(page, site, 'q5', NO_REJECT),
};
