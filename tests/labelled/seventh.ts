/**
 * The seventh labelled set, written on 2026-12-07 by someone who never read the demo subjects'
 * rules, thresholds or examiner aspects, nor any verdict: an independent measure of agreement
 * on work never tuned on. Each row is labelled from the question's wording as a candidate sees
 * it and the official level meanings (see plans.ts), in the commit that adds this file, BEFORE
 * any rule ran on these sessions.
 *
 * Behaviours no earlier set scripts: two categories ticked, intertitres typed in bold instead
 * of headings, a meta description in English, the whole title as slug, the keyword only in the
 * title, a stub left in draft and never resumed, an advert moved from spam to the bin, a reply
 * in a familiar tone, a reply that promises what the company does not offer, Julien's question
 * binned, a tagline in capitals, a promotion code in the tagline, the tagline erased, the
 * tagline proposed in the notes only, the slug of a published article changed, the meta
 * description typed into the excerpt, Yoast fields never saved, a ten-year retention, the alt
 * text typed into the excerpt, the checked article sent back to draft, the question copied as
 * a note; on the shop: the summary in English, a title tag without the keyword, false facts in
 * the summary, the neighbouring product completed, the total and per-customer limits swapped,
 * a page without meta description, a page contradicting the voucher, a voucher form never
 * saved, a cart test with the total before only, totals computed by hand, a « test » in the
 * back office, a courier promised, handling fees invented, the order set to « Annulée », gross
 * margin taken for turnover, a choice justified by false figures, the category misnamed, a
 * session stopped at time-up in reverse order… The order of `variants` is the order the
 * candidate works in.
 */
import type { SessionPlan, Variant } from './plans.ts';

export const SEVENTH_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-t-two-categories',
      level: 'TS',
      reason:
        'Article reformulé et complet (intertitres, liste des six repères, atelier et OLEANE5, image et alt, slug court, Yoast juste), rangé dans « Nouveautés » et aussi « Conseils de dégustation ».',
    },
    {
      id: 'article-t-bold-headings',
      level: 'S',
      reason:
        'Tout est fait et juste, mais les intertitres sont de simples lignes en gras, pas de vrais titres : la structure n’est pas lisible par les moteurs.',
    },
    {
      id: 'article-t-english-meta',
      level: 'S',
      reason:
        'Article complet, mais la méta description est rédigée en anglais et ne contient pas « thé vert bio ».',
    },
    {
      id: 'article-t-long-slug',
      level: 'S',
      reason:
        'Article complet et juste, mais le slug reprend tout le titre (plus de 60 caractères) au lieu d’un slug court.',
    },
    {
      id: 'article-t-keyword-title-only',
      level: 'I',
      reason:
        'Article publié, rédigé et catégorisé, mais l’expression clé n’est que dans le titre : slug sans elle, aucune requête cible Yoast, méta description qui ne la contient pas.',
    },
    {
      id: 'article-t-stub-draft',
      level: 'TI',
      reason:
        'Brouillon avec un titre et deux phrases, laissé pour plus tard et jamais repris : rien de publié.',
    },
  ],
  q2: [
    {
      id: 'comments-t-complete',
      level: 'TS',
      reason:
        'Indésirables vérifiés, Julien approuvé, réponse cordiale au nom de l’entreprise (eau à 80 °C, 2 g pour 6 cl, fouet en bambou), Camille remerciée.',
    },
    {
      id: 'comments-t-advert-trashed',
      level: 'S',
      reason:
        'Julien approuvé et réponse précise, mais l’annonce publicitaire est sortie des indésirables et mise à la corbeille au lieu d’y rester.',
    },
    {
      id: 'comments-t-familiar',
      level: 'S',
      reason:
        'Réponse précise (température, dosage, fouet), Julien approuvé, mais sur un ton familier (tutoiement, « franchement », smileys) peu adapté au nom de l’entreprise.',
    },
    {
      id: 'comments-t-promise',
      level: 'I',
      reason:
        'Réponse sans aucun repère de préparation qui promet un fouet offert et un cours particulier que l’entreprise ne propose pas.',
    },
    {
      id: 'comments-t-julien-binned',
      level: 'TI',
      reason: 'La question légitime de Julien est mise à la corbeille, aucune réponse.',
    },
  ],
  q3: [
    {
      id: 'settings-t-complete',
      level: 'TS',
      reason: 'Approbation manuelle enregistrée ; slogan de 45 caractères qui cite Annecy et les thés bio.',
    },
    {
      id: 'settings-t-capitals',
      level: 'S',
      reason:
        'Approbation manuelle faite ; slogan court citant Annecy et les thés bio, mais tout en majuscules avec « !!! » : image peu soignée.',
    },
    {
      id: 'settings-t-promo-tagline',
      level: 'S',
      reason:
        'Approbation manuelle faite ; slogan court avec Annecy et les thés bio, mais il affiche le code OLEANE5, une offre temporaire, dans un slogan permanent.',
    },
    {
      id: 'settings-t-tagline-erased',
      level: 'I',
      reason:
        'Approbation manuelle faite, mais le slogan est effacé et enregistré vide : le site n’a plus de slogan.',
    },
    {
      id: 'settings-t-in-notes',
      level: 'TI',
      reason: 'Slogan proposé dans les notes seulement ; aucun réglage enregistré.',
    },
  ],
  q4: [
    {
      id: 'seo-t-complete',
      level: 'TS',
      reason:
        'Titre SEO et méta incitative justes avec « rooibos », extrait revu, alt vérifié, article mis à jour puis page publique consultée.',
    },
    {
      id: 'seo-t-slug-changed',
      level: 'S',
      reason:
        'Titre SEO, méta et page contrôlée justes, mais le slug de l’article déjà publié est changé sans raison : les liens existants ne mènent plus à l’article.',
    },
    {
      id: 'seo-t-meta-in-excerpt',
      level: 'I',
      reason:
        'Titre SEO juste, mais la méta description est tapée dans le champ extrait : la méta reste vide.',
    },
    {
      id: 'seo-t-unsaved',
      level: 'TI',
      reason:
        'Champs Yoast remplis puis page publique ouverte sans avoir mis à jour l’article : rien n’est enregistré.',
    },
  ],
  q5: [
    {
      id: 'control-t-complete',
      level: 'TS',
      reason:
        'Page de l’article consultée, alt descriptif ajouté et article mis à jour, recommandation RGPD de plus de 40 mots sur les trois points.',
    },
    {
      id: 'control-t-ten-years',
      level: 'S',
      reason:
        'Page consultée et alt corrigé ; recommandation sur les trois points, mais elle propose de garder les e-mails dix ans, durée excessive.',
    },
    {
      id: 'control-t-alt-in-excerpt',
      level: 'S',
      reason:
        'Page consultée et recommandation complète, mais la description de l’image est tapée dans l’extrait : l’alt reste vide.',
    },
    {
      id: 'control-t-sent-to-draft',
      level: 'I',
      reason:
        'Page consultée, note complète, alt ajouté mais l’article des coffrets est passé en brouillon : il disparaît du blog avant la campagne.',
    },
    {
      id: 'control-t-question-copied',
      level: 'TI',
      reason: 'Note qui recopie la consigne ; ni page consultée ni alt corrigé.',
    },
  ],
};

export const SEVENTH_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-t-complete',
      level: 'TS',
      reason:
        'Prix 9,90 €, stock 80, Thés verts, résumé de 200 à 300 caractères avec « thé vert bio », balise titre, méta et URL justes, fiche vue en front office.',
    },
    {
      id: 'product-t-english-summary',
      level: 'S',
      reason:
        'Prix, stock, catégorie et référencement justes, fiche vue, mais le résumé est en anglais, sans l’expression « thé vert bio ».',
    },
    {
      id: 'product-t-title-no-keyword',
      level: 'S',
      reason:
        'Fiche juste et contrôlée, mais la balise titre « Gyokuro de Yame | Jardins d’Oléane » ne contient pas l’expression clé.',
    },
    {
      id: 'product-t-false-facts',
      level: 'I',
      reason:
        'Tout est rempli, mais le résumé présente un thé de Chine à infuser à l’eau bouillante 5 minutes : informations fausses, contraires à la fiche fournisseur.',
    },
    {
      id: 'product-t-neighbour',
      level: 'I',
      reason:
        'Fiche complétée avec soin, mais sur le produit de la ligne voisine (n° 23) : le Gyokuro reste incomplet et un autre produit est faussé.',
    },
    {
      id: 'product-t-not-reached',
      level: 'TI',
      reason: 'Question gardée pour la fin, non traitée : temps écoulé.',
    },
  ],
  q2: [
    {
      id: 'voucher-t-complete',
      level: 'TS',
      reason:
        'Bon juste (nom, OLEANE5, 5 %, dates, 1 par client, 30 paniers) ; page d’information affichée, plus de 80 mots, code, conditions et méta.',
    },
    {
      id: 'voucher-t-page-no-meta',
      level: 'S',
      reason: 'Bon entièrement juste ; page complète et affichée, mais sans méta description.',
    },
    {
      id: 'voucher-t-page-contradicts',
      level: 'S',
      reason:
        'Bon juste, mais la page annonce une offre jusqu’au 30 juin, sans limite de paniers : elle contredit les conditions réelles.',
    },
    {
      id: 'voucher-t-limits-swapped',
      level: 'I',
      reason:
        'Quantité totale 1 et 30 par client (champs inversés) : un seul client peut l’utiliser, trente fois ; l’opération est faussée. Page juste.',
    },
    {
      id: 'voucher-t-abandoned',
      level: 'TI',
      reason: 'Formulaire du bon rempli puis quitté sans enregistrer ; aucune page : rien n’existe.',
    },
  ],
  q3: [
    {
      id: 'cart-t-complete',
      level: 'TS',
      reason: 'Gyokuro au panier, OLEANE5 appliqué, totaux avant et après relevés dans les notes.',
    },
    {
      id: 'cart-t-before-only',
      level: 'S',
      reason:
        'Gyokuro au panier et code appliqué, mais la note ne donne que le total avant réduction et « le code marche ».',
    },
    {
      id: 'cart-t-hand-computed',
      level: 'I',
      reason:
        'Gyokuro au panier, mais le code n’est jamais saisi : les totaux de la note sont calculés à la main.',
    },
    {
      id: 'cart-t-back-office',
      level: 'TI',
      reason:
        'Aucun passage par la boutique publique : liste des bons regardée en back-office, note « code actif ».',
    },
  ],
  q4: [
    {
      id: 'reply-t-complete',
      level: 'TS',
      reason:
        'Commande CMD-0409 en « Retour accepté » ; réponse courtoise de plus de 80 mots : photo, boîte remplacée, rétractation de 14 jours, frais de retour, 20 avril.',
    },
    {
      id: 'reply-t-courier',
      level: 'S',
      reason:
        'État changé, réponse complète et courtoise, mais elle promet une livraison par coursier dès le lendemain, service que l’entreprise n’offre pas.',
    },
    {
      id: 'reply-t-cancelled',
      level: 'S',
      reason:
        'Réponse complète et courtoise, mais la commande est passée à « Annulée » au lieu de « Retour accepté ».',
    },
    {
      id: 'reply-t-handling-fee',
      level: 'I',
      reason:
        'État changé, ton correct, mais la réponse retient des frais de dossier de 5 € et les frais de retour sur le remboursement : conditions inventées et contraires à la rétractation.',
    },
    {
      id: 'reply-t-eight-words',
      level: 'TI',
      reason: 'Commande ouverte ; note « Je vais voir avec Mme Ferrand » : ni état changé ni réponse.',
    },
  ],
  q5: [
    {
      id: 'analysis-t-complete',
      level: 'TS',
      reason:
        'Conversion et CA des huit produits ; JDO-0022 et JDO-0151 choisis sur marge, stock et CA, JDO-0030 écarté ; catégorie créée avec balise titre et méta.',
    },
    {
      id: 'analysis-t-margin-as-turnover',
      level: 'S',
      reason:
        'Conversion juste, choix justifié, produit écarté et catégorie créée, mais le « chiffre d’affaires » calculé est la marge brute (ventes × prix × taux).',
    },
    {
      id: 'analysis-t-wrong-name',
      level: 'S',
      reason:
        'Analyse complète et justifiée, mais la catégorie est nommée « Promo avril » au lieu de « Sélection de printemps ».',
    },
    {
      id: 'analysis-t-contradicts',
      level: 'I',
      reason:
        'Calculs donnés et catégorie créée, mais la justification contredit le tableau (Gyokuro « meilleure conversion », Long Jing « plus gros stock ») et aucun produit n’est écarté.',
    },
  ],
};

/**
 * The sessions, chosen by hand: two strong, four mixed, two weak per family; wordpress-u05
 * starts with question 4, shop-u04 does the questions backwards and runs out of time before
 * question 1.
 */
const plan = (id: string, family: SessionPlan['family'], variants: Record<string, string>): SessionPlan => ({
  id,
  family,
  variants,
  heldOut: true,
});

export const SEVENTH_PLANS: SessionPlan[] = [
  plan('wordpress-u01', 'wordpress', {
    q1: 'article-t-two-categories',
    q2: 'comments-t-complete',
    q3: 'settings-t-complete',
    q4: 'seo-t-complete',
    q5: 'control-t-ten-years',
  }),
  plan('wordpress-u02', 'wordpress', {
    q1: 'article-t-bold-headings',
    q2: 'comments-t-complete',
    q3: 'settings-t-promo-tagline',
    q4: 'seo-t-complete',
    q5: 'control-t-complete',
  }),
  plan('wordpress-u03', 'wordpress', {
    q1: 'article-t-english-meta',
    q2: 'comments-t-familiar',
    q3: 'settings-t-capitals',
    q4: 'seo-t-slug-changed',
    q5: 'control-t-alt-in-excerpt',
  }),
  plan('wordpress-u04', 'wordpress', {
    q1: 'article-t-long-slug',
    q2: 'comments-t-advert-trashed',
    q3: 'settings-t-tagline-erased',
    q4: 'seo-t-meta-in-excerpt',
    q5: 'control-t-complete',
  }),
  plan('wordpress-u05', 'wordpress', {
    q4: 'seo-t-slug-changed',
    q3: 'settings-t-complete',
    q2: 'comments-t-familiar',
    q1: 'article-t-long-slug',
    q5: 'control-t-complete',
  }),
  plan('wordpress-u06', 'wordpress', {
    q3: 'settings-t-promo-tagline',
    q1: 'article-t-keyword-title-only',
    q2: 'comments-t-promise',
    q4: 'seo-t-complete',
    q5: 'control-t-sent-to-draft',
  }),
  plan('wordpress-u07', 'wordpress', {
    q1: 'article-t-stub-draft',
    q2: 'comments-t-julien-binned',
    q3: 'settings-t-in-notes',
    q4: 'seo-t-unsaved',
    q5: 'control-t-question-copied',
  }),
  plan('wordpress-u08', 'wordpress', {
    q1: 'article-t-bold-headings',
    q2: 'comments-t-promise',
    q3: 'settings-t-tagline-erased',
    q4: 'seo-t-meta-in-excerpt',
    q5: 'control-t-sent-to-draft',
  }),
  plan('shop-u01', 'shop', {
    q1: 'product-t-complete',
    q2: 'voucher-t-complete',
    q3: 'cart-t-complete',
    q4: 'reply-t-complete',
    q5: 'analysis-t-margin-as-turnover',
  }),
  plan('shop-u02', 'shop', {
    q1: 'product-t-english-summary',
    q2: 'voucher-t-complete',
    q3: 'cart-t-complete',
    q4: 'reply-t-courier',
    q5: 'analysis-t-complete',
  }),
  plan('shop-u03', 'shop', {
    q1: 'product-t-title-no-keyword',
    q2: 'voucher-t-page-no-meta',
    q3: 'cart-t-before-only',
    q4: 'reply-t-cancelled',
    q5: 'analysis-t-wrong-name',
  }),
  plan('shop-u04', 'shop', {
    q5: 'analysis-t-contradicts',
    q4: 'reply-t-complete',
    q2: 'voucher-t-page-contradicts',
    q3: 'cart-t-complete',
    q1: 'product-t-not-reached',
  }),
  plan('shop-u05', 'shop', {
    q1: 'product-t-false-facts',
    q2: 'voucher-t-complete',
    q3: 'cart-t-hand-computed',
    q4: 'reply-t-handling-fee',
    q5: 'analysis-t-complete',
  }),
  plan('shop-u06', 'shop', {
    q1: 'product-t-complete',
    q2: 'voucher-t-limits-swapped',
    q3: 'cart-t-complete',
    q4: 'reply-t-cancelled',
    q5: 'analysis-t-contradicts',
  }),
  plan('shop-u07', 'shop', {
    q1: 'product-t-neighbour',
    q2: 'voucher-t-abandoned',
    q3: 'cart-t-back-office',
    q4: 'reply-t-eight-words',
    q5: 'analysis-t-contradicts',
  }),
  plan('shop-u08', 'shop', {
    q1: 'product-t-false-facts',
    q2: 'voucher-t-limits-swapped',
    q3: 'cart-t-hand-computed',
    q4: 'reply-t-handling-fee',
    q5: 'analysis-t-wrong-name',
  }),
];
