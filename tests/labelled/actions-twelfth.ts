/**
 * What each variant of the twelfth set (twelfth.ts) does on the demo site, as a candidate: the
 * WordPress half here, the shop half in actions-twelfth-shop.ts. Texts are new, written for the
 * variant's quality from the subject's annexes as a candidate sees them, by someone who never
 * read the rules.
 */
import type { Page } from 'puppeteer-core';
import {
  approveComment,
  moderateComment,
  replyToComment,
  saveSettings,
  waitForMessage,
} from '../e2e/support/candidate.ts';
import { editArticle, FIELD_IDS, type FULL_FIELDS, set, viewArticleOfQ1, writeNote } from './actions.ts';
import { publishNew } from './actions-tenth.ts';

export { TWELFTH_SHOP_ACTIONS } from './actions-twelfth-shop.ts';

type Act = (page: Page, site: string) => Promise<void>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ——— Question 1: the article ———

const BANNER = '/images/the-vert.svg';
const BANNER_ALT =
  'Bannière verte et crème avec une feuille de thé stylisée et la mention thés verts bio, récolte de printemps';
const WEB_IMAGE = 'https://images.example.com/photos/tasse-the-vert-jardin-japonais.jpg';

const REPERES_R = [
  '- Sencha bio, de Shizuoka : 3 g pour 20 cl, eau à 75 °C, 2 minutes',
  '- Gyokuro bio, de Yame : 4 g pour 20 cl, eau à 60 °C, 2 minutes',
  '- Genmaicha bio, de Kagoshima : 3 g pour 20 cl, eau à 80 °C, 3 minutes',
  '- Long Jing bio, du Zhejiang : 3 g pour 20 cl, eau à 80 °C, 3 minutes',
  '- Gunpowder bio, du Zhejiang : 2,5 g pour 20 cl, eau à 80 °C, 2 à 3 minutes',
  '- Bancha bio, de Shizuoka : 3 g pour 20 cl, eau à 85 °C, 2 minutes',
].join('\n');

const ARTICLE_R = [
  'Avril est là, et avec lui les tout premiers thés de l’année. Les Jardins d’Oléane accueillent cette saison six thés verts bio de première récolte, choisis chez des petits producteurs japonais et chinois que nous suivons depuis des années.',
  '## Des jardins cultivés sans chimie',
  'À Shizuoka, Kagoshima et Yame au Japon, comme dans la province chinoise du Zhejiang, nos producteurs travaillent sans pesticides ni engrais de synthèse, sous le contrôle d’organismes certificateurs indépendants. Avant chaque commande, nous goûtons le lot ; à son arrivée, un laboratoire français vérifie qu’il ne contient aucun résidu.',
  '## Pourquoi la première récolte est si recherchée',
  'Cueillies en avril et en mai, les jeunes pousses sont les plus tendres : elles offrent une tasse douce, peu amère, aux notes végétales et parfois iodées. Le Sencha est le compagnon frais du quotidien, le Gyokuro, ombré vingt jours avant la cueillette, se distingue par sa rondeur, et le Genmaicha au riz grillé est parfait pour débuter.',
  '## Nos repères pour une tasse réussie',
  REPERES_R,
  'Préférez une eau peu minéralisée et ne versez jamais d’eau bouillante : elle brûle les feuilles et rend le thé amer.',
  '## Rendez-vous à l’atelier de dégustation',
  'Venez goûter la récolte avec nous le samedi 12 avril à 10 h, dans notre boutique du 7 passage des Tilleuls à Annecy. L’atelier est gratuit et limité à douze personnes : réservez au 04 50 00 00 00 ou en magasin. Jusqu’au 30 avril, le code OLEANE5 vous offre 5 % sur toute la gamme de thés verts bio.',
].join('\n\n');

const FIELDS_R: typeof FULL_FIELDS = {
  title: 'Thé vert bio : la première récolte de printemps débarque à Annecy',
  slug: 'the-vert-bio-premiere-recolte',
  excerpt:
    'Six thés verts bio de première récolte, nos repères d’infusion et un atelier gratuit le 12 avril.',
  content: ARTICLE_R,
  metaTitle: 'Thé vert bio : première récolte de printemps | Jardins d’Oléane',
  metaDescription:
    'Thé vert bio de première récolte : six thés du Japon et de Chine, nos repères d’infusion et un atelier de dégustation gratuit à Annecy le 12 avril.',
  focusKeyword: 'thé vert bio',
  imageUrl: BANNER,
  imageAlt: BANNER_ALT,
};
const TAGS_R = 'thé vert, bio, première récolte';

const ARTICLE_EN = [
  'April is here, and with it the first teas of the year. This season Les Jardins d’Oléane welcome six organic green teas from the first harvest, chosen from small Japanese and Chinese growers we have worked with for years.',
  '## Gardens grown without chemicals',
  'In Shizuoka, Kagoshima and Yame in Japan, and in the Chinese province of Zhejiang, our growers use no pesticides or synthetic fertilisers and are certified by independent bodies. We taste every lot before ordering it, and a French laboratory checks it for residues.',
  '## Why the first harvest is so special',
  'Picked in April and May, the young leaves are the most tender: a sweet, barely bitter cup with grassy, sometimes briny notes. Sencha for everyday freshness, shaded Gyokuro for its roundness, Genmaicha with roasted rice to get started.',
  '## Brewing guide',
  '- Sencha: 3 g per 20 cl, 75 °C, 2 minutes\n- Gyokuro: 4 g per 20 cl, 60 °C, 2 minutes\n- Genmaicha: 3 g per 20 cl, 80 °C, 3 minutes\n- Long Jing: 3 g per 20 cl, 80 °C, 3 minutes\n- Gunpowder: 2.5 g per 20 cl, 80 °C, 2 to 3 minutes\n- Bancha: 3 g per 20 cl, 85 °C, 2 minutes',
  '## Join our tasting workshop',
  'Taste the harvest with us on Saturday 12 April at 10 am in our shop, 7 passage des Tilleuls in Annecy. The workshop is free and limited to twelve people: book on 04 50 00 00 00. Until 30 April, code OLEANE5 gives you 5 % off the whole organic green tea range.',
].join('\n\n');
const FIELDS_EN: typeof FULL_FIELDS = {
  title: 'Organic green tea: the spring harvest has arrived in Annecy',
  slug: 'organic-green-tea-spring',
  excerpt:
    'Six organic green teas from the first harvest, our brewing guide and a free workshop on 12 April.',
  content: ARTICLE_EN,
  metaTitle: 'Organic green tea, spring harvest | Les Jardins d’Oléane',
  metaDescription:
    'Organic green tea from the first spring harvest: six teas from Japan and China, our brewing guide and a free tasting workshop in Annecy on 12 April.',
  focusKeyword: 'organic green tea',
  imageUrl: BANNER,
  imageAlt: 'Green and cream banner with a stylised tea leaf, organic green teas, spring harvest',
};

const STUFFED = [
  'Le thé vert bio est arrivé. Notre thé vert bio est le meilleur thé vert bio d’Annecy. Découvrez notre thé vert bio de printemps, car le thé vert bio de printemps est un thé vert bio unique.',
  'Le thé vert bio du Japon et le thé vert bio de Chine : chaque thé vert bio est cultivé sans pesticides, comme tout thé vert bio. Le thé vert bio Sencha, le thé vert bio Gyokuro et le thé vert bio Genmaicha sont nos thés verts bio préférés.',
  'Pour infuser votre thé vert bio, utilisez une eau peu chaude, car un thé vert bio n’aime pas l’eau bouillante. Un thé vert bio s’infuse deux à trois minutes. Achetez votre thé vert bio chez Les Jardins d’Oléane, spécialiste du thé vert bio.',
  'Thé vert bio : venez à l’atelier thé vert bio du samedi 12 avril à 10 h et profitez de 5 % sur le thé vert bio avec le code OLEANE5. Le thé vert bio vous attend !',
].join('\n\n');

/** Opens the matcha draft (post 4) and writes the spring article over it, then publishes. */
const overMatchaDraft = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/articles/4`);
  for (const [key, selector] of Object.entries(FIELD_IDS))
    await set(page, selector, FIELDS_R[key as keyof typeof FIELDS_R]);
  await page.click('#post-category-0'); // unticks « Conseils de dégustation »
  await page.click('#post-category-1'); // Nouveautés
  await set(page, '#post-tags', TAGS_R);
  await page.click('#publish');
  await waitForMessage(page, '#editor-message', 'publié');
};

// ——— Question 2: comments ———

const MATCHA_R =
  'Bonjour Julien, et merci pour votre question ! Le matcha se prépare un peu différemment : une eau à 75-80 °C, jamais bouillante, environ 2 g de poudre tamisée (deux petites cuillères en bambou) pour 7 cl d’eau, puis un fouet en bambou (chasen) que l’on agite vivement en formant des W jusqu’à obtenir une mousse fine. Belle dégustation ! L’équipe des Jardins d’Oléane';
const CAMILLE_R =
  'Merci beaucoup pour votre retour ! Une eau à la bonne température change tout, nous sommes ravis que nos conseils vous aident. À bientôt en boutique, l’équipe des Jardins d’Oléane';
const LEAF_TEA =
  'Bonjour Julien, voici nos repères d’infusion pour les thés verts : Sencha 75 °C 2 min, Gyokuro 60 °C 2 min, Genmaicha 80 °C 3 min, Long Jing 80 °C 3 min, Gunpowder 80 °C 2 à 3 min, Bancha 85 °C 2 min. Bonne dégustation, l’équipe des Jardins d’Oléane';
const CRITERIA_R =
  'Critères : j’approuve les commentaires de vrais lecteurs, polis et en rapport avec le thé ou l’article (Julien, Camille) ; je mets en indésirable les messages publicitaires ou frauduleux, avec promesses d’argent et liens suspects (Super Promo). Une critique argumentée reste publiée et reçoit une réponse.';
const CRITERIA_CENSOR =
  'Critères : j’approuve les commentaires positifs qui donnent une bonne image de la boutique. Je rejette les publicités et aussi toutes les critiques négatives, pour que les futurs clients ne voient que des avis favorables.';

const moderateAndReply = async (page: Page, site: string, reply: string, criteria: string) => {
  await approveComment(page, site, 'Julien');
  await replyToComment(page, site, 'Julien', reply);
  if (criteria) await writeNote(page, site, 'q2', criteria);
};

/** Every comment approved one after the other, the advert included, then the advert spammed again. */
const approveAllThenSpam = async (page: Page, site: string) => {
  await approveComment(page, site, 'Julien');
  await moderateComment(page, site, 'Super Promo', 'approve', 'spam');
  await pause(800);
  await moderateComment(page, site, 'Super Promo', 'spam');
  await replyToComment(page, site, 'Julien', MATCHA_R);
  await writeNote(page, site, 'q2', CRITERIA_R);
};

// ——— Question 4: the rooibos article ———

const ROOIBOS_ID = 2;
const ROOIBOS_TITLE_R = 'Rooibos, l’infusion sans théine de toute la famille';
const ROOIBOS_META_R =
  'Sans théine et naturellement doux, le rooibos se déguste à toute heure, en famille et même le soir : découvrez nos conseils pour bien le choisir et l’infuser.';
const ROOIBOS_EXCERPT_R =
  'Doux, sans théine et sans amertume : le rooibos se boit à tout âge et à toute heure. Nos conseils pour le préparer.';
const ROOIBOS_ALT_R =
  'Tasse d’infusion de rooibos couleur ambre posée près d’un bol d’aiguilles rouges séchées';

const viewRooibos = async (page: Page, site: string) => {
  await page.goto(`${site}/blog/rooibos-infusion-sans-theine`);
  await pause(1_200);
};

// ——— Question 5: the check ———

const COFFRETS_ID = 3;
const COFFRETS_ALT_R =
  'Trois coffrets de printemps en carton kraft noués d’un ruban vert, avec boîtes de thé et tasse en porcelaine';
const COFFRETS_ALT_EN = 'Spring gift boxes in kraft paper with a green ribbon, tea tins and a porcelain cup';
const RGPD_R =
  'Recommandation RGPD pour le blog : le nom et l’adresse e-mail laissés dans un commentaire sont des données personnelles. 1) Sous le formulaire, ajouter une mention d’information : finalité (publier et modérer le commentaire), destinataire (Les Jardins d’Oléane), durée de conservation et droits d’accès, de rectification et d’effacement. 2) Mettre un lien vers la politique de confidentialité, à jour. 3) Limiter la conservation des adresses e-mail : les supprimer au plus tard trois ans après le dernier commentaire.';

/** Types the boxes' alt text, then leaves the editor without « Mettre à jour ». */
const altUnsaved = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/articles/${COFFRETS_ID}`);
  await page.type('#post-image-alt', COFFRETS_ALT_R);
  await pause(1_500);
  await page.goto(`${site}/admin/articles`);
  await pause(800);
};

export const TWELFTH_WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-r-complete': (page, site) => publishNew(page, site, FIELDS_R, [1], TAGS_R),
  'article-r-over-matcha-draft': overMatchaDraft,
  'article-r-web-image': (page, site) =>
    publishNew(
      page,
      site,
      { ...FIELDS_R, imageUrl: WEB_IMAGE, imageAlt: 'Tasse de thé vert devant un jardin japonais' },
      [1],
      TAGS_R,
    ),
  'article-r-english': (page, site) => publishNew(page, site, FIELDS_EN, [1], 'green tea, organic, spring'),
  'article-r-keyword-stuffed': (page, site) =>
    publishNew(
      page,
      site,
      { ...FIELDS_R, content: STUFFED, imageUrl: '', imageAlt: '' },
      [1],
      'thé vert bio',
    ),
  'article-r-not-done': async () => {},

  'comments-r-complete': (page, site) => moderateAndReply(page, site, MATCHA_R, CRITERIA_R),
  'comments-r-camille-thanked': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_R);
    await replyToComment(page, site, 'Camille', CAMILLE_R);
    await writeNote(page, site, 'q2', CRITERIA_R);
  },
  'comments-r-approve-all-then-spam': approveAllThenSpam,
  'comments-r-censor-criteria': (page, site) => moderateAndReply(page, site, MATCHA_R, CRITERIA_CENSOR),
  'comments-r-leaf-tea-advice': (page, site) => moderateAndReply(page, site, LEAF_TEA, ''),
  'comments-r-not-done': async () => {},

  'settings-r-complete': (page, site) =>
    saveSettings(page, site, {
      tagline: 'Thés bio sélectionnés avec passion à Annecy',
      manualApproval: true,
    }),
  'settings-r-question-tagline': (page, site) =>
    saveSettings(page, site, { tagline: 'Envie de thés bio ? Goûtez-les à Annecy', manualApproval: true }),
  'settings-r-infusions-tagline': (page, site) =>
    saveSettings(page, site, { tagline: 'Infusions bio et douceurs d’Annecy', manualApproval: true }),
  'settings-r-hashtags': (page, site) =>
    saveSettings(page, site, { tagline: '#thé #bio #Annecy #infusion', manualApproval: true }),
  'settings-r-not-done': async () => {},

  'seo-r-complete': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, {
      '#post-meta-title': ROOIBOS_TITLE_R,
      '#post-meta-description': ROOIBOS_META_R,
      '#post-focus-keyword': 'rooibos',
      '#post-excerpt': ROOIBOS_EXCERPT_R,
      '#post-image-alt': ROOIBOS_ALT_R,
    });
    await viewRooibos(page, site);
  },
  'seo-r-alt-erased': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, {
      '#post-meta-title': ROOIBOS_TITLE_R,
      '#post-meta-description': ROOIBOS_META_R,
      '#post-focus-keyword': 'rooibos',
      '#post-image-alt': '',
    });
    await viewRooibos(page, site);
  },
  'seo-r-meta-in-title': (page, site) =>
    editArticle(page, site, ROOIBOS_ID, { '#post-meta-title': ROOIBOS_META_R, '#post-meta-description': '' }),
  // « Mettre à jour » clicked with nothing changed: the editor answers that there is nothing to save.
  'seo-r-untouched-update': async (page, site) => {
    await page.goto(`${site}/admin/articles/${ROOIBOS_ID}`);
    await pause(1_500);
    await page.click('#publish');
    await waitForMessage(page, '#editor-message', 'Aucune modification');
    await pause(800);
  },
  'seo-r-not-done': async () => {},

  'control-r-complete': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_R });
    await writeNote(page, site, 'q5', RGPD_R);
  },
  'control-r-alt-english': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_EN });
    await writeNote(page, site, 'q5', RGPD_R);
  },
  'control-r-alt-unsaved': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await altUnsaved(page, site);
    await writeNote(page, site, 'q5', RGPD_R);
  },
  // The recommendation posted as a reply under Camille's published comment, for everyone to read.
  'control-r-rgpd-as-comment': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await replyToComment(page, site, 'Camille', RGPD_R);
  },
  'control-r-not-done': async () => {},
};
