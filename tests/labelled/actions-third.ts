/**
 * What each variant of the third set (third.ts) does on the demo site, as a candidate. Texts are
 * new, written for the variant's quality, never tuned to the rules.
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
import { FULL_ARTICLE } from './texts.ts';

type Act = (page: Page, site: string) => Promise<void>;

const WRONG_CODE_ARTICLE = FULL_ARTICLE.replace(/OLEANE5/g, 'OLEANE10').replace(/5 %/g, '10 %');
const SHORT_TEXT =
  'Les thés verts bio de printemps sont arrivés dans notre boutique d’Annecy. Sencha, Gyokuro, Genmaicha et Long Jing : six thés issus de jardins cultivés sans pesticides, à découvrir dès maintenant en boutique et sur notre site. Leur goût doux et végétal accompagnera vos après-midi de printemps.';
const ROOIBOS_PAGE = '/blog/rooibos-infusion-sans-theine';

const LONG_MATCHA =
  'Bonjour Julien, merci beaucoup pour votre question, elle revient souvent ! Pour le matcha, les repères changent un peu : chauffez une eau peu minérale à 75 °C environ, sans la laisser bouillir. Tamisez 2 g de poudre (une cuillère en bambou bien pleine) dans un bol, versez 7 cl d’eau, puis fouettez énergiquement au fouet en bambou en dessinant des « M » pendant une vingtaine de secondes, jusqu’à obtenir une mousse fine. Dégustez aussitôt ! Au plaisir de vous accueillir à l’atelier de la boutique.';
const PRECISE_TO_CAMILLE =
  'Bonjour Julien, pour le matcha, chauffez l’eau à 75 °C, pas plus, dosez 2 g de poudre pour 7 cl et fouettez vivement au fouet en bambou jusqu’à obtenir une belle mousse. Bonne dégustation !';
const SHORT_GENERIC = 'Merci Julien pour votre message, nous allons vous répondre très bientôt !';

const RGPD_SHORT =
  'RGPD : ajouter une mention sous le formulaire de commentaire et un lien vers la politique de confidentialité.';
const RGPD_FULL =
  'Recommandation RGPD : le formulaire de commentaire collecte des données personnelles (nom, adresse e-mail, adresse IP). Il faut donc une mention d’information juste sous le formulaire, qui explique la finalité et renvoie à la politique de confidentialité du site, publiée et à jour. Les adresses e-mail ne doivent pas être gardées plus de trois ans, et chaque internaute doit pouvoir demander l’accès ou la suppression de ses données.';

export const THIRD_WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-wrong-code': (page, site) =>
    publishWithTaxonomy(page, site, { ...FULL_FIELDS, content: WRONG_CODE_ARTICLE }, 'thé vert, printemps'),
  'article-no-image': (page, site) =>
    publishWithTaxonomy(
      page,
      site,
      { ...FULL_FIELDS, imageUrl: '', imageAlt: '' },
      'thé vert, bio, printemps',
    ),
  'article-seo-only-short': (page, site) =>
    publishArticle(page, site, {
      title: 'Thé vert bio : les nouveautés du printemps',
      slug: 'the-vert-bio-printemps',
      content: SHORT_TEXT,
      metaTitle: 'Thé vert bio de printemps | Les Jardins d’Oléane',
      metaDescription:
        'Découvrez nos six thés verts bio de printemps, cultivés sans pesticides et sélectionnés pour vous dans notre boutique d’Annecy.',
      focusKeyword: 'thé vert bio',
    }),

  'comments-reply-wrong-person': (page, site) => replyToComment(page, site, 'Camille', PRECISE_TO_CAMILLE),
  'comments-precise-long': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', LONG_MATCHA);
  },
  'comments-approve-short-generic': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', SHORT_GENERIC);
  },

  'settings-tagline-60': (page, site) =>
    saveSettings(page, site, {
      tagline: 'Nos thés bio, choisis avec soin dans notre boutique d’Annecy',
      manualApproval: true,
    }),
  'settings-good-then-long': async (page, site) => {
    await saveSettings(page, site, { tagline: 'Thés bio choisis à Annecy', manualApproval: true });
    await saveSettings(page, site, {
      tagline: 'Thés bio, infusions et accessoires choisis avec soin par notre équipe d’Annecy',
    });
  },

  'seo-no-keyword': async (page, site) => {
    await editArticle(page, site, 2, {
      '#post-meta-title': 'L’infusion sans théine de toute la famille',
      '#post-meta-description':
        'Une infusion sans théine venue d’Afrique du Sud, douce et ronde, qui plaît aux enfants comme aux parents : nos conseils de préparation.',
    });
    await page.goto(`${site}${ROOIBOS_PAGE}`);
  },
  'seo-title-view': async (page, site) => {
    await editArticle(page, site, 2, {
      '#post-meta-title': 'Rooibos : l’infusion sans théine pour toute la famille',
    });
    await page.goto(`${site}${ROOIBOS_PAGE}`);
  },
  'seo-corrected': async (page, site) => {
    await editArticle(page, site, 2, {
      '#post-meta-title': 'Rooibos sans théine : conseils et préparation',
      '#post-meta-description': 'Le rooibos, une infusion sans théine pour toute la famille.',
    });
    await editArticle(page, site, 2, {
      '#post-meta-description':
        'Le rooibos, infusion sans théine d’Afrique du Sud, se prépare en 5 minutes à 95 °C : nos conseils pour en profiter en famille, matin et soir.',
    });
    await page.goto(`${site}${ROOIBOS_PAGE}`);
  },

  'control-brief-note': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, 3, {
      '#post-image-alt': 'Trois coffrets de thés de printemps ouverts sur un comptoir',
    });
    await writeNote(page, site, 'q5', RGPD_SHORT);
  },
  'control-alt-wrong-article': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, 2, { '#post-image-alt': 'Tasse de rooibos fumante sur une table en bois' });
    await writeNote(page, site, 'q5', RGPD_FULL);
  },
};

const PRODUCT_META_T =
  'Gyokuro bio de Yame, thé vert bio japonais ombré, doux et umami : origine, conseils d’infusion et expédition rapide depuis Annecy.';
const SHORT_REPLY =
  'Bonjour Madame Fontaine, désolés pour la boîte cabossée : envoyez-nous une photo et nous vous expédions une boîte neuve. Pour le Chaï masala, vous avez 14 jours de rétractation après réception ; nous prenons en charge les frais de retour. Merci pour votre fidélité, bien cordialement.';
const PARTIAL_REPLY =
  'Bonjour Madame Fontaine, nous sommes navrés que votre boîte soit arrivée abîmée et nous allons vous en envoyer une neuve. Pour le Chaï masala non ouvert, vous pouvez bien sûr exercer votre droit de rétractation et nous le retourner ; nous vous rembourserons dès réception. Nous restons à votre écoute et vous remercions de votre fidélité. Cordialement, l’équipe des Jardins d’Oléane.';
const ONE_PRODUCT =
  'Je propose de mettre en avant le Long Jing JDO-0151 : c’est le thé vert qui convertit le mieux, avec un taux de conversion de 4,0 % (34 ventes pour 860 visites), et il correspond bien à l’opération de printemps.';
const WRONG_CALC =
  'Taux de conversion (visites ÷ ventes) : JDO-0022 Gyokuro 1240/31 = 40 ; JDO-0151 Long Jing 860/34 = 25,3 ; JDO-0044 Matcha 2150/19 = 113,2. Je propose de mettre en avant JDO-0151 et JDO-0022, les deux thés verts de printemps qui ont le meilleur chiffre d’affaires et une bonne marge, avec assez de stock pour l’opération. Je déconseille le JDO-0044 Matcha : trop de visites pour peu de ventes, il convertit mal.';

export const THIRD_SHOP_ACTIONS: Record<string, Act> = {
  'product-wrong-stock': (page, site) =>
    saveProduct(page, site, GYOKURO, { price: '9,90', stock: '8', ...PRODUCT_SEO }),
  'product-seo-only': (page, site) =>
    saveProduct(page, site, GYOKURO, {
      metaTitle: 'Gyokuro, thé vert bio de Yame | Les Jardins d’Oléane',
      metaDescription: PRODUCT_META_T,
      friendlyUrl: 'gyokuro-the-vert-bio',
    }),

  'voucher-no-end-date': (page, site) => createVoucher(page, site, { ...VOUCHER, dateTo: '2099-12-31' }),
  'voucher-amount-limits': (page, site) => createVoucher(page, site, { ...VOUCHER, type: 'amount' }),

  'cart-misspelt-only': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await applyVoucher(page, site, 'OLEANE 5');
  },
  'cart-after-only': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await applyVoucher(page, site, 'OLEANE5');
    const totals = await cartTotals(page);
    const after = totals.match(/[0-9]+,[0-9]{2}/g)?.at(-1) ?? '?';
    await writeNote(page, site, 'q3', `Code OLEANE5 testé. Total à payer : ${after} €.`);
  },

  'reply-short-correct': (page, site) => writeNote(page, site, 'q4', SHORT_REPLY),
  'reply-orders-partial': async (page, site) => {
    await page.goto(`${site}/admin/commandes`);
    await writeNote(page, site, 'q4', PARTIAL_REPLY);
  },

  'analysis-one-product': (page, site) => writeNote(page, site, 'q5', ONE_PRODUCT),
  'analysis-wrong-calc': (page, site) => writeNote(page, site, 'q5', WRONG_CALC),
};
