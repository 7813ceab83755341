/**
 * The fresh set: a second labelled set, written on 2026-12-07 after every rule and threshold of
 * the demo subjects had been set, to judge them on work they were never tuned on. Its variants
 * are behaviours that no variant of the first set (plans.ts) scripts — filler text, wrong
 * advice, a reply short but precise, a setting corrected after a first try, a voucher with
 * another code, a product tested that is not the one asked… — each labelled from the question's
 * wording and the official level meanings (see plans.ts) BEFORE any rule ran on it, in the
 * commit that adds this file. Every fresh session is held out: rules are never adjusted on it;
 * if they are, its figures before and after are both reported and the set counts as spent.
 */
import type { SessionPlan, Variant } from './plans.ts';

export const FRESH_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-filler',
      level: 'I',
      reason:
        'Phrases de remplissage répétées autour de l’expression clé, méta description bourrée, alt « image » : contenu inexploitable malgré les champs remplis.',
    },
    {
      id: 'article-no-cta',
      level: 'S',
      reason:
        'Article reformulé et structuré, SEO, image et catégorie faits ; ni appel à l’action ni code promotionnel, aucune étiquette.',
    },
    {
      id: 'article-no-yoast',
      level: 'S',
      reason:
        'Article complet et bien rédigé (structure, appel à l’action, image, catégorie, étiquettes), mais slug et réglages Yoast oubliés.',
    },
    {
      id: 'article-annex-structured',
      level: 'S',
      reason:
        'Annexe reprise mot à mot mais mise en forme (intertitres, liste), appel à l’action, image, catégorie et SEO faits : texte non reformulé.',
    },
  ],
  q2: [
    {
      id: 'comments-wrong-advice',
      level: 'I',
      reason:
        'Commentaire approuvé ; réponse cordiale mais conseil faux (eau bouillante, grosse cuillère) : la demande de Julien est mal traitée.',
    },
    {
      id: 'comments-brief-precise',
      level: 'TS',
      reason:
        'Commentaire approuvé ; réponse brève (une trentaine de mots), cordiale et précise : 75 °C, 2 g, fouet.',
    },
    {
      id: 'comments-no-temperature',
      level: 'S',
      reason:
        'Commentaire approuvé ; réponse cordiale sur le matcha avec dosage et fouet, sans la température.',
    },
  ],
  q3: [
    {
      id: 'settings-long-only',
      level: 'I',
      reason: 'Slogan trop long (plus de 60 caractères) et approbation manuelle non faite.',
    },
    {
      id: 'settings-corrected',
      level: 'TS',
      reason:
        'Slogan d’abord enregistré sans Annecy puis corrigé, approbation manuelle faite : résultat final complet.',
    },
    {
      id: 'settings-no-bio',
      level: 'S',
      reason: 'Approbation manuelle faite ; slogan court qui cite Annecy mais pas les thés bio.',
    },
  ],
  q4: [
    {
      id: 'seo-description-view',
      level: 'S',
      reason: 'Méta description correcte et page publique contrôlée ; titre SEO oublié.',
    },
    {
      id: 'seo-stuffed',
      level: 'I',
      reason: 'Titre SEO correct mais méta description bourrée de mots-clés ; page non contrôlée.',
    },
    {
      id: 'seo-long-title',
      level: 'S',
      reason: 'Titre SEO trop long (plus de 60 caractères), méta description correcte, page contrôlée.',
    },
  ],
  q5: [
    { id: 'control-view-only', level: 'I', reason: 'Page publique consultée, rien d’autre.' },
    {
      id: 'control-note-view',
      level: 'S',
      reason: 'Page consultée et recommandation RGPD argumentée ; texte alternatif non corrigé.',
    },
    {
      id: 'control-alt-only',
      level: 'I',
      reason: 'Texte alternatif corrigé seulement : ni contrôle de la page ni recommandation.',
    },
  ],
};

export const FRESH_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-stock-price',
      level: 'I',
      reason: 'Prix et stock justes seulement : catégorie, description et référencement absents.',
    },
    {
      id: 'product-no-seo',
      level: 'S',
      reason: 'Prix, stock, catégorie et description courte réussis ; onglet Référencement non rempli.',
    },
    {
      id: 'product-long-description',
      level: 'S',
      reason: 'Fiche complète mais description courte bien trop longue (plus de 400 caractères).',
    },
  ],
  q2: [
    {
      id: 'voucher-wrong-code',
      level: 'I',
      reason: 'Bon créé avec un autre code (OLEANE10) et 10 % : l’offre créée n’est pas celle demandée.',
    },
    {
      id: 'voucher-no-per-customer',
      level: 'S',
      reason: 'Code, 5 %, fin au 31 mai et 30 paniers justes ; une utilisation par client oubliée.',
    },
  ],
  q3: [
    {
      id: 'cart-unrelated',
      level: 'I',
      reason: 'Code essayé sur un autre produit que celui demandé ; aucun total relevé.',
    },
    {
      id: 'cart-two-tries',
      level: 'TS',
      reason:
        'Code d’abord mal saisi puis saisi juste sur le bon produit, résultat et totaux avant et après relevés dans les notes.',
    },
  ],
  q4: [
    {
      id: 'reply-wrong-info',
      level: 'I',
      reason:
        'Réponse courtoise mais erronée : rétractation de 7 jours, aucun remplacement de la boîte : la cliente est mal informée.',
    },
    {
      id: 'reply-no-costs',
      level: 'S',
      reason:
        'Solution et justificatif pour la boîte, rétractation de 14 jours, ton courtois ; frais de retour non évoqués, commandes non consultées.',
    },
  ],
  q5: [
    {
      id: 'analysis-calc-only',
      level: 'I',
      reason: 'Taux de conversion calculés pour chaque produit, mais ni choix ni justification.',
    },
    {
      id: 'analysis-no-reject',
      level: 'S',
      reason:
        'Deux références choisies avec conversion et chiffre d’affaires, aucun produit à écarter signalé.',
    },
  ],
};

export const FRESH_SESSIONS = 8;

/**
 * Later sets' sessions (`<family>-<prefix>01`…): session i takes variant (i + k) mod n for
 * question number k, so that every variant comes back. All held out.
 */
export const rotatedPlans = (
  family: SessionPlan['family'],
  variants: Record<string, Variant[]>,
  prefix: string,
  sessions = FRESH_SESSIONS,
): SessionPlan[] =>
  Array.from({ length: sessions }, (_, i) => {
    const picks: Record<string, string> = {};
    Object.entries(variants).forEach(([questionId, list], k) => {
      picks[questionId] = list[(i + k) % list.length]!.id;
    });
    return {
      id: `${family}-${prefix}${String(i + 1).padStart(2, '0')}`,
      family,
      variants: picks,
      heldOut: true,
    };
  });

export const FRESH_PLANS: SessionPlan[] = [
  ...rotatedPlans('wordpress', FRESH_WORDPRESS_VARIANTS, 'f'),
  ...rotatedPlans('shop', FRESH_SHOP_VARIANTS, 'f'),
];
