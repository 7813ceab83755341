/**
 * The fourth labelled set, written on 2026-12-07 AFTER the rules were revised on the third set
 * (third.ts, spent by that revision): behaviours no earlier set scripts — a setting undone
 * later, the right work on the wrong article, a curt but precise reply, a voucher for 300 uses,
 * totals noted without the code ever tried… — labelled from the question's wording and the
 * official level meanings (see plans.ts) BEFORE any rule ran on them, in the commit that adds
 * this file. Some rows hinge on what the rules leave to the examiner (a reply's tone): their
 * labels say what an examiner gives, not what the rules can see. Held out, never tuned on.
 */
import type { SessionPlan, Variant } from './plans.ts';

export const FOURTH_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-no-taxonomy',
      level: 'S',
      reason: 'Article complet et optimisé, mais ni catégorie « Nouveautés » ni étiquettes.',
    },
    {
      id: 'article-title-no-keyword',
      level: 'S',
      reason: 'Article complet, mais titre sans l’expression clé (« Le printemps arrive dans nos tasses »).',
    },
  ],
  q2: [
    {
      id: 'comments-two-replies',
      level: 'TS',
      reason:
        'Commentaire approuvé ; un remerciement puis une seconde réponse cordiale et précise : la demande est traitée.',
    },
    {
      id: 'comments-curt-precise',
      level: 'S',
      reason:
        'Commentaire approuvé ; réponse précise mais sèche, sans salutation ni remerciement : ton cordial absent.',
    },
  ],
  q3: [
    {
      id: 'settings-approval-then-off',
      level: 'I',
      reason:
        'Slogan juste ; approbation manuelle cochée puis décochée ensuite : l’état final ne la demande plus.',
    },
    {
      id: 'settings-separate-visits',
      level: 'TS',
      reason: 'Slogan juste puis, dans un second temps, approbation manuelle : les deux réglages sont faits.',
    },
  ],
  q4: [
    {
      id: 'seo-meta-long',
      level: 'S',
      reason: 'Titre SEO juste, page contrôlée ; méta description trop longue (près de 190 caractères).',
    },
    {
      id: 'seo-other-article',
      level: 'I',
      reason: 'Titre SEO et méta description rédigés, mais sur un autre article que celui à optimiser.',
    },
  ],
  q5: [
    {
      id: 'control-other-page',
      level: 'S',
      reason:
        'Texte alternatif corrigé et recommandation RGPD argumentée ; page consultée : un autre article que celui de la question 1.',
    },
    {
      id: 'control-alt-stuffed',
      level: 'S',
      reason:
        'Page consultée et recommandation argumentée ; texte alternatif bourré de mots-clés, peu descriptif.',
    },
  ],
};

export const FOURTH_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-full-twice',
      level: 'TS',
      reason: 'Prix enregistré seul d’abord, puis fiche complétée entièrement : état final complet.',
    },
    {
      id: 'product-desc-no-keyword',
      level: 'S',
      reason: 'Fiche complète, mais description courte sans l’expression « thé vert bio ».',
    },
  ],
  q2: [
    {
      id: 'voucher-quantity-wrong',
      level: 'S',
      reason: 'Code, 5 %, fin au 31 mai, une par client justes ; limité à 300 paniers au lieu de 30.',
    },
    {
      id: 'voucher-percent-10',
      level: 'I',
      reason: 'Bon complet mais à 10 % au lieu de 5 % : la réduction accordée n’est pas celle demandée.',
    },
  ],
  q3: [
    {
      id: 'cart-two-products',
      level: 'TS',
      reason: 'Produit demandé et un second ajoutés, code essayé, totaux avant et après relevés.',
    },
    {
      id: 'cart-notes-without-test',
      level: 'I',
      reason: 'Produit ajouté ; totaux notés sans que le code ait jamais été essayé (résultat inventé).',
    },
  ],
  q4: [
    {
      id: 'reply-two-notes',
      level: 'TS',
      reason:
        'Réponse complète rédigée en deux temps (brouillon puis version finale) : solution, photo, 14 jours, frais.',
    },
    {
      id: 'reply-no-photo',
      level: 'S',
      reason:
        'Réponse courtoise : boîte neuve, rétractation de 14 jours, frais de retour ; aucun justificatif demandé.',
    },
  ],
  q5: [
    {
      id: 'analysis-three-products',
      level: 'S',
      reason:
        'Trois produits proposés au lieu de deux, justifiés par la conversion et le chiffre d’affaires ; produit à écarter signalé.',
    },
    {
      id: 'analysis-no-figures',
      level: 'I',
      reason: 'Deux références choisies sans aucun indicateur chiffré ni produit à écarter.',
    },
  ],
};

/**
 * Which of its two variants each question takes in sessions 1 to 6: each variant three times,
 * and questions paired differently from session to session (a plain rotation would repeat two
 * combinations).
 */
const PATTERN: Record<string, number[]> = {
  q1: [0, 1, 0, 1, 0, 1],
  q2: [0, 0, 1, 1, 0, 1],
  q3: [1, 0, 0, 1, 1, 0],
  q4: [0, 1, 1, 0, 1, 0],
  q5: [1, 1, 0, 0, 0, 1],
};

const fourthPlans = (family: SessionPlan['family'], variants: Record<string, Variant[]>): SessionPlan[] =>
  PATTERN.q1!.map((_, i) => ({
    id: `${family}-q${String(i + 1).padStart(2, '0')}`,
    family,
    variants: Object.fromEntries(
      Object.entries(variants).map(([questionId, list]) => [questionId, list[PATTERN[questionId]![i]!]!.id]),
    ),
    heldOut: true,
  }));

export const FOURTH_PLANS: SessionPlan[] = [
  ...fourthPlans('wordpress', FOURTH_WORDPRESS_VARIANTS),
  ...fourthPlans('shop', FOURTH_SHOP_VARIANTS),
];
