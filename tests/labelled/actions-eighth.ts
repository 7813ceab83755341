/**
 * What each variant of the eighth set (eighth.ts) does on the demo site, as a candidate: the
 * WordPress half here, the shop half in actions-eighth-shop.ts. Texts are new, written for the
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
import { type } from '../e2e/support/shopper.ts';
import { editArticle, FIELD_IDS, FULL_FIELDS, set, viewArticleOfQ1, writeNote } from './actions.ts';

export { EIGHTH_SHOP_ACTIONS } from './actions-eighth-shop.ts';

type Act = (page: Page, site: string) => Promise<void>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ——— Question 1: the article ———

const LIST_ROWS = [
  ['Sencha bio', '75 °C', '2 min', '3 g'],
  ['Gyokuro bio', '60 °C', '2 min', '4 g'],
  ['Genmaicha bio', '80 °C', '3 min', '3 g'],
  ['Long Jing bio', '80 °C', '3 min', '3 g'],
  ['Gunpowder bio', '80 °C', '2 à 3 min', '2,5 g'],
  ['Bancha bio', '85 °C', '2 min', '3 g'],
];
const numbered = (rows: string[][]) =>
  rows
    .map(([tea, heat, time, dose], i) => `${i + 1}. ${tea} : ${heat}, ${time}, ${dose} pour 20 cl`)
    .join('\n');
const bullets = (rows: string[][]) =>
  rows.map(([tea, heat, time, dose]) => `- ${tea} : ${heat}, ${time}, ${dose} pour 20 cl`).join('\n');

/** Own words, level-3 intertitles, the six teas in a numbered list, the call to action last. */
const ARTICLE_H3 = [
  'Avril est là, et avec lui les premières feuilles de l’année. Dans notre boutique du vieil Annecy, six thés verts bio de première récolte viennent d’arriver, tous choisis chez des producteurs japonais et chinois qui travaillent avec nous depuis des années.',
  '### Bio, et vérifié deux fois',
  'Ces jardins de Shizuoka, Kagoshima, Yame et du Zhejiang n’utilisent ni pesticides ni engrais de synthèse, et un organisme indépendant les certifie. Nous goûtons chaque lot avant de l’acheter, puis un laboratoire français contrôle qu’il ne contient aucun résidu.',
  '### Pourquoi la première récolte est si douce',
  'Cueillies en avril et en mai, les jeunes pousses donnent une tasse tendre, peu amère, végétale et parfois iodée. Le Sencha est le compagnon de tous les jours, le Gyokuro, ombré vingt jours, étonne par sa rondeur, et le Genmaicha au riz grillé est idéal pour commencer.',
  '### Bien infuser chacun de nos thés',
  numbered(LIST_ROWS),
  'Une eau peu minéralisée et jamais bouillante fait toute la différence : trop chaude, elle rend le thé amer.',
  '### Rendez-vous le 12 avril',
  'Venez goûter cette récolte avec nous lors de l’atelier de dégustation gratuit du samedi 12 avril à 10 h, 7 passage des Tilleuls : douze places, à réserver au 04 50 00 00 00 ou en boutique. Jusqu’au 30 avril, le code OLEANE5 vous offre 5 % sur toute la gamme.',
].join('\n\n');

const META_W =
  'Thé vert bio de première récolte : nos six nouveautés de printemps, leurs repères d’infusion et un atelier de dégustation gratuit à Annecy le 12 avril.';
const FIELDS_W: typeof FULL_FIELDS = {
  ...FULL_FIELDS,
  title: 'Thé vert bio : six nouveautés de printemps à découvrir à Annecy',
  slug: 'the-vert-bio-printemps',
  excerpt:
    'Six thés verts bio de première récolte, nos repères d’infusion et un atelier gratuit le 12 avril.',
  content: ARTICLE_H3,
  metaTitle: 'Thé vert bio de printemps | Les Jardins d’Oléane',
  metaDescription: META_W,
  focusKeyword: 'thé vert bio',
  imageAlt: 'Bannière crème et verte avec une feuille de thé : thés verts bio, récolte de printemps',
};
const TAGS_W = 'thé vert, bio, printemps';

/** Typed in a hurry: no accents, a few typos, same structure. */
const ARTICLE_NO_ACCENTS = [
  'Le printemps est la et les premieres recoltes aussi ! Dans notre boutique de la vielle ville d’Annecy, six the vert bio sont arrivés, choisis chez des petits producteurs du Japon et de Chine que l’on connait depuis longtemps.',
  '## Des jardins bio controles',
  'A Shizuoka, Kagoshima, Yame et dans le Zhejiang, nos producteurs cultivent sans pesticides ni engrais de synthese. Ils sont certifies par des organismes independants, et chaque lot est gouté puis analysé par un laboratoire francais.',
  '## Une recolte tendre',
  'Les feuilles de premiere recolte, cueilli en avril et mai, donne une boisson douce et peu amere. Le Sencha pour tout les jours, le Gyokuro tres rond et le Genmaicha au riz grillé pour debuter.',
  '## Nos reperes d’infusion',
  bullets(LIST_ROWS),
  '## Venez deguster',
  'Atelier de degustation gratuit le samedi 12 avril a 10 h, 7 passage des Tilleuls, 12 places, inscription au 04 50 00 00 00. Et jusqu’au 30 avril : -5 % sur la gamme avec le code OLEANE5 !',
].join('\n\n');

/** The annex pasted, its first sentence changed, intertitles slipped in, list and offer appended. */
const ARTICLE_TWEAKED = [
  'Comme chaque printemps, l’arrivée des premières récoltes est un grand moment dans notre boutique de la vieille ville d’Annecy. Cette saison, Les Jardins d’Oléane accueillent six thés verts bio, sélectionnés auprès de petits producteurs du Japon et de Chine avec lesquels nous travaillons depuis plusieurs années.',
  '## Un thé vert bio, c’est quoi ?',
  'Un thé vert bio, c’est d’abord un jardin cultivé sans pesticides ni engrais de synthèse. Nos producteurs de Shizuoka, de Kagoshima et de Yame, au Japon, ou du Zhejiang, en Chine, sont certifiés par des organismes indépendants. Nous goûtons chaque lot avant de le commander, puis nous le faisons analyser par un laboratoire français pour garantir l’absence de résidus.',
  '## La première récolte',
  'Les feuilles de première récolte, cueillies en avril et en mai, sont les plus tendres. Elles donnent une liqueur douce, peu amère, aux notes végétales et parfois iodées. Le Sencha apporte de la fraîcheur au quotidien ; le Gyokuro, ombré pendant vingt jours avant la cueillette, séduit par sa rondeur ; le Genmaicha, mêlé de riz grillé, plaît à ceux qui découvrent le thé vert.',
  '## Réussir sa tasse',
  'Pour réussir votre tasse, retenez trois gestes simples : une eau peu minéralisée, une température comprise entre 60 et 85 °C selon le thé, et un temps d’infusion court, de deux à trois minutes. Une eau bouillante brûle les feuilles et rend le thé amer.',
  bullets(LIST_ROWS),
  '## Atelier de dégustation',
  'Pour fêter cette nouvelle récolte, nous vous invitons à un atelier de dégustation gratuit le samedi 12 avril à 10 h, dans notre boutique du 7 passage des Tilleuls. Les places sont limitées à douze personnes : inscrivez-vous par téléphone au 04 50 00 00 00 ou directement en magasin. Code OLEANE5 : 5 % sur la gamme jusqu’au 30 avril.',
].join('\n\n');

/** Gyokuro and Bancha rows mixed up in the list. */
const SWAPPED_ROWS = LIST_ROWS.map((row) =>
  row[0] === 'Gyokuro bio'
    ? ['Gyokuro bio', '85 °C', '2 min', '3 g']
    : row[0] === 'Bancha bio'
      ? ['Bancha bio', '60 °C', '2 min', '4 g']
      : row,
);

const ARTICLE_RUSHED = [
  'Les thés verts bio de printemps sont arrivés dans notre boutique d’Annecy. Nous avons sélectionné six thés de première récolte chez des petits producteurs du Japon et de Chine, certifiés bio et contrôlés par un laboratoire.',
  'Les feuilles cueillies en avril et en mai donnent une tasse douce et peu amère. Infusez-les entre 60 et 85 °C pendant deux à trois minutes, avec une eau peu minéralisée. Venez les découvrir en boutique, 7 passage des Tilleuls, ou sur notre site. Nous vous conseillerons avec plaisir pour choisir le vôtre.',
].join('\n\n');

/** New article: the fields given (others left empty), Nouveautés ticked when tags are given, published. */
const publishNew = async (page: Page, site: string, fields: Partial<typeof FULL_FIELDS>, tags: string) => {
  await page.goto(`${site}/admin/articles/new`);
  for (const [key, selector] of Object.entries(FIELD_IDS)) {
    const value = fields[key as keyof typeof fields];
    if (value) await set(page, selector, value);
  }
  if (tags) {
    await page.click('#post-category-1'); // Nouveautés
    await set(page, '#post-tags', tags);
  }
  await page.click('#publish');
  await waitForMessage(page, '#editor-message', 'publié');
};

// ——— Question 2: comments ———

const MATCHA_W =
  'Bonjour Julien, merci pour votre question ! Le matcha ne se prépare pas comme un thé vert en feuilles : tamisez 2 g de poudre dans un bol, versez 7 cl d’eau à 75-80 °C, jamais bouillante, puis fouettez vivement au fouet en bambou (chasen), en zigzag, une vingtaine de secondes, jusqu’à obtenir une mousse fine. Belle dégustation ! L’équipe des Jardins d’Oléane';
const MATCHA_WRONG_NAME = MATCHA_W.replace('Bonjour Julien', 'Bonjour Camille');
const POLITE_EMPTY =
  'Bonjour Julien, un grand merci pour votre message et pour l’intérêt que vous portez à nos thés ! Toute l’équipe est toujours ravie d’échanger avec des lecteurs aussi curieux. Le matcha est un thé vraiment à part, que nous aimons beaucoup. N’hésitez pas à parcourir notre site et à passer nous voir en boutique, nous serons heureux de vous accueillir. Très belle journée à vous ! L’équipe des Jardins d’Oléane';
const CRITERIA =
  'Critères de modération : j’approuve un commentaire qui parle du sujet de l’article, écrit par une vraie personne, sans lien commercial ni propos injurieux (Julien pose une vraie question sur le matcha). Je laisse dans les indésirables les messages publicitaires : « Super Promo » promet des gains et pousse à cliquer sur un lien.';

// ——— Question 3: settings ———

/** Misunderstands the box: unticks « approbation manuelle », then sets a right tagline. */
const approvalOff = async (page: Page, site: string, tagline: string) => {
  await page.goto(`${site}/admin/reglages`);
  await type(page, '#tagline', tagline);
  const checked = await page.$eval('#comments_require_approval', (box) => (box as HTMLInputElement).checked);
  if (checked) await page.click('#comments_require_approval');
  await Promise.all([page.waitForNavigation(), page.click('#save-settings')]);
};

// ——— Question 4: the rooibos article ———

const ROOIBOS_ID = 2;
const ROOIBOS_SLUG = 'rooibos-infusion-sans-theine';
const ROOIBOS_TITLE_W = 'Rooibos : l’infusion sans théine de toute la famille';
const ROOIBOS_TITLE_LONG = 'Rooibos, l’infusion sans théine et sans amertume qui plaît à toute la famille';
const ROOIBOS_META_W =
  'Le rooibos, infusion sans théine et jamais amère, se boit à toute heure, même le soir avec les enfants : découvrez comment bien le préparer.';
const ROOIBOS_META_NO_QUERY =
  'Une infusion sans théine, douce et jamais amère, à boire le soir et en famille : son origine, ses atouts et nos conseils pour la réussir.';
const ROOIBOS_ALT_W = 'Aiguilles de rooibos rouges dans une coupelle, prêtes à infuser';
const rooibosPage = async (page: Page, site: string) => {
  await page.goto(`${site}/blog/${ROOIBOS_SLUG}`);
  await pause(1_000);
};

// ——— Question 5: the check ———

const COFFRETS_ID = 3;
const COFFRETS_ALT_W = 'Les trois coffrets de printemps Éveil, Douceur et Voyage, en carton kraft';
const RGPD_W =
  'Recommandation RGPD : le formulaire de commentaire recueille un nom et une adresse e-mail. Juste sous ce formulaire, il faut une courte mention d’information : à quoi servent ces données, qui les traite, et comment exercer ses droits d’accès et de suppression, avec un lien vers la politique de confidentialité, qui doit être publiée et à jour. Les adresses e-mail ne doivent être gardées que le temps utile, par exemple trois ans après le dernier commentaire, puis supprimées.';
const RGPD_TWO_POINTS =
  'Recommandation RGPD : sous le formulaire de commentaire, il faut informer l’internaute que son nom et son adresse e-mail sont collectés, dans quel but, et qu’il peut demander à les consulter ou à les faire supprimer. Il faut aussi un lien bien visible vers la politique de confidentialité du site, à rédiger si elle n’existe pas et à relire régulièrement.';
const RGPD_FALSE =
  'Pour le RGPD, notre blog n’est pas vraiment concerné car nous sommes une petite entreprise de six salariés : une politique de confidentialité n’est pas obligatoire. Les adresses e-mail des commentaires peuvent être gardées sans limite de durée, elles nous serviront pour envoyer la newsletter, et il n’est pas nécessaire de prévenir les internautes sous le formulaire.';

export const EIGHTH_WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-w-numbered-h3': (page, site) => publishNew(page, site, FIELDS_W, TAGS_W),
  'article-w-no-accents': (page, site) =>
    publishNew(
      page,
      site,
      {
        ...FIELDS_W,
        title: 'Thé vert bio : les nouveautés de printemps sont arrivées',
        content: ARTICLE_NO_ACCENTS,
      },
      'the vert, bio, printemps',
    ),
  'article-w-annex-tweaked': (page, site) =>
    publishNew(
      page,
      site,
      {
        ...FIELDS_W,
        title: 'Thé vert bio : la première récolte de printemps arrive à Annecy',
        content: ARTICLE_TWEAKED,
      },
      TAGS_W,
    ),
  'article-w-plural-keyword': (page, site) =>
    publishNew(
      page,
      site,
      {
        ...FIELDS_W,
        title: 'Nos thés verts bio de printemps sont arrivés à Annecy',
        slug: 'thes-verts-bio-printemps',
        focusKeyword: 'thés verts bio',
        metaTitle: 'Thés verts bio de printemps | Les Jardins d’Oléane',
        metaDescription:
          'Nos thés verts bio de première récolte sont arrivés : six nouveautés, leurs repères d’infusion et un atelier de dégustation gratuit à Annecy.',
      },
      TAGS_W,
    ),
  'article-w-swapped-figures': (page, site) =>
    publishNew(
      page,
      site,
      { ...FIELDS_W, content: ARTICLE_H3.replace(numbered(LIST_ROWS), numbered(SWAPPED_ROWS)) },
      TAGS_W,
    ),
  'article-w-out-of-time': (page, site) =>
    publishNew(
      page,
      site,
      { title: 'Thé vert bio : la nouvelle récolte est arrivée', content: ARTICLE_RUSHED },
      '',
    ),
  'article-w-not-done': async () => {},

  'comments-w-complete-criteria': async (page, site) => {
    await page.goto(`${site}/admin/commentaires?statut=spam`);
    await pause(1_000);
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_W);
    await writeNote(page, site, 'q2', CRITERIA);
  },
  'comments-w-wrong-name': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_WRONG_NAME);
  },
  'comments-w-polite-empty': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', POLITE_EMPTY);
  },
  'comments-w-reply-in-notes': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await writeNote(page, site, 'q2', `Réponse à Julien : ${MATCHA_W}`);
  },
  'comments-w-reply-binned': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_W);
    await pause(800);
    // Thinks the reply went out twice and bins « it »: the only one there is.
    await moderateComment(page, site, 'Les Jardins', 'trash');
  },
  'comments-w-spam-look': async (page, site) => {
    await page.goto(`${site}/admin/commentaires?statut=spam`);
    await pause(1_500);
  },

  'settings-w-complete': (page, site) =>
    saveSettings(page, site, { tagline: 'Thés bio choisis avec soin à Annecy', manualApproval: true }),
  'settings-w-city-misspelt': (page, site) =>
    saveSettings(page, site, { tagline: 'Thes bio et infusions, choisis à Anecy', manualApproval: true }),
  'settings-w-stuffed-tagline': (page, site) =>
    saveSettings(page, site, {
      tagline: 'Thé bio Annecy thé vert bio thé noir bio infusion bio',
      manualApproval: true,
    }),
  'settings-w-approval-off': (page, site) => approvalOff(page, site, 'Thés bio choisis avec soin à Annecy'),
  'settings-w-opened-only': async (page, site) => {
    await page.goto(`${site}/admin/reglages`);
    await pause(1_500);
    await page.goto(`${site}/admin`);
  },

  'seo-w-complete': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, {
      '#post-meta-title': ROOIBOS_TITLE_W,
      '#post-meta-description': ROOIBOS_META_W,
      '#post-image-alt': ROOIBOS_ALT_W,
    });
    await rooibosPage(page, site);
  },
  'seo-w-meta-no-query': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, {
      '#post-meta-title': ROOIBOS_TITLE_W,
      '#post-meta-description': ROOIBOS_META_NO_QUERY,
    });
    await rooibosPage(page, site);
  },
  'seo-w-title-too-long': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, {
      '#post-meta-title': ROOIBOS_TITLE_LONG,
      '#post-meta-description': ROOIBOS_META_W,
    });
    await rooibosPage(page, site);
  },
  'seo-w-copied-fields': (page, site) =>
    editArticle(page, site, ROOIBOS_ID, {
      '#post-meta-title': 'Rooibos : l’infusion sans théine qui plaît à toute la famille',
      '#post-meta-description':
        'Originaire d’Afrique du Sud, le rooibos n’est pas un thé : c’est un arbuste dont on infuse les aiguilles.',
    }),
  'seo-w-page-only': (page, site) => rooibosPage(page, site),

  'control-w-complete': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_W });
    await writeNote(page, site, 'q5', RGPD_W);
  },
  'control-w-two-points': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_W });
    await writeNote(page, site, 'q5', RGPD_TWO_POINTS);
  },
  'control-w-alt-filename': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': 'blog-coffrets.svg' });
    await writeNote(page, site, 'q5', RGPD_W);
  },
  'control-w-alt-reverted': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_W });
    // Believes it edited the wrong article and puts it back as it was.
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': '' });
    await writeNote(page, site, 'q5', RGPD_W);
  },
  'control-w-false-rgpd': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await writeNote(page, site, 'q5', RGPD_FALSE);
  },
  'control-w-view-only': (page, site) => viewArticleOfQ1(page, site),
};
