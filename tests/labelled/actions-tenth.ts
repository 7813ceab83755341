/**
 * What each variant of the tenth set (tenth.ts) does on the demo site, as a candidate: the
 * WordPress half here, the shop half in actions-tenth-shop.ts. Texts are new, written for the
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
import { submit, type } from '../e2e/support/shopper.ts';
import { editArticle, FIELD_IDS, type FULL_FIELDS, set, viewArticleOfQ1, writeNote } from './actions.ts';

export { TENTH_SHOP_ACTIONS } from './actions-tenth-shop.ts';

type Act = (page: Page, site: string) => Promise<void>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ——— Question 1: the article ———

const BANNER = '/images/the-vert.svg';
const BANNER_ALT =
  'Bannière crème et verte avec une feuille de thé stylisée : Les Jardins d’Oléane, thés verts bio, récolte de printemps';

const REPERES_Y = [
  '- Sencha bio du Japon : 3 g pour 20 cl, eau à 75 °C, 2 minutes',
  '- Gyokuro bio du Japon : 4 g pour 20 cl, eau à 60 °C, 2 minutes',
  '- Genmaicha bio du Japon : 3 g pour 20 cl, eau à 80 °C, 3 minutes',
  '- Long Jing bio de Chine : 3 g pour 20 cl, eau à 80 °C, 3 minutes',
  '- Gunpowder bio de Chine : 2,5 g pour 20 cl, eau à 80 °C, 2 à 3 minutes',
  '- Bancha bio du Japon : 3 g pour 20 cl, eau à 85 °C, 2 minutes',
].join('\n');

const CTA_Y =
  'Venez goûter la nouvelle récolte avec nous lors de notre atelier de dégustation gratuit, le samedi 12 avril à 10 h, dans la boutique du 7 passage des Tilleuls. Douze places seulement : réservez au 04 50 00 00 00 ou en magasin. Et jusqu’au 30 avril, le code OLEANE5 vous offre 5 % de remise sur toute la gamme de thés verts bio.';

const ARTICLE_Y = [
  'Le printemps arrive à Annecy, et avec lui la première récolte de l’année : six thés verts bio rejoignent cette semaine les étagères des Jardins d’Oléane. Ils viennent de petits producteurs du Japon et de Chine avec qui nous travaillons depuis plusieurs saisons.',
  '## Le bio, vérifié de la feuille à la tasse',
  'Nos producteurs de Shizuoka, Kagoshima et Yame, au Japon, et du Zhejiang, en Chine, cultivent leurs jardins sans pesticides ni engrais de synthèse et sont certifiés par des organismes indépendants. Avant de commander un lot, nous le goûtons ; ensuite, un laboratoire français l’analyse pour s’assurer qu’il ne contient aucun résidu.',
  '## Des feuilles jeunes, une tasse tout en douceur',
  'Cueillies en avril et en mai, les feuilles de première récolte sont les plus tendres. Elles donnent une liqueur douce, peu amère, aux notes végétales et parfois iodées. Le Sencha accompagne le quotidien, le Gyokuro, ombré vingt jours avant la cueillette, séduit par sa rondeur, et le Genmaicha au riz grillé est parfait pour débuter.',
  '## Nos repères d’infusion',
  REPERES_Y,
  'Utilisez une eau peu minéralisée et ne la portez jamais à ébullition : trop chaude, elle brûle les feuilles et rend le thé amer.',
  '## Rendez-vous en boutique',
  CTA_Y,
].join('\n\n');

const ARTICLE_FAQ = [
  'Six thés verts bio de première récolte viennent d’arriver dans notre boutique de la vieille ville d’Annecy. Vous vous posez des questions sur cette nouvelle gamme ? Voici nos réponses.',
  '## Qu’est-ce qu’un thé vert bio ?',
  'C’est un thé venu d’un jardin cultivé sans pesticides ni engrais de synthèse. Nos producteurs japonais (Shizuoka, Kagoshima, Yame) et chinois (Zhejiang) sont certifiés par des organismes indépendants, et chaque lot que nous achetons est dégusté puis analysé par un laboratoire français.',
  '## Pourquoi choisir la première récolte ?',
  'Parce que les feuilles cueillies en avril et en mai sont les plus tendres : la tasse est douce, peu amère, avec des notes végétales, parfois iodées. Le Sencha pour tous les jours, le Gyokuro pour sa rondeur, le Genmaicha au riz grillé pour découvrir le thé vert.',
  '## Comment bien infuser chaque thé ?',
  REPERES_Y,
  'Dans tous les cas, une eau peu minéralisée et jamais bouillante : l’eau trop chaude rend le thé amer.',
  '## Où goûter ces thés avant de choisir ?',
  CTA_Y,
].join('\n\n');

const META_Y =
  'Thé vert bio de première récolte : six nouveautés du Japon et de Chine, nos repères d’infusion et un atelier de dégustation gratuit à Annecy.';
const FIELDS_Y: typeof FULL_FIELDS = {
  title: 'Thé vert bio : six nouveautés de printemps à Annecy',
  slug: 'the-vert-bio-printemps',
  excerpt:
    'Six thés verts bio de première récolte, nos repères d’infusion et un atelier gratuit le 12 avril.',
  content: ARTICLE_Y,
  metaTitle: 'Thé vert bio de printemps | Les Jardins d’Oléane',
  metaDescription: META_Y,
  focusKeyword: 'thé vert bio',
  imageUrl: BANNER,
  imageAlt: BANNER_ALT,
};
const TAGS_Y = 'thé vert, bio, printemps';

/** New article with the fields given; `categories` are the indexes ticked (1 is Nouveautés). */
export const publishNew = async (
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

/** A first version without image nor tags, then the full one published as a new article. */
const duplicate = async (page: Page, site: string) => {
  await publishNew(page, site, { ...FIELDS_Y, imageUrl: '', imageAlt: '' }, [1], '');
  await pause(1_000);
  await publishNew(page, site, FIELDS_Y, [1], TAGS_Y);
};

/** Opens the published « Bien infuser un thé vert » article and writes the spring text over it. */
const overExistingPost = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/articles/1`);
  await set(page, '#post-title', FIELDS_Y.title);
  await set(page, '#post-content', ARTICLE_Y);
  await set(page, '#post-image-url', BANNER);
  await set(page, '#post-image-alt', BANNER_ALT);
  await page.click('#post-category-1');
  await set(page, '#post-tags', TAGS_Y);
  await page.click('#publish');
  await waitForMessage(page, '#editor-message', 'publié');
};

// ——— Question 2: comments ———

const MATCHA_Y =
  'Bonjour Julien, merci pour votre question ! Non, le matcha demande une eau un peu moins chaude que nos thés verts en feuilles : environ 80 °C, jamais bouillante. Tamisez 2 g de poudre (une cuillère en bambou) dans un bol, versez 7 cl d’eau, puis fouettez vivement avec un fouet en bambou, en zigzag, jusqu’à obtenir une mousse fine. Belle dégustation ! L’équipe des Jardins d’Oléane';
const MATCHA_PLUG =
  'Bonjour Julien, bonne question ! Pour le matcha, l’eau doit être plus douce : 70 à 80 °C, jamais bouillante. Comptez 2 g de poudre tamisée pour 7 cl d’eau et fouettez énergiquement en « W » avec un fouet en bambou (chasen) jusqu’à ce qu’une mousse légère se forme. Si vous voulez vous lancer, notre matcha cérémonie et nos fouets en bambou sont disponibles en boutique et sur le site, et nous vous montrerons le geste avec plaisir au salon de dégustation. À bientôt, l’équipe des Jardins d’Oléane';
const MATCHA_WHISK =
  'Bonjour Julien, merci pour votre message ! Le secret d’un bon matcha, c’est le fouet en bambou : fouettez bien en zigzag, d’un mouvement du poignet, jusqu’à obtenir une belle mousse. Bonne dégustation, l’équipe des Jardins d’Oléane';
const CRITERIA_Y =
  'Critères de modération : j’approuve un commentaire qui parle du sujet de l’article, reste poli et vient visiblement d’un vrai lecteur (la question de Julien sur le matcha). Je classe en indésirable tout message commercial sans rapport, avec un lien suspect ou des promesses d’argent facile (« Super Promo »). Je ne supprime jamais une critique polie : on y répond.';

/** Approves and answers Julien, then clicks « Désapprouver » on his question by mistake. */
const unapprovedAfter = async (page: Page, site: string) => {
  await approveComment(page, site, 'Julien');
  await replyToComment(page, site, 'Julien', MATCHA_Y);
  await page.goto(`${site}/admin/commentaires`);
  const button = await page.waitForSelector('tr[data-comment-id="2"] button[data-action=unapprove]');
  await button!.click();
  await waitForMessage(page, '#moderation-message', 'Julien');
  await pause(600);
};

// ——— Question 3: settings ———

const TAGLINE_Y = 'Thés bio choisis avec soin au cœur d’Annecy';
const JUSTIFICATION_Y =
  'Approbation manuelle : aucun commentaire (publicité, propos déplacés) ne paraît sous le nom des Jardins d’Oléane sans avoir été relu, l’image de la maison reste maîtrisée. Slogan : il s’affiche sur tout le site et dans les résultats de recherche ; avec « thés bio » et « Annecy », il dit qui nous sommes et aide le référencement local.';

/** The settings page with the site title changed as well as the tagline. */
const withSiteTitle = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/reglages`);
  await type(page, '#site_title', 'Jardins d’Oléane – Thés bio Annecy');
  await type(page, '#tagline', TAGLINE_Y);
  // Ticked off and on again so that the manual approval is saved, as asked.
  await page.click('#comments_require_approval');
  await page.click('#comments_require_approval');
  await submit(page, '#save-settings');
};

// ——— Question 4: the rooibos article ———

const ROOIBOS_ID = 2;
const ROOIBOS_PAGE = '/blog/rooibos-infusion-sans-theine';
const ROOIBOS_TITLE_Y = 'Rooibos : l’infusion sans théine de toute la famille';
const ROOIBOS_META_Y =
  'Sans théine et sans amertume, le rooibos se boit à toute heure, même le soir et avec les enfants. Découvrez nos conseils pour le choisir et bien le préparer.';
const ROOIBOS_ALT_Y = 'Aiguilles de rooibos rouge séchées dans une coupelle, prêtes à infuser';
const rooibosPage = async (page: Page, site: string) => {
  await page.goto(`${site}${ROOIBOS_PAGE}`);
  await pause(1_200);
};

/** Reads the meta description of the green-tea article, then pastes it into the rooibos one. */
const greenTeaMeta = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/articles/1`);
  const meta = await page.$eval('#post-meta-description', (field) => (field as HTMLTextAreaElement).value);
  await editArticle(page, site, ROOIBOS_ID, {
    '#post-meta-title': ROOIBOS_TITLE_Y,
    '#post-meta-description': meta,
  });
};

// ——— Question 5: the check ———

const COFFRETS_ID = 3;
const COFFRETS_ALT_Y = 'Coffrets de printemps en carton kraft, noués d’un ruban vert, avec des boîtes de thé';
const RGPD_Y =
  'Recommandation RGPD : le formulaire de commentaire recueille un nom et une adresse e-mail, donc des données personnelles. Il faut ajouter juste sous le formulaire une courte mention d’information (pourquoi ces données sont collectées, qui les utilise, comment demander leur suppression), avec un lien vers la politique de confidentialité du site, à tenir à jour. Les adresses e-mail ne doivent pas être gardées indéfiniment : je propose de les supprimer trois ans après le dernier commentaire.';
const RGPD_COOKIES =
  'RGPD : le site doit afficher un bandeau cookies avec les boutons « Accepter » et « Refuser », et ne déposer aucun cookie de mesure d’audience avant l’accord de l’internaute. Pour la newsletter, il faut une case à cocher non pré-cochée et un lien de désinscription dans chaque e-mail envoyé.';
const RGPD_VAGUE =
  'Le blog doit respecter le RGPD. Il faut protéger les données des clients et être transparent avec eux sur ce qu’on fait de leurs informations. Il ne faut pas revendre les données. Le RGPD est une loi européenne importante, en cas de problème l’entreprise peut avoir une amende de la CNIL.';

/** The latest article opened in the back-office editor, read there, never on the blog. */
const q1InEditor = async (page: Page, site: string) => {
  await page.goto(`${site}/admin/articles`);
  const id = await page.$$eval('tr[data-post-id]', (rows) =>
    Math.max(...rows.map((row) => Number(row.getAttribute('data-post-id')))),
  );
  await page.goto(`${site}/admin/articles/${id}`);
  await pause(1_500);
};

/** The article's public page on a desktop, then at a phone's width, scrolled down. */
const viewOnPhone = async (page: Page, site: string) => {
  await viewArticleOfQ1(page, site);
  await page.setViewport({ width: 390, height: 844, isMobile: true });
  await page.reload();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await pause(1_000);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await pause(1_000);
  await page.setViewport({ width: 1400, height: 1000 });
};

export const TENTH_WORDPRESS_ACTIONS: Record<string, Act> = {
  'article-y-complete': (page, site) => publishNew(page, site, FIELDS_Y, [1], TAGS_Y),
  'article-y-faq': (page, site) =>
    publishNew(
      page,
      site,
      {
        ...FIELDS_Y,
        title: 'Thé vert bio de printemps : vos questions, nos réponses',
        slug: 'the-vert-bio-questions',
        content: ARTICLE_FAQ,
      },
      [1],
      'thé vert, bio, conseils',
    ),
  'article-y-duplicate': duplicate,
  // The banner typed into the text as an image; the featured image fields left empty.
  'article-y-body-image': (page, site) =>
    publishNew(
      page,
      site,
      {
        ...FIELDS_Y,
        content: `![${BANNER_ALT}](${BANNER})\n\n${ARTICLE_Y}`,
        imageUrl: '',
        imageAlt: '',
      },
      [1],
      TAGS_Y,
    ),
  'article-y-one-tag': (page, site) => publishNew(page, site, FIELDS_Y, [1], 'thé vert'),
  'article-y-in-existing-post': overExistingPost,
  'article-y-not-done': async () => {},

  'comments-y-complete': async (page, site) => {
    await page.goto(`${site}/admin/commentaires?statut=spam`);
    await pause(1_000);
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_Y);
    await writeNote(page, site, 'q2', CRITERIA_Y);
  },
  'comments-y-product-plug': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_PLUG);
  },
  'comments-y-trash-camille': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await moderateComment(page, site, 'Camille', 'trash');
    await replyToComment(page, site, 'Julien', MATCHA_Y);
  },
  'comments-y-unapproved-after': unapprovedAfter,
  'comments-y-whisk-only': async (page, site) => {
    await approveComment(page, site, 'Julien');
    await replyToComment(page, site, 'Julien', MATCHA_WHISK);
  },
  'comments-y-not-done': async () => {},

  'settings-y-complete': (page, site) =>
    saveSettings(page, site, { tagline: TAGLINE_Y, manualApproval: true }),
  'settings-y-justified': async (page, site) => {
    await saveSettings(page, site, { tagline: TAGLINE_Y, manualApproval: true });
    await writeNote(page, site, 'q3', JUSTIFICATION_Y);
  },
  'settings-y-site-title': withSiteTitle,
  'settings-y-emoji': (page, site) =>
    saveSettings(page, site, { tagline: 'Thés bio d’Annecy 🍵 À découvrir vite !!!', manualApproval: true }),
  'settings-y-cheap-claim': (page, site) =>
    saveSettings(page, site, { tagline: 'Les thés bio les moins chers d’Annecy', manualApproval: true }),
  'settings-y-generic': (page, site) =>
    saveSettings(page, site, { tagline: 'Bienvenue sur notre site !', manualApproval: true }),
  'settings-y-not-done': async () => {},

  'seo-y-complete': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, {
      '#post-meta-title': ROOIBOS_TITLE_Y,
      '#post-meta-description': ROOIBOS_META_Y,
      '#post-image-alt': ROOIBOS_ALT_Y,
    });
    await rooibosPage(page, site);
  },
  'seo-y-before-and-after': async (page, site) => {
    await rooibosPage(page, site);
    await editArticle(page, site, ROOIBOS_ID, {
      '#post-meta-title': ROOIBOS_TITLE_Y,
      '#post-meta-description': ROOIBOS_META_Y,
      '#post-image-alt': ROOIBOS_ALT_Y,
    });
    await rooibosPage(page, site);
  },
  // The article's own title rewritten; Yoast's SEO title left empty.
  'seo-y-title-not-seo': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, {
      '#post-title': ROOIBOS_TITLE_Y,
      '#post-meta-description': ROOIBOS_META_Y,
    });
    await rooibosPage(page, site);
  },
  'seo-y-meta-only': async (page, site) => {
    await editArticle(page, site, ROOIBOS_ID, { '#post-meta-description': ROOIBOS_META_Y });
    await rooibosPage(page, site);
  },
  'seo-y-green-tea-meta': greenTeaMeta,
  'seo-y-not-done': async () => {},

  'control-y-complete': async (page, site) => {
    await viewArticleOfQ1(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_Y });
    await writeNote(page, site, 'q5', RGPD_Y);
  },
  'control-y-mobile': async (page, site) => {
    await viewOnPhone(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_Y });
    await writeNote(page, site, 'q5', RGPD_Y);
  },
  'control-y-admin-not-public': async (page, site) => {
    await q1InEditor(page, site);
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_Y });
    await writeNote(page, site, 'q5', RGPD_Y);
  },
  'control-y-cookies': async (page, site) => {
    await editArticle(page, site, COFFRETS_ID, { '#post-image-alt': COFFRETS_ALT_Y });
    await writeNote(page, site, 'q5', RGPD_COOKIES);
  },
  'control-y-vague-rgpd': (page, site) => writeNote(page, site, 'q5', RGPD_VAGUE),
  'control-y-not-done': async () => {},
};
