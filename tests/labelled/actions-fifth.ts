/**
 * What each variant of the fifth set (fifth.ts) does on the demo site, as a candidate. Texts are
 * new, written for the variant's quality from the subject's annexes, by someone who never read
 * the rules.
 */
import type { Page } from 'puppeteer-core';
import {
  approveComment,
  moderateComment,
  replyToComment,
  saveSettings,
  waitForMessage,
} from '../e2e/support/candidate.ts';
import {
  addToCart,
  applyVoucher,
  createInfoPage,
  createVoucher,
  openOrder,
  openProductPage,
  paste,
  saveProduct,
  setOrderState,
  submit,
  type,
} from '../e2e/support/shopper.ts';
import {
  cartTotals,
  editArticle,
  FULL_FIELDS,
  GYOKURO,
  publishWithTaxonomy,
  putInCart,
  VOUCHER,
  viewArticleOfQ1,
  writeNote,
} from './actions.ts';

type Act = (page: Page, site: string) => Promise<void>;

// ——— WordPress ———

const OWN_ARTICLE = (offerEnd: string) =>
  [
    'Avril ouvre la saison la plus attendue des amateurs de thé : celle des premières cueillettes. Dans notre boutique du vieil Annecy, six thés verts bio viennent d’arriver, choisis chez des producteurs japonais et chinois que nous suivons depuis des années.',
    '## Des thés cultivés en bio, vérifiés deux fois',
    'Les jardins de Shizuoka, Kagoshima et Yame, au Japon, et ceux du Zhejiang, en Chine, travaillent sans pesticides ni engrais de synthèse et sont certifiés par des organismes indépendants. Nous dégustons chaque lot avant de l’acheter, puis un laboratoire français vérifie qu’il ne contient aucun résidu.',
    '## Trois thés pour commencer',
    'Les jeunes feuilles de printemps donnent une tasse douce et peu amère. Le Sencha rafraîchit vos matinées, le Gyokuro, ombré vingt jours avant la récolte, offre une rondeur étonnante, et le Genmaicha, au riz grillé, rassure ceux qui n’ont jamais aimé le thé vert.',
    '## Nos repères d’infusion',
    '- Sencha bio : eau à 75 °C, 2 minutes, 3 g pour 20 cl\n- Gyokuro bio : eau à 60 °C, 2 minutes, 4 g pour 20 cl\n- Genmaicha bio : eau à 80 °C, 3 minutes, 3 g pour 20 cl\n- Bancha bio : eau à 85 °C, 2 minutes, 3 g pour 20 cl',
    'Une eau peu minéralisée et jamais bouillante : c’est le secret d’une tasse sans amertume.',
    '## Rejoignez-nous à l’atelier',
    `Venez goûter la récolte avec nous lors de l’atelier de dégustation gratuit du samedi 12 avril à 10 h, 7 passage des Tilleuls (douze places, inscription au 04 50 00 00 00). Et pour remplir votre boîte à thé, profitez de 5 % sur toute la gamme avec le code OLEANE5, jusqu’au ${offerEnd} !`,
  ].join('\n\n');

const META_V =
  'Thé vert bio de printemps : six nouveautés arrivent à Annecy, avec leurs repères d’infusion, un atelier gratuit et 5 % avec OLEANE5.';
/** 163 characters: three over the bound the question sets. */
const META_163 =
  'Thé vert bio de première récolte : six nouveautés arrivent dans notre boutique d’Annecy, repères d’infusion, atelier de dégustation gratuit et 5 % grâce à OLEANE5.';
const OWN_FIELDS = {
  ...FULL_FIELDS,
  title: 'Thé vert bio : six nouveautés de printemps à découvrir',
  slug: 'the-vert-bio-nouveautes',
  excerpt: 'La récolte de printemps est arrivée : six thés verts bio, leurs repères et un atelier gratuit.',
  content: OWN_ARTICLE('30 avril'),
  metaTitle: 'Thé vert bio : la récolte de printemps | Jardins d’Oléane',
  metaDescription: META_V,
  imageAlt: 'Bannière verte et crème avec une feuille de thé : thés verts bio, récolte de printemps',
};
const OWN_TAGS = 'thé vert, printemps, atelier';

const ICED_TEA = [
  'L’été approche et rien ne vaut un thé glacé maison pour se rafraîchir. Voici notre recette préférée, simple et rapide.',
  '## La recette',
  'Faites infuser à froid 8 g de thé dans un litre d’eau pendant une nuit au réfrigérateur. Filtrez, ajoutez quelques rondelles de citron, des feuilles de menthe et un trait de sirop d’agave. Servez bien frais avec des glaçons.',
  '## Nos astuces',
  '- Utilisez une carafe en verre\n- Ne sucrez pas trop\n- Gardez-le deux jours maximum au frais',
  'Bonne dégustation, et partagez vos propres recettes dans les commentaires !',
].join('\n\n');

const REPLY_V =
  'Bonjour Julien, et merci pour votre question ! Le matcha se prépare un peu différemment : une eau à 75 °C environ, jamais bouillante, 2 g de poudre tamisée (une cuillère en bambou) pour 7 cl d’eau, puis un fouet en bambou agité en zigzag jusqu’à une mousse fine. À très bientôt à la boutique !';
/** 18 words: precise and cordial, two short of the 20 asked. */
const REPLY_18 =
  'Bonjour Julien ! Eau à 75 °C, 2 g de poudre pour 7 cl, fouet en bambou. Bonne dégustation !';

const ROOIBOS = '/blog/rooibos-infusion-sans-theine';
const ROOIBOS_TITLE = 'Rooibos : l’infusion sans théine de toute la famille';
const ROOIBOS_META =
  'Doux, sans théine et naturellement sucré, le rooibos d’Afrique du Sud se boit à toute heure, en famille : nos conseils pour le réussir.';
const ROOIBOS_FALSE =
  'Le rooibos, thé vert japonais très riche en théine, est idéal pour se réveiller le matin : découvrez comment profiter de son effet tonique.';

const RGPD_V =
  'Recommandation RGPD pour le blog : le formulaire de commentaire collecte un nom et une adresse e-mail, ce sont des données personnelles. Il faut ajouter sous le formulaire une courte mention qui dit à quoi elles servent et renvoie vers la politique de confidentialité, publiée et accessible en pied de page. Cette politique précise la durée de conservation des adresses (pas plus de trois ans après le dernier commentaire) et comment demander leur suppression.';
const RGPD_WRONG =
  'Un blog de boutique n’est pas concerné par le RGPD, qui vise seulement les grandes entreprises : pas besoin de mention sous le formulaire ni de politique de confidentialité. Les adresses e-mail des commentateurs peuvent être gardées sans limite, elles serviront pour la newsletter.';
const CHECK_ARTICLE = 3;

export const FIFTH_WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-v-own-complete': (page, site) => publishWithTaxonomy(page, site, OWN_FIELDS, OWN_TAGS),
  'article-v-wrong-offer-date': (page, site) =>
    publishWithTaxonomy(page, site, { ...OWN_FIELDS, content: OWN_ARTICLE('31 mai') }, OWN_TAGS),
  'article-v-meta-163': (page, site) =>
    publishWithTaxonomy(page, site, { ...OWN_FIELDS, metaDescription: META_163 }, OWN_TAGS),
  'article-v-off-topic': (page, site) =>
    publishWithTaxonomy(
      page,
      site,
      {
        ...OWN_FIELDS,
        title: 'Thé vert bio glacé : notre recette de l’été',
        slug: 'the-vert-bio-glace',
        excerpt: 'Notre recette de thé glacé maison.',
        content: ICED_TEA,
        metaDescription:
          'Notre recette de thé vert bio glacé maison, simple et rapide : infusion à froid, citron et menthe pour se rafraîchir cet été.',
        imageAlt: 'Carafe de thé glacé au citron',
      },
      'recette, été',
    ),
  'article-v-unpublished': async (page, site) => {
    await publishWithTaxonomy(page, site, OWN_FIELDS, OWN_TAGS);
    // Now « Passer en brouillon »: the candidate takes the article off the blog.
    await page.click('#save-draft');
    await waitForMessage(page, '#editor-message', 'Brouillon');
  },

  'comments-v-julien-spam': (page, site) => moderateComment(page, site, 'Julien', 'spam'),
  'comments-v-advert-approved': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', REPLY_V);
    await moderateComment(page, site, 'Super Promo', 'approve', 'spam');
  },
  'comments-v-trash-restored': async (page, site) => {
    await moderateComment(page, site, 'Camille', 'trash');
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', REPLY_V);
    await moderateComment(page, site, 'Camille', 'approve', 'trash');
  },
  'comments-v-reply-18-words': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', REPLY_18);
  },

  'settings-v-site-title': async (page, site) => {
    await page.goto(`${site}/admin/reglages`);
    await type(page, '#site_title', 'Thés bio choisis avec soin à Annecy');
    await submit(page, '#save-settings');
    await saveSettings(page, site, { manualApproval: true });
  },
  'settings-v-tagline-62': (page, site) =>
    saveSettings(page, site, {
      tagline: 'Thés et infusions bio, choisis avec soin, dans le vieil Annecy',
      manualApproval: true,
    }),
  'settings-v-tagline-undone': async (page, site) => {
    await saveSettings(page, site, {
      tagline: 'Thés bio d’exception, sélectionnés à Annecy',
      manualApproval: true,
    });
    await saveSettings(page, site, { tagline: 'Thés et infusions choisis avec soin, depuis Annecy' });
  },
  'settings-v-tagline-stuffed': (page, site) =>
    saveSettings(page, site, {
      tagline: 'Thé bio Annecy thé vert bio Annecy thés bio',
      manualApproval: true,
    }),
  'settings-v-complete': (page, site) =>
    saveSettings(page, site, {
      tagline: 'Thés bio d’exception, sélectionnés à Annecy',
      manualApproval: true,
    }),

  'seo-v-complete-excerpt': async (page, site) => {
    await editArticle(page, site, 2, {
      '#post-meta-title': ROOIBOS_TITLE,
      '#post-meta-description': ROOIBOS_META,
      '#post-excerpt':
        'Sans théine, doux et naturellement sucré : le rooibos plaît aux petits comme aux grands.',
    });
    await page.goto(`${site}${ROOIBOS}`);
  },
  'seo-v-in-body': async (page, site) => {
    await page.goto(`${site}/admin/articles/2`);
    const content = await page.$eval('#post-content', (node) => (node as HTMLTextAreaElement).value);
    await paste(page, '#post-excerpt', ROOIBOS_META);
    await paste(page, '#post-content', `Titre SEO : ${ROOIBOS_TITLE}\n\n${content}`);
    await page.click('#publish');
    await waitForMessage(page, '#editor-message', 'publié');
    await page.goto(`${site}${ROOIBOS}`);
  },
  'seo-v-false-facts': async (page, site) => {
    await editArticle(page, site, 2, {
      '#post-meta-title': 'Rooibos : le thé vert tonique du matin',
      '#post-meta-description': ROOIBOS_FALSE,
    });
    await page.goto(`${site}${ROOIBOS}`);
  },
  'seo-v-viewed-before': async (page, site) => {
    await page.goto(`${site}${ROOIBOS}`);
    await editArticle(page, site, 2, {
      '#post-meta-title': ROOIBOS_TITLE,
      '#post-meta-description': ROOIBOS_META,
    });
  },

  'control-v-wrong-rgpd': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, CHECK_ARTICLE, {
      '#post-image-alt': 'Coffrets de thés de printemps ouverts, rubans verts',
    });
    await writeNote(page, site, 'q5', RGPD_WRONG);
  },
  'control-v-alt-filename': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, CHECK_ARTICLE, { '#post-image-alt': 'coffrets-printemps.jpg' });
    await writeNote(page, site, 'q5', RGPD_V);
  },
  'control-v-complete': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, CHECK_ARTICLE, {
      '#post-image-alt': 'Trois coffrets de thés de printemps en carton kraft, noués d’un ruban vert',
    });
    await writeNote(page, site, 'q5', RGPD_V);
  },
  'control-v-note-rewritten': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await writeNote(page, site, 'q5', 'RGPD : voir la politique de confidentialité.');
    await editArticle(page, site, CHECK_ARTICLE, {
      '#post-image-alt': 'Coffrets de thés de printemps posés sur le comptoir de la boutique',
    });
    await writeNote(page, site, 'q5', RGPD_V);
  },
  'control-v-image-removed': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, CHECK_ARTICLE, { '#post-image-url': '', '#post-image-alt': '' });
    await writeNote(page, site, 'q5', RGPD_V);
  },
};

// ——— Shop ———

const SUMMARY_V =
  'Ombré trois semaines avant sa cueillette à Yame, ce Gyokuro est un thé vert bio d’une douceur rare : liqueur vert jade, umami rond, aucune amertume. 4 g, eau à 60 °C, 2 minutes, et ses feuilles se réinfusent trois fois.';
const SUMMARY_SHORT =
  'Gyokuro de Yame, un thé vert bio ombré avant la récolte : doux, umami, sans amertume. Infusez 4 g à 60 °C pendant 2 minutes ; ses feuilles supportent trois infusions successives.';
const STUFFED =
  'Thé vert bio Gyokuro thé vert bio. Le thé vert bio Gyokuro est un thé vert bio. Achetez ce thé vert bio, meilleur thé vert bio, thé vert bio pas cher, thé vert bio Japon, thé vert bio Yame, thé vert bio en vrac, thé vert bio.';
const PRODUCT_SHEET = {
  price: '9,90',
  stock: '80',
  category: 'thes-verts',
  shortDescription: SUMMARY_V,
  metaTitle: 'Gyokuro, thé vert bio ombré de Yame | Jardins d’Oléane',
  metaDescription:
    'Gyokuro de Yame, thé vert bio ombré trois semaines : umami, douceur sans amertume, conseils d’infusion et envoi rapide depuis Annecy.',
  friendlyUrl: 'gyokuro-the-vert-bio-yame',
};

const PAGE_TEXT = [
  'Le printemps des thés verts bio commence aux Jardins d’Oléane ! Pour fêter l’arrivée de la nouvelle récolte, nous offrons 5 % de réduction sur le montant de votre commande avec le code OLEANE5.',
  'Conditions : le code est valable dès aujourd’hui et jusqu’au 31 mai inclus, une seule fois par client, et seulement pour les 30 premières commandes. Saisissez-le dans votre panier, la réduction s’applique aussitôt au total.',
  'Sencha, Gyokuro, Genmaicha ou Long Jing : c’est le moment de découvrir nos thés verts bio de première récolte, choisis chez de petits producteurs et contrôlés par un laboratoire français. Ne tardez pas, les paniers sont limités !',
].join('\n');
const PAGE_META =
  'Printemps des thés verts bio : 5 % avec le code OLEANE5 jusqu’au 31 mai, une fois par client, pour les 30 premières commandes.';

const infoPage = (page: Page, site: string, displayed: boolean, metaDescription: string) =>
  createInfoPage(page, site, {
    text: PAGE_TEXT,
    metaTitle: 'Printemps des thés verts bio : 5 % avec OLEANE5',
    metaDescription,
    slug: 'printemps-des-thes-verts-bio',
    displayed,
  });

/** Notes the totals before and after trying the code, and what the shop answered. */
const testAndReport = async (page: Page, site: string, intro: string) => {
  const before = await cartTotals(page);
  const notice = await applyVoucher(page, site, 'OLEANE5');
  const after = await cartTotals(page);
  const accepted = (await page.$('#applied-voucher')) !== null;
  await writeNote(
    page,
    site,
    'q3',
    `${intro} Avant le code : ${before}. Code OLEANE5 : ${notice}. Après : ${after}.${
      accepted ? '' : ' Anomalie à signaler : le code est refusé alors que l’offre doit fonctionner.'
    }`,
  );
};

const REPLY_COMPLETE =
  'Bonjour Madame Fontaine, merci de votre message et toutes nos excuses pour la boîte de Bai Mu Dan arrivée cabossée. Pouvez-vous nous envoyer une photo de la boîte et de l’emballage ? Dès réception, nous vous expédions une boîte neuve, à nos frais, pour qu’elle arrive avant le 20 avril. Pour le Chaï masala non ouvert, vous bénéficiez du droit de rétractation de 14 jours après la réception : renvoyez-le-nous, nous prenons en charge les frais de retour et vous remboursons sous 14 jours. Merci pour votre fidélité ; bien cordialement, le service client des Jardins d’Oléane.';
const REPLY_RUDE =
  'Madame, la boîte a sans doute été abîmée par le transporteur, ce n’est pas de notre fait. Envoyez une photo, on verra. Pour le Chaï masala, il fallait lire la description avant de commander : vous auriez dû lire nos CGV. Vous avez 14 jours de rétractation, les frais de retour sont à votre charge comme le prévoit la loi. Renvoyez-le si vous y tenez. Le service client.';

const ANALYSIS_TABLE =
  'Conversion (ventes ÷ visites) et chiffre d’affaires sur 30 jours : JDO-0022 Gyokuro 2,5 %, 306,90 € ; JDO-0151 Long Jing 4,0 %, 537,20 € ; JDO-0044 Matcha 0,9 %, 769,50 € ; JDO-0026 Verveine 5,9 %, 209,00 € ; JDO-0173 Chaï 1,2 %, 196,80 € ; JDO-0012 Darjeeling 4,7 %, 283,50 € ; JDO-0062 Rooibos 4,5 %, 281,60 € ; JDO-0030 Blanc de Darjeeling 0,6 %, 157,50 €.';
const ANALYSIS_CHOICE = `${ANALYSIS_TABLE} Je propose de mettre en avant JDO-0151 Long Jing (meilleure conversion des thés verts, 4,0 %, meilleur chiffre d’affaires des thés verts) et JDO-0022 Gyokuro (produit phare de l’opération, marge de 52 %, stock de 80 suffisant). À ne pas mettre en avant : JDO-0030 Blanc de Darjeeling, dernier lot avec 11 en stock et conversion de 0,6 % : il serait vite en rupture.`;
const ANALYSIS_LAST_LOT = `${ANALYSIS_TABLE} Je propose de mettre en avant JDO-0030 Blanc de Darjeeling, le plus visité après le matcha, et JDO-0044 Matcha, le plus gros chiffre d’affaires : ce sont nos produits les plus prestigieux. À écarter : JDO-0026 Verveine, trop bon marché pour une opération de printemps.`;

const createCategory = async (page: Page, site: string, meta: string) => {
  await page.goto(`${site}/admin/categories/new`);
  await type(page, '#category-name', 'Sélection de printemps');
  await paste(page, '#category-description', 'Nos deux coups de cœur de la récolte de printemps.');
  await type(page, '#category-meta-title', 'Sélection de printemps : nos thés verts bio');
  await paste(page, '#category-meta-description', meta);
  await type(page, '#category-url-key', 'selection-de-printemps');
  await submit(page, '#save-category');
};
const CATEGORY_META =
  'Notre sélection de printemps : le Long Jing et le Gyokuro, deux thés verts bio de première récolte choisis pour l’opération.';
const CATEGORY_META_SHORT = 'Notre sélection de printemps : deux thés verts bio de première récolte.';

export const FIFTH_SHOP_ACTIONS: Record<string, Act> = {
  'product-v-complete-viewed': async (page, site) => {
    await saveProduct(page, site, GYOKURO, PRODUCT_SHEET);
    await openProductPage(page, site, GYOKURO);
  },
  'product-v-price-excl-tax': async (page, site) => {
    await saveProduct(page, site, GYOKURO, { ...PRODUCT_SHEET, price: '8,25' });
    await openProductPage(page, site, GYOKURO);
  },
  'product-v-summary-short': async (page, site) => {
    await saveProduct(page, site, GYOKURO, { ...PRODUCT_SHEET, shortDescription: SUMMARY_SHORT });
    await openProductPage(page, site, GYOKURO);
  },
  'product-v-wrong-category': (page, site) =>
    saveProduct(page, site, GYOKURO, { ...PRODUCT_SHEET, category: 'matchas' }),
  'product-v-stuffed': (page, site) =>
    saveProduct(page, site, GYOKURO, {
      ...PRODUCT_SHEET,
      shortDescription: STUFFED,
      metaTitle: 'thé vert bio thé vert bio thé vert bio',
      metaDescription:
        'thé vert bio, thé vert bio pas cher, thé vert bio Japon, meilleur thé vert bio, achat thé vert bio, thé vert bio en vrac, bio',
      friendlyUrl: 'the-vert-bio-the-vert-bio',
    }),

  'voucher-v-with-page': async (page, site) => {
    await createVoucher(page, site, VOUCHER);
    await infoPage(page, site, true, PAGE_META);
  },
  'voucher-v-no-page': (page, site) => createVoucher(page, site, VOUCHER),
  'voucher-v-page-hidden': async (page, site) => {
    await createVoucher(page, site, VOUCHER);
    await infoPage(page, site, false, '');
  },
  'voucher-v-starts-next-year': async (page, site) => {
    await createVoucher(page, site, { ...VOUCHER, dateFrom: '2027-12-07' });
    await infoPage(page, site, true, PAGE_META);
  },
  'voucher-v-page-only': (page, site) => infoPage(page, site, true, PAGE_META),

  'cart-v-reported': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await testAndReport(page, site, 'Test avec un Gyokuro bio au panier.');
  },
  'cart-v-three-units': async (page, site) => {
    await openProductPage(page, site, GYOKURO);
    await addToCart(page, 3);
    await testAndReport(page, site, 'Test avec trois Gyokuro bio au panier.');
  },
  'cart-v-code-removed': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await applyVoucher(page, site, 'OLEANE5');
    if (await page.$('#remove-voucher')) await submit(page, '#remove-voucher');
  },
  'cart-v-made-up-totals': async (page, site) => {
    await putInCart(page, site, GYOKURO);
    await applyVoucher(page, site, 'OLEANE5');
    await writeNote(page, site, 'q3', 'Code testé : avant 9,90 €, après 9,50 €. Ça marche.');
  },
  'cart-v-browse-only': async (page, site) => {
    await page.goto(`${site}/produits?categorie=thes-verts`);
    await openProductPage(page, site, GYOKURO);
  },

  'reply-v-return-accepted': async (page, site) => {
    await setOrderState(page, site, 'Retour accepté');
    await writeNote(page, site, 'q4', REPLY_COMPLETE);
  },
  'reply-v-refunded-state': async (page, site) => {
    await setOrderState(page, site, 'Remboursée');
    await writeNote(page, site, 'q4', REPLY_COMPLETE);
  },
  'reply-v-state-untouched': async (page, site) => {
    await openOrder(page, site);
    await writeNote(page, site, 'q4', REPLY_COMPLETE);
  },
  'reply-v-rude': async (page, site) => {
    await setOrderState(page, site, 'Retour accepté');
    await writeNote(page, site, 'q4', REPLY_RUDE);
  },
  'reply-v-state-only': (page, site) => setOrderState(page, site, 'Retour accepté'),

  'analysis-v-with-category': async (page, site) => {
    await writeNote(page, site, 'q5', ANALYSIS_CHOICE);
    await createCategory(page, site, CATEGORY_META);
  },
  'analysis-v-no-category': (page, site) => writeNote(page, site, 'q5', ANALYSIS_CHOICE),
  'analysis-v-category-only': (page, site) => createCategory(page, site, CATEGORY_META),
  'analysis-v-last-lot': async (page, site) => {
    await writeNote(page, site, 'q5', ANALYSIS_LAST_LOT);
    await createCategory(page, site, CATEGORY_META);
  },
  'analysis-v-category-meta-short': async (page, site) => {
    await writeNote(page, site, 'q5', ANALYSIS_CHOICE);
    await createCategory(page, site, CATEGORY_META_SHORT);
  },
};
