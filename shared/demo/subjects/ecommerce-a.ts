/**
 * Demo subject, PrestaShop B: an e-commerce subject on the demo reference site « Les Jardins
 * d’Oléane », built like the national subjects since 2023 (five independent questions, the first
 * a product sheet). Its rules are in ecommerce-a-rules.ts; field names follow EVENT_PAYLOADS in
 * shared/schema/event.ts. The product table uses references, names, prices and stocks of the
 * demo site's seeded catalogue (tests/sites/demo/seed.mjs).
 */
import { PRESTASHOP_CATALOGUE } from '../../grid/catalogue-prestashop.ts';
import { DEFAULT_GRID } from '../../grid/e5-grid.ts';
import type { SubjectInput } from '../../schema/subject.ts';
import { COMPANY_CONTEXT, COMPANY_NAME } from '../company.ts';
import { GYOKURO_POUCH_SVG, svgDataUrl } from '../images.ts';
import { ANALYSIS_RULES, COMPLAINT_RULES } from './ecommerce-a-note-rules.ts';
import {
  CART_RULES,
  EXAMINER_ASPECTS,
  PRODUCT_RULES,
  SHOP_THRESHOLDS,
  VOUCHER_RULES,
} from './ecommerce-a-rules.ts';
import { Q2_CMS_PAGE, Q3_NO_TEST_ORDER, Q4_ORDER_STATUS, Q5_CATEGORY } from './ecommerce-a-shop-rules.ts';

const SUPPLIER_SHEET = [
  'Fiche fournisseur — Gyokuro bio de Yame (récolte 2025)',
  'Producteur : la famille Hoshino (nom fictif) cultive le thé depuis trois générations sur un jardin de quatre hectares, à Yame, dans la préfecture de Fukuoka, au sud du Japon. Le jardin est certifié en agriculture biologique depuis 2012 ; la certification est reconnue pour le label AB par notre importateur.',
  'Culture : trois semaines avant la cueillette, les théiers sont couverts de filets qui filtrent la lumière. Privées de soleil, les feuilles produisent davantage de chlorophylle et d’acides aminés : c’est ce qui donne au Gyokuro sa couleur vert intense et sa douceur caractéristique, sans amertume.',
  'Récolte : première récolte de printemps, cueillie fin avril 2025, puis étuvée, roulée et séchée sur place le jour même pour préserver les arômes.',
  'Dégustation : liqueur vert jade, saveur umami très ronde, notes d’épinard frais et d’algue marine, finale longue et légèrement sucrée.',
  'Préparation conseillée : 4 g de feuilles pour 15 cl d’eau à 60 °C, infusion de 2 minutes. Les mêmes feuilles supportent trois infusions successives, en augmentant un peu la température à chaque fois. Il se déguste aussi infusé à froid : une nuit au réfrigérateur.',
  'Conditionnement : sachet kraft refermable de 100 g, doublé d’aluminium, à conserver au frais et à l’abri de la lumière ; à consommer de préférence dans les douze mois.',
  'Avis de l’équipe : « le thé vert bio idéal pour découvrir les grands thés japonais ; nos clients le choisissent souvent comme cadeau ».',
].join('\n\n');

const CUSTOMER_MESSAGE = [
  'Objet : commande abîmée et demande de retour',
  'Message reçu le 14 avril 2025 à 21 h 47 par le formulaire de contact du site.',
  'Bonjour,',
  'J’ai reçu hier ma commande passée sur votre site le 9 avril : un Gyokuro bio en vrac, une boîte métal de thé blanc Bai Mu Dan et un paquet de 20 sachets de Chaï masala. Malheureusement, la boîte métal est arrivée cabossée et son couvercle ne ferme plus, ce qui est dommage pour un thé à ce prix.',
  'Par ailleurs, je me suis trompée en commandant le Chaï masala : je n’aime pas les épices. Le paquet n’a pas été ouvert. Est-ce que je peux vous le renvoyer et être remboursée ? Qui paie les frais de retour ?',
  'C’est la deuxième fois que je commande chez vous et j’étais jusqu’ici très satisfaite. J’attends votre réponse rapidement, car je voulais offrir ce thé à ma mère pour son anniversaire, le 20 avril.',
  'Léa Fontaine, Chambéry',
].join('\n\n');

export const DEMO_ECOMMERCE_A = {
  format: 'temoin.subject/1',
  id: 'demo-ecommerce-a',
  title: 'Les Jardins d’Oléane — dynamiser la boutique en ligne au printemps',
  cms: 'prestashop',
  letter: 'B',
  code: 'DEMO-E5-PS-B',
  session: '2025',
  company: {
    name: COMPANY_NAME,
    context: [
      COMPANY_CONTEXT,
      'Pour le printemps, l’entreprise lance l’opération « Printemps des thés verts bio » : mise en avant de la nouvelle récolte, code de réduction pour les premiers acheteurs et produits phares en page d’accueil. Vous êtes en alternance chez Les Jardins d’Oléane et vous assistez Mme Ferrand dans la gestion de la boutique en ligne.',
    ].join('\n\n'),
  },
  durationMinutes: 40,
  gridId: DEFAULT_GRID.id,
  catalogueId: PRESTASHOP_CATALOGUE.id,
  variables: [
    { name: 'keyword', label: 'Expression clé du produit', value: 'thé vert bio' },
    { name: 'voucher', label: 'Code de réduction', value: 'OLEANE5' },
    { name: 'product', label: 'Produit à compléter', value: 'Gyokuro bio – vrac 100 g' },
    { name: 'productRef', label: 'Référence du produit', value: 'JDO-0022' },
    // A cart line carries the shop's product id, not always its name.
    { name: 'productId', label: 'Identifiant du produit dans la boutique', value: '22' },
  ],
  annexes: [
    {
      id: 'annexe-1-fiche-fournisseur',
      title: 'Annexe 1 — Fiche fournisseur du Gyokuro bio',
      type: 'text',
      text: SUPPLIER_SHEET,
    },
    {
      id: 'annexe-2-produits',
      title: 'Annexe 2 — Produits de l’opération de printemps (30 derniers jours)',
      type: 'table',
      columns: [
        'Référence',
        'Produit',
        'Catégorie',
        'Prix TTC',
        'Stock',
        'Visites de la fiche (30 j)',
        'Ventes (30 j, unités)',
        'Taux de marge brute',
        'Observation',
      ],
      rows: [
        [
          'JDO-0022',
          'Gyokuro bio – vrac 100 g',
          'Thés verts',
          '9,90 €',
          '80',
          '1 240',
          '31',
          '52 %',
          'Fiche à compléter (question 1) : prix et stock à saisir',
        ],
        ['JDO-0151', 'Long Jing bio – vrac 250 g', 'Thés verts', '15,80 €', '22', '860', '34', '48 %', ''],
        [
          'JDO-0044',
          'Matcha cérémonie premium – vrac 250 g',
          'Matchas',
          '40,50 €',
          '48',
          '2 150',
          '19',
          '41 %',
          '',
        ],
        [
          'JDO-0026',
          'Verveine au jasmin – 20 sachets mousseline',
          'Infusions',
          '5,50 €',
          '85',
          '640',
          '38',
          '58 %',
          '',
        ],
        [
          'JDO-0173',
          'Chaï masala bio – vrac 250 g',
          'Chaïs & épices',
          '16,40 €',
          '88',
          '1 020',
          '12',
          '55 %',
          '',
        ],
        [
          'JDO-0012',
          'Darjeeling grand cru – vrac 250 g',
          'Thés noirs',
          '13,50 €',
          '92',
          '450',
          '21',
          '46 %',
          '',
        ],
        [
          'JDO-0062',
          'Rooibos nature impérial – vrac 100 g',
          'Rooibos & honeybush',
          '6,40 €',
          '117',
          '980',
          '44',
          '60 %',
          '',
        ],
        [
          'JDO-0030',
          'Blanc de Darjeeling pêche blanche – boîte métal 80 g',
          'Thés blancs',
          '17,50 €',
          '11',
          '1 480',
          '9',
          '50 %',
          'Dernier lot de la saison',
        ],
      ],
    },
    {
      id: 'annexe-3-visuel',
      title: 'Annexe 3 — Visuel du Gyokuro bio',
      type: 'image',
      src: svgDataUrl(GYOKURO_POUCH_SVG),
      alt: 'Sachet kraft de Gyokuro bio de 100 g, étiquette crème avec une feuille de thé verte et le logo AB.',
    },
    {
      id: 'annexe-4-message',
      title: 'Annexe 4 — Message d’une cliente',
      type: 'text',
      text: CUSTOMER_MESSAGE,
    },
  ],
  questions: [
    {
      id: 'q1',
      number: 1,
      title: 'Compléter une fiche produit',
      instructions: [
        'Le produit « {{product}} » (référence {{productRef}}) sera mis en avant pendant l’opération de printemps, mais sa fiche est incomplète.',
        'À partir de la fiche fournisseur (annexe 1) et du tableau des produits (annexe 2), complétez la fiche produit :',
        [
          '- le **prix de vente TTC** et la **quantité en stock** indiqués dans l’annexe 2 ;',
          '- la catégorie principale **Thés verts** ;',
          '- une **description courte** (résumé) de **200 à 300 caractères**, qui donne envie et contient l’expression « {{keyword}} » ;',
          '- onglet Référencement : une **balise titre** contenant « {{keyword}} », une **méta description** de 120 à 160 caractères et une **URL simplifiée** qui reprend l’expression clé ;',
          '- si possible, le visuel de l’annexe 3 avec une légende.',
        ].join('\n'),
        'Enregistrez, puis affichez la fiche en front office pour la contrôler.',
      ].join('\n\n'),
      criteria: ['C1', 'C2'],
      competences: [
        'ps.product.create',
        'ps.product.priceStock',
        'ps.product.category',
        'ps.product.description',
        'ps.product.seo',
      ],
      annexes: ['annexe-1-fiche-fournisseur', 'annexe-2-produits', 'annexe-3-visuel'],
      rules: PRODUCT_RULES,
      examinerAspects: EXAMINER_ASPECTS.q1,
      thresholds: SHOP_THRESHOLDS,
    },
    {
      id: 'q2',
      number: 2,
      title: 'Créer un bon de réduction',
      instructions: [
        'Pour lancer l’opération de printemps, Mme Ferrand veut récompenser les premiers acheteurs.',
        'Dans **Catalogue › Réductions › Règles panier**, créez un bon de réduction :',
        [
          '- nom : « Printemps des thés verts bio » ;',
          '- code : **{{voucher}}** ;',
          '- réduction de **5 %** sur le montant de la commande ;',
          '- valable à partir d’aujourd’hui et jusqu’au 31 mai ;',
          '- utilisable **une seule fois par client** ;',
          '- limité aux **30 premiers paniers**.',
        ].join('\n'),
        'Expliquez à l’examinateur en quoi ces restrictions protègent la marge de l’entreprise.',
        'Annoncez ensuite l’offre sur une **page d’information** (page CMS) « Printemps des thés verts bio », affichée sur le site : au moins **80 mots**, le code {{voucher}} et ses conditions, et une **méta description**.',
      ].join('\n\n'),
      criteria: ['C6'],
      competences: ['ps.cartRule.create'],
      annexes: [],
      rules: [...VOUCHER_RULES, Q2_CMS_PAGE],
      examinerAspects: EXAMINER_ASPECTS.q2,
      thresholds: SHOP_THRESHOLDS,
    },
    {
      id: 'q3',
      number: 3,
      title: 'Tester le code de réduction en front office',
      instructions: [
        'Avant d’annoncer l’offre, vérifiez qu’elle fonctionne pour un client.',
        'Dans la boutique publique (front office) :',
        [
          '- ajoutez le produit « {{product}} » au panier ;',
          '- saisissez le code **{{voucher}}** dans le panier et vérifiez le montant de la réduction ;',
          '- indiquez dans les notes de cette question le total du panier avant et après réduction.',
        ].join('\n'),
        'Il n’est pas nécessaire de valider la commande. Signalez à l’examinateur toute anomalie constatée.',
      ].join('\n\n'),
      criteria: ['C6', 'C7'],
      competences: ['ps.voucher.test', 'ps.shop.check'],
      annexes: [],
      rules: [...CART_RULES, Q3_NO_TEST_ORDER],
      examinerAspects: EXAMINER_ASPECTS.q3,
      thresholds: SHOP_THRESHOLDS,
    },
    {
      id: 'q4',
      number: 4,
      title: 'Traiter une réclamation client',
      instructions: [
        'Mme Léa Fontaine a écrit au service client (annexe 4).',
        [
          '1. Consultez dans le back-office la liste des **commandes** pour retrouver la sienne et vérifier son état ; une fois le retour du Chaï masala accepté, passez sa commande à l’état **Retour accepté**.',
          '2. Rédigez la réponse à Mme Fontaine, dans **Service client › Messages clients** si le module est disponible, sinon dans les notes de cette question (au moins 80 mots).',
        ].join('\n'),
        'Votre réponse doit :',
        [
          '- proposer une solution pour la boîte abîmée et préciser le justificatif demandé ;',
          '- répondre à la demande de retour du produit non ouvert en citant le **droit de rétractation**, son délai et la prise en charge des frais de retour ;',
          '- rester courtoise et préserver la relation avec une cliente fidèle.',
        ].join('\n'),
      ].join('\n\n'),
      criteria: ['C7'],
      competences: ['ps.customerService.reply', 'ps.order.status', 'ps.return.process'],
      annexes: ['annexe-4-message'],
      rules: [...COMPLAINT_RULES, Q4_ORDER_STATUS],
      examinerAspects: EXAMINER_ASPECTS.q4,
      thresholds: SHOP_THRESHOLDS,
    },
    {
      id: 'q5',
      number: 5,
      title: 'Analyser les ventes et choisir les produits à promouvoir',
      instructions: [
        'Mme Ferrand peut mettre **deux produits** en avant sur la page d’accueil pendant l’opération de printemps.',
        'À partir du tableau de l’annexe 2 :',
        [
          '1. Calculez pour chaque produit le **taux de conversion** de sa fiche (ventes ÷ visites) et son **chiffre d’affaires** des 30 derniers jours.',
          '2. Choisissez les deux produits à promouvoir et justifiez votre choix dans les notes de cette question (au moins 60 mots), en citant leurs références et au moins deux indicateurs (conversion, marge, stock…).',
          '3. Signalez un produit qu’il ne faut pas mettre en avant et expliquez pourquoi.',
          '4. Créez la catégorie **Sélection de printemps** qui accueillera les deux produits choisis, avec une balise titre et une méta description de 120 à 160 caractères.',
        ].join('\n'),
      ].join('\n\n'),
      criteria: ['C6', 'C8'],
      competences: ['ps.stats.analyse', 'ps.stock.manage'],
      annexes: ['annexe-2-produits'],
      rules: [...ANALYSIS_RULES, Q5_CATEGORY],
      examinerAspects: EXAMINER_ASPECTS.q5,
      thresholds: SHOP_THRESHOLDS,
    },
  ],
} satisfies SubjectInput;
