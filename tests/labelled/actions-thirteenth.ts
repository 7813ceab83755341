/**
 * What each variant of the thirteenth set (thirteenth.ts) does on the demo site, as a
 * candidate: the WordPress half here, the shop half in actions-thirteenth-shop.ts. Texts are
 * new, written for the variant's quality from the subject's annexes as a candidate sees them,
 * by someone who never read the rules.
 */
import type { Page } from 'puppeteer-core';
import { approveComment, moderateComment, replyToComment, saveSettings } from '../e2e/support/candidate.ts';
import { editArticle, type FULL_FIELDS, viewArticleOfQ1, writeNote } from './actions.ts';
import { publishNew } from './actions-tenth.ts';

export { THIRTEENTH_SHOP_ACTIONS } from './actions-thirteenth-shop.ts';

type Act = (page: Page, site: string) => Promise<void>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ——— Question 1: the article ———

const BANNER = '/images/the-vert.svg';
const BANNER_ALT =
  'Bannière crème et verte : une feuille de thé stylisée et la mention thés verts bio de la récolte de printemps';

const REPERES_P = [
  '- Sencha bio (Japon, Shizuoka) : eau à 75 °C, 2 minutes, 3 g pour 20 cl',
  '- Gyokuro bio (Japon, Yame) : eau à 60 °C, 2 minutes, 4 g pour 20 cl',
  '- Genmaicha bio (Japon, Kagoshima) : eau à 80 °C, 3 minutes, 3 g pour 20 cl',
  '- Long Jing bio (Chine, Zhejiang) : eau à 80 °C, 3 minutes, 3 g pour 20 cl',
  '- Gunpowder bio (Chine, Zhejiang) : eau à 80 °C, 2 à 3 minutes, 2,5 g pour 20 cl',
  '- Bancha bio (Japon, Shizuoka) : eau à 85 °C, 2 minutes, 3 g pour 20 cl',
].join('\n');
const REPERES_BOILING = [
  '- Sencha bio : eau bouillante (100 °C), 2 minutes',
  '- Gyokuro bio : eau bouillante (100 °C), 2 minutes',
  '- Genmaicha bio : eau bouillante (100 °C), 3 minutes',
  '- Long Jing bio : eau bouillante (100 °C), 3 minutes',
  '- Gunpowder bio : eau bouillante (100 °C), 3 minutes',
  '- Bancha bio : eau bouillante (100 °C), 2 minutes',
].join('\n');

const INTRO_P = [
  'C’est le moment que toute l’équipe attend : les thés verts bio de première récolte arrivent dans notre boutique de la vieille ville d’Annecy. Six thés, choisis auprès de petits producteurs du Japon et de Chine que nous connaissons depuis longtemps.',
  '## Le bio, du jardin à la tasse',
  'Nos producteurs de Shizuoka, Kagoshima et Yame, et ceux du Zhejiang en Chine, cultivent leurs jardins sans pesticides ni engrais de synthèse et sont certifiés par des organismes indépendants. Nous goûtons chaque lot avant de le commander, puis un laboratoire français vérifie l’absence de résidus.',
  '## La douceur des premières feuilles',
  'Cueillies en avril et en mai, les feuilles de printemps sont les plus tendres : leur liqueur est douce, peu amère, végétale et parfois iodée. Le Sencha pour la fraîcheur du quotidien, le Gyokuro ombré vingt jours pour sa rondeur, le Genmaicha au riz grillé pour découvrir le thé vert.',
  '## Nos repères d’infusion',
];
const TIP_P =
  'Choisissez une eau peu minéralisée et évitez l’eau bouillante, qui brûle les feuilles et donne de l’amertume.';
const CTA_P = [
  '## Venez goûter la récolte',
  'Rejoignez-nous pour un atelier de dégustation gratuit le samedi 12 avril à 10 h, au 7 passage des Tilleuls. Douze places seulement : inscrivez-vous au 04 50 00 00 00 ou en boutique. Et jusqu’au 30 avril, profitez de 5 % sur toute la gamme avec le code OLEANE5.',
];

const FIELDS_P: typeof FULL_FIELDS = {
  title: 'Thé vert bio : la récolte de printemps arrive à Annecy',
  slug: 'the-vert-bio-printemps',
  excerpt:
    'Six thés verts bio de première récolte, nos repères d’infusion et un atelier gratuit le 12 avril.',
  content: [...INTRO_P, REPERES_P, TIP_P, ...CTA_P].join('\n\n'),
  metaTitle: 'Thé vert bio de printemps | Les Jardins d’Oléane',
  metaDescription:
    'Thé vert bio de première récolte : découvrez nos six thés du Japon et de Chine, nos repères d’infusion et notre atelier gratuit à Annecy le 12 avril.',
  focusKeyword: 'thé vert bio',
  imageUrl: BANNER,
  imageAlt: BANNER_ALT,
};
const TAGS_P = 'thé vert, bio, printemps';

const FIELDS_NO_CTA = { ...FIELDS_P, content: [...INTRO_P, REPERES_P, TIP_P].join('\n\n') };
const FIELDS_BOILING = {
  ...FIELDS_P,
  content: [
    ...INTRO_P,
    REPERES_BOILING,
    'Le secret : une eau bien bouillante pour libérer tous les arômes.',
    ...CTA_P,
  ].join('\n\n'),
};
const FIELDS_NO_YOAST = { ...FIELDS_P, metaTitle: '', metaDescription: '', focusKeyword: '' };

// ——— Question 2: comments ———

const MATCHA_P =
  'Bonjour Julien, merci pour votre question ! Pour un matcha réussi, tamisez environ 2 g de poudre dans un bol, versez 7 cl d’eau à 80 °C (jamais bouillante), puis fouettez vivement au fouet en bambou, en dessinant des W, jusqu’à obtenir une mousse fine. Bonne dégustation, l’équipe des Jardins d’Oléane';
const MATCHA_BOILING =
  'Bonjour Julien, merci pour votre question ! Pour le matcha, mettez une cuillère à café de poudre dans une tasse, versez de l’eau bouillante et mélangez bien à la cuillère. Bonne dégustation, l’équipe des Jardins d’Oléane';
const MATCHA_SHORT = 'Merci Julien, le matcha est délicieux, passez nous voir en boutique !';
const CRITERIA_P =
  'Mes critères : j’approuve un commentaire écrit par un vrai lecteur, courtois et en lien avec l’article ou nos thés, même s’il est critique ; je place en indésirable les messages publicitaires, les liens suspects et les promesses de gains (Super Promo), et je refuserais tout propos injurieux.';

const moderateAndReply = async (page: Page, site: string, reply: string, criteria: string) => {
  await approveComment(page, site, 'Julien');
  await replyToComment(page, site, 'Julien', reply);
  if (criteria) await writeNote(page, site, 'q2', criteria);
};

// ——— Question 4: the rooibos article ———

const ROOIBOS_ID = 2;
const ROOIBOS_FIELDS = {
  '#post-meta-title': 'Rooibos : l’infusion sans théine pour toute la famille',
  '#post-meta-description':
    'Le rooibos, une infusion sans théine, douce et gourmande, que toute la famille peut boire le soir : nos conseils pour le choisir et bien le préparer.',
  '#post-focus-keyword': 'rooibos',
  '#post-excerpt':
    'Sans théine et sans amertume, le rooibos plaît aux petits comme aux grands. Nos conseils pour le préparer.',
  '#post-image-alt': 'Tasse de rooibos ambré à côté d’un bol d’aiguilles de rooibos rouges',
};
const NEW_SLUG = 'rooibos-infusion-famille';

// ——— Question 5: the check ———

const COFFRETS_ID = 3;
const COFFRETS_ALT_P =
  'Coffrets de printemps en carton kraft avec un ruban vert, boîtes de thé et tasse en porcelaine blanche';
const RGPD_P =
  'Recommandation RGPD : les commentaires collectent un nom et une adresse e-mail, qui sont des données personnelles. Il faut ajouter sous le formulaire une mention d’information (pourquoi ces données sont collectées, qui les reçoit, combien de temps, droits d’accès, de rectification et d’effacement), un lien vers une politique de confidentialité à jour, et fixer une durée de conservation limitée des adresses e-mail, par exemple trois ans après le dernier commentaire, puis les supprimer.';

/** The boxes' alt text typed on the spring article (found in the list by its title) instead. */
const altOnWrongArticle = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/articles`);
  const href = await page.$$eval('a[href^="/admin/articles/"]', (links) =>
    links.find((link) => link.textContent?.includes('Thé vert bio'))?.getAttribute('href'),
  );
  if (!href) throw new Error('spring article not found in the list');
  await editArticle(page, site, Number(href.split('/').at(-1)), { '#post-image-alt': COFFRETS_ALT_P });
};

export const THIRTEENTH_WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-p-complete': (page, site) => publishNew(page, site, FIELDS_P, [1], TAGS_P),
  'article-p-no-yoast': (page, site) => publishNew(page, site, FIELDS_NO_YOAST, [1], TAGS_P),
  'article-p-no-cta': (page, site) => publishNew(page, site, FIELDS_NO_CTA, [1], TAGS_P),
  'article-p-boiling-water': (page, site) => publishNew(page, site, FIELDS_BOILING, [1], TAGS_P),
  'article-p-not-done': async () => {},

  'comments-p-complete': (page, site) => moderateAndReply(page, site, MATCHA_P, CRITERIA_P),
  'comments-p-no-criteria': (page, site) => moderateAndReply(page, site, MATCHA_P, ''),
  // The advert sent from the spam folder to the bin.
  'comments-p-advert-trashed': async (page, site) => {
    await moderateComment(page, site, 'Super Promo', 'trash', 'spam');
    await moderateAndReply(page, site, MATCHA_P, CRITERIA_P);
  },
  // Julien and the advert approved, the advert left online; a reply with no advice.
  'comments-p-advert-approved': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await moderateComment(page, site, 'Super Promo', 'approve', 'spam');
    await pause(800);
    await replyToComment(page, site, 'Julien', MATCHA_SHORT);
  },
  'comments-p-boiling-matcha': (page, site) => moderateAndReply(page, site, MATCHA_BOILING, ''),
  'comments-p-not-done': async () => {},

  'settings-p-complete': (page, site) =>
    saveSettings(page, site, { tagline: 'Thés bio d’exception, choisis à Annecy', manualApproval: true }),
  'settings-p-caps-tagline': (page, site) =>
    saveSettings(page, site, { tagline: 'THÉS BIO D’ANNECY, CHOISIS AVEC SOIN', manualApproval: true }),
  'settings-p-approval-only': (page, site) => saveSettings(page, site, { manualApproval: true }),
  'settings-p-not-done': async () => {},

  'seo-p-complete': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, ROOIBOS_FIELDS);
    await page.goto(`${site}/blog/rooibos-infusion-sans-theine`);
    await pause(1_200);
  },
  'seo-p-not-viewed': (page, site) => editArticle(page, site, ROOIBOS_ID, ROOIBOS_FIELDS),
  'seo-p-slug-changed': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, { ...ROOIBOS_FIELDS, '#post-slug': NEW_SLUG });
    await page.goto(`${site}/blog/${NEW_SLUG}`);
    await pause(1_200);
  },
  'seo-p-title-only': (page, site) =>
    editArticle(page, site, ROOIBOS_ID, { '#post-meta-title': ROOIBOS_FIELDS['#post-meta-title'] }),
  'seo-p-not-done': async () => {},

  'control-p-complete': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_P });
    await writeNote(page, site, 'q5', RGPD_P);
  },
  'control-p-no-public-view': async (page, site) => {
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_P });
    await writeNote(page, site, 'q5', RGPD_P);
  },
  'control-p-alt-wrong-article': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await altOnWrongArticle(page, site);
    await writeNote(page, site, 'q5', RGPD_P);
  },
  'control-p-no-rgpd': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_P });
  },
  'control-p-not-done': async () => {},
};
