/**
 * The sixth labelled set, written on 2026-12-07 by someone who never read the demo subjects'
 * rules, thresholds or examiner aspects, nor any verdict: an independent measure of agreement
 * on work never tuned on. Each row is labelled from the question's wording as a candidate sees
 * it and the official level meanings (see plans.ts), in the commit that adds this file, BEFORE
 * any rule ran on these sessions.
 *
 * Behaviours no earlier set scripts: an article corrected right after publishing, boiling water
 * in the infusion list, a placeholder article published, a reply posted through the public
 * comment form, a legitimate comment unapproved, a tagline barely edited, a typo in the tagline
 * corrected, a tagline in English, the wrong city, the article to optimise sent back to draft by
 * mistake, the excerpt copied as meta description, the product's price and stock swapped, the
 * summary typed into the long description, a voucher refused for a space then corrected, a code
 * typed in lower case, an unasked minimum amount, 50 % instead of 5 %, a test order placed, the
 * welcome code tested instead, the code tested before it exists, the state set on the wrong
 * order, a return refused on false grounds, two non-green products chosen on good grounds, an
 * inactive category… Some sessions do the questions out of order (the order of `variants`).
 */
import type { SessionPlan, Variant } from './plans.ts';

export const SIXTH_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-s-fixed-after-publish',
      level: 'TS',
      reason:
        'Article complet publié avec une méta trop courte et sans étiquettes, aussitôt rouvert et corrigé (méta de 120 à 160 caractères, étiquettes) : état final complet.',
    },
    {
      id: 'article-s-no-list',
      level: 'S',
      reason:
        'Article reformulé, intertitres, appel à l’action, taxonomie, image et Yoast justes, mais les repères d’infusion sont rédigés en phrase, sans liste.',
    },
    {
      id: 'article-s-boiling-list',
      level: 'I',
      reason:
        'Article complet en apparence, mais la liste des repères conseille une eau bouillante et 5 minutes pour tous les thés : conseil faux, contraire à l’annexe.',
    },
    {
      id: 'article-s-placeholder',
      level: 'TI',
      reason: 'Article publié avec le seul titre et « Article en cours de rédaction » : rien d’exploitable.',
    },
    {
      id: 'article-s-120-words',
      level: 'S',
      reason:
        'Tout est fait et juste, mais le texte ne compte qu’environ 120 mots pour 150 au moins demandés.',
    },
    {
      id: 'article-s-wrong-category',
      level: 'S',
      reason:
        'Article complet et juste, mais rangé dans « Conseils de dégustation » au lieu de « Nouveautés ».',
    },
  ],
  q2: [
    {
      id: 'comments-s-checked',
      level: 'TS',
      reason:
        'Indésirables vérifiés, Julien approuvé, réponse cordiale signée de l’équipe (75 °C, 2 g, fouet en bambou), page publique relue.',
    },
    {
      id: 'comments-s-camille-unapproved',
      level: 'S',
      reason:
        'Julien approuvé et réponse précise, mais le commentaire légitime de Camille est désapprouvé par erreur et reste masqué.',
    },
    {
      id: 'comments-s-copied-list',
      level: 'I',
      reason:
        'Julien approuvé, mais la réponse recopie les repères du thé vert de l’article (Sencha, Gyokuro…) sans rien sur le matcha : ni dosage ni fouet.',
    },
    {
      id: 'comments-s-looked',
      level: 'TI',
      reason: 'Écran des commentaires consulté, aucune modération ni réponse.',
    },
    {
      id: 'comments-s-public-form',
      level: 'S',
      reason:
        'Réponse précise et cordiale, mais postée comme nouveau commentaire depuis le formulaire public puis approuvée, pas en réponse à Julien (approuvé aussi).',
    },
  ],
  q3: [
    {
      id: 'settings-s-minimal-edit',
      level: 'TS',
      reason:
        'Approbation manuelle enregistrée ; slogan actuel retouché en « Thés bio et infusions choisis avec soin, depuis Annecy » (54 caractères) : tout y est.',
    },
    {
      id: 'settings-s-typo-fixed',
      level: 'TS',
      reason:
        'Slogan enregistré avec une faute (« Anecy »), relu et corrigé aussitôt ; approbation manuelle enregistrée : état final complet.',
    },
    {
      id: 'settings-s-english',
      level: 'S',
      reason:
        'Approbation manuelle faite ; slogan court citant Annecy et les thés bio, mais en anglais pour une clientèle française.',
    },
    {
      id: 'settings-s-wrong-city',
      level: 'I',
      reason:
        'Approbation manuelle faite, mais le slogan situe la boutique à Chambéry : information fausse sur l’entreprise, sans Annecy.',
    },
    {
      id: 'settings-s-looked',
      level: 'TI',
      reason: 'Pages de réglages ouvertes, rien d’enregistré.',
    },
  ],
  q4: [
    {
      id: 'seo-s-alt-improved',
      level: 'TS',
      reason:
        'Titre SEO et méta description justes avec « rooibos », extrait et texte alternatif de l’image améliorés, mise à jour puis page publique consultée.',
    },
    {
      id: 'seo-s-typo-fixed',
      level: 'TS',
      reason:
        'Champs Yoast justes ; faute vue sur la page publique (« roibos » dans le titre SEO), corrigée, article remis à jour et page revue.',
    },
    {
      id: 'seo-s-excerpt-as-meta',
      level: 'S',
      reason:
        'Titre SEO juste, page contrôlée, mais la méta description est l’extrait recopié (moins de 100 caractères) : trop courte et peu incitative.',
    },
    {
      id: 'seo-s-sent-to-draft',
      level: 'I',
      reason:
        'Champs Yoast remplis, mais l’article est enregistré en brouillon au lieu d’être mis à jour : il disparaît du blog, sa page publique ne répond plus.',
    },
    {
      id: 'seo-s-looked',
      level: 'TI',
      reason: 'Page publique de l’article consultée, aucune optimisation.',
    },
  ],
  q5: [
    {
      id: 'control-s-privacy-checked',
      level: 'TS',
      reason:
        'Page de l’article consultée, politique de confidentialité ouverte, alt descriptif ajouté et mis à jour, recommandation RGPD complète sur les trois points.',
    },
    {
      id: 'control-s-note-36-words',
      level: 'S',
      reason:
        'Page consultée et alt corrigé ; recommandation juste sur les trois points, mais de 36 mots pour 40 au moins.',
    },
    {
      id: 'control-s-no-retention',
      level: 'S',
      reason:
        'Page consultée et alt corrigé ; recommandation sur la mention et la politique de confidentialité, sans la durée de conservation des e-mails.',
    },
    {
      id: 'control-s-note-only',
      level: 'I',
      reason:
        'Recommandation RGPD complète, mais ni page consultée ni texte alternatif corrigé : deux des trois demandes manquent.',
    },
  ],
};

export const SIXTH_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-s-price-corrected',
      level: 'TS',
      reason:
        'Prix saisi 990 €, vu en front office, corrigé à 9,90 € ; stock 80, Thés verts, résumé, référencement complets, fiche revue : état final complet.',
    },
    {
      id: 'product-s-summary-305',
      level: 'S',
      reason:
        'Prix, stock, catégorie, référencement justes et fiche vue, mais le résumé compte environ 305 caractères pour 300 au plus.',
    },
    {
      id: 'product-s-long-description',
      level: 'S',
      reason:
        'Prix, stock, catégorie et référencement justes, mais le résumé est saisi dans la description longue, la description courte reste vide.',
    },
    {
      id: 'product-s-swapped',
      level: 'I',
      reason:
        'Prix et stock inversés (80 € et 9 en stock) ; le reste est rempli : produit vendu à un prix faux.',
    },
    {
      id: 'product-s-looked',
      level: 'TI',
      reason: 'Fiche ouverte en back-office et en front office, rien d’enregistré.',
    },
    {
      id: 'product-s-url-no-keyword',
      level: 'S',
      reason:
        'Fiche juste et contrôlée, mais l’URL simplifiée « gyokuro-yame » ne reprend pas l’expression clé.',
    },
  ],
  q2: [
    {
      id: 'voucher-s-lower-case',
      level: 'TS',
      reason:
        'Bon complet (code saisi « oleane5 », enregistré OLEANE5, 5 %, dates, 1 par client, 30 paniers) et page d’information affichée, complète, avec méta.',
    },
    {
      id: 'voucher-s-retried',
      level: 'TS',
      reason:
        'Code d’abord refusé (« OLEANE 5 » avec une espace), corrigé et bon enregistré juste ; page d’information complète et affichée.',
    },
    {
      id: 'voucher-s-minimum-30',
      level: 'S',
      reason:
        'Bon et page complets, mais le bon impose un minimum d’achat de 30 € non demandé et non annoncé sur la page.',
    },
    {
      id: 'voucher-s-50-percent',
      level: 'I',
      reason:
        'Bon créé avec 50 % au lieu de 5 % : la marge est détruite, l’opération est faussée ; page annonçant 5 %.',
    },
    {
      id: 'voucher-s-page-60-words',
      level: 'S',
      reason:
        'Bon entièrement juste ; page affichée avec code et méta, mais d’une soixantaine de mots pour 80 au moins.',
    },
    {
      id: 'voucher-s-looked',
      level: 'TI',
      reason: 'Liste des bons consultée, aucun bon ni page créés.',
    },
  ],
  q3: [
    {
      id: 'cart-s-reported',
      level: 'TS',
      reason:
        'Gyokuro au panier, totaux avant et après le code relevés dans les notes, réponse de la boutique notée (anomalie signalée si refus).',
    },
    {
      id: 'cart-s-order-placed',
      level: 'S',
      reason:
        'Test complet et totaux relevés, mais la commande est validée avec des données fictives : fausse commande et un des 30 bons consommé.',
    },
    {
      id: 'cart-s-no-figures',
      level: 'S',
      reason: 'Gyokuro au panier et code appliqué ; note « ça fonctionne » sans aucun total.',
    },
    {
      id: 'cart-s-welcome-code',
      level: 'I',
      reason:
        'Gyokuro au panier, mais c’est BIENVENUE10 qui est testé et relevé, pas OLEANE5 : l’offre n’est pas vérifiée.',
    },
    {
      id: 'cart-s-before-voucher',
      level: 'I',
      reason:
        'Test fait avant de créer le bon : code refusé noté comme « anomalie », jamais refait ensuite ; l’offre n’est pas vérifiée.',
    },
    {
      id: 'cart-s-nothing',
      level: 'TI',
      reason: 'Aucun passage par la boutique publique.',
    },
  ],
  q4: [
    {
      id: 'reply-s-complete',
      level: 'TS',
      reason:
        'Commande de Mme Fontaine passée à « Retour accepté » ; réponse courtoise : boîte remplacée sur photo, rétractation de 14 jours, frais de retour, délai du 20 avril.',
    },
    {
      id: 'reply-s-wrong-order',
      level: 'S',
      reason:
        'Réponse complète et courtoise, mais « Retour accepté » est mis sur la commande de test du candidat, pas sur celle de Mme Fontaine.',
    },
    {
      id: 'reply-s-return-refused',
      level: 'I',
      reason:
        'État « Retour accepté », mais la réponse refuse le retour du Chaï (« les produits alimentaires sont exclus de la rétractation ») : faux, et contradictoire.',
    },
    {
      id: 'reply-s-70-words',
      level: 'S',
      reason:
        'État changé ; réponse courtoise citant photo, 14 jours et frais de retour, mais d’environ 70 mots pour 80 au moins.',
    },
    {
      id: 'reply-s-looked',
      level: 'TI',
      reason: 'Liste des commandes consultée, ni état changé ni réponse.',
    },
  ],
  q5: [
    {
      id: 'analysis-s-verveine-rooibos',
      level: 'TS',
      reason:
        'Conversion et CA des huit produits ; Verveine (JDO-0026) et Rooibos (JDO-0062) choisis sur conversion, marge et stock, Blanc de Darjeeling écarté ; catégorie créée avec référencement.',
    },
    {
      id: 'analysis-s-conversion-only',
      level: 'S',
      reason:
        'Choix justifié, produit écarté et catégorie créée, mais seuls les taux de conversion sont calculés, pas le chiffre d’affaires.',
    },
    {
      id: 'analysis-s-inactive-category',
      level: 'S',
      reason:
        'Analyse complète et justifiée ; catégorie créée avec balise titre et méta, mais laissée désactivée : invisible sur le site.',
    },
    {
      id: 'analysis-s-table-copied',
      level: 'I',
      reason:
        'Note qui recopie le tableau sans calcul et choisit Gyokuro et Matcha sans justification ; catégorie créée.',
    },
    {
      id: 'analysis-s-nothing',
      level: 'TI',
      reason: 'Ni analyse ni catégorie.',
    },
  ],
};

/**
 * The sessions, chosen by hand: one thorough, one competent but short everywhere, one shallow,
 * one almost empty, the others mixed; the order of `variants` is the order the candidate works
 * in (wordpress-s05, wordpress-s08 and shop-s05 do questions out of order).
 */
const plan = (id: string, family: SessionPlan['family'], variants: Record<string, string>): SessionPlan => ({
  id,
  family,
  variants,
  heldOut: true,
});

export const SIXTH_PLANS: SessionPlan[] = [
  plan('wordpress-s01', 'wordpress', {
    q1: 'article-s-fixed-after-publish',
    q2: 'comments-s-checked',
    q3: 'settings-s-minimal-edit',
    q4: 'seo-s-typo-fixed',
    q5: 'control-s-privacy-checked',
  }),
  plan('wordpress-s02', 'wordpress', {
    q1: 'article-s-no-list',
    q2: 'comments-s-camille-unapproved',
    q3: 'settings-s-english',
    q4: 'seo-s-excerpt-as-meta',
    q5: 'control-s-no-retention',
  }),
  plan('wordpress-s03', 'wordpress', {
    q1: 'article-s-boiling-list',
    q2: 'comments-s-copied-list',
    q3: 'settings-s-typo-fixed',
    q4: 'seo-s-alt-improved',
    q5: 'control-s-note-36-words',
  }),
  plan('wordpress-s04', 'wordpress', {
    q1: 'article-s-placeholder',
    q2: 'comments-s-looked',
    q3: 'settings-s-looked',
    q4: 'seo-s-looked',
    q5: 'control-s-note-only',
  }),
  plan('wordpress-s05', 'wordpress', {
    q3: 'settings-s-wrong-city',
    q2: 'comments-s-public-form',
    q1: 'article-s-120-words',
    q4: 'seo-s-sent-to-draft',
    q5: 'control-s-privacy-checked',
  }),
  plan('wordpress-s06', 'wordpress', {
    q1: 'article-s-wrong-category',
    q2: 'comments-s-checked',
    q3: 'settings-s-english',
    q4: 'seo-s-alt-improved',
    q5: 'control-s-note-only',
  }),
  plan('wordpress-s07', 'wordpress', {
    q1: 'article-s-fixed-after-publish',
    q2: 'comments-s-public-form',
    q3: 'settings-s-wrong-city',
    q4: 'seo-s-excerpt-as-meta',
    q5: 'control-s-note-36-words',
  }),
  plan('wordpress-s08', 'wordpress', {
    q4: 'seo-s-typo-fixed',
    q1: 'article-s-120-words',
    q3: 'settings-s-typo-fixed',
    q2: 'comments-s-camille-unapproved',
    q5: 'control-s-no-retention',
  }),
  plan('shop-s01', 'shop', {
    q1: 'product-s-price-corrected',
    q2: 'voucher-s-lower-case',
    q3: 'cart-s-reported',
    q4: 'reply-s-complete',
    q5: 'analysis-s-verveine-rooibos',
  }),
  plan('shop-s02', 'shop', {
    q1: 'product-s-summary-305',
    q2: 'voucher-s-page-60-words',
    q3: 'cart-s-no-figures',
    q4: 'reply-s-70-words',
    q5: 'analysis-s-conversion-only',
  }),
  plan('shop-s03', 'shop', {
    q1: 'product-s-swapped',
    q2: 'voucher-s-50-percent',
    q3: 'cart-s-welcome-code',
    q4: 'reply-s-return-refused',
    q5: 'analysis-s-table-copied',
  }),
  plan('shop-s04', 'shop', {
    q1: 'product-s-looked',
    q2: 'voucher-s-looked',
    q3: 'cart-s-nothing',
    q4: 'reply-s-looked',
    q5: 'analysis-s-nothing',
  }),
  plan('shop-s05', 'shop', {
    q1: 'product-s-long-description',
    q3: 'cart-s-before-voucher',
    q2: 'voucher-s-retried',
    q4: 'reply-s-complete',
    q5: 'analysis-s-inactive-category',
  }),
  plan('shop-s06', 'shop', {
    q1: 'product-s-price-corrected',
    q2: 'voucher-s-minimum-30',
    q3: 'cart-s-reported',
    q4: 'reply-s-return-refused',
    q5: 'analysis-s-verveine-rooibos',
  }),
  plan('shop-s07', 'shop', {
    q1: 'product-s-url-no-keyword',
    q2: 'voucher-s-lower-case',
    q3: 'cart-s-order-placed',
    q4: 'reply-s-wrong-order',
    q5: 'analysis-s-conversion-only',
  }),
  plan('shop-s08', 'shop', {
    q1: 'product-s-summary-305',
    q2: 'voucher-s-retried',
    q3: 'cart-s-welcome-code',
    q4: 'reply-s-70-words',
    q5: 'analysis-s-table-copied',
  }),
];
