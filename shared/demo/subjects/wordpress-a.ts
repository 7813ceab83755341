/**
 * Demo subject, WordPress A: a blog subject on the demo reference site « Les Jardins d’Oléane »,
 * built like the national subjects since 2023 (five independent questions, the first an article).
 * Rules grade the work (see shared/rules/README.md): each checks one requirement of the question,
 * near misses count in part, and each question names what is left to the examiner. Field names
 * follow EVENT_PAYLOADS in shared/schema/event.ts and WordPress option names for settings.
 */
import { WORDPRESS_CATALOGUE } from '../../grid/catalogue-wordpress.ts';
import { DEFAULT_GRID } from '../../grid/e5-grid.ts';
import { courteous } from '../../rules/library/index.ts';
import type { SubjectInput } from '../../schema/subject.ts';
import { COMPANY_CONTEXT, COMPANY_NAME, TOLERANT } from '../company.ts';
import { SPRING_BANNER_SVG, svgDataUrl } from '../images.ts';
import { ALT_NOT_STUFFED, ARTICLE_RULES } from './wordpress-a-article.ts';

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
      rules: [
        {
          id: 'q2-comment-approved',
          title: 'Commentaire en attente approuvé (ou approuvé par la réponse)',
          description:
            'Répondre depuis la modération approuve le commentaire, comme dans WordPress : la réponse compte aussi.',
          criteria: ['C5'],
          kind: 'comment.moderated',
          where: [{ op: 'equals', field: 'data.action', value: 'approve' }],
          evidence: 'process',
          weight: 1,
        },
        {
          id: 'q2-reply',
          title: 'Réponse à Julien sur le matcha',
          criteria: ['C3', 'C5'],
          kind: 'comment.replied',
          where: [
            { op: 'wordsAtLeast', field: 'data.text', value: 20 },
            { op: 'contains', field: 'data.text', value: 'matcha', tolerant: TOLERANT },
            // « Un ton cordial » is asked: a reply with no greeting, thanks or closing is curt, which
            // is work not done as asked (at most S), not missing work. The tone itself stays the
            // examiner's (examinerAspects).
            courteous('formule de politesse (salutation, remerciement)'),
            // Not checked: under which comment the reply sits. Answering in Julien's thread (under
            // the shop's first reply to him) is as valid as under his comment, and an event names
            // only its direct parent (fourth labelled set); a reply under another commenter's
            // comment is left to the examiner, who sees the parent in the evidence.
          ],
          evidence: 'process',
          weight: 2,
        },
        {
          id: 'q2-advice',
          title: 'Conseil précis : température, dosage, fouet',
          criteria: ['C3'],
          kind: 'comment.replied',
          where: [
            { op: 'wordsAtLeast', field: 'data.text', value: 10, required: true },
            { op: 'numbersWithin', field: 'data.text', unit: '°C', min: 60, max: 85 },
            // Wrong advice (boiling water) is not a missing detail: the request is mishandled.
            {
              op: 'numbersWithin',
              field: 'data.text',
              unit: '°C',
              min: 60,
              max: 85,
              ifAny: true,
              weight: 0,
              ceiling: 'I',
            },
            { op: 'mentions', field: 'data.text', values: ['fouet', ' g '] },
          ],
          evidence: 'process',
          weight: 2,
        },
      ],
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
      rules: [
        {
          id: 'q3-manual-approval',
          title: 'Approbation manuelle des commentaires cochée par le candidat',
          description:
            'La case « comment_moderation » (Réglages › Discussion) cochée par le candidat : un formulaire enregistré pour le slogan renvoie aussi la case déjà cochée, ce qui ne prouve rien.',
          criteria: ['C5'],
          kind: 'ui.changed',
          where: [
            {
              op: 'matches',
              field: 'data.name',
              pattern: 'comment_moderation|require_approval',
              required: true,
            },
            { op: 'equals', field: 'data.value', value: true },
          ],
          evidence: 'state',
          weight: 1,
        },
        {
          id: 'q3-tagline',
          title: 'Slogan de 60 caractères au plus mentionnant Annecy et les thés bio',
          description: 'Option WordPress « blogdescription » (Réglages › Général).',
          criteria: ['C3'],
          kind: 'settings.changed',
          where: [
            { op: 'exists', field: 'data.changes.blogdescription', value: true, required: true },
            // Réglages › Général sends the tagline with every save: the site's own, unchanged,
            // is not the candidate's work (« remplacez le slogan »).
            {
              op: 'differs',
              field: 'data.changes.blogdescription',
              value: '{{currentTagline}}',
              tolerant: TOLERANT,
              required: true,
            },
            { op: 'contains', field: 'data.changes.blogdescription', value: 'Annecy', tolerant: TOLERANT },
            { op: 'matches', field: 'data.changes.blogdescription', pattern: 'th[ée]s?.*bio', flags: 'i' },
            { op: 'lengthBetween', field: 'data.changes.blogdescription', min: 10, max: 60 },
          ],
          // The tagline the site keeps: a good one replaced later by a wrong one is not done.
          evidence: 'state',
          weight: 1,
        },
      ],
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
      rules: [
        {
          id: 'q4-meta-description',
          title: 'Méta description de 120 à 160 caractères avec la requête cible',
          criteria: ['C2'],
          kind: 'content.updated',
          where: [
            {
              op: 'contains',
              field: 'data.title',
              value: '{{seoArticle}}',
              tolerant: TOLERANT,
              required: true,
            },
            {
              // The query is what the description is optimised for: written without it, the
              // question's core is done wrong (at most I).
              op: 'contains',
              field: 'data.seo.metaDescription',
              value: '{{seoKeyword}}',
              tolerant: TOLERANT,
              ceiling: 'I',
            },
            { op: 'lengthBetween', field: 'data.seo.metaDescription', min: 120, max: 160 },
            // A stuffed description is the question's core done wrong: at most I.
            {
              op: 'notStuffed',
              field: 'data.seo.metaDescription',
              value: '{{seoKeyword}}',
              maxRepeats: 2,
              maxDensity: 0.4,
              ceiling: 'I',
            },
          ],
          evidence: 'state',
          weight: 2,
        },
        {
          id: 'q4-seo-title',
          title: 'Titre SEO de 60 caractères au plus avec la requête cible',
          criteria: ['C2'],
          kind: 'content.updated',
          where: [
            {
              op: 'contains',
              field: 'data.title',
              value: '{{seoArticle}}',
              tolerant: TOLERANT,
              required: true,
            },
            { op: 'contains', field: 'data.seo.title', value: '{{seoKeyword}}', tolerant: TOLERANT },
            { op: 'lengthBetween', field: 'data.seo.title', min: 20, max: 60 },
          ],
          evidence: 'state',
          weight: 1,
        },
        {
          id: 'q4-public-page',
          title: 'Page publique de l’article consultée par le candidat',
          criteria: ['C2'],
          kind: 'nav.visited',
          where: [{ op: 'matches', field: 'url', pattern: '/blog/rooibos|rooibos', flags: 'i' }],
          evidence: 'process',
          weight: 1,
        },
      ],
      examinerAspects: ['Caractère incitatif de la méta description'],
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
      rules: [
        {
          id: 'q5-public-article',
          title: 'Page publique d’un article du blog consultée par le candidat',
          description:
            'Une page ouverte par le candidat ; la capture de la page publiée faite par Témoin ne compte pas.',
          criteria: ['C5'],
          kind: 'nav.visited',
          where: [
            { op: 'matches', field: 'url', pattern: '/blog/.+', required: true },
            { op: 'matches', field: 'url', pattern: 'the-vert|printemps|bio', flags: 'i' },
          ],
          evidence: 'process',
          weight: 1,
        },
        {
          id: 'q5-alt-fixed',
          title: 'Texte alternatif ajouté à l’image de l’article à contrôler',
          criteria: ['C5', 'C7'],
          kind: 'content.updated',
          where: [
            {
              op: 'contains',
              field: 'data.title',
              value: '{{checkArticle}}',
              tolerant: TOLERANT,
              required: true,
            },
            { op: 'lengthBetween', field: 'data.featuredImage.alt', min: 10, max: 150 },
            // A list of repeated keywords is not a description of the image: wrong, not missing.
            ALT_NOT_STUFFED,
          ],
          evidence: 'state',
          weight: 1,
        },
        {
          id: 'q5-privacy-note',
          title: 'Recommandation RGPD argumentée dans les notes',
          criteria: ['C7'],
          kind: 'task.noteSaved',
          where: [
            { op: 'equals', field: 'data.questionId', value: 'q5', required: true },
            { op: 'wordsAtLeast', field: 'data.text', value: 40 },
            {
              op: 'mentions',
              field: 'data.text',
              values: ['RGPD', 'données personnelles', 'confidentialité', 'conservation'],
              weight: 2,
            },
          ],
          evidence: 'state',
          weight: 1,
        },
      ],
      examinerAspects: [
        'Lisibilité et image de la page publique',
        'Justesse juridique de la recommandation RGPD',
      ],
      thresholds: { I: 0.05, S: 0.55, TS: 0.92 },
    },
  ],
} satisfies SubjectInput;
