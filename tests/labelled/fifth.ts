/**
 * The fifth labelled set, written on 2026-12-07 by someone who never read the demo subjects'
 * rules, thresholds or examiner aspects, nor the verdicts of any earlier set: an independent
 * measure of agreement. Each row is labelled from the question's wording as a candidate sees
 * it (including the parts added to the shop subject: the offer's information page, the order
 * state, the « Sélection de printemps » category) and the official level meanings (see
 * plans.ts), in the commit that adds this file, BEFORE any rule ran on these sessions.
 *
 * Behaviours no earlier set scripts: a slogan typed into the site title, a slogan undone, a
 * legitimate comment sent to spam, an advert approved, a comment binned then restored, the
 * SEO text pasted into the article instead of the SEO fields, a featured image removed instead
 * of described, a price entered without tax, an offer announced but never created, a rude
 * reply, a return refunded instead of accepted, the last lot promoted… Never tuned on.
 *
 * Not scripted (left undone): work after time-up, which needs a shortened subject and so
 * another package than the one the bench evaluates.
 */
import type { SessionPlan, Variant } from './plans.ts';

export const FIFTH_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-v-own-complete',
      level: 'TS',
      reason:
        'Article reformulé avec ses propres mots, intertitres, liste des repères, appel à l’atelier avec OLEANE5, catégorie, étiquettes, image et alt, slug et Yoast justes.',
    },
    {
      id: 'article-v-wrong-offer-date',
      level: 'S',
      reason:
        'Article complet et bien construit, mais l’appel à l’action annonce le code valable jusqu’au 31 mai au lieu du 30 avril : erreur sur l’offre publiée.',
    },
    {
      id: 'article-v-meta-163',
      level: 'S',
      reason:
        'Tout est fait, mais la méta description dépasse la borne demandée (163 caractères pour 160 au plus) : une exigence chiffrée manquée de peu.',
    },
    {
      id: 'article-v-off-topic',
      level: 'I',
      reason:
        'Article publié et référencé sur « thé vert bio », mais il parle du thé glacé d’été sans rien de l’annexe : ni gamme, ni repères, ni atelier, ni code.',
    },
    {
      id: 'article-v-unpublished',
      level: 'I',
      reason:
        'Article complet publié puis remis en brouillon par le candidat : le travail existe mais rien n’est visible sur le blog, la publication demandée manque.',
    },
  ],
  q2: [
    {
      id: 'comments-v-julien-spam',
      level: 'TI',
      reason:
        'Le commentaire légitime de Julien est envoyé dans les indésirables et ne reçoit aucune réponse : modération fausse, demande non traitée.',
    },
    {
      id: 'comments-v-advert-approved',
      level: 'S',
      reason:
        'Julien approuvé et réponse précise et cordiale, mais le message publicitaire est sorti des indésirables et approuvé : faute de modération.',
    },
    {
      id: 'comments-v-trash-restored',
      level: 'TS',
      reason:
        'Julien approuvé, réponse précise (75 °C, 2 g, fouet) ; un commentaire légitime mis à la corbeille par erreur puis rétabli : état final juste.',
    },
    {
      id: 'comments-v-reply-18-words',
      level: 'S',
      reason:
        'Julien approuvé ; réponse cordiale et précise (température, dosage, fouet) mais de 18 mots, sous les 20 demandés.',
    },
  ],
  q3: [
    {
      id: 'settings-v-site-title',
      level: 'I',
      reason:
        'Approbation manuelle faite, mais le nouveau slogan est saisi dans le titre du site : le nom de l’entreprise disparaît et le slogan n’est pas remplacé.',
    },
    {
      id: 'settings-v-tagline-62',
      level: 'S',
      reason:
        'Approbation manuelle faite ; slogan citant Annecy et les thés bio, mais de 62 caractères pour 60 au plus.',
    },
    {
      id: 'settings-v-tagline-undone',
      level: 'I',
      reason:
        'Bon slogan enregistré puis l’ancien remis par le candidat ; seule l’approbation manuelle reste faite : le slogan n’est pas remplacé.',
    },
    {
      id: 'settings-v-tagline-stuffed',
      level: 'S',
      reason:
        'Approbation manuelle faite ; slogan court qui enchaîne les mots-clés (« Thé bio Annecy thé vert bio Annecy thés bio »), peu valorisant pour l’image.',
    },
    {
      id: 'settings-v-complete',
      level: 'TS',
      reason: 'Approbation manuelle enregistrée et slogan de 43 caractères citant Annecy et les thés bio.',
    },
  ],
  q4: [
    {
      id: 'seo-v-complete-excerpt',
      level: 'TS',
      reason:
        'Titre SEO et méta description justes avec « rooibos », extrait revu, article mis à jour puis page publique contrôlée.',
    },
    {
      id: 'seo-v-in-body',
      level: 'I',
      reason:
        'Titre et description SEO écrits dans l’extrait et en tête du contenu de l’article, champs Yoast laissés vides : l’optimisation demandée n’est pas faite.',
    },
    {
      id: 'seo-v-false-facts',
      level: 'I',
      reason:
        'Champs remplis avec « rooibos », mais la méta description le présente comme un thé vert riche en théine : information fausse, inutilisable.',
    },
    {
      id: 'seo-v-viewed-before',
      level: 'S',
      reason:
        'Titre SEO et méta description justes ; page publique consultée avant la mise à jour, jamais après : le résultat n’est pas contrôlé.',
    },
  ],
  q5: [
    {
      id: 'control-v-wrong-rgpd',
      level: 'I',
      reason:
        'Page consultée et alt corrigé, mais la recommandation affirme qu’un blog n’a pas d’obligation RGPD et peut garder les e-mails sans limite : conseil faux.',
    },
    {
      id: 'control-v-alt-filename',
      level: 'S',
      reason:
        'Page consultée et recommandation RGPD juste, mais le texte alternatif est un nom de fichier (« coffrets-printemps.jpg »), non descriptif.',
    },
    {
      id: 'control-v-complete',
      level: 'TS',
      reason:
        'Page de l’article consultée, alt descriptif ajouté et article mis à jour, recommandation RGPD argumentée sur les trois points demandés.',
    },
    {
      id: 'control-v-note-rewritten',
      level: 'TS',
      reason:
        'Page consultée, alt corrigé ; note d’abord d’une ligne puis réécrite en recommandation complète : l’état final est complet.',
    },
    {
      id: 'control-v-image-removed',
      level: 'S',
      reason:
        'Page consultée et recommandation juste, mais l’image mise en avant est supprimée au lieu d’être décrite : le défaut est masqué, pas corrigé.',
    },
  ],
};

export const FIFTH_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-v-complete-viewed',
      level: 'TS',
      reason:
        'Prix 9,90 €, stock 80, Thés verts, résumé de 200 à 300 caractères avec l’expression, référencement complet, fiche contrôlée en front office.',
    },
    {
      id: 'product-v-price-excl-tax',
      level: 'I',
      reason:
        'Fiche complète, mais prix saisi hors taxes (8,25 € au lieu de 9,90 € TTC) : le produit serait vendu au mauvais prix.',
    },
    {
      id: 'product-v-summary-short',
      level: 'S',
      reason:
        'Tout est juste sauf le résumé, un peu trop court (moins de 200 caractères) ; fiche contrôlée en front office.',
    },
    {
      id: 'product-v-wrong-category',
      level: 'S',
      reason:
        'Prix, stock, résumé et référencement justes, mais catégorie principale « Matchas » au lieu de « Thés verts ».',
    },
    {
      id: 'product-v-stuffed',
      level: 'I',
      reason:
        'Prix, stock et catégorie justes ; résumé, balise titre et méta description ne sont qu’une répétition de « thé vert bio » : contenu inexploitable.',
    },
  ],
  q2: [
    {
      id: 'voucher-v-with-page',
      level: 'TS',
      reason:
        'Bon complet (nom, OLEANE5, 5 %, jusqu’au 31 mai, une fois par client, 30 paniers) et page d’information affichée, de plus de 80 mots, avec code, conditions et méta description.',
    },
    {
      id: 'voucher-v-no-page',
      level: 'S',
      reason: 'Bon de réduction entièrement juste, mais aucune page d’information annonçant l’offre.',
    },
    {
      id: 'voucher-v-page-hidden',
      level: 'S',
      reason:
        'Bon juste ; page d’information rédigée mais non affichée sur le site et sans méta description.',
    },
    {
      id: 'voucher-v-starts-next-year',
      level: 'S',
      reason:
        'Bon et page complets, mais le bon ne commence qu’en décembre 2027 au lieu d’aujourd’hui : inutilisable pendant l’opération.',
    },
    {
      id: 'voucher-v-page-only',
      level: 'I',
      reason:
        'Page d’information annonçant OLEANE5 publiée, mais aucun bon créé : l’offre promise n’existe pas en boutique.',
    },
  ],
  q3: [
    {
      id: 'cart-v-reported',
      level: 'TS',
      reason:
        'Gyokuro au panier, total relevé avant, code saisi, résultat et total après relevés dans les notes (anomalie signalée si le code est refusé).',
    },
    {
      id: 'cart-v-three-units',
      level: 'TS',
      reason:
        'Trois Gyokuro au panier, code saisi, totaux avant et après relevés dans les notes : test complet, la quantité ne gêne pas.',
    },
    {
      id: 'cart-v-code-removed',
      level: 'S',
      reason: 'Gyokuro au panier, code essayé puis retiré du panier ; aucun total relevé dans les notes.',
    },
    {
      id: 'cart-v-made-up-totals',
      level: 'S',
      reason:
        'Gyokuro au panier et code essayé ; totaux notés faux (9,90 € puis 9,50 €) : le relevé demandé est inexact.',
    },
    {
      id: 'cart-v-browse-only',
      level: 'TI',
      reason: 'Boutique parcourue (liste des thés verts) sans rien mettre au panier ni essayer le code.',
    },
  ],
  q4: [
    {
      id: 'reply-v-return-accepted',
      level: 'TS',
      reason:
        'Commande de Mme Fontaine ouverte et passée à « Retour accepté » ; réponse courtoise : boîte remplacée sur photo, rétractation 14 jours, frais de retour.',
    },
    {
      id: 'reply-v-refunded-state',
      level: 'S',
      reason:
        'Réponse complète et courtoise, mais la commande est passée à « Remboursée » au lieu de « Retour accepté ».',
    },
    {
      id: 'reply-v-state-untouched',
      level: 'S',
      reason:
        'Commandes consultées et réponse complète et courtoise, mais l’état de la commande n’est pas changé.',
    },
    {
      id: 'reply-v-rude',
      level: 'I',
      reason:
        'Réponse qui cite photo, 14 jours et frais de retour, mais sur un ton sec et culpabilisant (« vous auriez dû lire nos CGV ») : relation cliente abîmée.',
    },
    {
      id: 'reply-v-state-only',
      level: 'I',
      reason: 'Commande passée à « Retour accepté », mais aucune réponse écrite à la cliente.',
    },
  ],
  q5: [
    {
      id: 'analysis-v-with-category',
      level: 'TS',
      reason:
        'Conversion et chiffre d’affaires des huit produits, deux références choisies sur plusieurs indicateurs, produit à écarter expliqué, catégorie créée avec balise titre et méta.',
    },
    {
      id: 'analysis-v-no-category',
      level: 'S',
      reason: 'Analyse complète et justifiée, mais la catégorie « Sélection de printemps » n’est pas créée.',
    },
    {
      id: 'analysis-v-category-only',
      level: 'I',
      reason:
        'Catégorie « Sélection de printemps » créée avec son référencement, mais aucune analyse ni choix.',
    },
    {
      id: 'analysis-v-last-lot',
      level: 'I',
      reason:
        'Calculs justes et catégorie créée, mais le choix met en avant le Blanc de Darjeeling, dernier lot à 11 en stock et conversion 0,6 % : décision contraire aux données.',
    },
    {
      id: 'analysis-v-category-meta-short',
      level: 'S',
      reason:
        'Analyse complète et justifiée ; catégorie créée mais méta description trop courte (moins de 120 caractères).',
    },
  ],
};

/**
 * Which variant each question takes in sessions 1 to 8 (index into the lists above), chosen by
 * hand: one thorough session, one weak, one shallow, the others mixed; a variant that views the
 * question 1 article's page only where question 1 left a published article, except the one
 * whose level does not depend on it; made-up totals only where the code works (a voucher that
 * starts next year goes with a test that reports what the shop answers).
 */
const WORDPRESS_PATTERN: Record<string, number[]> = {
  q1: [0, 1, 4, 3, 2, 0, 1, 2],
  q2: [2, 3, 0, 1, 2, 3, 0, 1],
  q3: [4, 1, 2, 3, 0, 2, 4, 1],
  q4: [0, 3, 1, 2, 0, 2, 3, 1],
  q5: [2, 1, 0, 4, 3, 1, 3, 4],
};
const SHOP_PATTERN: Record<string, number[]> = {
  q1: [0, 2, 1, 4, 3, 0, 2, 3],
  q2: [0, 1, 4, 2, 3, 3, 0, 2],
  q3: [0, 2, 4, 3, 1, 0, 1, 3],
  q4: [0, 2, 4, 3, 1, 2, 3, 0],
  q5: [0, 1, 2, 3, 4, 3, 4, 1],
};

const fifthPlans = (
  family: SessionPlan['family'],
  variants: Record<string, Variant[]>,
  pattern: Record<string, number[]>,
): SessionPlan[] =>
  pattern.q1!.map((_, i) => ({
    id: `${family}-v${String(i + 1).padStart(2, '0')}`,
    family,
    variants: Object.fromEntries(
      Object.entries(variants).map(([questionId, list]) => [questionId, list[pattern[questionId]![i]!]!.id]),
    ),
    heldOut: true,
  }));

export const FIFTH_PLANS: SessionPlan[] = [
  ...fifthPlans('wordpress', FIFTH_WORDPRESS_VARIANTS, WORDPRESS_PATTERN),
  ...fifthPlans('shop', FIFTH_SHOP_VARIANTS, SHOP_PATTERN),
];
