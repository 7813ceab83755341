/**
 * Demo subject, WordPress A: a blog subject on the demo reference site « Les Jardins d’Oléane »,
 * built like the national subjects since 2023 (five independent questions, the first an article).
 * Rules grade the work (see shared/rules/README.md): each checks one requirement of the question,
 * near misses count in part, and each question names what is left to the examiner. Field names
 * follow EVENT_PAYLOADS in shared/schema/event.ts and WordPress option names for settings.
 */
import { WORDPRESS_CATALOGUE } from '../../grid/catalogue-wordpress.ts';
import { DEFAULT_GRID } from '../../grid/e5-grid.ts';
import type { SubjectInput } from '../../schema/subject.ts';
import { COMPANY_CONTEXT, COMPANY_NAME } from '../company.ts';
import { SPRING_BANNER_SVG, svgDataUrl } from '../images.ts';
import { ARTICLE_RULES } from './wordpress-a-article.ts';
import { CHECK_RULES } from './wordpress-a-check-rules.ts';
import { COMMENT_RULES, SEO_RULES } from './wordpress-a-rules.ts';
import { SETTINGS_RULES } from './wordpress-a-settings-rules.ts';

const ARTICLE_TEXT = [
  'Printemps : nos thés verts bio de première récolte arrivent à Annecy',
  'Chaque année, l’arrivée des premières récoltes de printemps est un moment très attendu dans notre boutique de la vieille ville d’Annecy. Cette saison, Les Jardins d’Oléane accueillent six thés verts bio, sélectionnés auprès de petits producteurs du Japon et de Chine avec lesquels nous travaillons depuis plusieurs années.',
  'Un thé vert bio, c’est d’abord un jardin cultivé sans pesticides ni engrais de synthèse. Nos producteurs de Shizuoka, de Kagoshima et de Yame, au Japon, ou du Zhejiang, en Chine, sont certifiés par des organismes indépendants. Nous goûtons chaque lot avant de le commander, puis nous le faisons analyser par un laboratoire français pour garantir l’absence de résidus.',
  'Les feuilles de première récolte, cueillies en avril et en mai, sont les plus tendres. Elles donnent une liqueur douce, peu amère, aux notes végétales et parfois iodées. Le Sencha apporte de la fraîcheur au quotidien ; le Gyokuro, ombré pendant vingt jours avant la cueillette, séduit par sa rondeur ; le Genmaicha, mêlé de riz grillé, plaît à ceux qui découvrent le thé vert.',
  'Pour réussir votre tasse, retenez trois gestes simples : une eau peu minéralisée, une température comprise entre 60 et 85 °C selon le thé, et un temps d’infusion court, de deux à trois minutes. Une eau bouillante brûle les feuilles et rend le thé amer. Nos fiches de dégustation, disponibles en boutique et sur le site, donnent les repères précis de chaque thé.',
  'Pour fêter cette nouvelle récolte, nous vous invitons à un atelier de dégustation gratuit le samedi 12 avril à 10 h, dans notre boutique du 7 passage des Tilleuls. Les places sont limitées à douze personnes : inscrivez-vous par téléphone au 04 50 00 00 00 ou directement en magasin. Vous y apprendrez à reconnaître un thé de printemps et à choisir celui qui vous ressemble.',
].join('\n\n');

export const DEMO_WORDPRESS_A = {
  format: 'temoin.subject/1',
  id: 'demo-wordpress-a',
  title: 'Les Jardins d’Oléane — animer le blog de la boutique',
  cms: 'wordpress',
  letter: 'A',
  code: 'DEMO-E5-WP-A',
  session: '2025',
  company: {
    name: COMPANY_NAME,
    context: [
      COMPANY_CONTEXT,
      'Le site, réalisé avec WordPress, comporte un blog qui publie deux articles par mois : conseils de dégustation, nouveautés et recettes. Mme Ferrand constate que le blog attire peu de visiteurs depuis les moteurs de recherche et que certains commentaires restent sans réponse. Vous êtes en alternance chez Les Jardins d’Oléane, chargé(e) de la relation client digitale.',
    ].join('\n\n'),
  },
  durationMinutes: 40,
  gridId: DEFAULT_GRID.id,
  catalogueId: WORDPRESS_CATALOGUE.id,
  variables: [
    { name: 'keyword', label: 'Expression clé de l’article', value: 'thé vert bio' },
    { name: 'voucher', label: 'Code promotionnel de la gamme', value: 'OLEANE5' },
    {
      name: 'seoArticle',
      label: 'Article à optimiser',
      value: 'Rooibos : l’infusion sans théine qui plaît à toute la famille',
    },
    { name: 'seoKeyword', label: 'Requête cible de l’article à optimiser', value: 'rooibos' },
    {
      name: 'seoSlug',
      label: 'Slug actuel de l’article à optimiser (à garder)',
      value: 'rooibos-infusion-sans-theine',
    },
    { name: 'checkArticle', label: 'Article à contrôler', value: 'Nos coffrets de printemps sont arrivés' },
    {
      name: 'currentTagline',
      label: 'Slogan actuel du site (à remplacer)',
      value: 'Thés et infusions choisis avec soin, depuis Annecy',
    },
  ],
  annexes: [
    {
      id: 'annexe-1-texte',
      title: 'Annexe 1 — Texte de l’article à publier',
      type: 'text',
      text: ARTICLE_TEXT,
    },
    {
      id: 'annexe-2-reperes',
      title: 'Annexe 2 — Repères d’infusion de la gamme thés verts bio',
      type: 'table',
      columns: [
        'Thé',
        'Origine',
        'Température de l’eau',
        'Durée d’infusion',
        'Dosage pour 20 cl',
        'Prix (100 g)',
      ],
      rows: [
        ['Sencha bio', 'Japon (Shizuoka)', '75 °C', '2 min', '3 g', '8,50 €'],
        ['Gyokuro bio', 'Japon (Yame)', '60 °C', '2 min', '4 g', '9,90 €'],
        ['Genmaicha bio', 'Japon (Kagoshima)', '80 °C', '3 min', '3 g', '7,50 €'],
        ['Long Jing bio', 'Chine (Zhejiang)', '80 °C', '3 min', '3 g', '8,90 €'],
        ['Gunpowder bio', 'Chine (Zhejiang)', '80 °C', '2 à 3 min', '2,5 g', '6,90 €'],
        ['Bancha bio', 'Japon (Shizuoka)', '85 °C', '2 min', '3 g', '6,50 €'],
      ],
    },
    {
      id: 'annexe-3-banniere',
      title: 'Annexe 3 — Bannière de la gamme de printemps',
      type: 'image',
      src: svgDataUrl(SPRING_BANNER_SVG),
      alt: 'Bannière verte et crème : une feuille de thé stylisée, le nom « Les Jardins d’Oléane » et la mention « Thés verts bio · récolte de printemps ».',
    },
  ],
  questions: [
    {
      id: 'q1',
      number: 1,
      title: 'Rédiger et publier un article',
      instructions: [
        'Mme Ferrand souhaite annoncer sur le blog l’arrivée de la gamme de thés verts bio de printemps.',
        'À partir du texte de l’annexe 1 et du tableau de l’annexe 2, rédigez et publiez un **article** :',
        [
          '- un titre accrocheur contenant l’expression clé « {{keyword}} » ;',
          '- un texte reformulé d’au moins **150 mots**, structuré par des intertitres, avec une liste des repères d’infusion ;',
          '- un appel à l’action final qui invite à l’atelier et mentionne le code promotionnel **{{voucher}}** (5 % sur la gamme jusqu’au 30 avril) ;',
          '- la catégorie « Nouveautés » et au moins deux étiquettes ;',
          '- l’image de l’annexe 3 en **image mise en avant**, avec un texte alternatif descriptif ;',
          '- un slug court qui reprend l’expression clé ;',
          '- dans Yoast SEO : « {{keyword}} » en requête cible et une **méta description** de 120 à 160 caractères qui la contient.',
        ].join('\n'),
      ].join('\n\n'),
      criteria: ['C1', 'C2'],
      competences: [
        'wp.post.publish',
        'wp.post.taxonomy',
        'wp.media.featuredImage',
        'wp.seo.yoast',
        'wp.seo.slugExcerpt',
      ],
      annexes: ['annexe-1-texte', 'annexe-2-reperes', 'annexe-3-banniere'],
      rules: ARTICLE_RULES,
      examinerAspects: [
        'Attrait du titre et qualité rédactionnelle du texte',
        'Exactitude des repères d’infusion repris de l’annexe 2',
        'Justification orale des choix de référencement',
      ],
      thresholds: { I: 0.05, S: 0.55, TS: 0.92 },
    },
    {
      id: 'q2',
      number: 2,
      title: 'Modérer les commentaires et répondre à un internaute',
      instructions: [
        'Des internautes ont commenté les articles du blog. Dans **Commentaires** :',
        [
          '- approuvez les commentaires légitimes en attente ;',
          '- placez les messages publicitaires dans les indésirables ;',
          '- répondez, au nom des Jardins d’Oléane, à la question de Julien sur la préparation du **matcha** : au moins 20 mots, un ton cordial et un conseil précis (température de l’eau, dosage, fouet).',
        ].join('\n'),
        'Expliquez à l’examinateur les critères qui vous font approuver ou rejeter un commentaire.',
      ].join('\n\n'),
      criteria: ['C3', 'C5'],
      competences: ['wp.comment.moderate', 'wp.comment.reply'],
      annexes: [],
      rules: COMMENT_RULES,
      examinerAspects: ['Ton cordial et image de l’entreprise', 'Critères d’approbation expliqués à l’oral'],
      thresholds: { I: 0.15, S: 0.5, TS: 0.9 },
    },
    {
      id: 'q3',
      number: 3,
      title: 'Paramétrer les commentaires et le slogan du site',
      instructions: [
        'Mme Ferrand veut garder la maîtrise de ce qui est publié sous le nom de l’entreprise et rendre le site plus explicite dans les résultats de recherche.',
        [
          '1. Dans **Réglages › Discussion**, faites en sorte qu’un commentaire doive toujours être **approuvé manuellement** avant sa publication, puis enregistrez les réglages (même si l’option vous semble déjà cochée).',
          '2. Dans **Réglages › Général**, remplacez le slogan du site par un slogan de **60 caractères au plus** qui mentionne **Annecy** et les thés bio.',
        ].join('\n'),
        'Justifiez oralement l’intérêt de ces deux réglages pour l’image de l’entreprise.',
      ].join('\n\n'),
      criteria: ['C3', 'C5'],
      competences: ['wp.settings.discussion', 'wp.settings.identity'],
      annexes: [],
      rules: SETTINGS_RULES,
      examinerAspects: ['Intérêt des deux réglages pour l’image de l’entreprise (à l’oral)'],
      thresholds: { I: 0.2, S: 0.6, TS: 0.95 },
    },
    {
      id: 'q4',
      number: 4,
      title: 'Optimiser le référencement d’un article existant',
      instructions: [
        'L’article « {{seoArticle}} » est peu visible dans les moteurs de recherche : il n’a ni titre SEO ni méta description.',
        'Dans Yoast SEO, pour la requête cible « {{seoKeyword}} » :',
        [
          '- rédigez un **titre SEO** de 60 caractères au plus contenant la requête cible ;',
          '- rédigez une **méta description** de 120 à 160 caractères qui contient la requête cible et incite au clic ;',
          '- vérifiez que l’extrait et le texte alternatif de l’image sont pertinents ;',
          '- mettez l’article à jour, puis consultez sa page publique pour contrôler le résultat.',
        ].join('\n'),
      ].join('\n\n'),
      criteria: ['C2'],
      competences: ['wp.seo.yoast', 'wp.seo.slugExcerpt', 'wp.post.edit'],
      annexes: [],
      rules: SEO_RULES,
      examinerAspects: ['Caractère incitatif de la méta description'],
      // I from the SEO texts written (a fifth of the question), even on the wrong article; a
      // page consulted alone (a tenth) is not the question started.
      thresholds: { I: 0.2, S: 0.55, TS: 0.92 },
    },
    {
      id: 'q5',
      number: 5,
      title: 'Contrôler l’image du blog et sa conformité',
      instructions: [
        'Avant la campagne de printemps, Mme Ferrand vous demande un contrôle qualité du blog.',
        [
          '1. Consultez la **page publique** de l’article publié à la question 1, comme un internaute : titre, image, lisibilité, liens.',
          '2. L’image mise en avant de l’article « {{checkArticle}} » n’a pas de texte alternatif : corrigez-la et mettez l’article à jour.',
          '3. Dans les notes de cette question, rédigez une recommandation d’au moins 40 mots sur les obligations du blog en matière de **données personnelles** (RGPD) : information sous le formulaire de commentaire, politique de confidentialité, durée de conservation des adresses e-mail.',
        ].join('\n'),
      ].join('\n\n'),
      criteria: ['C5', 'C7'],
      competences: ['wp.site.check', 'wp.media.featuredImage', 'wp.post.edit'],
      annexes: [],
      rules: CHECK_RULES,
      examinerAspects: [
        'Lisibilité et image de la page publique',
        'Justesse juridique de la recommandation RGPD',
      ],
      thresholds: { I: 0.05, S: 0.55, TS: 0.92 },
    },
  ],
} satisfies SubjectInput;
