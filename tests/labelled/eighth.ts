/**
 * The eighth labelled set, written on 2026-12-07 by someone who never read the demo subjects'
 * rules, thresholds or examiner aspects, nor any verdict: an independent measure of agreement
 * on work never tuned on. Each row is labelled from the question's wording as a candidate sees
 * it and the official level meanings (see plans.ts), in the commit that adds this file, BEFORE
 * any rule ran on these sessions.
 *
 * Behaviours no earlier set scripts: an article typed without accents and with typos, the
 * annex pasted with a few edits, a numbered list under level-3 intertitles (another valid
 * form), the keyword entered in the plural, two teas' figures mixed up in the list, an article
 * rushed out as time runs out; a reply addressed to the wrong commenter, a long polite reply
 * with no advice, the reply written in the notes instead of on the blog, a reply posted then
 * binned by its author; manual approval switched off by misunderstanding, a misspelt city in
 * the tagline, a tagline stuffed with keywords; a meta description without the target query,
 * an SEO title too long, the SEO fields filled by copying the article's title and first
 * sentence, a public page viewed and nothing else; the alt text set to the file name, an alt
 * text added then erased again, a RGPD note that states false obligations, a note covering two
 * of its three points. On the shop: the price and stock taken from another product's row, a
 * summary pasted from the supplier sheet, the SEO tab alone; a voucher whose end date is in
 * a past year, an offer page with no conditions, an offer page too short, no offer page; two
 * units in the cart, a cart total miscomputed in the notes, a mistyped code reported as an
 * anomaly, a refused code rightly reported as one; a reply with a wrong legal delay, a polite
 * reply with no answer, the order state changed without any reply, a good reply without the
 * order's state; an analysis of half the products, inverted conversion rates, a category
 * created without any analysis. Some sessions work out of order or stop when time runs out:
 * the order of `variants` is the order the candidate works in.
 */
import type { SessionPlan, Variant } from './plans.ts';

export const EIGHTH_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-w-numbered-h3',
      level: 'TS',
      reason:
        'Article reformulé, intertitres de niveau 3, liste numérotée des six repères, appel final à l’atelier avec OLEANE5, Nouveautés et étiquettes, image et alt, slug court et Yoast justes.',
    },
    {
      id: 'article-w-no-accents',
      level: 'S',
      reason:
        'Article complet et structuré, SEO juste, mais le texte est tapé sans accents et plein de fautes : publiable, mais l’image de la marque en souffre.',
    },
    {
      id: 'article-w-annex-tweaked',
      level: 'S',
      reason:
        'Annexe recollée presque mot pour mot (première phrase changée, intertitres ajoutés) ; liste, appel à l’action, image, catégorie et SEO faits, mais le texte n’est pas reformulé.',
    },
    {
      id: 'article-w-plural-keyword',
      level: 'S',
      reason:
        'Article complet, mais l’expression clé est saisie au pluriel « thés verts bio » partout (titre, slug, requête Yoast, méta) : la requête demandée n’est pas celle travaillée.',
    },
    {
      id: 'article-w-swapped-figures',
      level: 'S',
      reason:
        'Article complet, mais la liste intervertit le Gyokuro et le Bancha (Gyokuro à 85 °C) : un repère faux donné aux clients.',
    },
    {
      id: 'article-w-out-of-time',
      level: 'I',
      reason:
        'Publié dans les dernières minutes : titre avec l’expression clé et environ 90 mots, sans intertitres, liste, appel à l’action, catégorie, image ni Yoast.',
    },
    { id: 'article-w-not-done', level: 'TI', reason: 'Pas d’article : question non abordée faute de temps.' },
  ],
  q2: [
    {
      id: 'comments-w-complete-criteria',
      level: 'TS',
      reason:
        'Indésirables contrôlés, Julien approuvé, réponse cordiale au nom de l’entreprise (eau à 75-80 °C, 2 g, fouet en bambou), critères de modération notés.',
    },
    {
      id: 'comments-w-wrong-name',
      level: 'S',
      reason:
        'Réponse précise et cordiale sous le commentaire de Julien, mais elle commence par « Bonjour Camille » : confusion entre deux internautes.',
    },
    {
      id: 'comments-w-polite-empty',
      level: 'I',
      reason:
        'Julien approuvé, réponse longue et très polie mais sans aucun conseil de préparation : la question n’est pas traitée.',
    },
    {
      id: 'comments-w-reply-in-notes',
      level: 'I',
      reason:
        'Julien approuvé, mais la bonne réponse est écrite dans les notes de la question, jamais publiée : l’internaute ne la voit pas.',
    },
    {
      id: 'comments-w-reply-binned',
      level: 'I',
      reason:
        'Réponse précise publiée puis mise à la corbeille par le candidat lui-même : Julien est approuvé mais reste sans réponse.',
    },
    {
      id: 'comments-w-spam-look',
      level: 'TI',
      reason: 'Liste des indésirables consultée, rien d’autre : ni approbation ni réponse.',
    },
  ],
  q3: [
    {
      id: 'settings-w-complete',
      level: 'TS',
      reason: 'Approbation manuelle enregistrée ; slogan court qui cite Annecy et les thés bio.',
    },
    {
      id: 'settings-w-city-misspelt',
      level: 'S',
      reason:
        'Approbation manuelle enregistrée ; slogan court et bio, mais « Anecy » mal orthographié et sans accent à « Thés ».',
    },
    {
      id: 'settings-w-stuffed-tagline',
      level: 'S',
      reason:
        'Approbation manuelle enregistrée ; slogan de moins de 60 caractères avec Annecy et bio, mais c’est une suite de mots-clés, pas une phrase : image peu soignée.',
    },
    {
      id: 'settings-w-approval-off',
      level: 'I',
      reason:
        'Slogan juste, mais l’approbation manuelle est décochée par erreur : les commentaires sont publiés sans contrôle, l’inverse de ce qui est demandé.',
    },
    {
      id: 'settings-w-opened-only',
      level: 'TI',
      reason: 'Réglages ouverts puis quittés sans rien enregistrer.',
    },
  ],
  q4: [
    {
      id: 'seo-w-complete',
      level: 'TS',
      reason:
        'Titre SEO de moins de 60 caractères et méta incitative de 120 à 160 avec « rooibos », alt revu, article mis à jour, page publique consultée.',
    },
    {
      id: 'seo-w-meta-no-query',
      level: 'S',
      reason:
        'Titre SEO juste, méta incitative de bonne longueur mais sans le mot « rooibos », page consultée.',
    },
    {
      id: 'seo-w-title-too-long',
      level: 'S',
      reason: 'Méta juste et page consultée, mais titre SEO de près de 80 caractères, qui sera tronqué.',
    },
    {
      id: 'seo-w-copied-fields',
      level: 'I',
      reason:
        'Titre SEO = titre de l’article (61 caractères), méta = première phrase (trop courte, non incitative), page non consultée : champs remplis sans travail.',
    },
    {
      id: 'seo-w-page-only',
      level: 'TI',
      reason: 'Page publique de l’article consultée, aucun champ SEO rempli.',
    },
  ],
  q5: [
    {
      id: 'control-w-complete',
      level: 'TS',
      reason:
        'Page de l’article publié consultée, alt descriptif ajouté aux coffrets et article mis à jour, recommandation RGPD de plus de 40 mots sur les trois points.',
    },
    {
      id: 'control-w-two-points',
      level: 'S',
      reason:
        'Page consultée et alt corrigé ; recommandation de plus de 40 mots sur l’information et la politique de confidentialité, mais rien sur la durée de conservation.',
    },
    {
      id: 'control-w-alt-filename',
      level: 'S',
      reason:
        'Page consultée et recommandation complète, mais l’alt saisi est le nom du fichier « blog-coffrets.svg » : non descriptif.',
    },
    {
      id: 'control-w-alt-reverted',
      level: 'S',
      reason:
        'Page consultée, recommandation complète ; alt ajouté puis effacé à nouveau par le candidat : l’image reste sans texte alternatif.',
    },
    {
      id: 'control-w-false-rgpd',
      level: 'I',
      reason:
        'Page consultée, alt non corrigé ; note de plus de 40 mots mais juridiquement fausse (pas de politique nécessaire, e-mails gardés sans limite).',
    },
    {
      id: 'control-w-view-only',
      level: 'TI',
      reason: 'Page publique regardée, ni alt corrigé ni recommandation : rien d’exploitable.',
    },
  ],
};

export const EIGHTH_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-w-complete',
      level: 'TS',
      reason:
        'Prix 9,90 €, stock 80, Thés verts, résumé de 200 à 300 caractères avec « thé vert bio », balise titre, méta et URL justes, fiche contrôlée en front office.',
    },
    {
      id: 'product-w-summary-pasted',
      level: 'S',
      reason:
        'Prix, stock, catégorie et référencement justes, fiche vue ; le résumé est un collage de la fiche fournisseur de plus de 400 caractères.',
    },
    {
      id: 'product-w-row-mixup',
      level: 'I',
      reason:
        'Prix 15,80 € et stock 22 pris sur la ligne du Long Jing : la fiche vend le Gyokuro au mauvais prix, malgré un résumé et un SEO corrects.',
    },
    {
      id: 'product-w-seo-only',
      level: 'I',
      reason:
        'Onglet référencement seul rempli ; prix et stock laissés à leurs anciennes valeurs (9,60 €, 64), résumé d’une ligne non réécrit.',
    },
    { id: 'product-w-not-done', level: 'TI', reason: 'Fiche produit jamais modifiée (temps écoulé).' },
  ],
  q2: [
    {
      id: 'voucher-w-complete',
      level: 'TS',
      reason:
        'Bon juste (nom, OLEANE5, 5 %, jusqu’au 31 mai, 1 par client, 30 paniers) et page d’offre de plus de 80 mots avec le code, ses conditions et une méta.',
    },
    {
      id: 'voucher-w-page-short',
      level: 'S',
      reason: 'Bon juste ; page d’offre avec code et méta, mais d’une quarantaine de mots seulement.',
    },
    {
      id: 'voucher-w-no-conditions',
      level: 'S',
      reason:
        'Bon juste ; page d’offre de plus de 80 mots avec le code, mais enthousiaste et sans aucune condition (ni date, ni 5 %, ni limite).',
    },
    {
      id: 'voucher-w-no-page',
      level: 'S',
      reason: 'Bon juste en tout point, mais l’offre n’est annoncée sur aucune page.',
    },
    {
      id: 'voucher-w-past-year',
      level: 'I',
      reason:
        'Bon et page faits, mais la fin de validité est saisie sur une année passée : le code est déjà expiré, inutilisable par les clients.',
    },
    { id: 'voucher-w-not-done', level: 'TI', reason: 'Aucun bon ni page créés.' },
  ],
  q3: [
    {
      id: 'cart-w-complete',
      level: 'TS',
      reason: 'Gyokuro au panier, OLEANE5 accepté, totaux avant et après réduction relevés dans les notes.',
    },
    {
      id: 'cart-w-two-units',
      level: 'TS',
      reason:
        'Test avec deux sachets de Gyokuro (démarche valable), code accepté, totaux avant et après notés.',
    },
    {
      id: 'cart-w-anomaly-reported',
      level: 'TS',
      reason:
        'Code refusé au panier ; le candidat note le total, signale l’anomalie et en trouve la cause (date de fin passée) : test mené comme demandé.',
    },
    {
      id: 'cart-w-wrong-total',
      level: 'S',
      reason: 'Code essayé et accepté, mais le total après réduction noté est faux (soustraction erronée).',
    },
    {
      id: 'cart-w-mistyped-code',
      level: 'I',
      reason:
        'Code mal saisi (« OLEANES »), refusé ; le candidat conclut que l’offre ne marche pas : fausse anomalie, réduction jamais vérifiée.',
    },
    { id: 'cart-w-not-done', level: 'TI', reason: 'Aucun test en boutique.' },
  ],
  q4: [
    {
      id: 'reply-w-complete',
      level: 'TS',
      reason:
        'Commande retrouvée et passée en « Retour accepté » ; réponse courtoise : photo demandée, boîte remplacée avant le 20 avril, rétractation de 14 jours, frais de retour précisés.',
    },
    {
      id: 'reply-w-no-state',
      level: 'S',
      reason:
        'Réponse complète et courtoise dans les notes, mais la commande n’est ni consultée ni passée en « Retour accepté ».',
    },
    {
      id: 'reply-w-seven-days',
      level: 'S',
      reason:
        'Commande passée en « Retour accepté », réponse courtoise et solution pour la boîte, mais délai de rétractation faux (7 jours) et frais de retour non précisés.',
    },
    {
      id: 'reply-w-polite-empty',
      level: 'I',
      reason:
        'Réponse longue, aimable et pleine d’excuses, sans solution, sans justificatif, sans rétractation ; commande non consultée.',
    },
    {
      id: 'reply-w-state-only',
      level: 'I',
      reason: 'Commande passée en « Retour accepté », mais aucune réponse rédigée à la cliente.',
    },
  ],
  q5: [
    {
      id: 'analysis-w-complete',
      level: 'TS',
      reason:
        'Conversion et chiffre d’affaires des huit produits, deux références choisies sur conversion, marge et stock, le thé blanc écarté, catégorie créée avec balise titre et méta.',
    },
    {
      id: 'analysis-w-half',
      level: 'S',
      reason:
        'Calculs faits pour quatre produits seulement ; choix de deux références bien justifié, produit écarté, catégorie créée.',
    },
    {
      id: 'analysis-w-no-category',
      level: 'S',
      reason:
        'Analyse complète et bien argumentée, mais la catégorie « Sélection de printemps » n’est pas créée.',
    },
    {
      id: 'analysis-w-inverted',
      level: 'I',
      reason:
        'Taux de conversion calculés à l’envers (visites ÷ ventes, « 40 % »), choix fondé sur ces chiffres faux ; catégorie créée.',
    },
    {
      id: 'analysis-w-category-only',
      level: 'I',
      reason: 'Catégorie créée avec balise titre et méta, mais aucun calcul ni choix justifié.',
    },
    { id: 'analysis-w-not-done', level: 'TI', reason: 'Aucune analyse (temps écoulé).' },
  ],
};

const plan = (id: string, family: SessionPlan['family'], variants: Record<string, string>): SessionPlan => ({
  id,
  family,
  variants,
  heldOut: true,
});

/**
 * Eight candidates per subject: a strong one (w01), a careless one (w02), weaker ones (w03, w07),
 * uneven ones; wordpress-w04 starts with question 2 and rushes the article out in the last
 * minutes (then checks it, question 5),
 * wordpress-w07 starts with question 4 and has only time left to glance at the comments and the
 * settings, shop-w04 starts with the reply, shop-w08 never reaches the product sheet.
 */
export const EIGHTH_PLANS: SessionPlan[] = [
  plan('wordpress-w01', 'wordpress', {
    q1: 'article-w-numbered-h3',
    q2: 'comments-w-complete-criteria',
    q3: 'settings-w-complete',
    q4: 'seo-w-complete',
    q5: 'control-w-two-points',
  }),
  plan('wordpress-w02', 'wordpress', {
    q1: 'article-w-no-accents',
    q2: 'comments-w-wrong-name',
    q3: 'settings-w-city-misspelt',
    q4: 'seo-w-title-too-long',
    q5: 'control-w-alt-filename',
  }),
  plan('wordpress-w03', 'wordpress', {
    q1: 'article-w-annex-tweaked',
    q2: 'comments-w-polite-empty',
    q3: 'settings-w-stuffed-tagline',
    q4: 'seo-w-copied-fields',
    q5: 'control-w-view-only',
  }),
  plan('wordpress-w04', 'wordpress', {
    q2: 'comments-w-complete-criteria',
    q3: 'settings-w-complete',
    q4: 'seo-w-meta-no-query',
    q1: 'article-w-out-of-time',
    q5: 'control-w-complete',
  }),
  plan('wordpress-w05', 'wordpress', {
    q1: 'article-w-plural-keyword',
    q2: 'comments-w-reply-in-notes',
    q3: 'settings-w-approval-off',
    q4: 'seo-w-complete',
    q5: 'control-w-alt-reverted',
  }),
  plan('wordpress-w06', 'wordpress', {
    q1: 'article-w-swapped-figures',
    q2: 'comments-w-reply-binned',
    q3: 'settings-w-complete',
    q4: 'seo-w-page-only',
    q5: 'control-w-false-rgpd',
  }),
  plan('wordpress-w07', 'wordpress', {
    q4: 'seo-w-title-too-long',
    q5: 'control-w-two-points',
    q1: 'article-w-not-done',
    q2: 'comments-w-spam-look',
    q3: 'settings-w-opened-only',
  }),
  plan('wordpress-w08', 'wordpress', {
    q1: 'article-w-numbered-h3',
    q2: 'comments-w-complete-criteria',
    q3: 'settings-w-stuffed-tagline',
    q4: 'seo-w-meta-no-query',
    q5: 'control-w-alt-reverted',
  }),
  plan('shop-w01', 'shop', {
    q1: 'product-w-complete',
    q2: 'voucher-w-complete',
    q3: 'cart-w-complete',
    q4: 'reply-w-complete',
    q5: 'analysis-w-complete',
  }),
  plan('shop-w02', 'shop', {
    q1: 'product-w-summary-pasted',
    q2: 'voucher-w-page-short',
    q3: 'cart-w-wrong-total',
    q4: 'reply-w-seven-days',
    q5: 'analysis-w-half',
  }),
  plan('shop-w03', 'shop', {
    q1: 'product-w-row-mixup',
    q2: 'voucher-w-past-year',
    q3: 'cart-w-anomaly-reported',
    q4: 'reply-w-polite-empty',
    q5: 'analysis-w-inverted',
  }),
  plan('shop-w04', 'shop', {
    q4: 'reply-w-complete',
    q5: 'analysis-w-no-category',
    q1: 'product-w-seo-only',
    q2: 'voucher-w-no-page',
    q3: 'cart-w-two-units',
  }),
  plan('shop-w05', 'shop', {
    q1: 'product-w-complete',
    q2: 'voucher-w-no-conditions',
    q3: 'cart-w-mistyped-code',
    q4: 'reply-w-state-only',
    q5: 'analysis-w-category-only',
  }),
  plan('shop-w06', 'shop', {
    q1: 'product-w-summary-pasted',
    q2: 'voucher-w-complete',
    q3: 'cart-w-two-units',
    q4: 'reply-w-no-state',
    q5: 'analysis-w-not-done',
  }),
  plan('shop-w07', 'shop', {
    q1: 'product-w-seo-only',
    q4: 'reply-w-polite-empty',
    q5: 'analysis-w-half',
    q2: 'voucher-w-not-done',
    q3: 'cart-w-not-done',
  }),
  plan('shop-w08', 'shop', {
    q2: 'voucher-w-complete',
    q3: 'cart-w-wrong-total',
    q4: 'reply-w-seven-days',
    q5: 'analysis-w-inverted',
    q1: 'product-w-not-done',
  }),
];
