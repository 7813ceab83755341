/**
 * The eleventh labelled set, written on 2026-12-07 by a helper who never read the demo subjects'
 * rules, thresholds or examiner aspects, nor any verdict or benchmark figure: an independent
 * measure of agreement on work never tuned on. Each row is labelled from the question's wording
 * as a candidate sees it and the official level meanings (see plans.ts), in the commit that adds
 * this file, BEFORE any rule ran on these sessions and before they were scripted.
 *
 * Behaviours no earlier set scripts: the infusion figures laid out as a table in the article
 * (another valid form), a featured image without alternative text, a list giving three teas of
 * six, a call to action promising 10 % with the right code, annex 2's figures published with a
 * line of text as the article; a reply that also links a demonstration video, a reply without
 * the dosage, a precise reply written in English, a reply sending Julien to the phone instead of
 * advising him; a tagline giving the shop's address, a tagline saved between quote marks, a
 * tagline about « le bio » without tea, the shop's address and phone number as tagline; a meta
 * description written as a question, a meta description far too short, Yoast's target query
 * set to another phrase while title and meta name the rooibos, a bare brand name as SEO title;
 * a RGPD note citing the CNIL's retention guidance, the RGPD recommendation published as a blog
 * article, the privacy page viewed and a one-line note. On the shop: a title tag of a hundred
 * characters, a sheet right but for its summary, the summary and SEO texts drafted in the notes
 * only; a voucher starting tomorrow, a voucher named after its code, the margin reasoning
 * published on the offer page, a bare voucher (no dates, no limits, no page); the welcome code
 * tried on top to check they do not add up, totals noted rounded, the code tried on an empty
 * cart; a reply offering the code as a goodwill gesture, the right of withdrawal cited without
 * its delay, a reply forgetting the damaged box; the gross margin in euros added to the
 * analysis, a product set aside without a reason, visits read with their thousands separator
 * as decimals. The order of `variants` is the order the candidate works in.
 */
import type { SessionPlan, Variant } from './plans.ts';

export const ELEVENTH_WORDPRESS_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'article-z-complete',
      level: 'TS',
      reason:
        'Titre avec « thé vert bio », texte reformulé sous intertitres avec la liste des six repères, appel à l’atelier du 12 avril avec OLEANE5, Nouveautés et deux étiquettes, bannière en image mise en avant avec alt, slug court, requête et méta justes.',
    },
    {
      id: 'article-z-reperes-table',
      level: 'TS',
      reason:
        'Article complet et optimisé ; les repères d’infusion des six thés sont présentés en tableau plutôt qu’en liste à puces, une présentation tout aussi claire.',
    },
    {
      id: 'article-z-no-alt',
      level: 'S',
      reason:
        'Article complet et optimisé, bannière bien en image mise en avant, mais sans texte alternatif.',
    },
    {
      id: 'article-z-three-teas',
      level: 'S',
      reason:
        'Article complet et optimisé, mais la liste des repères ne donne que trois thés sur six (Sencha, Gyokuro, Genmaicha).',
    },
    {
      id: 'article-z-ten-percent',
      level: 'S',
      reason:
        'Article complet et optimisé, mais l’appel à l’action annonce 10 % de remise avec OLEANE5 au lieu de 5 % : promesse fausse aux clients.',
    },
    {
      id: 'article-z-annex-table-only',
      level: 'I',
      reason:
        'Publié avec un titre contenant « thé vert bio », mais le texte se limite aux chiffres de l’annexe 2 et une phrase : ni texte reformulé, ni intertitres, ni appel à l’action, ni image, ni étiquettes, ni Yoast.',
    },
    { id: 'article-z-not-done', level: 'TI', reason: 'Aucun article : question non abordée.' },
  ],
  q2: [
    {
      id: 'comments-z-complete',
      level: 'TS',
      reason:
        'Julien approuvé, publicité laissée dans les indésirables, réponse cordiale au nom de la boutique (eau à 80 °C, 2 g pour 7 cl, fouet en bambou en W), critères de modération notés.',
    },
    {
      id: 'comments-z-video-link',
      level: 'TS',
      reason:
        'Julien approuvé, réponse cordiale et précise (température, dosage, fouet) complétée d’un lien vers une vidéo de démonstration, critères notés.',
    },
    {
      id: 'comments-z-no-dosage',
      level: 'S',
      reason:
        'Julien approuvé, réponse cordiale avec la température et le geste du fouet, mais sans aucun dosage ; critères notés.',
    },
    {
      id: 'comments-z-english',
      level: 'S',
      reason:
        'Julien approuvé, réponse précise (température, dosage, fouet) mais rédigée en anglais à un client qui écrit en français.',
    },
    {
      id: 'comments-z-ask-to-call',
      level: 'I',
      reason:
        'Julien approuvé ; réponse polie qui l’invite seulement à appeler la boutique au 04 50 00 00 00 : aucun conseil sur le matcha.',
    },
    { id: 'comments-z-not-done', level: 'TI', reason: 'Commentaires jamais ouverts.' },
  ],
  q3: [
    {
      id: 'settings-z-complete',
      level: 'TS',
      reason:
        'Approbation manuelle cochée et enregistrée ; slogan « Thés bio choisis avec soin à Annecy », court, avec Annecy et les thés bio.',
    },
    {
      id: 'settings-z-address',
      level: 'TS',
      reason:
        'Approbation manuelle enregistrée ; slogan « Thés bio d’Annecy, 7 passage des Tilleuls », moins de 60 caractères, Annecy et thés bio, ancré localement.',
    },
    {
      id: 'settings-z-quotes',
      level: 'S',
      reason:
        'Approbation manuelle enregistrée ; bon slogan court avec Annecy et thés bio, mais saisi entre guillemets qui s’affichent sur le site.',
    },
    {
      id: 'settings-z-no-tea',
      level: 'S',
      reason:
        'Approbation manuelle enregistrée ; slogan « Le bio au cœur d’Annecy », court, mais qui ne parle pas de thé.',
    },
    {
      id: 'settings-z-contact-tagline',
      level: 'I',
      reason:
        'Approbation manuelle enregistrée ; le slogan est remplacé par l’adresse et le téléphone de la boutique : ni thés ni bio, ce n’est pas un slogan.',
    },
    { id: 'settings-z-not-done', level: 'TI', reason: 'Réglages jamais ouverts (temps écoulé).' },
  ],
  q4: [
    {
      id: 'seo-z-complete',
      level: 'TS',
      reason:
        'Titre SEO de moins de 60 caractères avec « rooibos », méta incitative de 120 à 160 caractères avec la requête, requête cible « rooibos », extrait et alt revus, mise à jour, page publique consultée.',
    },
    {
      id: 'seo-z-question-meta',
      level: 'TS',
      reason:
        'Titre SEO juste ; méta rédigée sous forme de question (« Envie d’une infusion sans théine ? ») de 120 à 160 caractères avec « rooibos », mise à jour, page consultée.',
    },
    {
      id: 'seo-z-meta-short',
      level: 'S',
      reason:
        'Titre SEO juste et page consultée, mais méta description d’une soixantaine de caractères, loin des 120 demandés.',
    },
    {
      id: 'seo-z-focus-wrong',
      level: 'S',
      reason:
        'Titre SEO et méta justes avec « rooibos », page consultée, mais la requête cible de Yoast est saisie « infusion sans théine » au lieu de « rooibos ».',
    },
    {
      id: 'seo-z-brand-title',
      level: 'I',
      reason:
        'Titre SEO réduit au nom « Les Jardins d’Oléane », sans la requête, et méta de quelques mots ; page non consultée.',
    },
    { id: 'seo-z-not-done', level: 'TI', reason: 'Article à optimiser jamais ouvert.' },
  ],
  q5: [
    {
      id: 'control-z-complete',
      level: 'TS',
      reason:
        'Page publique de l’article de la question 1 consultée, alt descriptif des coffrets ajouté et article mis à jour, recommandation RGPD de plus de 40 mots sur les trois points.',
    },
    {
      id: 'control-z-cnil',
      level: 'TS',
      reason:
        'Page de l’article consultée, alt des coffrets corrigé ; recommandation RGPD complète qui cite la CNIL (mention sous le formulaire, lien vers la politique, conservation limitée des e-mails).',
    },
    {
      id: 'control-z-note-as-article',
      level: 'S',
      reason:
        'Page consultée et alt corrigé ; recommandation RGPD juste sur les trois points, mais publiée comme article du blog au lieu d’être dans les notes de la question.',
    },
    {
      id: 'control-z-privacy-page-only',
      level: 'I',
      reason:
        'Seule la page de politique de confidentialité est consultée, avec une note d’une ligne (« la politique existe, c’est conforme ») ; ni article contrôlé ni alt corrigé.',
    },
    { id: 'control-z-not-done', level: 'TI', reason: 'Aucun contrôle (temps écoulé).' },
  ],
};

export const ELEVENTH_SHOP_VARIANTS: Record<string, Variant[]> = {
  q1: [
    {
      id: 'product-z-complete',
      level: 'TS',
      reason:
        'Prix 9,90 €, stock 80, Thés verts, résumé de 200 à 300 caractères avec « thé vert bio », balise titre, méta de 120 à 160 caractères et URL avec l’expression, fiche vue en front office.',
    },
    {
      id: 'product-z-title-too-long',
      level: 'S',
      reason:
        'Fiche complète et vue en ligne, mais la balise titre fait une centaine de caractères (elle sera tronquée dans les résultats).',
    },
    {
      id: 'product-z-no-summary',
      level: 'S',
      reason:
        'Prix, stock, catégorie et référencement justes, fiche vue, mais aucun résumé rédigé : la description courte reste vide.',
    },
    {
      id: 'product-z-summary-in-notes',
      level: 'I',
      reason:
        'Prix et stock enregistrés ; résumé, balise titre et méta rédigés dans les notes de la question seulement, jamais dans la fiche ; fiche non vue.',
    },
    { id: 'product-z-not-done', level: 'TI', reason: 'Fiche produit jamais modifiée.' },
  ],
  q2: [
    {
      id: 'voucher-z-complete',
      level: 'TS',
      reason:
        'Bon juste (nom, OLEANE5, 5 %, d’aujourd’hui au 31 mai, une fois par client, 30 paniers), intérêt des restrictions noté, page de plus de 80 mots avec code, conditions et méta.',
    },
    {
      id: 'voucher-z-starts-tomorrow',
      level: 'S',
      reason:
        'Bon et page soignés, mais le bon ne commence que demain au lieu d’aujourd’hui : les premiers acheteurs du jour seront refusés.',
    },
    {
      id: 'voucher-z-name-is-code',
      level: 'S',
      reason:
        'Bon juste dans ses règles et page complète, mais le bon est nommé « OLEANE5 » au lieu de « Printemps des thés verts bio ».',
    },
    {
      id: 'voucher-z-justified-on-page',
      level: 'S',
      reason:
        'Bon juste ; page complète, mais elle explique aux clients que les restrictions servent à protéger la marge : argument interne publié sur le site.',
    },
    {
      id: 'voucher-z-bare',
      level: 'I',
      reason:
        'Bon OLEANE5 à 5 % créé sans dates ni aucune limite (par client, nombre de paniers), et aucune page d’information.',
    },
    { id: 'voucher-z-not-done', level: 'TI', reason: 'Aucun bon ni page créés.' },
  ],
  q3: [
    {
      id: 'cart-z-complete',
      level: 'TS',
      reason:
        'Gyokuro au panier, OLEANE5 appliqué et accepté, totaux avant et après réduction notés, aucune anomalie.',
    },
    {
      id: 'cart-z-welcome-stacked',
      level: 'TS',
      reason:
        'Test complet avec totaux avant et après notés, puis BIENVENUE10 essayé en plus pour vérifier que les codes ne se cumulent pas, constat noté.',
    },
    {
      id: 'cart-z-rounded-totals',
      level: 'S',
      reason:
        'Test fait et code accepté, mais les totaux sont notés arrondis (« environ 10 € », « 9,40 € ») au lieu des montants exacts.',
    },
    {
      id: 'cart-z-empty-cart',
      level: 'I',
      reason:
        'OLEANE5 tapé dans un panier vide, sans y avoir mis le Gyokuro ; aucun total relevé et le candidat conclut que le code ne marche pas.',
    },
    { id: 'cart-z-not-done', level: 'TI', reason: 'Aucun test en boutique (temps écoulé).' },
  ],
  q4: [
    {
      id: 'reply-z-complete',
      level: 'TS',
      reason:
        'Commande consultée et passée en « Retour accepté » ; réponse courtoise de plus de 80 mots : photo demandée, boîte remplacée avant le 20 avril, droit de rétractation de 14 jours, frais de retour précisés.',
    },
    {
      id: 'reply-z-goodwill-code',
      level: 'TS',
      reason:
        'État « Retour accepté » et réponse complète et courtoise (photo, remplacement, rétractation de 14 jours, frais), qui offre en plus le code OLEANE5 comme geste commercial.',
    },
    {
      id: 'reply-z-no-delay',
      level: 'S',
      reason:
        'État « Retour accepté », réponse courtoise avec photo, remplacement et frais de retour ; le droit de rétractation est cité mais sans son délai.',
    },
    {
      id: 'reply-z-box-forgotten',
      level: 'I',
      reason:
        'État « Retour accepté » et retour du Chaï bien traité (rétractation, 14 jours, frais), mais rien sur la boîte cabossée, sa plainte principale.',
    },
    {
      id: 'reply-z-not-done',
      level: 'TI',
      reason: 'Aucune réponse ni consultation de commande (temps écoulé).',
    },
  ],
  q5: [
    {
      id: 'analysis-z-complete',
      level: 'TS',
      reason:
        'Conversion et chiffre d’affaires des huit produits, deux références choisies avec conversion, marge et stock, thé blanc écarté et expliqué, catégorie créée avec balise titre et méta.',
    },
    {
      id: 'analysis-z-margin-euros',
      level: 'TS',
      reason:
        'Analyse complète et juste, enrichie de la marge brute en euros de chaque produit ; choix argumenté avec références, produit écarté, catégorie complète.',
    },
    {
      id: 'analysis-z-reject-unexplained',
      level: 'S',
      reason:
        'Calculs justes, deux références bien argumentées, catégorie complète, mais le thé blanc est écarté sans aucune explication.',
    },
    {
      id: 'analysis-z-thousands-misread',
      level: 'I',
      reason:
        'Visites lues comme des décimales (« 1 240 » pris pour 1,24) : taux de conversion absurdes (2 500 %) non remarqués et choix fondé dessus ; catégorie créée.',
    },
    { id: 'analysis-z-not-done', level: 'TI', reason: 'Aucune analyse (temps écoulé).' },
  ],
};

const plan = (id: string, family: SessionPlan['family'], variants: Record<string, string>): SessionPlan => ({
  id,
  family,
  variants,
  heldOut: true,
});

/**
 * Eight candidates per subject: a strong one (z01), a careful one with a slip everywhere (z02),
 * a weak one (z03), one who does almost nothing (z04), uneven ones; wordpress-z02 starts with
 * the settings, wordpress-z04 with the check, wordpress-z05 with the comments, wordpress-z08
 * starts with question 4 and runs out of time before the settings and the check; shop-z04
 * starts with the reply and stops after the cart, shop-z05 starts with the analysis, shop-z06
 * with the reply, shop-z08 starts with the voucher and runs out of time after the sheet.
 */
export const ELEVENTH_PLANS: SessionPlan[] = [
  plan('wordpress-z01', 'wordpress', {
    q1: 'article-z-complete',
    q2: 'comments-z-complete',
    q3: 'settings-z-complete',
    q4: 'seo-z-complete',
    q5: 'control-z-cnil',
  }),
  plan('wordpress-z02', 'wordpress', {
    q3: 'settings-z-quotes',
    q1: 'article-z-no-alt',
    q2: 'comments-z-no-dosage',
    q4: 'seo-z-meta-short',
    q5: 'control-z-note-as-article',
  }),
  plan('wordpress-z03', 'wordpress', {
    q1: 'article-z-annex-table-only',
    q2: 'comments-z-ask-to-call',
    q3: 'settings-z-contact-tagline',
    q4: 'seo-z-brand-title',
    q5: 'control-z-privacy-page-only',
  }),
  plan('wordpress-z04', 'wordpress', {
    q5: 'control-z-privacy-page-only',
    q3: 'settings-z-contact-tagline',
    q1: 'article-z-not-done',
    q2: 'comments-z-not-done',
    q4: 'seo-z-not-done',
  }),
  plan('wordpress-z05', 'wordpress', {
    q2: 'comments-z-video-link',
    q1: 'article-z-reperes-table',
    q3: 'settings-z-address',
    q4: 'seo-z-focus-wrong',
    q5: 'control-z-complete',
  }),
  plan('wordpress-z06', 'wordpress', {
    q1: 'article-z-three-teas',
    q2: 'comments-z-english',
    q3: 'settings-z-complete',
    q4: 'seo-z-meta-short',
    q5: 'control-z-cnil',
  }),
  plan('wordpress-z07', 'wordpress', {
    q1: 'article-z-ten-percent',
    q2: 'comments-z-ask-to-call',
    q3: 'settings-z-no-tea',
    q4: 'seo-z-question-meta',
    q5: 'control-z-note-as-article',
  }),
  plan('wordpress-z08', 'wordpress', {
    q4: 'seo-z-question-meta',
    q2: 'comments-z-no-dosage',
    q1: 'article-z-three-teas',
    q3: 'settings-z-not-done',
    q5: 'control-z-not-done',
  }),
  plan('shop-z01', 'shop', {
    q1: 'product-z-complete',
    q2: 'voucher-z-complete',
    q3: 'cart-z-welcome-stacked',
    q4: 'reply-z-complete',
    q5: 'analysis-z-margin-euros',
  }),
  plan('shop-z02', 'shop', {
    q1: 'product-z-title-too-long',
    q2: 'voucher-z-starts-tomorrow',
    q3: 'cart-z-rounded-totals',
    q4: 'reply-z-no-delay',
    q5: 'analysis-z-reject-unexplained',
  }),
  plan('shop-z03', 'shop', {
    q1: 'product-z-summary-in-notes',
    q2: 'voucher-z-bare',
    q3: 'cart-z-empty-cart',
    q4: 'reply-z-box-forgotten',
    q5: 'analysis-z-thousands-misread',
  }),
  plan('shop-z04', 'shop', {
    q4: 'reply-z-box-forgotten',
    q3: 'cart-z-empty-cart',
    q1: 'product-z-not-done',
    q2: 'voucher-z-not-done',
    q5: 'analysis-z-not-done',
  }),
  plan('shop-z05', 'shop', {
    q5: 'analysis-z-complete',
    q1: 'product-z-no-summary',
    q2: 'voucher-z-justified-on-page',
    q3: 'cart-z-complete',
    q4: 'reply-z-goodwill-code',
  }),
  plan('shop-z06', 'shop', {
    q4: 'reply-z-complete',
    q1: 'product-z-summary-in-notes',
    q2: 'voucher-z-name-is-code',
    q3: 'cart-z-rounded-totals',
    q5: 'analysis-z-thousands-misread',
  }),
  plan('shop-z07', 'shop', {
    q1: 'product-z-title-too-long',
    q2: 'voucher-z-bare',
    q3: 'cart-z-complete',
    q4: 'reply-z-no-delay',
    q5: 'analysis-z-reject-unexplained',
  }),
  plan('shop-z08', 'shop', {
    q2: 'voucher-z-starts-tomorrow',
    q1: 'product-z-no-summary',
    q3: 'cart-z-not-done',
    q4: 'reply-z-not-done',
    q5: 'analysis-z-not-done',
  }),
];
