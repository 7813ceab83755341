/**
 * The third labelled set, written on 2026-12-07 AFTER the rules were revised on the second set
 * (fresh.ts, spent by that revision) and on the first set's held-out third (also read then):
 * behaviours that neither earlier set scripts — a call to action with the wrong code, a reply
 * under another commenter, a tagline of exactly 60 characters, a voucher right in all but its
 * type of reduction, one product chosen instead of two… — labelled from the question's wording
 * and the official level meanings (see plans.ts) BEFORE any rule ran on them, in the commit that
 * adds this file. Held out: its first figures are the ones reported as « never tuned on ».
 */
import { rotatedPlans } from './fresh.ts';
import type { SessionPlan, Variant } from './plans.ts';

export const THIRD_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-wrong-code',
      level: 'S',
      reason:
        'Article complet, mais l’appel à l’action annonce un autre code (OLEANE10) et 10 % : information commerciale fausse.',
    },
    {
      id: 'article-no-image',
      level: 'S',
      reason:
        'Article complet (reformulé, structuré, appel à l’action, catégorie, étiquettes, SEO) sans image mise en avant.',
    },
    {
      id: 'article-seo-only-short',
      level: 'I',
      reason:
        'Article de 60 mots sans intertitres ni appel à l’action, mais titre, slug et méta description optimisés : le contenu demandé manque.',
    },
  ],
  q2: [
    {
      id: 'comments-reply-wrong-person',
      level: 'I',
      reason:
        'Réponse précise sur le matcha publiée sous le commentaire de Camille : Julien ne la verra pas et son commentaire reste en attente.',
    },
    {
      id: 'comments-precise-long',
      level: 'TS',
      reason:
        'Commentaire approuvé ; réponse longue, cordiale et précise (température, dosage, fouet, astuces).',
    },
    {
      id: 'comments-approve-short-generic',
      level: 'I',
      reason:
        'Commentaire approuvé ; réponse d’une douzaine de mots, sans conseil : la question de Julien reste sans réponse.',
    },
  ],
  q3: [
    {
      id: 'settings-tagline-60',
      level: 'TS',
      reason:
        'Approbation manuelle faite ; slogan de 60 caractères tout juste, qui cite Annecy et les thés bio.',
    },
    {
      id: 'settings-good-then-long',
      level: 'S',
      reason:
        'Approbation manuelle faite ; un bon slogan enregistré puis remplacé par un slogan trop long : l’état final dépasse 60 caractères.',
    },
  ],
  q4: [
    {
      id: 'seo-no-keyword',
      level: 'I',
      reason: 'Titre SEO et méta description rédigés sans la requête cible « rooibos » ; page contrôlée.',
    },
    {
      id: 'seo-title-view',
      level: 'I',
      reason: 'Titre SEO seul et page contrôlée ; pas de méta description.',
    },
    {
      id: 'seo-corrected',
      level: 'TS',
      reason: 'Méta description d’abord trop courte puis corrigée ; titre SEO juste ; page contrôlée.',
    },
  ],
  q5: [
    {
      id: 'control-brief-note',
      level: 'S',
      reason:
        'Page consultée, texte alternatif corrigé ; recommandation RGPD d’une vingtaine de mots seulement.',
    },
    {
      id: 'control-alt-wrong-article',
      level: 'S',
      reason:
        'Page consultée et recommandation RGPD argumentée ; texte alternatif ajouté à un autre article que celui à contrôler.',
    },
  ],
};

export const THIRD_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-wrong-stock',
      level: 'S',
      reason: 'Prix juste, stock faux (8 au lieu de 80) ; catégorie, description et référencement réussis.',
    },
    {
      id: 'product-seo-only',
      level: 'I',
      reason:
        'Onglet Référencement seul rempli (balise titre, méta description, URL) : prix, stock, catégorie et description absents.',
    },
  ],
  q2: [
    {
      id: 'voucher-no-end-date',
      level: 'S',
      reason:
        'Code, 5 %, 30 paniers et une utilisation par client justes ; fin de validité laissée au 31 décembre.',
    },
    {
      id: 'voucher-amount-limits',
      level: 'I',
      reason:
        'Bon en montant (5 €) au lieu de 5 %, limites et date justes : la réduction créée n’est pas celle demandée.',
    },
  ],
  q3: [
    {
      id: 'cart-misspelt-only',
      level: 'I',
      reason: 'Produit ajouté ; code mal saisi (OLEANE 5), refusé, sans nouvel essai ni relevé.',
    },
    {
      id: 'cart-after-only',
      level: 'S',
      reason: 'Produit ajouté, code essayé ; seul le total après réduction relevé dans les notes.',
    },
  ],
  q4: [
    {
      id: 'reply-short-correct',
      level: 'S',
      reason:
        'Réponse juste et courtoise (photo, boîte neuve, rétractation de 14 jours, frais de retour offerts) mais d’une cinquantaine de mots, sous les 80 demandés.',
    },
    {
      id: 'reply-orders-partial',
      level: 'S',
      reason:
        'Commandes consultées ; réponse courtoise qui propose une boîte neuve et cite la rétractation, sans délai ni frais.',
    },
  ],
  q5: [
    {
      id: 'analysis-one-product',
      level: 'I',
      reason:
        'Un seul produit choisi (JDO-0151) avec son taux de conversion : le choix demandé est incomplet.',
    },
    {
      id: 'analysis-wrong-calc',
      level: 'S',
      reason:
        'Deux références choisies et justifiées, produit à écarter signalé, mais taux de conversion mal calculés (visites ÷ ventes).',
    },
  ],
};

export const THIRD_PLANS: SessionPlan[] = [
  ...rotatedPlans('wordpress', THIRD_WORDPRESS_VARIANTS, 't'),
  ...rotatedPlans('shop', THIRD_SHOP_VARIANTS, 't'),
];
