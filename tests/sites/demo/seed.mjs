// Deterministic seed for the demo site. Everything is a pure function of SEED so that
// `POST /__reset` always restores byte-identical state for tests and exam rehearsals.
// The company, its address and its people are fictional.
import { slugify } from './text.mjs';

const SEED = 20250301;

/** mulberry32: tiny, fast, good enough for demo data, and identical on every platform. */
export function createRandom(seed = SEED) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COMPANY = {
  name: 'Les Jardins d’Oléane',
  legalName: 'Les Jardins d’Oléane SARL (société fictive)',
  street: '7 passage des Tilleuls',
  postalCode: '74000',
  city: 'Annecy',
  email: 'bonjour@jardins-oleane.example',
  phone: '04 50 00 00 00',
  registration: 'RCS Annecy 000 000 000 (fictif)',
};

export const ADMIN_USER = {
  login: 'admin',
  password: 'demo-admin',
  displayName: 'L’équipe des Jardins d’Oléane',
};

export const PRODUCT_CATEGORIES = [
  {
    slug: 'thes-verts',
    name: 'Thés verts',
    basePrice: 790,
    brew: '75 °C, 2 à 3 minutes',
    bases: [
      ['Sencha', 'Japon'],
      ['Gyokuro', 'Japon'],
      ['Genmaicha', 'Japon'],
      ['Long Jing', 'Chine'],
      ['Gunpowder', 'Chine'],
      ['Bancha', 'Japon'],
    ],
  },
  {
    slug: 'thes-noirs',
    name: 'Thés noirs',
    basePrice: 690,
    brew: '95 °C, 3 à 4 minutes',
    bases: [
      ['Assam', 'Inde'],
      ['Darjeeling', 'Inde'],
      ['Ceylan', 'Sri Lanka'],
      ['Earl Grey', 'Chine'],
      ['Lapsang Souchong', 'Chine'],
      ['Yunnan', 'Chine'],
    ],
  },
  {
    slug: 'oolongs',
    name: 'Oolongs',
    basePrice: 1090,
    brew: '90 °C, 4 à 5 minutes',
    bases: [
      ['Tie Guan Yin', 'Chine'],
      ['Dong Ding', 'Taïwan'],
      ['Da Hong Pao', 'Chine'],
      ['Milky Oolong', 'Taïwan'],
      ['Oriental Beauty', 'Taïwan'],
    ],
  },
  {
    slug: 'thes-blancs',
    name: 'Thés blancs',
    basePrice: 1290,
    brew: '80 °C, 5 à 7 minutes',
    bases: [
      ['Bai Mu Dan', 'Chine'],
      ['Aiguilles d’argent', 'Chine'],
      ['Shou Mei', 'Chine'],
      ['Blanc de Darjeeling', 'Inde'],
    ],
  },
  {
    slug: 'matchas',
    name: 'Matchas',
    basePrice: 1490,
    brew: '80 °C, à fouetter 30 secondes',
    bases: [
      ['Matcha cérémonie', 'Japon'],
      ['Matcha culinaire', 'Japon'],
      ['Hojicha', 'Japon'],
      ['Matcha latte', 'Japon'],
    ],
  },
  {
    slug: 'rooibos',
    name: 'Rooibos & honeybush',
    basePrice: 590,
    brew: '100 °C, 5 à 8 minutes',
    bases: [
      ['Rooibos nature', 'Afrique du Sud'],
      ['Rooibos vert', 'Afrique du Sud'],
      ['Honeybush', 'Afrique du Sud'],
      ['Rooibos chaï', 'Afrique du Sud'],
    ],
  },
  {
    slug: 'infusions',
    name: 'Infusions',
    basePrice: 550,
    brew: '100 °C, 6 à 8 minutes',
    bases: [
      ['Verveine', 'France'],
      ['Tilleul', 'France'],
      ['Camomille', 'Égypte'],
      ['Menthe poivrée', 'France'],
      ['Hibiscus', 'Sénégal'],
      ['Infusion des Aravis', 'France'],
    ],
  },
  {
    slug: 'chais-epices',
    name: 'Chaïs & épices',
    basePrice: 650,
    brew: '95 °C, 5 minutes, puis un nuage de lait chaud',
    bases: [
      ['Chaï masala', 'Inde'],
      ['Golden latte curcuma', 'Inde'],
      ['Chaï vanille', 'Inde'],
      ['Chaï cacao', 'Inde'],
    ],
  },
];

const QUALIFIERS = [
  'bio',
  'impérial',
  'premium',
  'récolte de printemps',
  'grand cru',
  'fruité',
  'aux agrumes',
  'au jasmin',
  'vanille de Madagascar',
  'pêche blanche',
];

// [label, price multiplier]
const FORMATS = [
  ['vrac 100 g', 1],
  ['vrac 250 g', 2.2],
  ['20 sachets mousseline', 1.1],
  ['boîte métal 80 g', 1.4],
  ['recharge 500 g', 4],
];

const FROM_ORIGIN = {
  Japon: 'du Japon',
  Chine: 'de Chine',
  Inde: 'd’Inde',
  'Sri Lanka': 'du Sri Lanka',
  Taïwan: 'de Taïwan',
  'Afrique du Sud': 'd’Afrique du Sud',
  France: 'de France',
  Égypte: 'd’Égypte',
  Sénégal: 'du Sénégal',
};

const TASTING_NOTES = [
  'des notes végétales et iodées',
  'des notes de fruits secs',
  'une liqueur ronde et douce',
  'une touche florale délicate',
  'une finale légèrement boisée',
  'des arômes d’agrumes',
  'une douceur miellée',
  'une belle longueur en bouche',
];

export const PRODUCT_COUNT = 500;
const DAY = 24 * 60 * 60 * 1000;
const CATALOGUE_START = Date.UTC(2024, 0, 1, 9, 0, 0);

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function buildProducts(random) {
  const combos = [];
  for (const category of PRODUCT_CATEGORIES) {
    for (const [base, origin] of category.bases) {
      for (const qualifier of QUALIFIERS) {
        for (const format of FORMATS) combos.push({ category, base, origin, qualifier, format });
      }
    }
  }
  // Fisher–Yates with the seeded generator: a varied yet reproducible catalogue.
  for (let i = combos.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [combos[i], combos[j]] = [combos[j], combos[i]];
  }

  return combos.slice(0, PRODUCT_COUNT).map(({ category, base, origin, qualifier, format }, index) => {
    const id = index + 1;
    const [formatLabel, factor] = format;
    const name = `${base} ${qualifier} – ${formatLabel}`;
    const price = Math.round((category.basePrice * factor * (0.85 + random() * 0.4)) / 10) * 10;
    const stock = random() < 0.08 ? 0 : Math.floor(random() * 120) + 1;
    const note = pick(random, TASTING_NOTES);
    const createdAt = new Date(CATALOGUE_START + Math.floor(random() * 540) * DAY).toISOString();
    const from = FROM_ORIGIN[origin];
    // Only some products have their SEO fields filled in: the others are realistic gaps
    // that a candidate may be asked to fix.
    const hasSeo = id % 7 === 0;
    return {
      id,
      reference: `JDO-${String(id).padStart(4, '0')}`,
      slug: slugify(name),
      name,
      category: category.slug,
      origin,
      format: formatLabel,
      price,
      stock,
      shortDescription: `${base} ${qualifier} ${from}, avec ${note}.`,
      description: [
        `Notre ${base} ${qualifier} vient ${from}. Sélectionné par notre équipe à Annecy, il offre ${note}.`,
        `Conseil d’infusion : ${category.brew}. Comptez 2 à 3 g pour 20 cl.`,
        `Format : ${formatLabel}. À conserver à l’abri de l’air, de la lumière et de l’humidité.`,
      ].join('\n\n'),
      meta: hasSeo
        ? {
            title: `${base} ${qualifier} ${from} | Les Jardins d’Oléane`,
            description: `Découvrez notre ${base} ${qualifier} ${from} : ${note}. Conseils d’infusion et livraison offerte dès 49 €.`,
          }
        : { title: '', description: '' },
      createdAt,
    };
  });
}

const POST_CATEGORIES = ['Conseils de dégustation', 'Nouveautés', 'Bien-être', 'Recettes'];

function buildPosts() {
  return [
    {
      id: 1,
      title: 'Bien infuser un thé vert : température et temps d’infusion',
      slug: 'bien-infuser-un-the-vert',
      status: 'publish',
      date: '2025-02-10T08:30:00.000Z',
      modified: '2025-02-10T08:30:00.000Z',
      excerpt:
        'Une eau trop chaude, et votre thé vert devient amer. Nos repères simples pour une tasse douce et parfumée.',
      content: [
        'Le thé vert est délicat : ses feuilles, peu oxydées, libèrent vite leur amertume si on les brusque. Bonne nouvelle, quelques repères suffisent.',
        '## Pourquoi la température compte',
        'Au-delà de 80 °C, les tanins du thé vert se dissolvent trop vite et masquent ses arômes végétaux.',
        '### L’eau idéale',
        'Choisissez une eau peu minéralisée. Laissez-la reposer deux minutes après ébullition, ou utilisez une bouilloire à température réglable.',
        '![](/images/blog-theiere-fonte.svg)',
        '## Nos repères par thé',
        '- Sencha : 75 °C, 2 minutes\n- Gyokuro : 60 °C, 2 minutes\n- Long Jing : 80 °C, 3 minutes',
        'Et surtout : goûtez, puis ajustez à votre palais !',
      ].join('\n\n'),
      meta: {
        title: 'Infuser un thé vert : température et temps | Les Jardins d’Oléane',
        description:
          'Température, temps d’infusion, dosage : nos conseils pour réussir votre thé vert sans amertume, testés dans notre boutique d’Annecy.',
        focusKeyword: 'infuser thé vert',
      },
      image: {
        url: '/images/blog-the-vert.svg',
        alt: 'Tasse de thé vert fumante posée sur une table en bois',
      },
      categories: ['Conseils de dégustation'],
      tags: ['thé vert', 'infusion', 'conseils'],
    },
    {
      id: 2,
      title: 'Rooibos : l’infusion sans théine qui plaît à toute la famille',
      slug: 'rooibos-infusion-sans-theine',
      status: 'publish',
      date: '2025-03-05T09:00:00.000Z',
      modified: '2025-03-05T09:00:00.000Z',
      excerpt: 'Naturellement sans théine et peu tannique, le rooibos se boit à toute heure, même le soir.',
      content: [
        'Originaire d’Afrique du Sud, le rooibos n’est pas un thé : c’est un arbuste dont on infuse les aiguilles.',
        '## Un allié du soir',
        'Sans théine, il accompagne les soirées sans perturber le sommeil. Les enfants l’apprécient tiède, avec une touche de miel.',
        '## Comment le préparer',
        'Eau frémissante, 5 à 8 minutes : le rooibos ne devient jamais amer, vous pouvez l’oublier un peu !',
      ].join('\n\n'),
      // No meta title/description on purpose: a realistic SEO gap for exercises.
      meta: { title: '', description: '', focusKeyword: 'rooibos' },
      image: { url: '/images/blog-rooibos.svg', alt: 'Feuilles de rooibos rouges dans une coupelle' },
      categories: ['Bien-être'],
      tags: ['rooibos', 'sans théine'],
    },
    {
      id: 3,
      title: 'Nos coffrets de printemps sont arrivés',
      slug: 'coffrets-de-printemps',
      status: 'publish',
      date: '2025-03-20T07:45:00.000Z',
      modified: '2025-03-21T10:00:00.000Z',
      excerpt: 'Trois coffrets découverte pour fêter le retour des beaux jours, en édition limitée.',
      content: [
        'Le printemps s’installe sur le lac d’Annecy, et nos coffrets aussi.',
        '## Trois coffrets, trois envies',
        '- Éveil : trois thés verts de première récolte\n- Douceur : rooibos, tilleul et verveine\n- Voyage : oolongs de Taïwan',
        '### Édition limitée',
        'Chaque coffret est préparé à la main dans notre atelier. Quantités limitées : premiers arrivés, premiers servis !',
      ].join('\n\n'),
      meta: {
        title: '',
        description: 'Éveil, Douceur, Voyage : découvrez nos trois coffrets de printemps en édition limitée.',
        focusKeyword: 'coffret thé',
      },
      // Featured image without alternative text on purpose (accessibility/SEO exercise).
      image: { url: '/images/blog-coffrets.svg', alt: '' },
      categories: ['Nouveautés'],
      tags: ['coffret', 'printemps'],
    },
    {
      id: 4,
      title: 'Matcha : du champ à la tasse',
      slug: 'matcha-du-champ-a-la-tasse',
      status: 'draft',
      date: null,
      modified: '2025-03-25T16:00:00.000Z',
      excerpt: '',
      content: 'Brouillon : ombrage des théiers, broyage à la meule de pierre, préparation au fouet…',
      meta: { title: '', description: '', focusKeyword: 'matcha' },
      image: { url: '', alt: '' },
      categories: ['Conseils de dégustation'],
      tags: [],
    },
  ];
}

function buildComments() {
  return [
    {
      id: 1,
      postId: 1,
      parentId: null,
      author: 'Camille R.',
      email: 'camille@example.org',
      content: 'Merci pour ces conseils, je faisais bouillir l’eau… plus jamais !',
      status: 'approved',
      date: '2025-02-11T18:12:00.000Z',
    },
    {
      id: 2,
      postId: 1,
      parentId: null,
      author: 'Julien',
      email: 'julien@example.org',
      content: 'Est-ce que les mêmes températures valent pour le matcha ?',
      status: 'pending',
      date: '2025-02-14T07:40:00.000Z',
    },
    {
      id: 3,
      postId: 2,
      parentId: null,
      author: 'Super Promo',
      email: 'promo@spam.example',
      content: 'Gagnez 5000 € par jour depuis chez vous !!! Cliquez vite sur notre lien.',
      status: 'spam',
      date: '2025-03-06T03:14:00.000Z',
    },
  ];
}

/**
 * The order of the customer whose message is annexe 4 of the e-commerce demo subject (Léa
 * Fontaine, 9 April 2025): delivered, so that the candidate can find it and set its status.
 * Its number is outside the counter's range: the first order placed is still CMD-0001.
 */
function buildOrders() {
  const lines = [
    {
      productId: 0,
      reference: 'JDO-0022',
      name: 'Gyokuro bio – vrac 100 g',
      unitPrice: 9.9,
      qty: 1,
      total: 9.9,
    },
    {
      productId: 0,
      reference: 'JDO-0031',
      name: 'Bai Mu Dan – boîte métal 80 g',
      unitPrice: 14.9,
      qty: 1,
      total: 14.9,
    },
    {
      productId: 0,
      reference: 'JDO-0175',
      name: 'Chaï masala – 20 sachets',
      unitPrice: 6.5,
      qty: 1,
      total: 6.5,
    },
  ];
  return [
    {
      id: 'CMD-0409',
      date: '2025-04-09T16:12:00.000Z',
      status: 'Livrée',
      customer: {
        firstName: 'Léa',
        lastName: 'Fontaine',
        email: 'lea.fontaine@example.org',
        address: '12 rue de Boigne\n73000 Chambéry',
      },
      accountCreated: true,
      paymentMethod: 'carte',
      lines,
      subtotal: 31.3,
      voucherCode: null,
      discount: 0,
      shipping: 4.9,
      total: 36.2,
      sessionId: null,
    },
  ];
}

function buildVouchers() {
  return [
    {
      id: 1,
      name: 'Bienvenue : 10 % sur la première commande',
      code: 'BIENVENUE10',
      reductionType: 'percent',
      reductionValue: 10,
      quantity: 1000,
      quantityPerCustomer: 1,
      validFrom: '2024-01-01',
      validTo: '2099-12-31',
      minimumAmount: 0,
      used: 0,
      usage: {},
      createdAt: '2024-01-01T00:00:00.000Z',
    },
    {
      id: 2,
      name: 'Noël 2023 : 5 € offerts',
      code: 'NOEL2023',
      reductionType: 'amount',
      reductionValue: 500,
      quantity: 200,
      quantityPerCustomer: 1,
      validFrom: '2023-12-01',
      validTo: '2023-12-31',
      minimumAmount: 3000,
      used: 57,
      usage: {},
      createdAt: '2023-11-20T00:00:00.000Z',
    },
  ];
}

/** Builds the full initial state. Callers should clone it before mutating. */
export function createSeedData() {
  const random = createRandom();
  return {
    settings: {
      siteTitle: COMPANY.name,
      tagline: 'Thés et infusions choisis avec soin, depuis Annecy',
      commentsRequireApproval: true,
    },
    postCategories: POST_CATEGORIES,
    posts: buildPosts(),
    comments: buildComments(),
    products: buildProducts(random),
    vouchers: buildVouchers(),
    orders: buildOrders(),
    customers: [],
    // Created in the back office (pages/admin-catalog.mjs): none at the start of an exam.
    catalogCategories: [],
    cmsPages: [],
    counters: { post: 5, comment: 4, voucher: 3, order: 1, category: 1, cmsPage: 1 },
  };
}
