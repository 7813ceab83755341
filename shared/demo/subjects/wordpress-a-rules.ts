/**
 * Rules of questions 2 to 4 of the demo WordPress subject (question 1, the article, is in
 * wordpress-a-article.ts, question 5 in wordpress-a-check-rules.ts): one rule per requirement, wrong work told from missing work by
 * ceilings, guards that weigh nothing (the advert kept out of the blog) and the designer's facts
 * (the rooibos is an infusion without theine; the GDPR binds a blog). Comment ids are the demo
 * site's seeded ones (tests/sites/demo/seed.mjs): 2 is Julien's pending question, 3 the advert.
 */
import {
  courteous,
  inSentences,
  notBlaming,
  notFiller,
  notTextSpeak,
  underTheComment,
} from '../../rules/library/index.ts';
import type { Condition, EvidenceRuleInput } from '../../schema/rule.ts';
import { TOLERANT } from '../company.ts';
import { noWrongTemperature, STILL_ONLINE } from './wordpress-a-article.ts';

/**
 * Claims the subject's facts contradict for the rooibos article (« l’infusion sans théine »):
 * written into its SEO texts, they misinform the reader (at most I).
 */
const ROOIBOS_WRONG_CLAIMS = (field: string): Condition => ({
  op: 'matches',
  field,
  pattern: '(riche|plein|pleine|source|chargée?) (en|de) th[ée]ine|contient de la th[ée]ine|th[ée] vert',
  flags: 'i',
  negate: true,
  weight: 0,
  ceiling: 'I',
  label: 'aucune information contraire à l’article (le rooibos est une infusion sans théine)',
});

export const COMMENT_RULES: EvidenceRuleInput[] = [
  {
    id: 'q2-comment-approved',
    title: 'Commentaire de Julien approuvé (ou approuvé par la réponse)',
    description:
      'Le commentaire en attente du site de démonstration (n° 2, Julien) : sa dernière modération est une approbation. Répondre depuis la modération approuve le commentaire, comme dans WordPress : la réponse compte aussi.',
    criteria: ['C5'],
    kind: 'comment.moderated',
    where: [
      { op: 'equals', field: 'data.commentId', value: '2', required: true },
      { op: 'equals', field: 'data.action', value: 'approve' },
    ],
    // Approved then sent to spam is not approved: the comment's last moderation decides.
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q2-legitimate-kept',
    title: 'Commentaire légitime déjà publié laissé en ligne',
    description:
      'Le commentaire approuvé de Camille (n° 1 du site de démonstration) : le désapprouver, le mettre en indésirable ou à la corbeille masque un commentaire légitime — une faute de modération (au plus S).',
    criteria: ['C5'],
    kind: 'comment.moderated',
    where: [
      { op: 'equals', field: 'data.commentId', value: '1', required: true },
      {
        op: 'matches',
        field: 'data.action',
        pattern: '^(unapprove|spam|trash|delete)$',
        negate: true,
        ceiling: 'S',
        label: 'commentaire légitime non masqué',
      },
    ],
    evidence: 'state',
    weight: 0,
  },
  {
    id: 'q2-advert-kept-out',
    title: 'Message publicitaire laissé hors du blog',
    description:
      'Le message publicitaire du site de démonstration (n° 3, « Super Promo ») est déjà dans les indésirables : rien à faire tant qu’il y reste. L’approuver publie une publicité sous le nom de l’entreprise : une faute de modération (au plus S), pas un oubli.',
    criteria: ['C5'],
    kind: 'comment.moderated',
    where: [
      { op: 'equals', field: 'data.commentId', value: '3', required: true },
      {
        op: 'differs',
        field: 'data.action',
        value: 'approve',
        ceiling: 'S',
        label: 'publicité non approuvée',
      },
      // « Placez les messages publicitaires dans les indésirables » : moved to the bin (or back
      // to pending) it is not where asked — WordPress learns from spam, not from the bin.
      {
        op: 'matches',
        field: 'data.action',
        pattern: '^(spam|approve)$',
        weight: 0,
        ceiling: 'S',
        label: 'publicité laissée dans les indésirables (pas à la corbeille)',
      },
    ],
    evidence: 'state',
    // A guard: it weighs nothing and caps the question only when the advert ends approved.
    weight: 0,
  },
  {
    id: 'q2-criteria-fair',
    title: 'Critères de modération qui ne censurent pas les avis négatifs',
    description:
      'Les critères s’expliquent à l’oral ; écrits dans les notes, ils ne pèsent rien. Écarter les critiques parce qu’elles sont négatives trompe les futurs clients (avis en ligne : article L111-7-2 du Code de la consommation) : une faute de modération (au plus S).',
    criteria: ['C5'],
    kind: 'task.noteSaved',
    where: [
      { op: 'equals', field: 'data.questionId', value: 'q2', required: true },
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          '(?:je|on|nous) (?:rejet|supprim|refus|retir|masqu|class|mets|met|place)\\w*[^.]{0,60}(?:critiques?|négati|mécontent|défavorable|mauvais avis)',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'S',
        // « Je ne supprime jamais une critique »: the verb right after its subject, so a
        // negation (« je ne… ») does not read as the practice.
        label: 'avis négatifs gardés (seuls les abus et publicités écartés)',
      },
    ],
    evidence: 'state',
    // A guard: it weighs nothing and caps the question only when the note says so.
    weight: 0,
  },
  {
    id: 'q2-reply',
    title: 'Réponse à Julien sur le matcha',
    criteria: ['C3', 'C5'],
    kind: 'comment.replied',
    // Posted as a new comment through the article's public form: the answer is written but not
    // under Julien's question (at most S, `underTheComment`).
    orKinds: ['comment.posted'],
    where: [
      { op: 'wordsAtLeast', field: 'data.text', value: 20 },
      { op: 'contains', field: 'data.text', value: 'matcha', tolerant: TOLERANT },
      // Julien asks about his matcha: a reply about the leaf teas (« Sencha 75 °C… ») with no
      // word of matcha, its powder or its whisk answers another question (at most I).
      {
        op: 'matches',
        field: 'data.text',
        pattern: 'matcha|poudre|fouet|chasen',
        flags: 'i',
        weight: 0,
        ceiling: 'I',
        label: 'réponse qui parle du matcha (la question de Julien)',
      },
      // « Un ton cordial » is asked: a reply with no greeting, thanks or closing is curt, which
      // is work not done as asked (at most S), not missing work. The tone itself stays the
      // examiner's (examinerAspects).
      courteous('formule de politesse (salutation, remerciement)'),
      notBlaming(),
      notFiller('réponse sans remplissage'),
      underTheComment('réponse publiée sous le commentaire de Julien (« Répondre »)'),
      // Julien's reply greeting the other commenter of the blog mixes up two customers: done,
      // but not as a customer relationship asks (at most S).
      {
        op: 'matches',
        field: 'data.text',
        pattern: '(?:Bonjour|Bonsoir|Salut|Hello|Cher|Chère),? Camille',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'S',
        label: 'réponse adressée à Julien (pas à un autre internaute)',
      },
      // A public reply in telegraphic notes (« Matcha : 80 °C, 1-2 g, fouet. ») answers, but
      // curtly, in the shop's name (at most S).
      inSentences('réponse rédigée en phrases (pas en notes télégraphiques)'),
      notTextSpeak('réponse sans langage SMS (« bjr », « dsl »)'),
      // Not checked: under which comment the reply sits. Answering in Julien's thread (under
      // the shop's first reply to him) is as valid as under his comment, and an event names
      // only its direct parent (fourth labelled set); a reply under another commenter's
      // comment is left to the examiner, who sees the parent in the evidence.
    ],
    evidence: 'process',
    weight: 2,
  },
  {
    id: 'q2-advice',
    title: 'Conseil précis : température, dosage, fouet',
    criteria: ['C3'],
    kind: 'comment.replied',
    orKinds: ['comment.posted'],
    where: [
      { op: 'wordsAtLeast', field: 'data.text', value: 10, required: true },
      { op: 'numbersWithin', field: 'data.text', unit: '°C', min: 60, max: 85 },
      // Wrong advice (boiling water) is not a missing detail: the request is mishandled.
      noWrongTemperature(),
      // « Versez de l’eau bouillante » without a figure: the same wrong advice in words (at most
      // I). The verb first, so that « jamais d’eau bouillante » is not read as the advice.
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          '(?:versez|verser|utilisez|utiliser|ajoutez|ajouter|prenez) (?:de l.|une |l.)?eau bouillante',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'aucune eau bouillante conseillée (le matcha se prépare vers 80 °C)',
      },
      { op: 'mentions', field: 'data.text', values: ['fouet', ' g '] },
      // Julien asks how to prepare his matcha: a reply, however cordial, with no preparation
      // advice at all (no temperature, dose or whisk) does not answer him (at most I).
      {
        op: 'matches',
        field: 'data.text',
        pattern: '°|degr[ée]|\\b[0-9]+ ?(?:g|gr|grammes?)\\b|fouet|cuill|chasen|tamis',
        flags: 'i',
        weight: 0,
        ceiling: 'I',
        label: 'un conseil de préparation au moins (température, dosage ou fouet)',
      },
      // Julien asks how to prepare it: a reply about the whisk alone, with neither the water's
      // temperature nor the dose, leaves his question unanswered (at most I; the second
      // labelled set rates dose and whisk without the temperature S).
      {
        op: 'matches',
        field: 'data.text',
        pattern: '°|degr[ée]|tempér|frémi|bouill|\\b[0-9]+ ?(?:g|gr|grammes?)\\b|cuill|dos[ae]',
        flags: 'i',
        weight: 0,
        ceiling: 'I',
        label: 'réponse à la question de Julien (température ou dosage, pas seulement le fouet)',
      },
    ],
    evidence: 'process',
    weight: 2,
  },
];

/** Question 4's events are about the article to optimise, not another one. */
const theSeoArticle = {
  op: 'contains',
  field: 'data.title',
  // The article about the target query, by its title or its address: a candidate who rewrites
  // the article's title (instead of Yoast's SEO title) still works on that article.
  value: '{{seoKeyword}}',
  orFields: ['data.slug'] as string[],
  tolerant: TOLERANT,
  required: true,
  label: 'l’article à optimiser (« {{seoArticle}} »)',
} as const;

export const SEO_RULES: EvidenceRuleInput[] = [
  {
    id: 'q4-meta-description',
    title: 'Méta description de 120 à 160 caractères avec la requête cible',
    criteria: ['C2'],
    kind: 'content.updated',
    where: [
      theSeoArticle,
      STILL_ONLINE,
      {
        // The query is what the description is optimised for: written without it, the
        // description is done wrong (at most S)…
        op: 'contains',
        field: 'data.seo.metaDescription',
        value: '{{seoKeyword}}',
        tolerant: TOLERANT,
        ceiling: 'S',
      },
      // … and with the SEO title without it too, the question's core — optimising for the
      // query — is not done at all (at most I).
      {
        op: 'contains',
        field: 'data.seo.title',
        orFields: ['data.seo.metaDescription'],
        value: '{{seoKeyword}}',
        tolerant: TOLERANT,
        weight: 0,
        ceiling: 'I',
        label: 'requête cible dans le titre SEO ou la méta description',
      },
      { op: 'lengthBetween', field: 'data.seo.metaDescription', min: 120, max: 160 },
      // The article's own facts: a rooibos is an infusion without theine. A description that
      // calls it a green tea or rich in theine misinforms the reader: at most I.
      ROOIBOS_WRONG_CLAIMS('data.seo.metaDescription'),
      // A stuffed description is the question's core done wrong: at most I.
      {
        op: 'notStuffed',
        field: 'data.seo.metaDescription',
        value: '{{seoKeyword}}',
        maxRepeats: 2,
        maxDensity: 0.4,
        ceiling: 'I',
      },
    ],
    evidence: 'state',
    weight: 2,
  },
  {
    id: 'q4-seo-title',
    title: 'Titre SEO de 60 caractères au plus avec la requête cible',
    criteria: ['C2'],
    kind: 'content.updated',
    where: [
      theSeoArticle,
      { op: 'contains', field: 'data.seo.title', value: '{{seoKeyword}}', tolerant: TOLERANT },
      { op: 'lengthBetween', field: 'data.seo.title', min: 20, max: 60 },
      ROOIBOS_WRONG_CLAIMS('data.seo.title'),
      // « Rooibos bio | Rooibos sans théine | Rooibos famille »: the query repeated to please the
      // engine reads as spam to a person (done, at a cost: at most S).
      {
        op: 'notStuffed',
        field: 'data.seo.title',
        value: '{{seoKeyword}}',
        maxRepeats: 2,
        maxDensity: 0.5,
        weight: 0,
        ceiling: 'S',
        label: 'titre SEO sans répétition de la requête',
      },
      // Yoast's focus keyphrase, when the candidate fills it in, is the query the article is
      // optimised for: another phrase (« infusion sans théine ») makes Yoast grade the page
      // against the wrong query (done, not as asked: at most S).
      {
        op: 'contains',
        field: 'data.seo.focusKeyword',
        value: '{{seoKeyword}}',
        tolerant: TOLERANT,
        ifAny: true,
        weight: 0,
        ceiling: 'S',
        label: 'requête cible de Yoast juste (« {{seoKeyword}} »), quand elle est saisie',
      },
      // The article is already published and linked to: changing its slug breaks those links
      // and loses what it had earned in search (done, at a cost: at most S).
      {
        op: 'equals',
        field: 'data.slug',
        value: '{{seoSlug}}',
        weight: 0,
        ceiling: 'S',
        label: 'adresse (slug) de l’article publié inchangée',
      },
    ],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q4-seo-written',
    title: 'Titre SEO et méta description rédigés dans Yoast',
    description:
      'Sur l’article à optimiser ou, par erreur, sur un autre : le travail est commencé (les règles ci-dessus disent s’il porte sur le bon article).',
    criteria: ['C2'],
    kind: 'content.updated',
    where: [
      { op: 'lengthBetween', field: 'data.seo.title', min: 10, max: 200 },
      { op: 'lengthBetween', field: 'data.seo.metaDescription', min: 50, max: 400 },
    ],
    evidence: 'process',
    weight: 1,
  },
  {
    id: 'q4-updated',
    title: 'Article à optimiser mis à jour',
    description: 'Le repère de la consultation qui suit : il ne pèse rien par lui-même.',
    criteria: ['C2'],
    kind: 'content.updated',
    where: [theSeoArticle],
    evidence: 'process',
    weight: 0,
  },
  {
    id: 'q4-public-page',
    title: 'Page publique de l’article consultée par le candidat',
    criteria: ['C2'],
    kind: 'nav.visited',
    where: [{ op: 'matches', field: 'url', pattern: '/blog/rooibos|rooibos', flags: 'i' }],
    evidence: 'process',
    weight: 0.5,
  },
  {
    id: 'q4-public-page-checked',
    title: 'Page publique consultée après la mise à jour',
    description:
      '« Mettez l’article à jour, puis consultez sa page publique pour contrôler le résultat » : une consultation avant la mise à jour ne contrôle pas le résultat.',
    criteria: ['C2'],
    kind: 'nav.visited',
    where: [{ op: 'matches', field: 'url', pattern: '/blog/rooibos|rooibos', flags: 'i' }],
    after: 'q4-updated',
    evidence: 'process',
    weight: 0.5,
  },
];
