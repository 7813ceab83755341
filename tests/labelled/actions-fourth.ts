/**
 * What each variant of the fourth set (fourth.ts) does on the demo site, as a candidate. Texts
 * are new, written for the variant's quality, never tuned to the rules.
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

type Act = (page: Page, site: string) => Promise<void>;

const TWO_PART_REPLY =
  'Re-bonjour Julien ! Pour le matcha, l’eau doit être plus douce que pour nos autres thés verts : 70 à 80 °C. Comptez 2 g de poudre, soit une cuillère en bambou, pour 6 à 7 cl d’eau, puis fouettez vivement au fouet en bambou en dessinant des zigzags jusqu’à ce qu’une mousse fine se forme. Régalez-vous !';
const CURT_REPLY =
  'Eau à 75 °C maximum. 2 g de poudre pour 7 cl. Fouet en bambou, mouvements en zigzag, jusqu’à mousse fine. Boire aussitôt. Matcha à conserver au frais.';
const RGPD =
  'Conformité RGPD du blog : le formulaire de commentaire recueille nom et adresse e-mail. Il faut informer l’internaute juste sous le formulaire (finalité, destinataire, durée de conservation des adresses, trois ans au plus) et mettre un lien vers une politique de confidentialité publiée et à jour, qui explique aussi comment exercer ses droits d’accès et de suppression.';
const ROOIBOS_META_LONG =
  'Le rooibos est une infusion sans théine originaire d’Afrique du Sud, naturellement douce et légèrement sucrée, que petits et grands peuvent boire à toute heure : découvrez nos conseils complets pour bien le préparer chez vous.';

export const FOURTH_WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-no-taxonomy': (page, site) => publishArticle(page, site, FULL_FIELDS),
  'article-title-no-keyword': (page, site) =>
    publishWithTaxonomy(
      page,
      site,
      { ...FULL_FIELDS, title: 'Le printemps arrive dans nos tasses' },
      'thé vert, printemps',
    ),

  'comments-two-replies': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', 'Bonjour Julien, merci pour votre question !');
    await replyToComment(page, site, 'Julien', TWO_PART_REPLY);
  },
  'comments-curt-precise': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', CURT_REPLY);
  },

  'settings-approval-then-off': async (page, site) => {
    await saveSettings(page, site, { tagline: 'Thés bio de saison, choisis à Annecy', manualApproval: true });
    await saveSettings(page, site, { manualApproval: false });
  },
  'settings-separate-visits': async (page, site) => {
    await saveSettings(page, site, { tagline: 'Thés bio de saison, choisis à Annecy' });
    await saveSettings(page, site, { manualApproval: true });
  },

  'seo-meta-long': async (page, site) => {
    await editArticle(page, site, 2, {
      '#post-meta-title': 'Rooibos sans théine : l’infusion de la famille',
      '#post-meta-description': ROOIBOS_META_LONG,
    });
    await page.goto(`${site}/blog/rooibos-infusion-sans-theine`);
  },
  'seo-other-article': (page, site) =>
    editArticle(page, site, 3, {
      '#post-meta-title': 'Rooibos sans théine : nos coffrets',
      '#post-meta-description':
        'Le rooibos, infusion sans théine d’Afrique du Sud, plaît aux petits comme aux grands : découvrez-le dans nos coffrets de printemps.',
    }),

  'control-other-page': async (page, site) => {
    await page.goto(`${site}/blog/rooibos-infusion-sans-theine`);
    await editArticle(page, site, 3, {
      '#post-image-alt': 'Coffrets de thés de printemps sur une étagère en bois',
    });
    await writeNote(page, site, 'q5', RGPD);
  },
  'control-alt-stuffed': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, 3, {
      '#post-image-alt': 'thé coffret thé printemps thé coffret thé bio thé',
    });
    await writeNote(page, site, 'q5', RGPD);
  },
};

const DESC_NO_KEYWORD =
  'Ce Gyokuro de Yame, ombré trois semaines avant la cueillette, offre une tasse ronde et douce, aux notes d’épinard frais et d’algue, sans aucune amertume. Infusez 4 g à 60 °C pendant deux minutes : ses feuilles se réinfusent trois fois.';
const FULL_REPLY =
  'Bonjour Madame Fontaine, merci pour votre message et toutes nos excuses pour la boîte arrivée cabossée. Pourriez-vous nous envoyer une photo de la boîte et du colis ? Nous vous expédierons aussitôt une boîte neuve, sans frais. Pour le Chaï masala non ouvert, vous disposez d’un droit de rétractation de 14 jours à compter de la réception : retournez-le-nous, nous prenons exceptionnellement en charge les frais de retour et vous rembourserons sous 14 jours. Merci pour votre fidélité ; bien cordialement, le service client des Jardins d’Oléane.';
const NO_PHOTO_REPLY =
  'Bonjour Madame Fontaine, toutes nos excuses pour la boîte arrivée abîmée : nous vous en envoyons une neuve dès aujourd’hui, sans frais. Pour le Chaï masala non ouvert, vous disposez d’un droit de rétractation de 14 jours à compter de la réception ; renvoyez-le-nous, nous prenons en charge les frais de retour et vous rembourserons sous 14 jours. Nous vous remercions pour votre fidélité et restons à votre écoute. Bien cordialement, le service client des Jardins d’Oléane.';
const THREE_PRODUCTS =
  'Calculs sur 30 jours : JDO-0151 Long Jing conversion 34/860 = 4,0 %, chiffre d’affaires 537,20 € ; JDO-0022 Gyokuro 31/1240 = 2,5 %, 306,90 € ; JDO-0026 Verveine 38/640 = 5,9 %, 209 €. Je propose de mettre en avant JDO-0151, JDO-0022 et JDO-0026, les trois meilleures conversions de la sélection. Je déconseille le JDO-0044 Matcha : beaucoup de visites pour très peu de ventes (0,9 %).';
const NO_FIGURES =
  'Je propose de mettre en avant JDO-0151 et JDO-0022 : ce sont de bons thés verts de saison que nos clients apprécient beaucoup.';

export const FOURTH_SHOP_ACTIONS: Record<string, Act> = {
  'product-full-twice': async (page, site) => {
    await saveProduct(page, site, GYOKURO, { price: '9,90' });
    await saveProduct(page, site, GYOKURO, { price: '9,90', stock: '80', ...PRODUCT_SEO });
  },
  'product-desc-no-keyword': (page, site) =>
    saveProduct(page, site, GYOKURO, {
      price: '9,90',
      stock: '80',
      ...PRODUCT_SEO,
      shortDescription: DESC_NO_KEYWORD,
    }),

  'voucher-quantity-wrong': (page, site) => createVoucher(page, site, { ...VOUCHER, quantity: '300' }),
  'voucher-percent-10': (page, site) => createVoucher(page, site, { ...VOUCHER, value: '10' }),

  'cart-two-products': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await putInCart(page, site, 31);
    const before = await cartTotals(page);
    const notice = await applyVoucher(page, site, 'OLEANE5');
    const after = await cartTotals(page);
    await writeNote(
      page,
      site,
      'q3',
      `Panier avec deux produits. Avant : ${before}. Code OLEANE5 : ${notice}. Après : ${after}.`,
    );
  },
  'cart-notes-without-test': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await writeNote(page, site, 'q3', 'Total du panier avant réduction : 9,90 € ; après réduction : 9,41 €.');
  },

  'reply-two-notes': async (page, site) => {
    await writeNote(page, site, 'q4', 'Bonjour Madame Fontaine, toutes nos excuses pour la boîte abîmée.');
    await writeNote(page, site, 'q4', FULL_REPLY);
  },
  'reply-no-photo': (page, site) => writeNote(page, site, 'q4', NO_PHOTO_REPLY),

  'analysis-three-products': (page, site) => writeNote(page, site, 'q5', THREE_PRODUCTS),
  'analysis-no-figures': (page, site) => writeNote(page, site, 'q5', NO_FIGURES),
};
