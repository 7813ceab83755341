/**
 * What each variant of the eleventh set (eleventh.ts) does on the demo site, as a candidate: the
 * WordPress half here, the shop half in actions-eleventh-shop.ts. Texts are new, written for the
 * variant's quality from the subject's annexes as a candidate sees them, by someone who never
 * read the rules.
 */
import type { Page } from 'puppeteer-core';
import { approveComment, replyToComment, saveSettings } from '../e2e/support/candidate.ts';
import { editArticle, type FULL_FIELDS, viewArticleOfQ1, writeNote } from './actions.ts';
import { publishNew } from './actions-tenth.ts';

export { ELEVENTH_SHOP_ACTIONS } from './actions-eleventh-shop.ts';

type Act = (page: Page, site: string) => Promise<void>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ——— Question 1: the article ———

const BANNER = '/images/the-vert.svg';
const BANNER_ALT =
  'Bannière crème et verte : feuille de thé stylisée, nom des Jardins d’Oléane et mention thés verts bio, récolte de printemps';

const REPERES_Z = [
  '- Sencha bio (Japon, Shizuoka) : eau à 75 °C, 2 minutes, 3 g pour 20 cl',
  '- Gyokuro bio (Japon, Yame) : eau à 60 °C, 2 minutes, 4 g pour 20 cl',
  '- Genmaicha bio (Japon, Kagoshima) : eau à 80 °C, 3 minutes, 3 g pour 20 cl',
  '- Long Jing bio (Chine, Zhejiang) : eau à 80 °C, 3 minutes, 3 g pour 20 cl',
  '- Gunpowder bio (Chine, Zhejiang) : eau à 80 °C, 2 à 3 minutes, 2,5 g pour 20 cl',
  '- Bancha bio (Japon, Shizuoka) : eau à 85 °C, 2 minutes, 3 g pour 20 cl',
].join('\n');
const REPERES_THREE = REPERES_Z.split('\n').slice(0, 3).join('\n');
const REPERES_TABLE = [
  'Thé | Origine | Eau | Infusion | Dosage pour 20 cl',
  'Sencha bio | Japon (Shizuoka) | 75 °C | 2 min | 3 g',
  'Gyokuro bio | Japon (Yame) | 60 °C | 2 min | 4 g',
  'Genmaicha bio | Japon (Kagoshima) | 80 °C | 3 min | 3 g',
  'Long Jing bio | Chine (Zhejiang) | 80 °C | 3 min | 3 g',
  'Gunpowder bio | Chine (Zhejiang) | 80 °C | 2 à 3 min | 2,5 g',
  'Bancha bio | Japon (Shizuoka) | 85 °C | 2 min | 3 g',
].join('\n');

const ctaOf = (percent: string) =>
  `Envie de goûter avant de choisir ? Rejoignez-nous le samedi 12 avril à 10 h pour un atelier de dégustation gratuit dans notre boutique du 7 passage des Tilleuls. Douze places seulement : inscrivez-vous au 04 50 00 00 00 ou en magasin. Et jusqu’au 30 avril, profitez de ${percent} de remise sur toute la gamme avec le code OLEANE5.`;

const articleOf = (reperes: string, cta: string) =>
  [
    'La première récolte de printemps est arrivée à Annecy ! Comme chaque année, c’est un moment que toute l’équipe des Jardins d’Oléane attend avec impatience : six thés verts bio nouvellement sélectionnés rejoignent notre boutique de la vieille ville et notre site.',
    '## Des producteurs que nous connaissons',
    'Nos thés viennent de petits jardins du Japon (Shizuoka, Kagoshima, Yame) et de Chine (Zhejiang), cultivés sans pesticides ni engrais de synthèse et certifiés par des organismes indépendants. Nous dégustons chaque lot avant de le commander, puis un laboratoire français vérifie l’absence de résidus.',
    '## La douceur des feuilles de printemps',
    'Cueillies en avril et en mai, les jeunes feuilles donnent une tasse douce et peu amère, aux notes végétales, parfois iodées. Le Sencha pour la fraîcheur du quotidien, le Gyokuro, ombré vingt jours, pour sa rondeur, le Genmaicha au riz grillé pour découvrir le thé vert en douceur.',
    '## Bien infuser votre thé vert bio',
    reperes,
    'Choisissez une eau peu minéralisée et évitez l’eau bouillante, qui brûle les feuilles et donne de l’amertume.',
    '## Venez les découvrir en boutique',
    cta,
  ].join('\n\n');

const ARTICLE_Z = articleOf(REPERES_Z, ctaOf('5 %'));
const FIELDS_Z: typeof FULL_FIELDS = {
  title: 'Thé vert bio : la récolte de printemps est arrivée à Annecy',
  slug: 'the-vert-bio-recolte-printemps',
  excerpt:
    'Six thés verts bio de première récolte, leurs repères d’infusion et un atelier gratuit le 12 avril.',
  content: ARTICLE_Z,
  metaTitle: 'Thé vert bio, récolte de printemps | Les Jardins d’Oléane',
  metaDescription:
    'Thé vert bio de première récolte : six nouveautés du Japon et de Chine, nos repères d’infusion et un atelier de dégustation gratuit à Annecy.',
  focusKeyword: 'thé vert bio',
  imageUrl: BANNER,
  imageAlt: BANNER_ALT,
};
const TAGS_Z = 'thé vert, bio, récolte de printemps';

/** Annex 2's rows typed under one sentence, as a candidate short of ideas does. */
const ANNEX_TABLE_ONLY = [
  'Voici les repères d’infusion de notre nouvelle gamme de thés verts bio.',
  [
    'Sencha bio, Japon (Shizuoka), 75 °C, 2 min, 3 g, 8,50 €',
    'Gyokuro bio, Japon (Yame), 60 °C, 2 min, 4 g, 9,90 €',
    'Genmaicha bio, Japon (Kagoshima), 80 °C, 3 min, 3 g, 7,50 €',
    'Long Jing bio, Chine (Zhejiang), 80 °C, 3 min, 3 g, 8,90 €',
    'Gunpowder bio, Chine (Zhejiang), 80 °C, 2 à 3 min, 2,5 g, 6,90 €',
    'Bancha bio, Japon (Shizuoka), 85 °C, 2 min, 3 g, 6,50 €',
  ].join('\n'),
].join('\n\n');

// ——— Question 2: comments ———

const MATCHA_Z =
  'Bonjour Julien, merci pour votre question ! Pas tout à fait : le matcha se prépare avec une eau plus douce que nos thés verts en feuilles, autour de 80 °C et jamais bouillante. Tamisez 2 g de poudre (une cuillère en bambou bien pleine) dans un bol, ajoutez 7 cl d’eau, puis fouettez vivement en dessinant des W avec un fouet en bambou jusqu’à obtenir une mousse fine. Belle dégustation ! L’équipe des Jardins d’Oléane';
const MATCHA_VIDEO = `${MATCHA_Z.replace(' Belle dégustation !', ' Pour voir le geste du fouet, voici une courte vidéo de démonstration : https://www.youtube.com/watch?v=matcha-chasen-demo. Belle dégustation !')}`;
const MATCHA_NO_DOSAGE =
  'Bonjour Julien, merci pour votre question ! Non, le matcha demande une eau moins chaude, autour de 80 °C, jamais bouillante. Versez l’eau sur la poudre dans un bol, puis fouettez vivement en W avec un fouet en bambou jusqu’à obtenir une mousse fine et légère. Belle dégustation ! L’équipe des Jardins d’Oléane';
const MATCHA_ENGLISH =
  'Hello Julien, thank you for your question! Matcha needs cooler water than our leaf green teas: about 80 °C, never boiling. Sift 2 g of powder into a bowl, pour 7 cl of water and whisk briskly in a zigzag with a bamboo whisk until a fine foam appears. Enjoy your tea! The Jardins d’Oléane team';
const MATCHA_CALL =
  'Bonjour Julien, merci pour votre question ! La préparation du matcha est un peu particulière : le plus simple est de nous appeler au 04 50 00 00 00 ou de passer nous voir en boutique, nous vous expliquerons tout de vive voix. À bientôt, l’équipe des Jardins d’Oléane';
const CRITERIA_Z =
  'Critères de modération : j’approuve un commentaire en lien avec l’article, poli, écrit par un vrai lecteur (la question de Julien sur le matcha, le remerciement de Camille). Je mets en indésirable les messages publicitaires sans rapport avec le thé, avec des promesses d’argent ou des liens douteux (« Super Promo »). Une critique polie n’est jamais supprimée : on y répond.';

const comments = async (page: Page, site: string, reply: string, criteria: boolean) => {
  await page.goto(`${site}/admin/commentaires?statut=spam`);
  await pause(800);
  await approveComment(page, site, 'Julien');
  await replyToComment(page, site, 'Julien', reply);
  if (criteria) await writeNote(page, site, 'q2', CRITERIA_Z);
};

// ——— Question 3: settings ———

const TAGLINE_Z = 'Thés bio choisis avec soin à Annecy';

// ——— Question 4: the rooibos article ———

const ROOIBOS_ID = 2;
const ROOIBOS_TITLE_Z = 'Rooibos : l’infusion sans théine pour toute la famille';
const ROOIBOS_META_Z =
  'Le rooibos, infusion sans théine et sans amertume, se boit à toute heure, même le soir et par les enfants. Nos conseils pour le choisir et le préparer.';
const ROOIBOS_META_QUESTION =
  'Envie d’une infusion sans théine pour toute la famille ? Le rooibos se boit à toute heure, même le soir : nos conseils pour bien le choisir et le préparer.';
const ROOIBOS_EXCERPT_Z =
  'Sans théine, doux et naturellement sucré : pourquoi le rooibos plaît à toute la famille, et comment bien le préparer.';
const ROOIBOS_ALT_Z = 'Tasse d’infusion de rooibos rouge ambré à côté d’une coupelle d’aiguilles séchées';

const rooibos = async (page: Page, site: string, fields: Record<string, string>, view = true) => {
  await editArticle(page, site, ROOIBOS_ID, fields);
  if (view) {
    await page.goto(`${site}/blog/rooibos-infusion-sans-theine`);
    await pause(1_200);
  }
};

// ——— Question 5: the check ———

const COFFRETS_ID = 3;
const COFFRETS_ALT_Z =
  'Coffrets de printemps en carton kraft fermés d’un ruban vert, avec trois boîtes de thé et une tasse';
const RGPD_Z =
  'Recommandation RGPD : le formulaire de commentaire collecte un nom et une adresse e-mail, qui sont des données personnelles. Il faut afficher sous le formulaire une mention claire (à quoi servent ces données, combien de temps elles sont gardées, comment exercer ses droits d’accès et d’effacement) et un lien vers la politique de confidentialité, à relire et tenir à jour. Les adresses e-mail ne doivent pas être conservées sans limite : je propose de les effacer trois ans après le dernier commentaire.';
const RGPD_CNIL =
  'Recommandation RGPD, d’après les recommandations de la CNIL : 1) sous le formulaire de commentaire, une mention d’information indiquant la finalité de la collecte du nom et de l’e-mail, la durée de conservation et les droits des personnes (accès, rectification, effacement) ; 2) un lien vers la politique de confidentialité du site, complète et à jour ; 3) une durée de conservation limitée des adresses e-mail : la CNIL recommande de ne pas garder les données d’un contact inactif plus de trois ans, il faut donc purger les adresses des commentateurs au-delà.';
const RGPD_ONE_LINE = 'J’ai regardé la politique de confidentialité : elle existe, c’est conforme au RGPD.';

/** Views the article of question 1, fixes the boxes' alt text. */
const checkAndAlt = async (page: Page, site: string) => {
  await viewArticleOfQ1(page, site);
  await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_Z });
};

export const ELEVENTH_WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-z-complete': (page, site) => publishNew(page, site, FIELDS_Z, [1], TAGS_Z),
  // The infusion figures as a table, one row per line (the editor has no table block).
  'article-z-reperes-table': (page, site) =>
    publishNew(page, site, { ...FIELDS_Z, content: articleOf(REPERES_TABLE, ctaOf('5 %')) }, [1], TAGS_Z),
  'article-z-no-alt': (page, site) => publishNew(page, site, { ...FIELDS_Z, imageAlt: '' }, [1], TAGS_Z),
  'article-z-three-teas': (page, site) =>
    publishNew(page, site, { ...FIELDS_Z, content: articleOf(REPERES_THREE, ctaOf('5 %')) }, [1], TAGS_Z),
  'article-z-ten-percent': (page, site) =>
    publishNew(page, site, { ...FIELDS_Z, content: articleOf(REPERES_Z, ctaOf('10 %')) }, [1], TAGS_Z),
  'article-z-annex-table-only': (page, site) =>
    publishNew(
      page,
      site,
      { title: 'Thé vert bio : les repères d’infusion de la gamme', content: ANNEX_TABLE_ONLY },
      [],
      '',
    ),
  'article-z-not-done': async () => {},

  'comments-z-complete': (page, site) => comments(page, site, MATCHA_Z, true),
  'comments-z-video-link': (page, site) => comments(page, site, MATCHA_VIDEO, true),
  'comments-z-no-dosage': (page, site) => comments(page, site, MATCHA_NO_DOSAGE, true),
  'comments-z-english': (page, site) => comments(page, site, MATCHA_ENGLISH, false),
  'comments-z-ask-to-call': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_CALL);
  },
  'comments-z-not-done': async () => {},

  'settings-z-complete': (page, site) =>
    saveSettings(page, site, { tagline: TAGLINE_Z, manualApproval: true }),
  'settings-z-address': (page, site) =>
    saveSettings(page, site, { tagline: 'Thés bio d’Annecy, 7 passage des Tilleuls', manualApproval: true }),
  'settings-z-quotes': (page, site) =>
    saveSettings(page, site, { tagline: `"${TAGLINE_Z}"`, manualApproval: true }),
  'settings-z-no-tea': (page, site) =>
    saveSettings(page, site, { tagline: 'Le bio au cœur d’Annecy', manualApproval: true }),
  'settings-z-contact-tagline': (page, site) =>
    saveSettings(page, site, {
      tagline: '7 passage des Tilleuls, 74000 Annecy – 04 50 00 00 00',
      manualApproval: true,
    }),
  'settings-z-not-done': async () => {},

  'seo-z-complete': (page, site) =>
    rooibos(page, site, {
      '#post-meta-title': ROOIBOS_TITLE_Z,
      '#post-meta-description': ROOIBOS_META_Z,
      '#post-focus-keyword': 'rooibos',
      '#post-excerpt': ROOIBOS_EXCERPT_Z,
      '#post-image-alt': ROOIBOS_ALT_Z,
    }),
  'seo-z-question-meta': (page, site) =>
    rooibos(page, site, {
      '#post-meta-title': ROOIBOS_TITLE_Z,
      '#post-meta-description': ROOIBOS_META_QUESTION,
      '#post-focus-keyword': 'rooibos',
      '#post-image-alt': ROOIBOS_ALT_Z,
    }),
  'seo-z-meta-short': (page, site) =>
    rooibos(page, site, {
      '#post-meta-title': ROOIBOS_TITLE_Z,
      '#post-meta-description': 'Le rooibos, une infusion sans théine pour toute la famille.',
      '#post-focus-keyword': 'rooibos',
    }),
  'seo-z-focus-wrong': (page, site) =>
    rooibos(page, site, {
      '#post-meta-title': ROOIBOS_TITLE_Z,
      '#post-meta-description': ROOIBOS_META_Z,
      '#post-focus-keyword': 'infusion sans théine',
      '#post-image-alt': ROOIBOS_ALT_Z,
    }),
  'seo-z-brand-title': (page, site) =>
    rooibos(
      page,
      site,
      { '#post-meta-title': 'Les Jardins d’Oléane', '#post-meta-description': 'Découvrez notre rooibos.' },
      false,
    ),
  'seo-z-not-done': async () => {},

  'control-z-complete': async (page, site) => {
    await checkAndAlt(page, site);
    await writeNote(page, site, 'q5', RGPD_Z);
  },
  'control-z-cnil': async (page, site) => {
    await checkAndAlt(page, site);
    await writeNote(page, site, 'q5', RGPD_CNIL);
  },
  // The recommendation published on the blog as an article, not written in the notes.
  'control-z-note-as-article': async (page, site) => {
    await checkAndAlt(page, site);
    await publishNew(page, site, { title: 'Nos obligations RGPD pour le blog', content: RGPD_Z }, [], '');
  },
  'control-z-privacy-page-only': async (page, site) => {
    await page.goto(`${site}/confidentialite`);
    await pause(1_200);
    await writeNote(page, site, 'q5', RGPD_ONE_LINE);
  },
  'control-z-not-done': async () => {},
};
