/**
 * What each variant of the seventh set (seventh.ts) does on the demo site, as a candidate: the
 * WordPress half here, the shop half in actions-seventh-shop.ts. Texts are new, written for the
 * variant's quality from the subject's annexes, by someone who never read the rules.
 */
import type { Page } from 'puppeteer-core';
import {
  approveComment,
  moderateComment,
  replyToComment,
  saveSettings,
  waitForMessage,
} from '../e2e/support/candidate.ts';
import { editArticle, FIELD_IDS, FULL_FIELDS, set, viewArticleOfQ1, writeNote } from './actions.ts';

export { SEVENTH_SHOP_ACTIONS } from './actions-seventh-shop.ts';

type Act = (page: Page, site: string) => Promise<void>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ——— Question 1: the article ———

/** The article's parts; `h` makes an intertitre (a heading, or a bold line for some). */
const articleText = (h: (title: string) => string) =>
  [
    'Au printemps, notre boutique de la vieille ville d’Annecy vit au rythme des premières cueillettes. Cette année, six thés verts bio de première récolte rejoignent nos étagères, choisis chez de petits producteurs japonais et chinois que nous connaissons depuis longtemps.',
    h('Des jardins bio contrôlés de près'),
    'À Shizuoka, Yame et Kagoshima comme dans le Zhejiang, nos partenaires cultivent leurs théiers sans pesticides ni engrais de synthèse, sous certification indépendante. Chaque lot est dégusté par notre équipe, puis analysé par un laboratoire français qui vérifie l’absence de résidus.',
    h('Des feuilles tendres, une tasse douce'),
    'Cueillies en avril et en mai, ces jeunes feuilles donnent une liqueur douce, végétale, parfois iodée, avec très peu d’amertume. Le Sencha accompagne le quotidien, le Gyokuro ombré pendant vingt jours surprend par sa rondeur et le Genmaicha au riz grillé rassure ceux qui débutent.',
    h('Nos repères d’infusion'),
    '- Sencha bio : 75 °C, 2 minutes, 3 g pour 20 cl\n- Gyokuro bio : 60 °C, 2 minutes, 4 g pour 20 cl\n- Genmaicha bio : 80 °C, 3 minutes, 3 g pour 20 cl\n- Long Jing bio : 80 °C, 3 minutes, 3 g pour 20 cl\n- Gunpowder bio : 80 °C, 2 à 3 minutes, 2,5 g pour 20 cl\n- Bancha bio : 85 °C, 2 minutes, 3 g pour 20 cl',
    'Préférez une eau peu minéralisée et jamais bouillante : elle brûlerait les feuilles.',
    h('Venez goûter la nouvelle récolte'),
    'Nous vous attendons le samedi 12 avril à 10 h, 7 passage des Tilleuls, pour un atelier de dégustation gratuit. Douze places seulement : réservez au 04 50 00 00 00 ou en boutique. Et jusqu’au 30 avril, profitez de 5 % sur toute la gamme avec le code OLEANE5.',
  ].join('\n\n');

const META_T =
  'Thé vert bio de première récolte : six nouveautés de printemps à Annecy, leurs repères d’infusion et un atelier de dégustation gratuit le 12 avril.';
const FIELDS_T: typeof FULL_FIELDS = {
  ...FULL_FIELDS,
  title: 'Thé vert bio : la première récolte de printemps arrive à Annecy',
  slug: 'the-vert-bio-printemps-2025',
  excerpt:
    'Six thés verts bio de première récolte arrivent à Annecy : repères d’infusion et atelier gratuit.',
  content: articleText((title) => `## ${title}`),
  metaTitle: 'Thé vert bio de printemps à Annecy | Jardins d’Oléane',
  metaDescription: META_T,
  imageAlt: 'Bannière crème et verte : feuille de thé stylisée, « Thés verts bio, récolte de printemps »',
};
const TAGS_T = 'thé vert, bio, première récolte';

/** New article: the fields given, the categories ticked (by index), the tags, then « Publier ». */
const publishNew = async (
  page: Page,
  site: string,
  fields: Partial<typeof FULL_FIELDS>,
  categories: number[],
  tags: string,
) => {
  await page.goto(`${site}/admin/articles/new`);
  for (const [key, selector] of Object.entries(FIELD_IDS)) {
    const value = fields[key as keyof typeof fields];
    if (value) await set(page, selector, value);
  }
  for (const index of categories) await page.click(`#post-category-${index}`);
  if (tags) await set(page, '#post-tags', tags);
  await page.click('#publish');
  await waitForMessage(page, '#editor-message', 'publié');
};
const NOUVEAUTES = 1;
const CONSEILS = 0;

// ——— Question 2: comments ———

const MATCHA_T =
  'Bonjour Julien, et merci pour votre question ! Le matcha se prépare un peu différemment : tamisez 2 g de poudre dans un bol, versez 6 cl d’eau à 80 °C (jamais bouillante), puis fouettez vivement au fouet en bambou, en dessinant des « M », jusqu’à obtenir une mousse fine. Belle dégustation, l’équipe des Jardins d’Oléane.';
const CAMILLE_THANKS =
  'Merci Camille pour votre retour ! Une eau plus douce change tout, au plaisir de vous voir en boutique. L’équipe des Jardins d’Oléane.';
const MATCHA_FAMILIAR =
  'Salut Julien ! Franchement non, le matcha c’est pas pareil 😉 Tu mets 2 g de poudre, 6 cl d’eau à 80 °C max et tu fouettes à fond avec un fouet en bambou jusqu’à ce que ça mousse. Trop bon, tu vas kiffer 😄';
const MATCHA_PROMISE =
  'Bonjour Julien, merci pour votre intérêt pour le matcha ! Pour vous aider, nous vous offrons un fouet en bambou avec votre prochaine commande et un cours particulier de préparation à la boutique, quand vous voulez. À très bientôt chez Les Jardins d’Oléane !';

// ——— Question 4: the rooibos article ———

const ROOIBOS_ID = 2;
const ROOIBOS_TITLE_T = 'Rooibos sans théine : l’infusion de toute la famille';
const ROOIBOS_META_T =
  'Le rooibos, sans théine et jamais amer, se boit à toute heure, même le soir et avec les enfants : origine, bienfaits et notre façon de le préparer.';
const ROOIBOS_EXCERPT_T =
  'Sans théine ni amertume, le rooibos d’Afrique du Sud se boit à toute heure, en famille : nos conseils de préparation.';
const rooibosPage = async (page: Page, site: string) => {
  const slug = await page.$eval('#post-slug', (node) => (node as HTMLInputElement).value);
  await page.goto(`${site}/blog/${slug}`);
  await pause(1_000);
};

// ——— Question 5: the check ———

const COFFRETS_ID = 3;
const COFFRETS_ALT_T =
  'Trois coffrets de thé en carton kraft, Éveil, Douceur et Voyage, sur un fond printanier';
const RGPD_T =
  'Recommandation RGPD pour le blog : le formulaire de commentaire collecte un nom et une adresse e-mail. Il faut afficher juste sous le formulaire une mention qui indique pourquoi ces données sont demandées, qu’elles ne sont pas publiées ni revendues, et comment demander leur suppression, avec un lien vers la politique de confidentialité, à publier et tenir à jour. Les adresses e-mail des commentateurs ne seront conservées que trois ans après leur dernier commentaire, puis supprimées.';
const RGPD_TEN_YEARS =
  'Recommandation RGPD : sous le formulaire de commentaire, ajouter une mention qui explique l’usage du nom et de l’adresse e-mail et les droits de l’internaute (accès, rectification, suppression), avec un lien vers la politique de confidentialité du site. Pour la durée de conservation, nous garderons les adresses e-mail dix ans, pour pouvoir recontacter les lecteurs fidèles lors de nos prochaines opérations.';
const QUESTION_COPIED =
  'Obligations du blog en matière de données personnelles (RGPD) : information sous le formulaire de commentaire, politique de confidentialité, durée de conservation des adresses e-mail.';

export const SEVENTH_WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-t-two-categories': (page, site) =>
    publishNew(page, site, FIELDS_T, [NOUVEAUTES, CONSEILS], TAGS_T),
  'article-t-bold-headings': (page, site) =>
    publishNew(
      page,
      site,
      { ...FIELDS_T, content: articleText((title) => `**${title}**`) },
      [NOUVEAUTES],
      TAGS_T,
    ),
  'article-t-english-meta': (page, site) =>
    publishNew(
      page,
      site,
      {
        ...FIELDS_T,
        metaDescription:
          'Our new organic green teas from the spring harvest have arrived in Annecy: brewing tips and a free tasting workshop on 12 April.',
      },
      [NOUVEAUTES],
      TAGS_T,
    ),
  'article-t-long-slug': (page, site) =>
    publishNew(
      page,
      site,
      {
        ...FIELDS_T,
        title: 'Thé vert bio : la première récolte de printemps arrive dans notre boutique d’Annecy',
        slug: 'the-vert-bio-la-premiere-recolte-de-printemps-arrive-dans-notre-boutique-d-annecy',
      },
      [NOUVEAUTES],
      TAGS_T,
    ),
  'article-t-keyword-title-only': (page, site) =>
    publishNew(
      page,
      site,
      {
        ...FIELDS_T,
        slug: 'arrivage-printemps',
        focusKeyword: '',
        metaTitle: 'Nouveautés de printemps | Jardins d’Oléane',
        metaDescription:
          'Les premières récoltes de printemps sont arrivées dans notre boutique d’Annecy : découvrez nos six nouveautés et notre atelier gratuit.',
      },
      [NOUVEAUTES],
      TAGS_T,
    ),
  'article-t-stub-draft': async (page, site) => {
    await page.goto(`${site}/admin/articles/new`);
    await set(page, '#post-title', 'Thé vert bio : la nouvelle récolte');
    await set(
      page,
      '#post-content',
      'Six thés verts bio de première récolte arrivent dans notre boutique. À compléter avec le tableau.',
    );
    await page.click('#save-draft');
    await waitForMessage(page, '#editor-message', 'rouillon');
  },

  'comments-t-complete': async (page, site) => {
    await page.goto(`${site}/admin/commentaires?statut=spam`);
    await pause(1_000);
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_T);
    await replyToComment(page, site, 'Camille', CAMILLE_THANKS);
  },
  'comments-t-advert-trashed': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_T);
    await moderateComment(page, site, 'Super Promo', 'trash', 'spam');
  },
  'comments-t-familiar': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_FAMILIAR);
  },
  'comments-t-promise': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_PROMISE);
  },
  'comments-t-julien-binned': (page, site) => moderateComment(page, site, 'Julien', 'trash'),

  'settings-t-complete': (page, site) =>
    saveSettings(page, site, {
      tagline: 'Thés et infusions bio, sélectionnés à Annecy.',
      manualApproval: true,
    }),
  'settings-t-capitals': (page, site) =>
    saveSettings(page, site, { tagline: 'THÉS BIO D’ANNECY : LES MEILLEURS !!!', manualApproval: true }),
  'settings-t-promo-tagline': (page, site) =>
    saveSettings(page, site, { tagline: 'Thés bio d’Annecy : -5 % avec OLEANE5', manualApproval: true }),
  'settings-t-tagline-erased': (page, site) =>
    saveSettings(page, site, { tagline: '', manualApproval: true }),
  'settings-t-in-notes': async (page, site) => {
    await page.goto(`${site}/admin/reglages`);
    await pause(1_000);
    await writeNote(page, site, 'q3', 'Slogan proposé : « Les thés bio d’Annecy, choisis avec soin ».');
  },

  'seo-t-complete': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, {
      '#post-meta-title': ROOIBOS_TITLE_T,
      '#post-meta-description': ROOIBOS_META_T,
      '#post-excerpt': ROOIBOS_EXCERPT_T,
    });
    await rooibosPage(page, site);
  },
  'seo-t-slug-changed': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, {
      '#post-slug': 'rooibos',
      '#post-meta-title': ROOIBOS_TITLE_T,
      '#post-meta-description': ROOIBOS_META_T,
      '#post-excerpt': ROOIBOS_EXCERPT_T,
    });
    await rooibosPage(page, site);
  },
  'seo-t-meta-in-excerpt': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, {
      '#post-meta-title': ROOIBOS_TITLE_T,
      '#post-excerpt': ROOIBOS_META_T,
    });
    await rooibosPage(page, site);
  },
  'seo-t-unsaved': async (page, site) => {
    await page.goto(`${site}/admin/articles/${ROOIBOS_ID}`);
    await set(page, '#post-meta-title', ROOIBOS_TITLE_T);
    await set(page, '#post-meta-description', ROOIBOS_META_T);
    await rooibosPage(page, site);
  },

  'control-t-complete': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_T });
    await writeNote(page, site, 'q5', RGPD_T);
  },
  'control-t-ten-years': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_T });
    await writeNote(page, site, 'q5', RGPD_TEN_YEARS);
  },
  'control-t-alt-in-excerpt': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-excerpt': COFFRETS_ALT_T });
    await writeNote(page, site, 'q5', RGPD_T);
  },
  'control-t-sent-to-draft': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await page.goto(`${site}/admin/articles/${COFFRETS_ID}`);
    await set(page, '#post-image-alt', COFFRETS_ALT_T);
    await page.click('#save-draft');
    await waitForMessage(page, '#editor-message', 'rouillon');
    await writeNote(page, site, 'q5', RGPD_T);
  },
  'control-t-question-copied': (page, site) => writeNote(page, site, 'q5', QUESTION_COPIED),
};
