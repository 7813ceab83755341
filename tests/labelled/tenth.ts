/**
 * The tenth labelled set, written on 2026-12-07 by a helper who never read the demo subjects'
 * rules, thresholds or examiner aspects, nor any verdict or benchmark figure: an independent
 * measure of agreement on work never tuned on. Each row is labelled from the question's wording
 * as a candidate sees it and the official level meanings (see plans.ts), in the commit that adds
 * this file, BEFORE any rule ran on these sessions and before they were scripted.
 *
 * Behaviours no earlier set scripts: an article written as questions and answers, the banner
 * put in the text instead of as featured image, a single tag, a first incomplete version
 * published then the full one published as a second article, the spring text written over an
 * already published article; a reply that also suggests the shop's matcha and whisk, a reply
 * about the whisk only, Julien's question unapproved again after the reply, Camille's published
 * comment binned; the site title renamed along with the tagline, a tagline with an emoji, a
 * tagline promising « the cheapest », a generic « Bienvenue » tagline, the settings justified in
 * the notes; the public page checked before and after, the article's own title rewritten instead
 * of the SEO title, a meta description alone, another article's meta description pasted; the
 * article checked at phone width, checked in the back-office editor only, a RGPD note about
 * cookies and newsletters, a vague RGPD note. On the shop: the product found by its reference in
 * the back office, the summary copied as meta description, a sheet never viewed, the summary
 * alone; a voucher ending on 30 April while its page says 31 May, the offer page under another
 * title, a voucher refused for « 5 % » typed in its value without the candidate noticing; the
 * product found through its category, the totals swapped, the totals noted under question 2,
 * the code typed in the shop's search box; a reply to « Madame Fontana », a return granted
 * without naming the right of withdrawal, the order set to « Expédiée », a reply in text-message
 * style; the figures laid out as a table, products named without their references, turnover
 * without conversion, a category meta description far too long, the whole analysis (margins
 * included) published in the category's description. The order of `variants` is the order the
 * candidate works in.
 */
import type { SessionPlan, Variant } from './plans.ts';

export const TENTH_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-y-complete',
      level: 'TS',
      reason:
        'Article reformulé sous quatre intertitres, liste des six repères, appel final à l’atelier du 12 avril avec OLEANE5, Nouveautés et trois étiquettes, bannière en image mise en avant avec alt, slug court, requête et méta justes.',
    },
    {
      id: 'article-y-faq',
      level: 'TS',
      reason:
        'Article construit en questions-réponses (intertitres « Pourquoi… ? », « Comment… ? ») : reformulé, liste des repères, appel à l’atelier avec OLEANE5, catégorie, étiquettes, image et alt, slug et Yoast justes — forme inhabituelle mais tout y est.',
    },
    {
      id: 'article-y-duplicate',
      level: 'S',
      reason:
        'Une première version incomplète publiée (sans image ni étiquettes), puis la version complète publiée comme un second article au lieu de mettre à jour la première : deux articles presque identiques en ligne.',
    },
    {
      id: 'article-y-body-image',
      level: 'S',
      reason:
        'Article complet et optimisé, mais la bannière est insérée dans le texte au lieu d’être l’image mise en avant : aucune image mise en avant.',
    },
    {
      id: 'article-y-one-tag',
      level: 'S',
      reason: 'Article complet et optimisé, mais une seule étiquette (« thé vert ») au lieu d’au moins deux.',
    },
    {
      id: 'article-y-in-existing-post',
      level: 'I',
      reason:
        'Texte écrit à la place de l’article publié « Bien infuser un thé vert », perdu (ses commentaires passent sous le nouveau texte) ; slug et Yoast restent ceux de l’ancien article.',
    },
    { id: 'article-y-not-done', level: 'TI', reason: 'Aucun article : question non abordée.' },
  ],
  q2: [
    {
      id: 'comments-y-complete',
      level: 'TS',
      reason:
        'Indésirables contrôlés, Julien approuvé, réponse cordiale au nom de la boutique (eau à 80 °C, 2 g pour 7 cl, fouet en bambou en zigzag), critères de modération notés.',
    },
    {
      id: 'comments-y-product-plug',
      level: 'TS',
      reason:
        'Julien approuvé, réponse précise et chaleureuse (température, dosage, fouet) qui propose en plus le matcha et le fouet de la boutique : conseil juste et réflexe commercial.',
    },
    {
      id: 'comments-y-trash-camille',
      level: 'S',
      reason:
        'Julien approuvé et réponse précise, mais le commentaire légitime et déjà publié de Camille est envoyé à la corbeille par erreur.',
    },
    {
      id: 'comments-y-unapproved-after',
      level: 'S',
      reason:
        'Julien approuvé et réponse précise publiée, puis sa question « désapprouvée » par erreur : la réponse paraît sans la question, qui repasse en attente.',
    },
    {
      id: 'comments-y-whisk-only',
      level: 'I',
      reason:
        'Julien approuvé ; réponse cordiale mais qui ne parle que du fouet : rien sur la température de l’eau, qui était sa question, ni sur le dosage.',
    },
    { id: 'comments-y-not-done', level: 'TI', reason: 'Commentaires jamais ouverts.' },
  ],
  q3: [
    {
      id: 'settings-y-complete',
      level: 'TS',
      reason:
        'Approbation manuelle enregistrée ; slogan de moins de 60 caractères avec Annecy et les thés bio.',
    },
    {
      id: 'settings-y-justified',
      level: 'TS',
      reason:
        'Réglages justes (approbation manuelle, slogan court avec Annecy et thés bio) et intérêt des deux réglages noté : maîtrise de l’image et référencement local.',
    },
    {
      id: 'settings-y-site-title',
      level: 'S',
      reason:
        'Approbation manuelle et slogan justes, mais le titre du site est aussi changé sans que ce soit demandé (« Jardins d’Oléane – Thés bio Annecy ») : le nom de l’entreprise est altéré.',
    },
    {
      id: 'settings-y-emoji',
      level: 'S',
      reason:
        'Approbation manuelle enregistrée ; slogan court avec Annecy et bio, mais avec une émoticône et des points d’exclamation, peu professionnel.',
    },
    {
      id: 'settings-y-cheap-claim',
      level: 'S',
      reason:
        'Approbation manuelle enregistrée ; slogan court avec Annecy et bio, mais qui promet « les moins chers », à contre-courant du positionnement qualité de l’entreprise.',
    },
    {
      id: 'settings-y-generic',
      level: 'I',
      reason:
        'Approbation manuelle enregistrée ; slogan remplacé par « Bienvenue sur notre site ! », sans Annecy ni thés bio : la deuxième partie n’est pas faite.',
    },
    { id: 'settings-y-not-done', level: 'TI', reason: 'Réglages jamais ouverts.' },
  ],
  q4: [
    {
      id: 'seo-y-complete',
      level: 'TS',
      reason:
        'Titre SEO de moins de 60 caractères avec « rooibos », méta incitative de 120 à 160 caractères avec la requête, alt revu, article mis à jour, page publique consultée.',
    },
    {
      id: 'seo-y-before-and-after',
      level: 'TS',
      reason:
        'Page publique consultée avant, titre SEO et méta justes avec « rooibos », alt revu, mise à jour, puis page consultée de nouveau pour contrôler le résultat.',
    },
    {
      id: 'seo-y-title-not-seo',
      level: 'S',
      reason:
        'Méta juste et page consultée, mais c’est le titre de l’article lui-même qui est réécrit ; le titre SEO de Yoast reste vide.',
    },
    {
      id: 'seo-y-meta-only',
      level: 'S',
      reason:
        'Méta description juste (requête, longueur, incitation) et page consultée, mais aucun titre SEO rédigé.',
    },
    {
      id: 'seo-y-green-tea-meta',
      level: 'I',
      reason:
        'Titre SEO juste, mais la méta description d’un article sur le thé vert est collée par erreur : sans « rooibos », hors sujet ; page non consultée.',
    },
    { id: 'seo-y-not-done', level: 'TI', reason: 'Article à optimiser jamais ouvert.' },
  ],
  q5: [
    {
      id: 'control-y-complete',
      level: 'TS',
      reason:
        'Page publique de l’article de la question 1 consultée, alt descriptif des coffrets ajouté et article mis à jour, recommandation RGPD de plus de 40 mots sur les trois points.',
    },
    {
      id: 'control-y-mobile',
      level: 'TS',
      reason:
        'Page de l’article consultée aussi en largeur de téléphone, comme un internaute mobile ; alt des coffrets corrigé ; recommandation RGPD complète sur les trois points.',
    },
    {
      id: 'control-y-admin-not-public',
      level: 'S',
      reason:
        'Alt corrigé et recommandation RGPD complète, mais l’article de la question 1 est relu dans l’éditeur du back-office, jamais sur sa page publique.',
    },
    {
      id: 'control-y-cookies',
      level: 'I',
      reason:
        'Alt des coffrets corrigé, page non consultée ; la note RGPD parle de bandeau cookies et de newsletter, rien sur le formulaire de commentaire, la politique de confidentialité ni la conservation des e-mails.',
    },
    {
      id: 'control-y-vague-rgpd',
      level: 'I',
      reason:
        'Seulement une note RGPD générale d’une cinquantaine de mots (« respecter le RGPD, protéger les données ») sans aucun des trois points ; ni page consultée ni alt corrigé.',
    },
    { id: 'control-y-not-done', level: 'TI', reason: 'Aucun contrôle (temps écoulé).' },
  ],
};

export const TENTH_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-y-complete',
      level: 'TS',
      reason:
        'Prix 9,90 €, stock 80, Thés verts, résumé de 200 à 300 caractères avec « thé vert bio », balise titre, méta de 120 à 160 caractères et URL avec l’expression, fiche vue en front office.',
    },
    {
      id: 'product-y-via-admin-search',
      level: 'TS',
      reason:
        'Produit retrouvé par sa référence JDO-0022 dans la recherche du back-office, fiche entièrement complétée (prix, stock, catégorie, résumé, référencement) et vue en ligne.',
    },
    {
      id: 'product-y-meta-is-summary',
      level: 'S',
      reason:
        'Prix, stock, catégorie, résumé, balise titre et URL justes, fiche vue ; mais le résumé de plus de 200 caractères est recopié en méta description, bien trop longue.',
    },
    {
      id: 'product-y-not-viewed',
      level: 'S',
      reason: 'Fiche complète et juste, enregistrée, mais jamais affichée en front office pour la contrôler.',
    },
    {
      id: 'product-y-summary-only',
      level: 'I',
      reason:
        'Seul le résumé est réécrit et enregistré ; prix (9,60 €) et stock (64) laissés faux, référencement vide, fiche non vue.',
    },
    { id: 'product-y-not-done', level: 'TI', reason: 'Fiche produit jamais modifiée.' },
  ],
  q2: [
    {
      id: 'voucher-y-complete',
      level: 'TS',
      reason:
        'Bon juste (nom, OLEANE5, 5 %, d’aujourd’hui au 31 mai, une fois par client, 30 paniers), intérêt des restrictions noté, page affichée de plus de 80 mots avec code, conditions et méta.',
    },
    {
      id: 'voucher-y-end-april',
      level: 'S',
      reason:
        'Bon et page soignés, mais le bon s’arrête au 30 avril au lieu du 31 mai, alors que la page annonce le 31 mai : des clients seront refusés en mai.',
    },
    {
      id: 'voucher-y-page-titled-otherwise',
      level: 'S',
      reason:
        'Bon juste ; page d’information complète (code, conditions, méta) mais titrée « Promo du moment » au lieu de « Printemps des thés verts bio ».',
    },
    {
      id: 'voucher-y-refused-unnoticed',
      level: 'I',
      reason:
        'Bon refusé à l’enregistrement (« 5 % » saisi dans le champ de la valeur) sans que le candidat le voie : aucun bon n’existe, mais la page d’offre est créée et annonce un code qui ne marche pas.',
    },
    { id: 'voucher-y-not-done', level: 'TI', reason: 'Aucun bon ni page créés.' },
  ],
  q3: [
    {
      id: 'cart-y-complete',
      level: 'TS',
      reason:
        'Gyokuro au panier, OLEANE5 appliqué et accepté, totaux avant et après réduction relevés dans les notes, aucune anomalie.',
    },
    {
      id: 'cart-y-via-category',
      level: 'TS',
      reason:
        'Gyokuro trouvé en parcourant la catégorie Thés verts comme un client, code appliqué et accepté, totaux avant et après notés.',
    },
    {
      id: 'cart-y-totals-swapped',
      level: 'S',
      reason:
        'Test fait et code accepté, mais les deux totaux sont inversés dans les notes (le total réduit noté comme total avant réduction).',
    },
    {
      id: 'cart-y-notes-in-q2',
      level: 'S',
      reason:
        'Test fait et code accepté, totaux avant et après justes, mais écrits dans les notes de la question 2 au lieu de la question 3.',
    },
    {
      id: 'cart-y-code-in-search',
      level: 'I',
      reason:
        'Gyokuro mis au panier, mais OLEANE5 tapé dans la recherche de la boutique au lieu du champ code promo ; le candidat signale à tort que le code ne fonctionne pas.',
    },
    { id: 'cart-y-not-done', level: 'TI', reason: 'Aucun test en boutique.' },
  ],
  q4: [
    {
      id: 'reply-y-complete',
      level: 'TS',
      reason:
        'Commande CMD-0409 consultée et passée en « Retour accepté » ; réponse courtoise de plus de 80 mots : photo demandée, boîte remplacée avant le 20 avril, droit de rétractation de 14 jours, frais de retour précisés.',
    },
    {
      id: 'reply-y-wrong-name',
      level: 'S',
      reason:
        'État « Retour accepté » et réponse complète et courtoise, mais adressée à « Madame Fontana » : erreur de nom pour une cliente fidèle.',
    },
    {
      id: 'reply-y-retraction-unnamed',
      level: 'S',
      reason:
        'État « Retour accepté » et réponse courtoise avec photo, remplacement et frais de retour, mais le retour du Chaï est accordé « sous 14 jours » sans citer le droit de rétractation.',
    },
    {
      id: 'reply-y-state-shipped',
      level: 'S',
      reason:
        'Réponse complète et courtoise, mais la commande est passée à l’état « Expédiée » (pour la boîte de remplacement) au lieu de « Retour accepté ».',
    },
    {
      id: 'reply-y-sms-style',
      level: 'I',
      reason:
        'Réponse en style SMS (« Bjr, dsl pr la boîte… »), courte et familière, sans droit de rétractation ni justificatif ; état de la commande non modifié.',
    },
    { id: 'reply-y-not-done', level: 'TI', reason: 'Aucune réponse ni consultation de commande.' },
  ],
  q5: [
    {
      id: 'analysis-y-complete',
      level: 'TS',
      reason:
        'Conversion et chiffre d’affaires des huit produits, deux références choisies avec conversion, marge et stock, thé blanc écarté, catégorie créée avec balise titre et méta.',
    },
    {
      id: 'analysis-y-table',
      level: 'TS',
      reason:
        'Calculs présentés en tableau dans les notes (conversion et CA des huit produits, justes), deux références argumentées par conversion, marge et stock, thé blanc écarté, catégorie complète.',
    },
    {
      id: 'analysis-y-no-refs',
      level: 'S',
      reason:
        'Calculs justes et choix argumenté par conversion et marge, mais produits désignés par leur seul nom, sans leurs références ; catégorie complète.',
    },
    {
      id: 'analysis-y-no-conversion',
      level: 'S',
      reason:
        'Chiffre d’affaires calculé pour les huit produits mais aucun taux de conversion ; choix argumenté par CA, marge et stock, produit écarté, catégorie complète.',
    },
    {
      id: 'analysis-y-category-meta-long',
      level: 'S',
      reason:
        'Analyse complète et bien argumentée ; catégorie créée avec une méta description de plus de 200 caractères.',
    },
    {
      id: 'analysis-y-in-category-description',
      level: 'I',
      reason:
        'Toute l’analyse, marges comprises, est écrite dans la description publique de la catégorie, visible des clients, au lieu des notes ; ni balise titre ni méta.',
    },
    { id: 'analysis-y-not-done', level: 'TI', reason: 'Aucune analyse.' },
  ],
};

const plan = (id: string, family: SessionPlan['family'], variants: Record<string, string>): SessionPlan => ({
  id,
  family,
  variants,
  heldOut: true,
});

/**
 * Eight candidates per subject: a strong one (y01), a careful one with a slip everywhere (y02),
 * a weak one (y03), one who does almost nothing (y04), uneven ones; wordpress-y02 and y04 start
 * with the settings, wordpress-y06 with the comments, wordpress-y08 starts with question 4 and
 * runs out of time before the settings and the check; shop-y04 starts with the cart, shop-y05
 * with the analysis, shop-y06 and shop-y08 with the reply, shop-y07 never reaches the cart,
 * shop-y08 stops after a summary.
 */
export const TENTH_PLANS: SessionPlan[] = [
  plan('wordpress-y01', 'wordpress', {
    q1: 'article-y-complete',
    q2: 'comments-y-complete',
    q3: 'settings-y-justified',
    q4: 'seo-y-before-and-after',
    q5: 'control-y-mobile',
  }),
  plan('wordpress-y02', 'wordpress', {
    q3: 'settings-y-emoji',
    q1: 'article-y-body-image',
    q2: 'comments-y-unapproved-after',
    q4: 'seo-y-title-not-seo',
    q5: 'control-y-admin-not-public',
  }),
  plan('wordpress-y03', 'wordpress', {
    q1: 'article-y-in-existing-post',
    q2: 'comments-y-whisk-only',
    q3: 'settings-y-generic',
    q4: 'seo-y-green-tea-meta',
    q5: 'control-y-cookies',
  }),
  plan('wordpress-y04', 'wordpress', {
    q3: 'settings-y-generic',
    q5: 'control-y-vague-rgpd',
    q1: 'article-y-not-done',
    q2: 'comments-y-not-done',
    q4: 'seo-y-not-done',
  }),
  plan('wordpress-y05', 'wordpress', {
    q3: 'settings-y-complete',
    q1: 'article-y-duplicate',
    q2: 'comments-y-product-plug',
    q4: 'seo-y-meta-only',
    q5: 'control-y-complete',
  }),
  plan('wordpress-y06', 'wordpress', {
    q2: 'comments-y-trash-camille',
    q1: 'article-y-faq',
    q3: 'settings-y-cheap-claim',
    q4: 'seo-y-complete',
    q5: 'control-y-cookies',
  }),
  plan('wordpress-y07', 'wordpress', {
    q1: 'article-y-one-tag',
    q2: 'comments-y-whisk-only',
    q3: 'settings-y-site-title',
    q4: 'seo-y-title-not-seo',
    q5: 'control-y-admin-not-public',
  }),
  plan('wordpress-y08', 'wordpress', {
    q4: 'seo-y-complete',
    q2: 'comments-y-unapproved-after',
    q1: 'article-y-complete',
    q3: 'settings-y-not-done',
    q5: 'control-y-not-done',
  }),
  plan('shop-y01', 'shop', {
    q1: 'product-y-complete',
    q2: 'voucher-y-complete',
    q3: 'cart-y-complete',
    q4: 'reply-y-complete',
    q5: 'analysis-y-table',
  }),
  plan('shop-y02', 'shop', {
    q1: 'product-y-meta-is-summary',
    q2: 'voucher-y-end-april',
    q3: 'cart-y-totals-swapped',
    q4: 'reply-y-wrong-name',
    q5: 'analysis-y-no-refs',
  }),
  plan('shop-y03', 'shop', {
    q1: 'product-y-summary-only',
    q2: 'voucher-y-refused-unnoticed',
    q3: 'cart-y-code-in-search',
    q4: 'reply-y-sms-style',
    q5: 'analysis-y-in-category-description',
  }),
  plan('shop-y04', 'shop', {
    q3: 'cart-y-code-in-search',
    q5: 'analysis-y-in-category-description',
    q1: 'product-y-not-done',
    q2: 'voucher-y-not-done',
    q4: 'reply-y-not-done',
  }),
  plan('shop-y05', 'shop', {
    q5: 'analysis-y-complete',
    q2: 'voucher-y-page-titled-otherwise',
    q1: 'product-y-not-viewed',
    q3: 'cart-y-via-category',
    q4: 'reply-y-retraction-unnamed',
  }),
  plan('shop-y06', 'shop', {
    q4: 'reply-y-state-shipped',
    q1: 'product-y-via-admin-search',
    q2: 'voucher-y-complete',
    q3: 'cart-y-notes-in-q2',
    q5: 'analysis-y-category-meta-long',
  }),
  plan('shop-y07', 'shop', {
    q1: 'product-y-not-viewed',
    q2: 'voucher-y-refused-unnoticed',
    q5: 'analysis-y-no-conversion',
    q4: 'reply-y-complete',
    q3: 'cart-y-not-done',
  }),
  plan('shop-y08', 'shop', {
    q4: 'reply-y-sms-style',
    q1: 'product-y-summary-only',
    q2: 'voucher-y-not-done',
    q3: 'cart-y-not-done',
    q5: 'analysis-y-not-done',
  }),
];
