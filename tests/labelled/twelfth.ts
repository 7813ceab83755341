/**
 * The twelfth labelled set, written on 2026-12-08 by a helper who never read the demo subjects'
 * rules, thresholds or examiner aspects, nor any verdict or benchmark figure: an independent
 * measure of agreement on work never tuned on. Each row is labelled from the question's wording
 * as a candidate sees it and the official level meanings (see plans.ts), in the commit that adds
 * this file, BEFORE any rule ran on these sessions and before they were scripted.
 *
 * Behaviours no earlier set scripts: the spring article written over a colleague's matcha
 * draft, a featured image taken from the web instead of annex 3, the whole article translated
 * into English, a text stuffed with the key phrase in every sentence; a reply that also thanks
 * Camille, every comment approved at once then the advert sent back to spam, moderation
 * criteria that censor criticism, a reply giving the leaf teas' figures instead of matcha
 * advice; a tagline written as a question, a tagline about « infusions » instead of teas, a
 * tagline of hashtags; the image's alt text erased while optimising, the meta description typed
 * into the SEO title field, the article « updated » with nothing changed; the alt text written
 * in English, an alt text typed and never saved, the RGPD recommendation posted as a public
 * reply to a comment. On the shop: a summary promising the offer until 30 April, the price
 * entered with the 5 % already taken off, a summary making health claims; the offer page
 * giving a mistyped code, a voucher ending on the day it starts, 5 % typed as « 0,05 », the
 * restrictions justified by a wrong reasoning; the checkout page opened to read the totals,
 * the discount's amount noted without the totals, a working code reported as broken; the
 * return costs offered as a goodwill gesture, a replacement promised after the birthday, the
 * wrong teas named in the reply, the reply published as a page of the shop; turnover computed
 * before tax, the references mistyped, all eight products recommended. The order of
 * `variants` is the order of work. Not scripted: work after time-up (see fifth.ts).
 */
import type { SessionPlan, Variant } from './plans.ts';

export const TWELFTH_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-r-complete',
      level: 'TS',
      reason:
        'Titre accrocheur avec « thé vert bio », texte reformulé sous intertitres avec la liste des six repères, appel à l’atelier avec OLEANE5, Nouveautés et trois étiquettes, bannière avec alt, slug court, requête et méta justes.',
    },
    {
      id: 'article-r-over-matcha-draft',
      level: 'S',
      reason:
        'Article complet et optimisé, mais écrit par-dessus le brouillon « Matcha : du champ à la tasse » d’un collègue, qui est perdu.',
    },
    {
      id: 'article-r-web-image',
      level: 'S',
      reason:
        'Article complet et optimisé, mais l’image mise en avant est une photo prise sur le web (droits inconnus) et non la bannière de l’annexe 3.',
    },
    {
      id: 'article-r-english',
      level: 'I',
      reason:
        'Article structuré et complet, mais entièrement traduit en anglais (titre, texte, méta) : inexploitable pour la clientèle française du blog, expression clé absente.',
    },
    {
      id: 'article-r-keyword-stuffed',
      level: 'I',
      reason:
        'Publié avec le titre et la méta, mais le texte répète « thé vert bio » dans chaque phrase, sans intertitres ni liste des repères : illisible, suroptimisé.',
    },
    { id: 'article-r-not-done', level: 'TI', reason: 'Aucun article : question non abordée.' },
  ],
  q2: [
    {
      id: 'comments-r-complete',
      level: 'TS',
      reason:
        'Julien approuvé, publicité laissée en indésirable, réponse cordiale et précise (80 °C, 2 g pour 7 cl, fouet en bambou), critères de modération notés.',
    },
    {
      id: 'comments-r-camille-thanked',
      level: 'TS',
      reason:
        'Modération juste et réponse précise à Julien ; le candidat remercie aussi Camille de son commentaire : relation client soignée, critères notés.',
    },
    {
      id: 'comments-r-approve-all-then-spam',
      level: 'TS',
      reason:
        'Tous les commentaires approuvés d’un coup, y compris la publicité, puis la publicité remise aussitôt en indésirable ; réponse précise à Julien, critères notés : résultat final juste.',
    },
    {
      id: 'comments-r-censor-criteria',
      level: 'S',
      reason:
        'Julien approuvé et réponse précise, mais les critères notés consistent à rejeter toute critique négative : approche de modération contestable.',
    },
    {
      id: 'comments-r-leaf-tea-advice',
      level: 'I',
      reason:
        'Julien approuvé, mais la réponse recopie les repères des thés verts en feuilles (Sencha 75 °C…) sans rien dire du matcha : la question n’est pas traitée.',
    },
    { id: 'comments-r-not-done', level: 'TI', reason: 'Commentaires jamais ouverts.' },
  ],
  q3: [
    {
      id: 'settings-r-complete',
      level: 'TS',
      reason:
        'Approbation manuelle enregistrée ; slogan « Thés bio sélectionnés avec passion à Annecy », court, avec Annecy et les thés bio.',
    },
    {
      id: 'settings-r-question-tagline',
      level: 'TS',
      reason:
        'Approbation manuelle enregistrée ; slogan en question « Envie de thés bio ? Goûtez-les à Annecy », court et engageant, avec Annecy et les thés bio.',
    },
    {
      id: 'settings-r-infusions-tagline',
      level: 'S',
      reason:
        'Approbation manuelle enregistrée ; slogan « Infusions bio et douceurs d’Annecy » : court, avec Annecy et bio, mais il parle d’infusions et pas des thés.',
    },
    {
      id: 'settings-r-hashtags',
      level: 'I',
      reason:
        'Approbation manuelle enregistrée ; slogan remplacé par « #thé #bio #Annecy #infusion » : une suite de mots-dièse n’est pas un slogan.',
    },
    { id: 'settings-r-not-done', level: 'TI', reason: 'Réglages jamais ouverts (temps écoulé).' },
  ],
  q4: [
    {
      id: 'seo-r-complete',
      level: 'TS',
      reason:
        'Titre SEO de moins de 60 caractères avec « rooibos », méta incitative de 120 à 160 caractères avec la requête, extrait et alt revus, mise à jour, page publique consultée.',
    },
    {
      id: 'seo-r-alt-erased',
      level: 'S',
      reason:
        'Titre SEO et méta justes, page consultée, mais le texte alternatif de l’image est effacé au lieu d’être vérifié : l’image n’est plus décrite.',
    },
    {
      id: 'seo-r-meta-in-title',
      level: 'I',
      reason:
        'La méta description est saisie dans le champ du titre SEO (150 caractères) et le champ méta reste vide ; page non consultée.',
    },
    {
      id: 'seo-r-untouched-update',
      level: 'TI',
      reason: 'Article « mis à jour » sans aucun champ modifié : ni titre SEO ni méta.',
    },
    { id: 'seo-r-not-done', level: 'TI', reason: 'Article à optimiser jamais ouvert (temps écoulé).' },
  ],
  q5: [
    {
      id: 'control-r-complete',
      level: 'TS',
      reason:
        'Page de l’article de la question 1 consultée, alt descriptif des coffrets ajouté et mis à jour, recommandation RGPD de plus de 40 mots sur les trois points.',
    },
    {
      id: 'control-r-alt-english',
      level: 'S',
      reason:
        'Page consultée et recommandation RGPD complète, mais le texte alternatif des coffrets est rédigé en anglais sur un site français.',
    },
    {
      id: 'control-r-alt-unsaved',
      level: 'S',
      reason:
        'Page consultée et recommandation RGPD complète ; l’alt des coffrets est saisi mais l’article n’est jamais mis à jour : correction perdue.',
    },
    {
      id: 'control-r-rgpd-as-comment',
      level: 'I',
      reason:
        'Page de l’article consultée, mais alt non corrigé, et la recommandation RGPD est publiée en réponse au commentaire de Camille, visible de tous.',
    },
    { id: 'control-r-not-done', level: 'TI', reason: 'Aucun contrôle (temps écoulé).' },
  ],
};

export const TWELFTH_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-r-complete',
      level: 'TS',
      reason:
        'Prix 9,90 €, stock 80, Thés verts, résumé de 200 à 300 caractères avec « thé vert bio », balise titre, méta de 120 à 160 caractères et URL avec l’expression, fiche vue en front office.',
    },
    {
      id: 'product-r-promo-in-summary',
      level: 'S',
      reason:
        'Fiche complète et vue en ligne, mais le résumé annonce « -5 % avec OLEANE5 jusqu’au 30 avril », contraire au bon (31 mai) et vite périmé.',
    },
    {
      id: 'product-r-discounted-price',
      level: 'I',
      reason:
        'Fiche complète et vue, mais le prix saisi est 9,41 € (remise de 5 % déjà déduite) au lieu de 9,90 € : prix faux, marge perdue sur chaque vente.',
    },
    {
      id: 'product-r-health-claims',
      level: 'I',
      reason:
        'Prix, stock et référencement saisis, mais le résumé promet que le Gyokuro « fait maigrir » et « renforce les défenses » : allégations de santé fausses et interdites.',
    },
    { id: 'product-r-not-done', level: 'TI', reason: 'Fiche produit jamais modifiée.' },
  ],
  q2: [
    {
      id: 'voucher-r-complete',
      level: 'TS',
      reason:
        'Bon juste (nom, OLEANE5, 5 %, d’aujourd’hui au 31 mai, une fois par client, 30 paniers), intérêt des restrictions noté, page de plus de 80 mots avec code, conditions et méta.',
    },
    {
      id: 'voucher-r-page-code-typo',
      level: 'S',
      reason:
        'Bon juste et intérêt noté, mais la page annonce le code « OLEANE05 », que les clients saisiront en vain.',
    },
    {
      id: 'voucher-r-ends-today',
      level: 'S',
      reason:
        'Bon et page soignés, mais le bon expire le jour même de sa création au lieu du 31 mai : l’offre sera refusée dès demain.',
    },
    {
      id: 'voucher-r-wrong-reasoning',
      level: 'S',
      reason:
        'Bon et page justes, mais l’intérêt des restrictions est mal expliqué (« elles augmentent le prix payé par le client ») : raisonnement sur la marge faux.',
    },
    {
      id: 'voucher-r-decimal-percent',
      level: 'I',
      reason:
        'Bon créé avec « 0,05 » en pourcentage, soit 0,05 % de remise au lieu de 5 % ; page publiée promettant 5 % : l’offre annoncée ne sera pas appliquée.',
    },
    { id: 'voucher-r-not-done', level: 'TI', reason: 'Aucun bon ni page créés.' },
  ],
  q3: [
    {
      id: 'cart-r-complete',
      level: 'TS',
      reason: 'Gyokuro au panier, OLEANE5 appliqué, totaux avant et après notés, aucune anomalie.',
    },
    {
      id: 'cart-r-checkout-visited',
      level: 'TS',
      reason:
        'Code appliqué au panier, puis page de commande ouverte sans valider pour lire le total avec livraison ; totaux avant et après notés.',
    },
    {
      id: 'cart-r-discount-only',
      level: 'S',
      reason:
        'Code appliqué et accepté ; la note donne le montant de la réduction (0,50 €) mais pas les totaux avant et après demandés.',
    },
    {
      id: 'cart-r-false-anomaly',
      level: 'I',
      reason:
        'Code appliqué et accepté, mais le candidat relève deux fois le sous-total et signale à tort que la réduction ne s’applique pas : conclusion fausse.',
    },
    { id: 'cart-r-not-done', level: 'TI', reason: 'Aucun test en boutique (temps écoulé).' },
  ],
  q4: [
    {
      id: 'reply-r-complete',
      level: 'TS',
      reason:
        'Commande consultée et passée en « Retour accepté » ; réponse courtoise de plus de 80 mots : photo demandée, boîte remplacée avant le 20 avril, rétractation de 14 jours, frais de retour précisés.',
    },
    {
      id: 'reply-r-free-return',
      level: 'TS',
      reason:
        'État « Retour accepté » ; réponse complète qui rappelle la rétractation de 14 jours et offre exceptionnellement les frais de retour à une cliente fidèle.',
    },
    {
      id: 'reply-r-after-birthday',
      level: 'S',
      reason:
        'État « Retour accepté », rétractation et frais justes, mais la boîte de remplacement est promise « sous trois semaines », après l’anniversaire du 20 avril.',
    },
    {
      id: 'reply-r-wrong-teas',
      level: 'S',
      reason:
        'État « Retour accepté » et réponse complète, mais elle parle d’une boîte de Darjeeling et d’un rooibos au lieu du Bai Mu Dan et du Chaï masala.',
    },
    {
      id: 'reply-r-public-page',
      level: 'I',
      reason:
        'Réponse correcte sur le fond, mais publiée comme page d’information visible sur le site, avec le nom et la ville de la cliente ; état de la commande inchangé.',
    },
    { id: 'reply-r-not-done', level: 'TI', reason: 'Aucune réponse ni commande consultée (temps écoulé).' },
  ],
  q5: [
    {
      id: 'analysis-r-complete',
      level: 'TS',
      reason:
        'Conversion et chiffre d’affaires des huit produits, deux références choisies avec conversion, marge et stock, thé blanc écarté et expliqué, catégorie créée avec balise titre et méta.',
    },
    {
      id: 'analysis-r-turnover-excl-tax',
      level: 'TS',
      reason:
        'Analyse complète avec un chiffre d’affaires calculé hors taxes (TVA de 5,5 % annoncée), choix argumenté avec références, produit écarté, catégorie complète.',
    },
    {
      id: 'analysis-r-refs-mistyped',
      level: 'S',
      reason:
        'Calculs et choix justes, catégorie complète, mais les références sont mal recopiées (JDO-022, JDO-151) : on ne retrouve pas les produits.',
    },
    {
      id: 'analysis-r-promote-all',
      level: 'I',
      reason:
        'Conversion calculée, mais le candidat refuse de choisir et propose de mettre en avant les huit produits ; catégorie créée : la consigne de deux produits n’est pas respectée.',
    },
    { id: 'analysis-r-not-done', level: 'TI', reason: 'Aucune analyse (temps écoulé).' },
  ],
};

const plan = (id: string, family: SessionPlan['family'], variants: Record<string, string>): SessionPlan => ({
  id,
  family,
  variants,
  heldOut: true,
});

/** Per subject: strong, slips everywhere, weak, almost nothing, unusual, wrong facts, uneven, out of time. */
export const TWELFTH_PLANS: SessionPlan[] = [
  plan('wordpress-r01', 'wordpress', {
    q1: 'article-r-complete',
    q2: 'comments-r-complete',
    q3: 'settings-r-complete',
    q4: 'seo-r-complete',
    q5: 'control-r-alt-english',
  }),
  plan('wordpress-r02', 'wordpress', {
    q1: 'article-r-web-image',
    q2: 'comments-r-censor-criteria',
    q3: 'settings-r-infusions-tagline',
    q4: 'seo-r-alt-erased',
    q5: 'control-r-alt-unsaved',
  }),
  plan('wordpress-r03', 'wordpress', {
    q1: 'article-r-keyword-stuffed',
    q2: 'comments-r-leaf-tea-advice',
    q3: 'settings-r-hashtags',
    q4: 'seo-r-meta-in-title',
    q5: 'control-r-rgpd-as-comment',
  }),
  plan('wordpress-r04', 'wordpress', {
    q4: 'seo-r-untouched-update',
    q3: 'settings-r-hashtags',
    q1: 'article-r-not-done',
    q2: 'comments-r-not-done',
    q5: 'control-r-not-done',
  }),
  plan('wordpress-r05', 'wordpress', {
    q2: 'comments-r-camille-thanked',
    q1: 'article-r-over-matcha-draft',
    q3: 'settings-r-question-tagline',
    q4: 'seo-r-complete',
    q5: 'control-r-rgpd-as-comment',
  }),
  plan('wordpress-r06', 'wordpress', {
    q1: 'article-r-english',
    q2: 'comments-r-leaf-tea-advice',
    q3: 'settings-r-hashtags',
    q4: 'seo-r-meta-in-title',
    q5: 'control-r-complete',
  }),
  plan('wordpress-r07', 'wordpress', {
    q1: 'article-r-keyword-stuffed',
    q2: 'comments-r-leaf-tea-advice',
    q3: 'settings-r-question-tagline',
    q4: 'seo-r-untouched-update',
    q5: 'control-r-alt-unsaved',
  }),
  plan('wordpress-r08', 'wordpress', {
    q1: 'article-r-web-image',
    q2: 'comments-r-approve-all-then-spam',
    q3: 'settings-r-not-done',
    q4: 'seo-r-not-done',
    q5: 'control-r-not-done',
  }),
  plan('shop-r01', 'shop', {
    q1: 'product-r-complete',
    q2: 'voucher-r-complete',
    q3: 'cart-r-complete',
    q4: 'reply-r-complete',
    q5: 'analysis-r-complete',
  }),
  plan('shop-r02', 'shop', {
    q1: 'product-r-health-claims',
    q2: 'voucher-r-page-code-typo',
    q3: 'cart-r-false-anomaly',
    q4: 'reply-r-wrong-teas',
    q5: 'analysis-r-promote-all',
  }),
  plan('shop-r03', 'shop', {
    q1: 'product-r-health-claims',
    q2: 'voucher-r-decimal-percent',
    q3: 'cart-r-false-anomaly',
    q4: 'reply-r-public-page',
    q5: 'analysis-r-promote-all',
  }),
  plan('shop-r04', 'shop', {
    q4: 'reply-r-public-page',
    q1: 'product-r-not-done',
    q2: 'voucher-r-not-done',
    q3: 'cart-r-not-done',
    q5: 'analysis-r-not-done',
  }),
  plan('shop-r05', 'shop', {
    q5: 'analysis-r-turnover-excl-tax',
    q1: 'product-r-discounted-price',
    q2: 'voucher-r-wrong-reasoning',
    q3: 'cart-r-checkout-visited',
    q4: 'reply-r-free-return',
  }),
  plan('shop-r06', 'shop', {
    q1: 'product-r-discounted-price',
    q2: 'voucher-r-decimal-percent',
    q3: 'cart-r-discount-only',
    q4: 'reply-r-wrong-teas',
    q5: 'analysis-r-refs-mistyped',
  }),
  plan('shop-r07', 'shop', {
    q1: 'product-r-health-claims',
    q2: 'voucher-r-ends-today',
    q3: 'cart-r-false-anomaly',
    q4: 'reply-r-after-birthday',
    q5: 'analysis-r-promote-all',
  }),
  plan('shop-r08', 'shop', {
    q2: 'voucher-r-decimal-percent',
    q1: 'product-r-promo-in-summary',
    q3: 'cart-r-not-done',
    q4: 'reply-r-not-done',
    q5: 'analysis-r-not-done',
  }),
];
