/**
 * What each variant of the ninth set (ninth.ts) does on the demo site, as a candidate: the
 * WordPress half here, the shop half in actions-ninth-shop.ts. Texts are new, written for the
 * variant's quality from the subject's annexes as a candidate sees them, by someone who never
 * read the rules.
 */
import type { Page } from 'puppeteer-core';
import { approveComment, replyToComment, saveSettings, waitForMessage } from '../e2e/support/candidate.ts';
import { type } from '../e2e/support/shopper.ts';
import { editArticle, FIELD_IDS, FULL_FIELDS, set, viewArticleOfQ1, writeNote } from './actions.ts';

export { NINTH_SHOP_ACTIONS } from './actions-ninth-shop.ts';

type Act = (page: Page, site: string) => Promise<void>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ——— Question 1: the article ———

const REPERES = [
  '- Sencha bio (Shizuoka) : eau à 75 °C, 2 minutes, 3 g pour 20 cl',
  '- Gyokuro bio (Yame) : eau à 60 °C, 2 minutes, 4 g pour 20 cl',
  '- Genmaicha bio (Kagoshima) : eau à 80 °C, 3 minutes, 3 g pour 20 cl',
  '- Long Jing bio (Zhejiang) : eau à 80 °C, 3 minutes, 3 g pour 20 cl',
  '- Gunpowder bio (Zhejiang) : eau à 80 °C, 2 à 3 minutes, 2,5 g pour 20 cl',
  '- Bancha bio (Shizuoka) : eau à 85 °C, 2 minutes, 3 g pour 20 cl',
].join('\n');

const CTA_X =
  'Envie de goûter avant de choisir ? Rejoignez-nous le samedi 12 avril à 10 h, 7 passage des Tilleuls, pour un atelier de dégustation gratuit (douze places, inscription au 04 50 00 00 00 ou en boutique). Et jusqu’au 30 avril, profitez de 5 % sur toute la gamme avec le code OLEANE5.';

const ARTICLE_X = [
  'Les premières feuilles de l’année sont arrivées à Annecy ! Six thés verts bio de première récolte rejoignent nos étagères, achetés à de petits producteurs japonais et chinois que nous suivons depuis longtemps.',
  '## Des jardins sans pesticides, des lots contrôlés',
  'À Shizuoka, Kagoshima et Yame comme dans le Zhejiang, nos producteurs cultivent sans pesticides ni engrais de synthèse, sous le contrôle d’organismes certificateurs indépendants. De notre côté, nous dégustons chaque lot avant de l’acheter et nous le faisons analyser en France : aucun résidu n’est toléré.',
  '## Une récolte de printemps tendre et douce',
  'Cueillies en avril et en mai, ces jeunes feuilles donnent une tasse peu amère, aux arômes végétaux, parfois marins. Le Sencha se boit tous les jours, le Gyokuro, gardé à l’ombre vingt jours avant la cueillette, surprend par sa rondeur, et le Genmaicha au riz grillé rassure ceux qui débutent.',
  '## Nos repères d’infusion',
  REPERES,
  'Choisissez une eau peu minéralisée et ne la faites jamais bouillir : une eau trop chaude brûle les feuilles et rend la tasse amère.',
  '## Venez déguster avec nous',
  CTA_X,
].join('\n\n');

const META_X =
  'Thé vert bio : six thés de première récolte arrivent à Annecy. Nos repères d’infusion et un atelier de dégustation gratuit le samedi 12 avril.';
const FIELDS_X: typeof FULL_FIELDS = {
  ...FULL_FIELDS,
  title: 'Thé vert bio : la première récolte de printemps est arrivée',
  slug: 'the-vert-bio-premiere-recolte',
  excerpt: 'Six thés verts bio de première récolte, leurs repères d’infusion et un atelier le 12 avril.',
  content: ARTICLE_X,
  metaTitle: 'Thé vert bio, récolte de printemps | Jardins d’Oléane',
  metaDescription: META_X,
  focusKeyword: 'thé vert bio',
  imageAlt: 'Bannière crème et verte : feuille de thé et mention thés verts bio, récolte de printemps',
};

/** Over 400 words, the figures told in sentences rather than listed. */
const ARTICLE_LONG = [
  'Chaque printemps, c’est le même frisson dans notre boutique de la vieille ville d’Annecy : les premières récoltes arrivent, et avec elles tout le savoir-faire de producteurs que nous connaissons bien. Cette année, six thés verts bio rejoignent notre gamme, tous issus de petits jardins du Japon et de Chine avec lesquels nous travaillons depuis plusieurs saisons, et que nous avons eu le plaisir de visiter.',
  '## Le bio, une exigence de chaque instant',
  'Un thé vert bio, ce n’est pas seulement une étiquette. C’est un jardin cultivé sans pesticides ni engrais de synthèse, c’est un producteur qui accepte les contrôles d’un organisme indépendant, et c’est, chez nous, une double vérification : nous goûtons chaque lot avant de le commander, puis nous le confions à un laboratoire français qui recherche la moindre trace de résidus. Nos producteurs de Shizuoka, de Kagoshima et de Yame au Japon, comme ceux du Zhejiang en Chine, partagent cette exigence depuis des années, et c’est grâce à eux que nous pouvons vous proposer des thés dont nous connaissons toute l’histoire.',
  '## Pourquoi la première récolte est-elle si recherchée ?',
  'Les feuilles cueillies en avril et en mai sont les plus jeunes et les plus tendres de l’année. Elles ont accumulé pendant l’hiver des arômes délicats et donnent une liqueur douce, très peu amère, aux notes végétales et parfois iodées. Le Sencha est le thé du quotidien par excellence, frais et désaltérant. Le Gyokuro, dont les théiers sont ombrés pendant vingt jours avant la cueillette, développe une rondeur étonnante. Le Genmaicha, mêlé de grains de riz grillé, offre une porte d’entrée gourmande à ceux qui découvrent le thé vert.',
  '## Bien préparer chaque thé',
  'Le Sencha de Shizuoka s’infuse à 75 °C pendant deux minutes, à raison de 3 g pour 20 cl, tandis que le Gyokuro de Yame demande une eau plus douce, à 60 °C, pendant deux minutes aussi mais avec 4 g. Le Genmaicha de Kagoshima et le Long Jing du Zhejiang supportent une eau à 80 °C pendant trois minutes, avec 3 g chacun, alors que le Gunpowder, également du Zhejiang, se prépare à 80 °C pendant deux à trois minutes avec 2,5 g seulement. Enfin, le Bancha de Shizuoka accepte l’eau la plus chaude, 85 °C, pendant deux minutes et avec 3 g. Dans tous les cas, préférez une eau peu minéralisée et ne la laissez jamais bouillir.',
  '## Un atelier pour fêter la récolte',
  CTA_X,
].join('\n\n');

const ARTICLE_TELEGRAPHIC = [
  'Nouveautés printemps : 6 thés verts bio 1re récolte. Japon (Shizuoka, Kagoshima, Yame) + Chine (Zhejiang).',
  'Bio certifié, lots goûtés + analysés labo FR. Feuilles avril-mai = douces, peu amères.',
  'Sencha 75 °C 2 min. Gyokuro 60 °C 2 min. Genmaicha 80 °C 3 min. Eau peu minéralisée, pas bouillante.',
  'Atelier dégustation gratuit 12/04 10 h boutique. 12 places. Tél 04 50 00 00 00.',
].join('\n');
const META_TOO_LONG_Q1 =
  'Thé vert bio, thés verts bio de printemps, première récolte du Japon et de Chine, Sencha, Gyokuro, Genmaicha, Long Jing, Gunpowder, Bancha, atelier de dégustation gratuit à Annecy le 12 avril, code promo.';

/** New article with the fields given; `categories` are the indexes ticked (1 is Nouveautés). */
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

// ——— Question 2: comments ———

const MATCHA_X =
  'Bonjour Julien, merci pour votre question ! Pour un matcha réussi : tamisez 1 à 2 g de poudre (une cuillère bambou) dans un bol, ajoutez 6 à 7 cl d’eau à 80 °C environ, jamais bouillante, puis fouettez énergiquement avec un fouet en bambou, en dessinant des « M », jusqu’à obtenir une belle mousse. À bientôt en boutique, l’équipe des Jardins d’Oléane';
const MATCHA_OVERLONG =
  'Bonjour Julien, et merci beaucoup pour cette très bonne question, qui revient souvent en boutique ! Le matcha est une poudre de thé vert : on ne l’infuse pas, on la fouette dans l’eau, ce qui demande un peu de méthode. Commencez par réchauffer votre bol avec un peu d’eau chaude, puis videz-le et séchez-le. Tamisez ensuite 1 à 2 g de matcha, soit environ une cuillère en bambou (chashaku) bien pleine, pour éviter les grumeaux. Versez 6 à 7 cl d’eau à 75-80 °C : une eau bouillante brûlerait la poudre et donnerait une amertume désagréable. Prenez alors votre fouet en bambou (chasen), que vous aurez trempé quelques secondes dans l’eau chaude pour assouplir ses brins, et fouettez vivement en zigzag, du poignet, pendant quinze à vingt secondes, jusqu’à obtenir une mousse fine et régulière. Dégustez aussitôt ! Si vous le souhaitez, nous pouvons vous faire une démonstration lors de votre prochain passage au salon de dégustation. Très belle journée, l’équipe des Jardins d’Oléane';
const MATCHA_NO_WHISK =
  'Bonjour Julien, merci pour votre message ! Pour le matcha, comptez environ 2 g de poudre pour 7 cl d’eau, et surtout une eau à 80 °C maximum, jamais bouillante, sinon il devient amer. Bonne dégustation, l’équipe des Jardins d’Oléane';
const MATCHA_OWN_NAME =
  'Salut Julien, alors moi je fais comme ça : 2 g de matcha dans un bol, 7 cl d’eau à 80 °C (pas bouillante), et je fouette avec un fouet en bambou en zigzag jusqu’à avoir de la mousse. Essaie, tu verras ! Kevin, stagiaire';
const CRITERIA_X =
  'Mes critères : j’approuve un commentaire s’il est en lien avec l’article, poli, écrit par une vraie personne et sans lien publicitaire, comme la question de Julien. Je mets en indésirable un message qui vend autre chose, contient des liens douteux ou promet des gains, comme « Super Promo ». En cas de doute, je laisse en attente et je demande à Mme Ferrand.';

// ——— Question 3: settings ———

const TAGLINE_X = 'Thés bio et infusions choisis avec soin à Annecy';

/** Saves manual approval, then types a tagline and leaves without saving it. */
const taglineLost = async (page: Page, site: string) => {
  await saveSettings(page, site, { manualApproval: true });
  await page.goto(`${site}/admin/reglages`);
  await type(page, '#tagline', TAGLINE_X);
  await pause(800);
  await page.goto(`${site}/admin`);
};

// ——— Question 4: the rooibos article ———

const ROOIBOS_ID = 2;
const ROOIBOS_PAGE = '/blog/rooibos-infusion-sans-theine';
const ROOIBOS_TITLE_X = 'Rooibos : l’infusion sans théine pour toute la famille';
const ROOIBOS_META_X =
  'Le rooibos, infusion sud-africaine sans théine et sans amertume, se savoure à toute heure et en famille. Nos conseils pour bien le choisir et le préparer.';
const ROOIBOS_META_LONG =
  'Découvrez le rooibos, infusion sud-africaine sans théine, douce et sans amertume, qui se boit chaude ou glacée, le matin comme le soir, par les petits et les grands : origine, préparation.';
const ROOIBOS_TITLE_STUFFED = 'Rooibos bio | Rooibos sans théine | Rooibos famille';
const ROOIBOS_ALT_X = 'Tasse de rooibos rouge ambré à côté d’une coupelle d’aiguilles séchées';
const rooibosPage = async (page: Page, site: string) => {
  await page.goto(`${site}${ROOIBOS_PAGE}`);
  await pause(1_000);
};
const rooibosSeo = async (page: Page, site: string, title: string, meta: string, alt = '') => {
  await editArticle(page, site, ROOIBOS_ID, {
    '#post-meta-title': title,
    '#post-meta-description': meta,
    ...(alt ? { '#post-image-alt': alt } : {}),
  });
  await rooibosPage(page, site);
};

// ——— Question 5: the check ———

const COFFRETS_ID = 3;
const COFFRETS_ALT_X =
  'Trois coffrets de thé en carton kraft noués d’un ruban vert, posés sur une table claire';
const RGPD_X =
  'Recommandation RGPD : le formulaire de commentaire collecte un nom et une adresse e-mail, ce sont des données personnelles. Il faut afficher sous le formulaire une mention qui explique pourquoi elles sont collectées et comment demander leur suppression, avec un lien vers une politique de confidentialité publiée sur le site et tenue à jour. Enfin, il faut fixer une durée de conservation limitée des adresses e-mail (par exemple trois ans après le dernier commentaire), puis les effacer.';
const RGPD_TELEGRAPHIC =
  'RGPD : mention d’info sous formulaire (finalité, droits). Lien politique de confidentialité. E-mails conservés durée limitée (3 ans max) puis supprimés.';

export const NINTH_WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-x-complete': (page, site) => publishNew(page, site, FIELDS_X, [1], 'thé vert, bio, printemps'),
  // Thinks « Nouveautés » is a label to type: no box ticked.
  'article-x-tag-not-category': (page, site) =>
    publishNew(page, site, FIELDS_X, [], 'Nouveautés, thé vert, bio'),
  'article-x-wrong-category': (page, site) => publishNew(page, site, FIELDS_X, [0], 'thé vert, printemps'),
  'article-x-date-slip': (page, site) =>
    publishNew(
      page,
      site,
      { ...FIELDS_X, content: ARTICLE_X.replace('samedi 12 avril', 'samedi 19 avril') },
      [1],
      'thé vert, bio, printemps',
    ),
  'article-x-overlong-prose': (page, site) =>
    publishNew(page, site, { ...FIELDS_X, content: ARTICLE_LONG }, [1], 'thé vert, bio, printemps'),
  'article-x-telegraphic': (page, site) =>
    publishNew(
      page,
      site,
      {
        title: 'Thé vert bio : nouveautés printemps',
        content: ARTICLE_TELEGRAPHIC,
        metaDescription: META_TOO_LONG_Q1,
        focusKeyword: 'thé vert bio',
      },
      [],
      '',
    ),
  'article-x-not-done': async () => {},

  'comments-x-complete': async (page, site) => {
    await page.goto(`${site}/admin/commentaires?statut=spam`);
    await pause(1_000);
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_X);
    await writeNote(page, site, 'q2', CRITERIA_X);
  },
  'comments-x-overlong-precise': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_OVERLONG);
  },
  'comments-x-no-whisk': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_NO_WHISK);
  },
  'comments-x-signed-own-name': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_OWN_NAME);
  },
  'comments-x-criteria-only': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await writeNote(page, site, 'q2', CRITERIA_X);
  },
  'comments-x-not-done': async () => {},

  'settings-x-complete': (page, site) =>
    saveSettings(page, site, { tagline: TAGLINE_X, manualApproval: true }),
  'settings-x-shortened-second-try': async (page, site) => {
    await saveSettings(page, site, {
      tagline: 'Les Jardins d’Oléane, thés bio et infusions choisis avec passion à Annecy',
      manualApproval: true,
    });
    await pause(600);
    await saveSettings(page, site, {
      tagline: 'Thés bio choisis avec passion à Annecy',
      manualApproval: true,
    });
  },
  'settings-x-tagline-typo': (page, site) =>
    saveSettings(page, site, {
      tagline: 'Thés bio et infusions choisis avec son, à Annecy',
      manualApproval: true,
    }),
  'settings-x-no-bio': (page, site) =>
    saveSettings(page, site, {
      tagline: 'Thés et infusions choisis avec soin à Annecy',
      manualApproval: true,
    }),
  'settings-x-tagline-lost': taglineLost,
  'settings-x-not-done': async () => {},

  'seo-x-complete': (page, site) => rooibosSeo(page, site, ROOIBOS_TITLE_X, ROOIBOS_META_X, ROOIBOS_ALT_X),
  'seo-x-meta-too-long': (page, site) => rooibosSeo(page, site, ROOIBOS_TITLE_X, ROOIBOS_META_LONG),
  'seo-x-stuffed-title': (page, site) => rooibosSeo(page, site, ROOIBOS_TITLE_STUFFED, ROOIBOS_META_X),
  // Decides « infusion sans théine » is the better query and writes for it.
  'seo-x-other-query': (page, site) =>
    editArticle(page, site, ROOIBOS_ID, {
      '#post-focus-keyword': 'infusion sans théine',
      '#post-meta-title': 'Une infusion sans théine pour toute la famille',
      '#post-meta-description':
        'Une infusion sans théine, douce et sans amertume, à savourer le soir et en famille : découvrez son origine et nos conseils pour bien la préparer.',
    }),
  'seo-x-not-done': async () => {},

  'control-x-complete': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_X });
    await writeNote(page, site, 'q5', RGPD_X);
  },
  'control-x-telegraphic-rgpd': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_X });
    await writeNote(page, site, 'q5', RGPD_TELEGRAPHIC);
  },
  // Checks the coffrets article's public page, not the one published for question 1.
  'control-x-wrong-page': async (page, site) => {
    await page.goto(`${site}/blog/coffrets-de-printemps`);
    await pause(1_500);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_X });
    await writeNote(page, site, 'q5', RGPD_X);
  },
  'control-x-alt-title': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, {
      '#post-image-alt': 'Nos coffrets de printemps sont arrivés',
    });
    await writeNote(page, site, 'q5', RGPD_X);
  },
  'control-x-not-done': async () => {},
};
