/**
 * The thirteenth labelled set, written on 2026-12-08 by a helper who never read the demo
 * subjects' rules, thresholds or examiner aspects, nor any verdict or benchmark figure: an
 * independent measure of agreement on work never tuned on. Each row is labelled from the
 * question's wording as a candidate sees it and the official level meanings (see plans.ts), in
 * the commit that adds this file, BEFORE any rule ran on these sessions and before they were
 * scripted.
 *
 * Behaviours no earlier set scripts: a complete article whose Yoast fields are left empty, a
 * structured article that stops before its call to action, a list telling to brew every tea
 * with boiling water; the reply to Julien advising boiling water for the matcha, the advert
 * sent to the bin instead of the spam folder, the advert approved with Julien and left online;
 * manual approval saved with the old tagline kept, a tagline in capitals; the rooibos slug
 * changed although it had to be kept, an SEO title alone; the boxes' alt text put on the
 * spring article instead, a control without the public page, a control without the RGPD note.
 * On the shop: a friendly URL without the expression, a sheet without any SEO, a summary
 * telling to brew the Gyokuro with boiling water for five minutes; a voucher with no limit on
 * the number of baskets, an offer page without meta description, 50 % typed instead of 5;
 * the check of 5 % of 9,90 € done by hand in the notes, the code tried with the Long Jing, a
 * code tried and nothing noted; the box refunded or replaced at the customer's choice, the
 * order set to « Remboursée », the Chaï refused as a food product; an analysis promoting the
 * last lot of white tea, an analysis setting no product aside, an analysis without the
 * category. The order of `variants` is the order of work.
 */
import type { SessionPlan, Variant } from './plans.ts';

export const THIRTEENTH_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-p-complete',
      level: 'TS',
      reason:
        'Titre avec « thé vert bio », texte reformulé sous intertitres avec la liste des six repères, appel à l’atelier avec OLEANE5, Nouveautés et deux étiquettes, bannière avec alt, slug court, requête et méta justes.',
    },
    {
      id: 'article-p-no-yoast',
      level: 'S',
      reason:
        'Article complet, structuré, illustré et classé, mais les champs Yoast (requête cible et méta description) sont laissés vides : référencement inachevé.',
    },
    {
      id: 'article-p-no-cta',
      level: 'S',
      reason:
        'Article reformulé, structuré, optimisé et illustré, mais il s’arrête après les repères : ni invitation à l’atelier ni code OLEANE5.',
    },
    {
      id: 'article-p-boiling-water',
      level: 'I',
      reason:
        'Article publié et optimisé, mais la liste des repères indique d’infuser tous les thés à l’eau bouillante (100 °C) : conseil faux, contraire à l’annexe, qui gâche le thé.',
    },
    { id: 'article-p-not-done', level: 'TI', reason: 'Aucun article : question non abordée.' },
  ],
  q2: [
    {
      id: 'comments-p-complete',
      level: 'TS',
      reason:
        'Julien approuvé, publicité en indésirable, réponse cordiale et précise (eau à 80 °C, 2 g, fouet en bambou), critères de modération notés.',
    },
    {
      id: 'comments-p-no-criteria',
      level: 'S',
      reason:
        'Modération juste et réponse précise à Julien, mais aucun critère d’approbation ou de rejet expliqué à l’examinateur.',
    },
    {
      id: 'comments-p-advert-trashed',
      level: 'S',
      reason:
        'Julien approuvé, réponse précise, critères notés ; la publicité est mise à la corbeille au lieu des indésirables : elle disparaît, mais le filtre anti-spam n’apprend rien.',
    },
    {
      id: 'comments-p-advert-approved',
      level: 'I',
      reason:
        'Julien et la publicité approuvés ensemble, la publicité reste publiée ; réponse courte sans conseil précis : modération ratée.',
    },
    {
      id: 'comments-p-boiling-matcha',
      level: 'I',
      reason:
        'Julien approuvé et publicité en indésirable, mais la réponse conseille une eau bouillante et une cuillère à café pour le matcha : conseil faux.',
    },
    { id: 'comments-p-not-done', level: 'TI', reason: 'Commentaires jamais ouverts.' },
  ],
  q3: [
    {
      id: 'settings-p-complete',
      level: 'TS',
      reason:
        'Approbation manuelle enregistrée ; slogan « Thés bio d’exception, choisis à Annecy », court, avec Annecy et les thés bio.',
    },
    {
      id: 'settings-p-caps-tagline',
      level: 'S',
      reason:
        'Approbation manuelle enregistrée ; slogan juste sur le fond mais tout en majuscules (« THÉS BIO D’ANNECY, CHOISIS AVEC SOIN ») : peu lisible, effet criard.',
    },
    {
      id: 'settings-p-approval-only',
      level: 'I',
      reason:
        'Approbation manuelle enregistrée, mais le slogan actuel est laissé tel quel : la moitié de la question n’est pas faite.',
    },
    { id: 'settings-p-not-done', level: 'TI', reason: 'Réglages jamais ouverts.' },
  ],
  q4: [
    {
      id: 'seo-p-complete',
      level: 'TS',
      reason:
        'Titre SEO court avec « rooibos », méta incitative de 120 à 160 caractères avec la requête, extrait et alt revus, mise à jour, page publique consultée.',
    },
    {
      id: 'seo-p-not-viewed',
      level: 'S',
      reason:
        'Titre SEO, méta, extrait et alt justes et mis à jour, mais la page publique n’est pas consultée pour contrôler le résultat.',
    },
    {
      id: 'seo-p-slug-changed',
      level: 'S',
      reason:
        'Titre SEO et méta justes, page consultée, mais le slug est changé alors qu’il fallait le garder : les liens existants vers l’article sont cassés.',
    },
    {
      id: 'seo-p-title-only',
      level: 'I',
      reason:
        'Seul le titre SEO est rédigé ; pas de méta description, rien de vérifié : exigence majeure absente.',
    },
    { id: 'seo-p-not-done', level: 'TI', reason: 'Article à optimiser jamais ouvert.' },
  ],
  q5: [
    {
      id: 'control-p-complete',
      level: 'TS',
      reason:
        'Page de l’article de la question 1 consultée, alt descriptif des coffrets ajouté et mis à jour, recommandation RGPD de plus de 40 mots sur les trois points.',
    },
    {
      id: 'control-p-no-public-view',
      level: 'S',
      reason:
        'Alt des coffrets corrigé et recommandation RGPD complète, mais la page publique de l’article de la question 1 n’est pas consultée.',
    },
    {
      id: 'control-p-alt-wrong-article',
      level: 'S',
      reason:
        'Page consultée et recommandation RGPD complète, mais l’alt des coffrets est saisi sur l’article de printemps : l’image des coffrets reste sans texte alternatif.',
    },
    {
      id: 'control-p-no-rgpd',
      level: 'I',
      reason:
        'Page consultée et alt des coffrets corrigé, mais aucune recommandation RGPD : le point de conformité demandé manque.',
    },
    { id: 'control-p-not-done', level: 'TI', reason: 'Aucun contrôle (temps écoulé).' },
  ],
};

export const THIRTEENTH_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-p-complete',
      level: 'TS',
      reason:
        'Prix 9,90 €, stock 80, Thés verts, résumé de 200 à 300 caractères avec « thé vert bio », balise titre, méta de 120 à 160 caractères et URL avec l’expression, fiche vue en front office.',
    },
    {
      id: 'product-p-url-no-keyword',
      level: 'S',
      reason:
        'Fiche complète et vue en ligne, mais l’URL simplifiée « gyokuro-yame-100g » ne reprend pas l’expression clé.',
    },
    {
      id: 'product-p-no-seo',
      level: 'S',
      reason:
        'Prix, stock, catégorie et bon résumé saisis, fiche vue en ligne, mais l’onglet Référencement est laissé vide.',
    },
    {
      id: 'product-p-boiling-summary',
      level: 'I',
      reason:
        'Prix, stock et référencement saisis, mais le résumé conseille une eau bouillante et cinq minutes d’infusion, contraire à la fiche fournisseur (60 °C, 2 min) : information fausse pour le client.',
    },
    { id: 'product-p-not-done', level: 'TI', reason: 'Fiche produit jamais modifiée.' },
  ],
  q2: [
    {
      id: 'voucher-p-complete',
      level: 'TS',
      reason:
        'Bon juste (nom, OLEANE5, 5 %, d’aujourd’hui au 31 mai, une fois par client, 30 paniers), intérêt des restrictions noté, page de plus de 80 mots avec code, conditions et méta.',
    },
    {
      id: 'voucher-p-no-basket-limit',
      level: 'S',
      reason:
        'Bon et page justes, intérêt noté, mais le nombre de paniers est laissé à 1000 au lieu de 30 : le coût de l’opération n’est plus plafonné.',
    },
    {
      id: 'voucher-p-page-no-meta',
      level: 'S',
      reason: 'Bon juste et intérêt noté ; page d’offre complète et affichée, mais sans méta description.',
    },
    {
      id: 'voucher-p-fifty-percent',
      level: 'I',
      reason:
        'Bon créé avec 50 % au lieu de 5 % (faute de frappe) alors que la page annonce 5 % : chaque panier perd la moitié de sa valeur, marge détruite.',
    },
    { id: 'voucher-p-not-done', level: 'TI', reason: 'Aucun bon ni page créés.' },
  ],
  q3: [
    {
      id: 'cart-p-complete',
      level: 'TS',
      reason: 'Gyokuro au panier, OLEANE5 appliqué, totaux avant et après notés, aucune anomalie.',
    },
    {
      id: 'cart-p-hand-check',
      level: 'TS',
      reason:
        'Totaux avant et après notés, et la réduction vérifiée à la main (5 % de 9,90 € = 0,495 €, arrondi à 0,50 €) : contrôle rigoureux.',
    },
    {
      id: 'cart-p-other-product',
      level: 'S',
      reason:
        'Code testé et totaux notés, mais avec le Long Jing au lieu du Gyokuro demandé : le test du code reste valable.',
    },
    {
      id: 'cart-p-nothing-noted',
      level: 'I',
      reason: 'Gyokuro au panier et code appliqué, mais rien n’est noté : ni total avant ni total après.',
    },
    { id: 'cart-p-not-done', level: 'TI', reason: 'Aucun test en boutique.' },
  ],
  q4: [
    {
      id: 'reply-p-complete',
      level: 'TS',
      reason:
        'Commande consultée et passée en « Retour accepté » ; réponse courtoise de plus de 80 mots : photo demandée, boîte remplacée avant le 20 avril, rétractation de 14 jours, frais de retour précisés.',
    },
    {
      id: 'reply-p-refund-or-replace',
      level: 'TS',
      reason:
        'État « Retour accepté » ; réponse complète qui laisse à la cliente le choix entre une boîte neuve avant le 20 avril et le remboursement de la boîte, sur photo, avec rétractation et frais précisés.',
    },
    {
      id: 'reply-p-state-refunded',
      level: 'S',
      reason:
        'Réponse complète et courtoise, mais la commande est passée à « Remboursée » au lieu de « Retour accepté », avant même le retour du colis.',
    },
    {
      id: 'reply-p-chai-refused',
      level: 'I',
      reason:
        'État « Retour accepté » mais la réponse refuse le retour du Chaï en affirmant que les denrées alimentaires sont exclues de la rétractation : faux pour un paquet non ouvert, et contradictoire.',
    },
    { id: 'reply-p-not-done', level: 'TI', reason: 'Aucune réponse ni commande consultée (temps écoulé).' },
  ],
  q5: [
    {
      id: 'analysis-p-complete',
      level: 'TS',
      reason:
        'Conversion et chiffre d’affaires des huit produits, deux références choisies avec conversion, marge et stock, thé blanc écarté et expliqué, catégorie créée avec balise titre et méta.',
    },
    {
      id: 'analysis-p-nothing-set-aside',
      level: 'S',
      reason:
        'Calculs justes, choix argumenté avec références et indicateurs, catégorie complète, mais aucun produit à ne pas promouvoir n’est signalé.',
    },
    {
      id: 'analysis-p-no-category',
      level: 'S',
      reason:
        'Calculs, choix argumenté et produit écarté justes, mais la catégorie « Sélection de printemps » n’est pas créée.',
    },
    {
      id: 'analysis-p-white-tea-chosen',
      level: 'I',
      reason:
        'Calculs justes, mais le candidat met en avant le Blanc de Darjeeling (dernier lot, 11 en stock, 0,6 % de conversion) pour son prix : choix contraire aux indicateurs, rupture assurée.',
    },
    { id: 'analysis-p-not-done', level: 'TI', reason: 'Aucune analyse (temps écoulé).' },
  ],
};

const plan = (id: string, family: SessionPlan['family'], variants: Record<string, string>): SessionPlan => ({
  id,
  family,
  variants,
  heldOut: true,
});

/** Per subject: thorough with one slip, hasty, competent who forgets, almost nothing, wrong facts, unusual, careless, out of time. */
export const THIRTEENTH_PLANS: SessionPlan[] = [
  plan('wordpress-p01', 'wordpress', {
    q1: 'article-p-complete',
    q2: 'comments-p-complete',
    q3: 'settings-p-complete',
    q4: 'seo-p-not-viewed',
    q5: 'control-p-complete',
  }),
  plan('wordpress-p02', 'wordpress', {
    q1: 'article-p-no-yoast',
    q2: 'comments-p-no-criteria',
    q3: 'settings-p-approval-only',
    q4: 'seo-p-title-only',
    q5: 'control-p-no-rgpd',
  }),
  plan('wordpress-p03', 'wordpress', {
    q1: 'article-p-complete',
    q2: 'comments-p-complete',
    q3: 'settings-p-approval-only',
    q4: 'seo-p-complete',
    q5: 'control-p-alt-wrong-article',
  }),
  plan('wordpress-p04', 'wordpress', {
    q2: 'comments-p-advert-approved',
    q1: 'article-p-not-done',
    q3: 'settings-p-not-done',
    q4: 'seo-p-not-done',
    q5: 'control-p-not-done',
  }),
  plan('wordpress-p05', 'wordpress', {
    q1: 'article-p-boiling-water',
    q2: 'comments-p-boiling-matcha',
    q3: 'settings-p-not-done',
    q4: 'seo-p-slug-changed',
    q5: 'control-p-no-rgpd',
  }),
  plan('wordpress-p06', 'wordpress', {
    q4: 'seo-p-complete',
    q3: 'settings-p-complete',
    q1: 'article-p-no-cta',
    q2: 'comments-p-advert-trashed',
    q5: 'control-p-complete',
  }),
  plan('wordpress-p07', 'wordpress', {
    q1: 'article-p-boiling-water',
    q2: 'comments-p-advert-approved',
    q3: 'settings-p-caps-tagline',
    q4: 'seo-p-title-only',
    q5: 'control-p-no-public-view',
  }),
  plan('wordpress-p08', 'wordpress', {
    q1: 'article-p-complete',
    q2: 'comments-p-complete',
    q3: 'settings-p-approval-only',
    q4: 'seo-p-not-done',
    q5: 'control-p-not-done',
  }),
  plan('shop-p01', 'shop', {
    q1: 'product-p-complete',
    q2: 'voucher-p-complete',
    q3: 'cart-p-hand-check',
    q4: 'reply-p-complete',
    q5: 'analysis-p-nothing-set-aside',
  }),
  plan('shop-p02', 'shop', {
    q1: 'product-p-no-seo',
    q2: 'voucher-p-page-no-meta',
    q3: 'cart-p-nothing-noted',
    q4: 'reply-p-chai-refused',
    q5: 'analysis-p-no-category',
  }),
  plan('shop-p03', 'shop', {
    q1: 'product-p-boiling-summary',
    q2: 'voucher-p-fifty-percent',
    q3: 'cart-p-other-product',
    q4: 'reply-p-chai-refused',
    q5: 'analysis-p-white-tea-chosen',
  }),
  plan('shop-p04', 'shop', {
    q4: 'reply-p-chai-refused',
    q1: 'product-p-not-done',
    q2: 'voucher-p-not-done',
    q3: 'cart-p-not-done',
    q5: 'analysis-p-not-done',
  }),
  plan('shop-p05', 'shop', {
    q5: 'analysis-p-complete',
    q4: 'reply-p-refund-or-replace',
    q1: 'product-p-url-no-keyword',
    q2: 'voucher-p-complete',
    q3: 'cart-p-complete',
  }),
  plan('shop-p06', 'shop', {
    q1: 'product-p-complete',
    q2: 'voucher-p-no-basket-limit',
    q3: 'cart-p-complete',
    q4: 'reply-p-state-refunded',
    q5: 'analysis-p-white-tea-chosen',
  }),
  plan('shop-p07', 'shop', {
    q1: 'product-p-boiling-summary',
    q2: 'voucher-p-fifty-percent',
    q3: 'cart-p-nothing-noted',
    q4: 'reply-p-state-refunded',
    q5: 'analysis-p-nothing-set-aside',
  }),
  plan('shop-p08', 'shop', {
    q1: 'product-p-complete',
    q2: 'voucher-p-fifty-percent',
    q3: 'cart-p-nothing-noted',
    q4: 'reply-p-not-done',
    q5: 'analysis-p-not-done',
  }),
];
