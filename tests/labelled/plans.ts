/**
 * The labelled set: what each scripted candidate does on the demo site, and the level an
 * examiner gives each question for it — written from the question's wording and the official
 * level meanings (TI très insuffisant: not done or unusable; I insuffisant: started, major
 * requirements missing or wrong; S satisfaisant: done and usable, some requirements missing;
 * TS très satisfaisant: everything asked, done well), BEFORE any rule was run on them.
 *
 * A session picks one variant per question; variants rotate so that each appears about as
 * often as the others, and the split (one session in three held aside, never used to tune
 * rules or thresholds) is fixed here, up front.
 */
import type { Level } from '../../shared/schema/common.ts';
import { EIGHTH_PLANS, EIGHTH_SHOP_VARIANTS, EIGHTH_WORDPRESS_VARIANTS } from './eighth.ts';
import { ELEVENTH_PLANS, ELEVENTH_SHOP_VARIANTS, ELEVENTH_WORDPRESS_VARIANTS } from './eleventh.ts';
import { FIFTH_PLANS, FIFTH_SHOP_VARIANTS, FIFTH_WORDPRESS_VARIANTS } from './fifth.ts';
import { FOURTH_PLANS, FOURTH_SHOP_VARIANTS, FOURTH_WORDPRESS_VARIANTS } from './fourth.ts';
import { FRESH_PLANS, FRESH_SHOP_VARIANTS, FRESH_WORDPRESS_VARIANTS } from './fresh.ts';
import { NINTH_PLANS, NINTH_SHOP_VARIANTS, NINTH_WORDPRESS_VARIANTS } from './ninth.ts';
import { SEVENTH_PLANS, SEVENTH_SHOP_VARIANTS, SEVENTH_WORDPRESS_VARIANTS } from './seventh.ts';
import { SIXTH_PLANS, SIXTH_SHOP_VARIANTS, SIXTH_WORDPRESS_VARIANTS } from './sixth.ts';
import { TENTH_PLANS, TENTH_SHOP_VARIANTS, TENTH_WORDPRESS_VARIANTS } from './tenth.ts';
import { THIRD_PLANS, THIRD_SHOP_VARIANTS, THIRD_WORDPRESS_VARIANTS } from './third.ts';
import { THIRTEENTH_PLANS, THIRTEENTH_SHOP_VARIANTS, THIRTEENTH_WORDPRESS_VARIANTS } from './thirteenth.ts';
import { TWELFTH_PLANS, TWELFTH_SHOP_VARIANTS, TWELFTH_WORDPRESS_VARIANTS } from './twelfth.ts';

export type Family = 'wordpress' | 'shop';

export interface Variant {
  /** Stable id, also the name of the scripted actions (see actions-*.ts). */
  id: string;
  level: Level;
  reason: string;
}

export const WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    { id: 'article-none', level: 'TI', reason: 'Aucun article publié : question non traitée.' },
    {
      id: 'article-draft',
      level: 'TI',
      reason: 'Article laissé en brouillon, jamais publié : rien de visible.',
    },
    {
      id: 'article-short',
      level: 'I',
      reason:
        'Article publié mais très court, sans l’expression clé ni référencement : exigences majeures absentes.',
    },
    {
      id: 'article-copied',
      level: 'I',
      reason:
        'Annexe collée telle quelle, méta description bourrée de mots-clés, alt « image » : travail superficiel.',
    },
    {
      id: 'article-plain',
      level: 'S',
      reason:
        'Article reformulé et optimisé (titre, slug, méta), mais sans intertitres, appel à l’action ni image.',
    },
    {
      id: 'article-near',
      level: 'S',
      reason: 'Presque complet : méta description trop courte (99 caractères) et étiquettes absentes.',
    },
    {
      id: 'article-full',
      level: 'TS',
      reason:
        'Toutes les exigences : reformulé, structuré, appel à l’action avec le code, image, catégorie, SEO.',
    },
    {
      id: 'article-full-draft-first',
      level: 'TS',
      reason: 'Complet, enregistré en brouillon puis corrigé et publié : démarche valable.',
    },
  ],
  q2: [
    { id: 'comments-none', level: 'TI', reason: 'Aucune modération ni réponse.' },
    { id: 'comments-approve', level: 'I', reason: 'Commentaire approuvé mais aucune réponse à Julien.' },
    {
      id: 'comments-thanks',
      level: 'I',
      reason: 'Réponse de trois mots sans conseil : la demande n’est pas traitée.',
    },
    {
      id: 'comments-generic',
      level: 'S',
      reason: 'Commentaire approuvé, réponse cordiale sur le matcha mais sans conseil précis.',
    },
    {
      id: 'comments-reply-only',
      level: 'TS',
      reason: 'Réponse précise depuis la modération, qui approuve le commentaire (chemin valable).',
    },
    {
      id: 'comments-full',
      level: 'TS',
      reason: 'Commentaire approuvé et réponse précise (température, dosage, fouet).',
    },
  ],
  q3: [
    { id: 'settings-none', level: 'TI', reason: 'Aucun réglage modifié.' },
    {
      id: 'settings-approval',
      level: 'I',
      reason: 'Approbation manuelle seule : le slogan n’est pas traité.',
    },
    { id: 'settings-tagline', level: 'I', reason: 'Slogan seul : l’approbation manuelle n’est pas faite.' },
    {
      id: 'settings-long',
      level: 'S',
      reason: 'Deux réglages faits, slogan un peu trop long (76 caractères).',
    },
    { id: 'settings-no-city', level: 'S', reason: 'Deux réglages faits, slogan sans Annecy.' },
    {
      id: 'settings-full',
      level: 'TS',
      reason: 'Approbation manuelle et slogan court citant Annecy et les thés bio.',
    },
  ],
  q4: [
    { id: 'seo-none', level: 'TI', reason: 'Article à optimiser non modifié.' },
    { id: 'seo-title', level: 'I', reason: 'Titre SEO seul, sans méta description.' },
    {
      id: 'seo-no-check',
      level: 'S',
      reason: 'Titre SEO et méta description corrects, page publique non contrôlée.',
    },
    {
      id: 'seo-near',
      level: 'S',
      reason: 'Méta description trop courte (99 caractères), titre correct, page contrôlée.',
    },
    { id: 'seo-full', level: 'TS', reason: 'Titre SEO, méta description et contrôle de la page publique.' },
  ],
  q5: [
    { id: 'control-none', level: 'TI', reason: 'Aucun contrôle, correction ni recommandation.' },
    { id: 'control-short-note', level: 'I', reason: 'Recommandation RGPD de quelques mots, rien d’autre.' },
    {
      id: 'control-alt-note',
      level: 'S',
      reason: 'Alt corrigé et recommandation RGPD, page publique non consultée.',
    },
    {
      id: 'control-alt-view',
      level: 'S',
      reason: 'Alt corrigé et page publique consultée, pas de recommandation.',
    },
    {
      id: 'control-full',
      level: 'TS',
      reason: 'Page consultée, alt corrigé, recommandation RGPD argumentée.',
    },
  ],
};

export const SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    { id: 'product-none', level: 'TI', reason: 'Fiche produit non modifiée.' },
    { id: 'product-price-only', level: 'I', reason: 'Prix seul saisi : stock, description et SEO absents.' },
    {
      id: 'product-no-stock',
      level: 'S',
      reason: 'Prix juste, description et SEO faits, stock oublié.',
    },
    {
      id: 'product-wrong-price',
      level: 'I',
      reason: 'Prix faux (99,00 €) et description trop courte : fiche inexploitable.',
    },
    {
      id: 'product-full',
      level: 'TS',
      reason: 'Prix, stock, catégorie, description de 200 à 300 caractères et SEO.',
    },
  ],
  q2: [
    { id: 'voucher-none', level: 'TI', reason: 'Aucun bon créé.' },
    { id: 'voucher-amount', level: 'I', reason: 'Bon créé en montant (5 €) au lieu de 5 %, sans limites.' },
    { id: 'voucher-no-limits', level: 'S', reason: 'Code et 5 % justes, limites d’utilisation oubliées.' },
    { id: 'voucher-wrong-date', level: 'S', reason: 'Bon complet mais fin de validité erronée (30 juin).' },
    { id: 'voucher-full', level: 'TS', reason: 'Code, 5 %, fin au 31 mai, 30 utilisations, une par client.' },
  ],
  q3: [
    { id: 'cart-none', level: 'TI', reason: 'Aucun test en boutique.' },
    { id: 'cart-add-only', level: 'I', reason: 'Produit ajouté au panier, code jamais essayé.' },
    { id: 'cart-tested', level: 'S', reason: 'Code essayé et accepté, totaux non relevés dans les notes.' },
    { id: 'cart-full', level: 'TS', reason: 'Code accepté et totaux avant/après relevés dans les notes.' },
  ],
  q4: [
    { id: 'reply-none', level: 'TI', reason: 'Aucune réponse à la cliente.' },
    { id: 'reply-short', level: 'I', reason: 'Réponse de deux phrases sans rétractation ni solution.' },
    {
      id: 'reply-partial',
      level: 'S',
      reason: 'Réponse courtoise citant la rétractation, sans délai ni frais de retour.',
    },
    {
      id: 'reply-full',
      level: 'TS',
      reason: 'Commandes consultées, solution, rétractation 14 jours, frais de retour.',
    },
  ],
  q5: [
    { id: 'analysis-none', level: 'TI', reason: 'Aucune analyse.' },
    { id: 'analysis-vague', level: 'I', reason: 'Choix sans indicateur ni référence.' },
    { id: 'analysis-partial', level: 'S', reason: 'Deux produits désignés avec un seul indicateur.' },
    {
      id: 'analysis-full',
      level: 'TS',
      reason: 'Deux références, taux de conversion et chiffre d’affaires calculés, produit à écarter.',
    },
  ],
};

export interface SessionPlan {
  id: string;
  family: Family;
  /** Variant id per question. */
  variants: Record<string, string>;
  heldOut: boolean;
}

export const SESSIONS_PER_FAMILY = 24;

/**
 * Session i takes, for question number k, variant (i × step_k + k) mod n, step_k coprime with
 * n: every variant comes back regularly and questions do not move in lockstep.
 */
const STEPS = [1, 5, 7, 11, 13, 17, 19, 23];
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

const plansFor = (family: Family, variants: Record<string, Variant[]>): SessionPlan[] =>
  Array.from({ length: SESSIONS_PER_FAMILY }, (_, i) => {
    const picks: Record<string, string> = {};
    Object.entries(variants).forEach(([questionId, list], k) => {
      const step = STEPS.slice(k).find((n) => gcd(n, list.length) === 1) ?? 1;
      picks[questionId] = list[(i * step + k) % list.length]!.id;
    });
    return {
      id: `${family}-${String(i + 1).padStart(2, '0')}`,
      family,
      variants: picks,
      // Fixed up front: every third session is held aside.
      heldOut: i % 3 === 2,
    };
  });

export const PLANS: SessionPlan[] = [
  ...plansFor('wordpress', WORDPRESS_VARIANTS),
  ...plansFor('shop', SHOP_VARIANTS),
];

export const variantsOf = (family: Family) => (family === 'wordpress' ? WORDPRESS_VARIANTS : SHOP_VARIANTS);
/** Every variant of a family, across the four sets. */
const allVariantsOf = (family: Family): Record<string, Variant[]>[] =>
  family === 'wordpress'
    ? [
        WORDPRESS_VARIANTS,
        FRESH_WORDPRESS_VARIANTS,
        THIRD_WORDPRESS_VARIANTS,
        FOURTH_WORDPRESS_VARIANTS,
        FIFTH_WORDPRESS_VARIANTS,
        SIXTH_WORDPRESS_VARIANTS,
        SEVENTH_WORDPRESS_VARIANTS,
        EIGHTH_WORDPRESS_VARIANTS,
        NINTH_WORDPRESS_VARIANTS,
        TENTH_WORDPRESS_VARIANTS,
        ELEVENTH_WORDPRESS_VARIANTS,
        TWELFTH_WORDPRESS_VARIANTS,
        THIRTEENTH_WORDPRESS_VARIANTS,
      ]
    : [
        SHOP_VARIANTS,
        FRESH_SHOP_VARIANTS,
        THIRD_SHOP_VARIANTS,
        FOURTH_SHOP_VARIANTS,
        FIFTH_SHOP_VARIANTS,
        SIXTH_SHOP_VARIANTS,
        SEVENTH_SHOP_VARIANTS,
        EIGHTH_SHOP_VARIANTS,
        NINTH_SHOP_VARIANTS,
        TENTH_SHOP_VARIANTS,
        ELEVENTH_SHOP_VARIANTS,
        TWELFTH_SHOP_VARIANTS,
        THIRTEENTH_SHOP_VARIANTS,
      ];

/** Every variant id of both families and the three sets (they must not repeat). */
export const ALL_VARIANT_IDS: string[] = (['wordpress', 'shop'] as const).flatMap((family) =>
  allVariantsOf(family).flatMap((variants) =>
    Object.values(variants).flatMap((list) => list.map((v) => v.id)),
  ),
);

/** Every labelled session: the first set, the second (fresh.ts), the third, the fourth, the fifth, the sixth, the seventh, the eighth, the ninth, the tenth, the eleventh, the twelfth, the thirteenth. */
export const ALL_PLANS: SessionPlan[] = [
  ...PLANS,
  ...FRESH_PLANS,
  ...THIRD_PLANS,
  ...FOURTH_PLANS,
  ...FIFTH_PLANS,
  ...SIXTH_PLANS,
  ...SEVENTH_PLANS,
  ...EIGHTH_PLANS,
  ...NINTH_PLANS,
  ...TENTH_PLANS,
  ...ELEVENTH_PLANS,
  ...TWELFTH_PLANS,
  ...THIRTEENTH_PLANS,
];

/** The examiner's label for one question of a session (of any set). */
export const labelOf = (plan: SessionPlan, questionId: string): Variant => {
  const id = plan.variants[questionId];
  const variant = allVariantsOf(plan.family)
    .flatMap((variants) => variants[questionId] ?? [])
    .find((v) => v.id === id);
  if (!variant) throw new Error(`no variant for ${plan.id} ${questionId}`);
  return variant;
};
