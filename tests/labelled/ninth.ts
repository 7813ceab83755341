/**
 * The ninth labelled set, written on 2026-12-07 by someone who never read the demo subjects'
 * rules, thresholds or examiner aspects, nor any verdict: an independent measure of agreement
 * on work never tuned on. Each row is labelled from the question's wording as a candidate sees
 * it and the official level meanings (see plans.ts), in the commit that adds this file, BEFORE
 * any rule ran on these sessions.
 *
 * Behaviours no earlier set scripts: « Nouveautés » typed as a tag instead of ticked as a
 * category, the wrong blog category ticked, a wrong workshop date in an otherwise complete
 * article, an over-long article giving the infusion figures in prose instead of a list, notes
 * in telegraphic style published as the article; a very long but precise reply, a reply
 * without the whisk, a reply signed in the candidate's own name, moderation criteria written
 * with no reply; a tagline shortened at a second try, a tagline with a typo, a tagline without
 * « bio », a tagline typed then lost (never saved); a meta description far too long, a
 * keyword-stuffed SEO title, the SEO worked for another query; a RGPD note in telegraphic
 * style, the wrong public page checked, the alt text set to the article's title. On the shop:
 * a one-digit slip in the stock, a summary without the expression, a sheet abandoned half-way
 * (summary typed, never saved), the wrong product category; a voucher in euros while the page
 * announces 5 %, an offer page saved hidden, an over-long but right offer page; the product
 * found through the shop's search, only the total after noted, the code typed but never
 * applied; a reply copying the terms of sale verbatim, the damaged box refunded without any
 * proof asked, the customer sent to the carrier; an analysis in telegraphic style with every
 * figure right, a choice on turnover alone, one conversion rate miscomputed, the category
 * created bare. The order of `variants` is the order the candidate works in.
 */
import type { SessionPlan, Variant } from './plans.ts';

export const NINTH_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-x-complete',
      level: 'TS',
      reason:
        'Article reformulé, intertitres, liste des six repères, appel final à l’atelier avec OLEANE5, Nouveautés et deux étiquettes, image et alt, slug court, requête et méta justes.',
    },
    {
      id: 'article-x-tag-not-category',
      level: 'S',
      reason:
        'Article complet et optimisé, mais « Nouveautés » est saisi comme étiquette : aucune catégorie cochée, l’article reste non classé.',
    },
    {
      id: 'article-x-wrong-category',
      level: 'S',
      reason:
        'Article complet, mais la catégorie cochée est « Conseils de dégustation » au lieu de « Nouveautés ».',
    },
    {
      id: 'article-x-date-slip',
      level: 'S',
      reason:
        'Article complet et soigné, mais l’appel à l’action annonce l’atelier le samedi 19 avril au lieu du 12 : information fausse donnée aux clients.',
    },
    {
      id: 'article-x-overlong-prose',
      level: 'S',
      reason:
        'Article très long (plus de 400 mots), intertitres et SEO faits, mais les repères d’infusion sont noyés dans des paragraphes : pas de liste, lecture difficile.',
    },
    {
      id: 'article-x-telegraphic',
      level: 'I',
      reason:
        'Notes télégraphiques publiées telles quelles (environ 80 mots, sans intertitres ni appel à l’action), méta description de plus de 200 caractères, ni catégorie ni image.',
    },
    { id: 'article-x-not-done', level: 'TI', reason: 'Aucun article : question non abordée.' },
  ],
  q2: [
    {
      id: 'comments-x-complete',
      level: 'TS',
      reason:
        'Indésirables vérifiés, Julien approuvé, réponse cordiale au nom de l’entreprise (80 °C, 1 à 2 g, fouet en bambou), critères de modération notés.',
    },
    {
      id: 'comments-x-overlong-precise',
      level: 'TS',
      reason:
        'Julien approuvé, réponse très longue mais précise et cordiale (température, dosage, fouet, bol) au nom de la boutique.',
    },
    {
      id: 'comments-x-no-whisk',
      level: 'S',
      reason:
        'Julien approuvé, réponse cordiale avec la température et le dosage, mais rien sur le fouet ni la façon de fouetter.',
    },
    {
      id: 'comments-x-signed-own-name',
      level: 'S',
      reason:
        'Réponse précise, mais signée « Kevin, stagiaire » et en son nom propre : elle n’est pas faite au nom des Jardins d’Oléane.',
    },
    {
      id: 'comments-x-criteria-only',
      level: 'I',
      reason:
        'Julien approuvé et critères de modération bien notés, mais aucune réponse à sa question sur le matcha.',
    },
    { id: 'comments-x-not-done', level: 'TI', reason: 'Commentaires jamais ouverts.' },
  ],
  q3: [
    {
      id: 'settings-x-complete',
      level: 'TS',
      reason: 'Approbation manuelle enregistrée ; slogan court citant Annecy et les thés bio.',
    },
    {
      id: 'settings-x-shortened-second-try',
      level: 'TS',
      reason:
        'Premier slogan trop long enregistré, puis raccourci sous 60 caractères (Annecy, thés bio) et réenregistré avec l’approbation manuelle : résultat final juste.',
    },
    {
      id: 'settings-x-tagline-typo',
      level: 'S',
      reason:
        'Approbation manuelle enregistrée ; slogan court avec Annecy et bio, mais une faute (« choisis avec son ») visible sur tout le site.',
    },
    {
      id: 'settings-x-no-bio',
      level: 'S',
      reason: 'Approbation manuelle enregistrée ; slogan court avec Annecy mais sans mention du bio.',
    },
    {
      id: 'settings-x-tagline-lost',
      level: 'I',
      reason:
        'Approbation manuelle enregistrée, puis nouveau slogan tapé mais jamais enregistré : le slogan reste l’ancien.',
    },
    { id: 'settings-x-not-done', level: 'TI', reason: 'Réglages jamais ouverts.' },
  ],
  q4: [
    {
      id: 'seo-x-complete',
      level: 'TS',
      reason:
        'Titre SEO court avec « rooibos », méta incitative de 120 à 160 caractères avec la requête, alt revu, article mis à jour et page publique consultée.',
    },
    {
      id: 'seo-x-meta-too-long',
      level: 'S',
      reason:
        'Titre SEO juste et page consultée, mais méta description de près de 200 caractères : elle sera tronquée.',
    },
    {
      id: 'seo-x-stuffed-title',
      level: 'S',
      reason:
        'Méta juste et page consultée, mais titre SEO bourré de répétitions de « rooibos » : peu engageant, proche du suroptimisé.',
    },
    {
      id: 'seo-x-other-query',
      level: 'I',
      reason:
        'Requête remplacée par « infusion sans théine » : titre et méta écrits pour elle, sans le mot « rooibos » demandé ; page non consultée.',
    },
    { id: 'seo-x-not-done', level: 'TI', reason: 'Article à optimiser jamais ouvert.' },
  ],
  q5: [
    {
      id: 'control-x-complete',
      level: 'TS',
      reason:
        'Page de l’article publié consultée, alt descriptif des coffrets ajouté, recommandation RGPD rédigée de plus de 40 mots sur les trois points.',
    },
    {
      id: 'control-x-telegraphic-rgpd',
      level: 'S',
      reason:
        'Page consultée et alt corrigé ; recommandation RGPD juste sur les trois points mais télégraphique, en une trentaine de mots.',
    },
    {
      id: 'control-x-wrong-page',
      level: 'S',
      reason:
        'Alt corrigé et recommandation complète, mais la page publique consultée est celle des coffrets, pas celle de l’article de la question 1.',
    },
    {
      id: 'control-x-alt-title',
      level: 'S',
      reason:
        'Page consultée et recommandation complète, mais l’alt saisi reprend le titre de l’article au lieu de décrire l’image.',
    },
    { id: 'control-x-not-done', level: 'TI', reason: 'Aucun contrôle (temps écoulé).' },
  ],
};

export const NINTH_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-x-complete',
      level: 'TS',
      reason:
        'Prix 9,90 €, stock 80, Thés verts, résumé de 200 à 300 caractères avec « thé vert bio », balise titre, méta et URL justes, fiche vue en front office.',
    },
    {
      id: 'product-x-stock-slip',
      level: 'S',
      reason: 'Fiche complète et vue, mais stock saisi à 8 au lieu de 80 : le produit paraîtra vite épuisé.',
    },
    {
      id: 'product-x-summary-no-keyword',
      level: 'S',
      reason:
        'Prix, stock, catégorie, SEO justes et fiche vue ; résumé de bonne longueur mais sans l’expression « thé vert bio ».',
    },
    {
      id: 'product-x-wrong-category',
      level: 'S',
      reason: 'Fiche complète et vue, mais catégorie « Thés noirs » au lieu de « Thés verts ».',
    },
    {
      id: 'product-x-abandoned',
      level: 'I',
      reason:
        'Prix et stock enregistrés ; résumé et référencement commencés puis abandonnés sans enregistrer : l’essentiel de la fiche manque.',
    },
    { id: 'product-x-not-done', level: 'TI', reason: 'Fiche produit jamais modifiée.' },
  ],
  q2: [
    {
      id: 'voucher-x-complete',
      level: 'TS',
      reason:
        'Bon juste (nom, OLEANE5, 5 %, 31 mai, une fois par client, 30 paniers) et page affichée de plus de 80 mots avec code, conditions et méta.',
    },
    {
      id: 'voucher-x-page-overlong',
      level: 'TS',
      reason:
        'Bon juste ; page d’offre très longue (plus de 200 mots) mais exacte, avec le code, les conditions et une méta.',
    },
    {
      id: 'voucher-x-page-hidden',
      level: 'S',
      reason:
        'Bon juste et page rédigée, mais enregistrée « non affichée » : l’offre n’est pas visible sur le site.',
    },
    {
      id: 'voucher-x-euros',
      level: 'I',
      reason:
        'Bon créé en montant (5 €) au lieu de 5 %, limites justes ; la page annonce 5 % : réduction fausse, près de la moitié du prix du Gyokuro.',
    },
    { id: 'voucher-x-not-done', level: 'TI', reason: 'Aucun bon ni page créés.' },
  ],
  q3: [
    {
      id: 'cart-x-complete',
      level: 'TS',
      reason: 'Gyokuro au panier, OLEANE5 accepté, totaux avant et après réduction relevés dans les notes.',
    },
    {
      id: 'cart-x-via-search',
      level: 'TS',
      reason:
        'Gyokuro retrouvé par la recherche de la boutique comme un client, code accepté, totaux avant et après notés.',
    },
    {
      id: 'cart-x-after-only',
      level: 'S',
      reason: 'Code essayé et accepté, mais seul le total après réduction est noté.',
    },
    {
      id: 'cart-x-never-applied',
      level: 'I',
      reason:
        'Code tapé dans le champ mais jamais validé ; le candidat note que la réduction fonctionne sans l’avoir vérifiée.',
    },
    { id: 'cart-x-not-done', level: 'TI', reason: 'Aucun test en boutique (temps écoulé).' },
  ],
  q4: [
    {
      id: 'reply-x-complete',
      level: 'TS',
      reason:
        'Commande consultée et passée en « Retour accepté » ; réponse courtoise : photo demandée, boîte remplacée avant le 20 avril, rétractation de 14 jours, frais de retour précisés.',
    },
    {
      id: 'reply-x-refund-box',
      level: 'S',
      reason:
        'Retour accepté et rétractation juste (14 jours, frais précisés) ; la boîte est remboursée sans justificatif demandé, alors que la cliente veut offrir le thé.',
    },
    {
      id: 'reply-x-cgv-verbatim',
      level: 'I',
      reason:
        'Réponse = article des CGV recopié mot pour mot : rétractation citée, mais rien sur la boîte abîmée, ton froid et impersonnel pour une cliente fidèle.',
    },
    {
      id: 'reply-x-carrier-blamed',
      level: 'I',
      reason:
        'Retour accepté et rétractation juste, mais la cliente est renvoyée vers le transporteur pour la boîte : aucune solution, relation abîmée.',
    },
    { id: 'reply-x-not-done', level: 'TI', reason: 'Aucune réponse ni consultation de commande.' },
  ],
  q5: [
    {
      id: 'analysis-x-complete',
      level: 'TS',
      reason:
        'Conversion et chiffre d’affaires des huit produits, deux références justifiées par conversion, marge et stock, thé blanc écarté, catégorie créée avec balise titre et méta.',
    },
    {
      id: 'analysis-x-telegraphic',
      level: 'TS',
      reason:
        'Notes télégraphiques mais tous les chiffres justes, choix des deux références argumenté par trois indicateurs, produit écarté, catégorie complète.',
    },
    {
      id: 'analysis-x-turnover-only',
      level: 'S',
      reason:
        'Calculs justes, mais choix du Matcha et du Long Jing sur le seul chiffre d’affaires, sans voir la faible conversion du Matcha ; catégorie créée.',
    },
    {
      id: 'analysis-x-one-slip',
      level: 'S',
      reason:
        'Analyse complète et bien argumentée, mais un taux faux (Gyokuro noté 25 % au lieu de 2,5 %) ; catégorie créée.',
    },
    {
      id: 'analysis-x-category-bare',
      level: 'S',
      reason: 'Analyse complète et bien argumentée ; catégorie créée sans balise titre ni méta description.',
    },
    { id: 'analysis-x-not-done', level: 'TI', reason: 'Aucune analyse.' },
  ],
};

const plan = (id: string, family: SessionPlan['family'], variants: Record<string, string>): SessionPlan => ({
  id,
  family,
  variants,
  heldOut: true,
});

/**
 * Eight candidates per subject: a strong one (x01), a careful one with slips everywhere (x02), a
 * weak one (x03), uneven ones; wordpress-x04 starts with the comments, wordpress-x07 starts with
 * question 4 and never writes the article, shop-x04 starts with the reply, shop-x05 with the
 * voucher, shop-x07 starts with the analysis and never reaches the product sheet nor the cart.
 */
export const NINTH_PLANS: SessionPlan[] = [
  plan('wordpress-x01', 'wordpress', {
    q1: 'article-x-complete',
    q2: 'comments-x-complete',
    q3: 'settings-x-complete',
    q4: 'seo-x-complete',
    q5: 'control-x-complete',
  }),
  plan('wordpress-x02', 'wordpress', {
    q3: 'settings-x-tagline-typo',
    q1: 'article-x-date-slip',
    q2: 'comments-x-no-whisk',
    q4: 'seo-x-meta-too-long',
    q5: 'control-x-alt-title',
  }),
  plan('wordpress-x03', 'wordpress', {
    q1: 'article-x-telegraphic',
    q2: 'comments-x-criteria-only',
    q3: 'settings-x-tagline-lost',
    q4: 'seo-x-other-query',
    q5: 'control-x-not-done',
  }),
  plan('wordpress-x04', 'wordpress', {
    q2: 'comments-x-overlong-precise',
    q1: 'article-x-tag-not-category',
    q4: 'seo-x-complete',
    q3: 'settings-x-shortened-second-try',
    q5: 'control-x-wrong-page',
  }),
  plan('wordpress-x05', 'wordpress', {
    q1: 'article-x-wrong-category',
    q3: 'settings-x-no-bio',
    q2: 'comments-x-signed-own-name',
    q5: 'control-x-complete',
    q4: 'seo-x-stuffed-title',
  }),
  plan('wordpress-x06', 'wordpress', {
    q1: 'article-x-overlong-prose',
    q2: 'comments-x-complete',
    q3: 'settings-x-tagline-lost',
    q5: 'control-x-alt-title',
    q4: 'seo-x-not-done',
  }),
  plan('wordpress-x07', 'wordpress', {
    q4: 'seo-x-stuffed-title',
    q2: 'comments-x-overlong-precise',
    q5: 'control-x-telegraphic-rgpd',
    q3: 'settings-x-not-done',
    q1: 'article-x-not-done',
  }),
  plan('wordpress-x08', 'wordpress', {
    q1: 'article-x-complete',
    q2: 'comments-x-criteria-only',
    q3: 'settings-x-no-bio',
    q4: 'seo-x-other-query',
    q5: 'control-x-wrong-page',
  }),
  plan('shop-x01', 'shop', {
    q1: 'product-x-complete',
    q2: 'voucher-x-complete',
    q3: 'cart-x-complete',
    q4: 'reply-x-complete',
    q5: 'analysis-x-complete',
  }),
  plan('shop-x02', 'shop', {
    q1: 'product-x-stock-slip',
    q2: 'voucher-x-page-hidden',
    q3: 'cart-x-after-only',
    q4: 'reply-x-refund-box',
    q5: 'analysis-x-one-slip',
  }),
  plan('shop-x03', 'shop', {
    q1: 'product-x-abandoned',
    q2: 'voucher-x-euros',
    q3: 'cart-x-never-applied',
    q4: 'reply-x-cgv-verbatim',
    q5: 'analysis-x-not-done',
  }),
  plan('shop-x04', 'shop', {
    q4: 'reply-x-complete',
    q1: 'product-x-summary-no-keyword',
    q2: 'voucher-x-complete',
    q3: 'cart-x-via-search',
    q5: 'analysis-x-telegraphic',
  }),
  plan('shop-x05', 'shop', {
    q2: 'voucher-x-page-overlong',
    q3: 'cart-x-complete',
    q1: 'product-x-wrong-category',
    q5: 'analysis-x-turnover-only',
    q4: 'reply-x-carrier-blamed',
  }),
  plan('shop-x06', 'shop', {
    q1: 'product-x-complete',
    q2: 'voucher-x-euros',
    q4: 'reply-x-cgv-verbatim',
    q5: 'analysis-x-category-bare',
    q3: 'cart-x-not-done',
  }),
  plan('shop-x07', 'shop', {
    q5: 'analysis-x-complete',
    q4: 'reply-x-complete',
    q2: 'voucher-x-page-hidden',
    q1: 'product-x-not-done',
    q3: 'cart-x-not-done',
  }),
  plan('shop-x08', 'shop', {
    q1: 'product-x-summary-no-keyword',
    q2: 'voucher-x-complete',
    q3: 'cart-x-never-applied',
    q4: 'reply-x-not-done',
    q5: 'analysis-x-turnover-only',
  }),
];
