/**
 * Rules of the demo e-commerce subject read in the candidate's notes: the reply to Mme Fontaine
 * (question 4) and the sales analysis (question 5). Same principles as ecommerce-a-rules.ts
 * (core about 55 %, wrong work capped, not weighed); kept apart for the size limit.
 */
import {
  courteous,
  inSentences,
  notBlaming,
  notTextSpeak,
  notTheQuestion,
} from '../../rules/library/index.ts';
import type { EvidenceRuleInput } from '../../schema/rule.ts';
import { noteOf } from './ecommerce-a-rules.ts';

export const COMPLAINT_RULES: EvidenceRuleInput[] = [
  {
    id: 'q4-orders-consulted',
    title: 'Commandes consultées dans le back-office',
    criteria: ['C7'],
    kind: 'nav.visited',
    where: [{ op: 'matches', field: 'url', pattern: 'order|commande', flags: 'i' }],
    evidence: 'process',
    weight: 0.5,
  },
  {
    // The core: a reply that answers both of the customer's requests. Whether the solution is
    // the right one, and the tone, are the examiner's (EXAMINER_ASPECTS.q4).
    id: 'q4-reply',
    title: 'Réponse à la cliente sur la boîte abîmée et sur le retour',
    criteria: ['C7'],
    kind: 'task.noteSaved',
    where: [
      noteOf('q4'),
      notTheQuestion('q4'),
      { op: 'wordsAtLeast', field: 'data.text', value: 5, label: 'réponse rédigée' },
      {
        op: 'matches',
        field: 'data.text',
        // The solution must be about the box (« remboursement » alone may be the Chaï's return).
        pattern:
          '(?:bo[iî]te|couvercle|caboss|abîm)[^.]{0,150}(?:remplac|rembours|renvo|nouvelle|neuve|échang|geste)|(?:remplac|rembours|renvo|nouvelle|neuve|échang|geste)[^.]{0,150}(?:bo[iî]te|couvercle|caboss|abîm)',
        flags: 'i',
        // Her first complaint: a reply that settles the return and says nothing of the
        // damaged box leaves the main request unanswered (at most I).
        ceiling: 'I',
        label: 'solution proposée pour la boîte abîmée',
      },
      {
        op: 'matches',
        field: 'data.text',
        pattern: 'rétractation|retour|renvo',
        flags: 'i',
        label: 'demande de retour traitée',
      },
      // « Rester courtoise » is asked: a reply with no greeting, thanks or closing is at most S.
      courteous('formule de politesse (salutation, remerciement)'),
      // « Préserver la relation avec une cliente fidèle »: blaming her damages it (at most I).
      notBlaming(),
      // A reply speaks to the customer; the terms of sale pasted (« le client dispose… ») answer
      // nobody (at most I).
      {
        op: 'matches',
        field: 'data.text',
        pattern: '\\b(vous|votre|vos|madame|mme)\\b',
        flags: 'i',
        weight: 0,
        ceiling: 'I',
        label: 'réponse adressée à la cliente (vous, Madame)',
      },
      // A loyal customer called by another name (« Madame Fontana »): done, but the relation
      // the question asks to preserve suffers (at most S). Any capital name after « Madame »
      // other than Fontaine (or her first name, Léa), spelled out letter by letter.
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          '(?:Madame|Mme) (?:[A-EG-KM-Z]|F[a-np-z]|Fo[a-mo-z]|Fon[a-su-z]|Font[b-z]|Fonta[a-hj-z]|Fontai[a-mo-z])',
        negate: true,
        weight: 0,
        ceiling: 'S',
        label: 'nom de la cliente exact (Mme Fontaine)',
      },
      notTextSpeak('réponse sans langage SMS (« bjr », « dsl »)'),
      // A letter to a customer in telegraphic notes answers, but curtly (at most S).
      inSentences('réponse rédigée en phrases (pas en notes télégraphiques)'),
      // The seller answers for the parcel until the customer receives it: sending her to the
      // carrier leaves her without a solution (at most I).
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          '(vous invit\\w* à|veuillez|merci de|vous (devez|pouvez|devrez)|je vous (conseille|invite|recommande)|contactez|adressez-vous|rapprochez-vous)[^.]{0,80}(transporteur|la poste|colissimo|chronopost)',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'cliente non renvoyée vers le transporteur (le vendeur répond du colis)',
      },
      // The law's facts: an unopened product may be returned within 14 days. A reply that
      // refuses the return on a false ground misinforms the customer (at most I).
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          'exclu\\w* (?:de la|du droit de) rétractation|pas de (droit de )?rétractation|ne (pouvons|pourrons|pas pouvoir) (?:pas )?(accepter|reprendre)|refusons',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'aucun refus du retour contraire au droit de rétractation',
      },
      // Fees the company never charges, deducted from a withdrawal's refund: invented
      // conditions against the customer (at most I).
      {
        op: 'matches',
        field: 'data.text',
        pattern: 'frais de (?:dossier|gestion|traitement)|déduction faite|retenu[es]* sur',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'aucuns frais inventés retenus sur le remboursement',
      },
      // Her order (question 4's message): Gyokuro, a Bai Mu Dan box, a Chaï masala pack. A
      // reply about « la boîte de Darjeeling » or « le rooibos » answers someone else's order:
      // done, with the wrong facts in the customer's eyes (at most S).
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          '(?:bo[iî]te|paquet|sachets?|retour|pour|concernant|quant au) (?:de |du |le |la )?(?:darjeeling|rooibos|sencha|long jing|matcha|verveine|genmaicha)',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'S',
        label: 'produits de sa commande nommés juste (Bai Mu Dan, Chaï masala)',
      },
    ],
    evidence: 'state',
    weight: 3,
  },
  {
    id: 'q4-rights',
    title: 'Rétractation, délai, frais de retour et justificatif précisés, en 80 mots au moins',
    criteria: ['C7'],
    kind: 'task.noteSaved',
    where: [
      noteOf('q4'),
      notTheQuestion('q4'),
      {
        op: 'mentions',
        field: 'data.text',
        values: ['rétractation', 'frais de retour', 'photo'],
        weight: 2,
      },
      // The right's delay, not any « 14 jours » (« remboursée sous 14 jours » is the refund's):
      // the question asks for it by name; without it the customer does not know until when
      // she may return the pack (at most S).
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          '(?:rétract|dispos|avez|reste)[^.]{0,60}(?:14|quatorze) jours|(?:14|quatorze) jours[^.]{0,40}(?:pour|afin de) (?:nous )?(?:retourn|renvoy|rétract|exercer|change)',
        flags: 'i',
        ceiling: 'S',
        label: 'délai de rétractation donné (14 jours pour renvoyer le paquet)',
      },
      // A wrong legal delay (« 7 jours ») misinforms the customer: the reply is at most I.
      {
        op: 'numbersWithin',
        field: 'data.text',
        unit: 'jours',
        min: 14,
        max: 30,
        ifAny: true,
        weight: 0,
        ceiling: 'S',
        label: 'aucun délai faux (rétractation : 14 jours)',
      },
      { op: 'wordsAtLeast', field: 'data.text', value: 80 },
      { op: 'notRepetitive', field: 'data.text' },
    ],
    evidence: 'state',
    weight: 2,
  },
];

/** Annex 2, per product: gross margin (%), sales and visits of the last 30 days. */
const ANNEX_2: readonly (readonly [number, number, number])[] = [
  [52, 31, 1240],
  [48, 34, 860],
  [41, 19, 2150],
  [58, 38, 640],
  [55, 12, 1020],
  [46, 21, 450],
  [60, 44, 980],
  [50, 9, 1480],
];

export const ANALYSIS_RULES: EvidenceRuleInput[] = [
  {
    // The core: two products chosen, designated and justified (« done and usable »).
    id: 'q5-choice',
    title: 'Deux produits choisis, désignés par leur référence et justifiés',
    criteria: ['C6', 'C8'],
    kind: 'task.noteSaved',
    where: [
      noteOf('q5'),
      notTheQuestion('q5'),
      { op: 'wordsAtLeast', field: 'data.text', value: 10, label: 'choix rédigé' },
      {
        op: 'matches',
        field: 'data.text',
        pattern: 'JDO-[0-9]{4}.*JDO-[0-9]{4}',
        // The two references may sit on two lines (« Choix 1 : JDO-0151… », « Choix 2 : … »).
        flags: 'is',
        label: 'deux références citées',
      },
      // One product where two are asked is half the decision: at most I. Two products named
      // without their references are chosen all the same (the references' weight is lost). One
      // product named with its reference (« le Long Jing JDO-0151 ») is one product: the two
      // mentions must stand apart.
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          '(?:JDO-[0-9]{4}|Gyokuro|Long Jing|Matcha|Verveine|Cha[iï]|Darjeeling|Rooibos|pêche).{15,}(?:JDO-[0-9]{4}|Gyokuro|Long Jing|Matcha|Verveine|Cha[iï]|Darjeeling|Rooibos|pêche)',
        flags: 'is',
        weight: 0,
        ceiling: 'I',
        label: 'deux produits désignés (référence ou nom)',
      },
      // « Mettre les huit produits en avant plutôt que d’en choisir deux »: the decision the
      // question asks for is refused (at most I), whatever the figures.
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          'plutôt que d.en (?:choisir|retenir)|sans (?:en )?choisir|refuse de choisir|(?:mettre|promouvoir|retenir) (?:les |tous les )?(?:huit|8) produits',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'deux produits choisis, pas tous (la décision demandée)',
      },
      {
        // Figures without a decision are the analysis, not the choice the question asks for.
        op: 'matches',
        field: 'data.text',
        pattern: 'en avant|choisi|choix|propos|reten|recommand|promouv|sélectionn|privilégi|mettre en valeur',
        flags: 'i',
        required: true,
        label: 'choix exprimé',
      },
      {
        op: 'matches',
        field: 'data.text',
        pattern: 'conversion|marge|chiffre d.affaires|CA |stock|ventes',
        flags: 'i',
        label: 'justifié par un indicateur',
      },
      // A justification argues: the annex's table pasted under « Produits choisis : … » names
      // every indicator but says nothing of why (« car », « meilleure conversion »…).
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          'car |parce qu|puisqu|grâce|en raison|meilleur|mieux|plus (?:fort|élev|grand|haut|import)|élevé|forte?s? (?:conversion|marge|taux|stock)|rentab|attracti|populaire|porteu|dynamique|faible|trop',
        flags: 'i',
        label: 'choix argumenté (car, meilleure conversion, plus forte marge…)',
      },
    ],
    evidence: 'state',
    weight: 3,
  },
  {
    id: 'q5-analysis',
    title: 'Taux de conversion et chiffre d’affaires calculés, produit à écarter, 60 mots',
    criteria: ['C8'],
    kind: 'task.noteSaved',
    where: [
      noteOf('q5'),
      notTheQuestion('q5'),
      {
        op: 'mentions',
        field: 'data.text',
        values: [
          ['conversion', 'convertit', 'convertissent', 'transformation', 'conv'],
          ['chiffre d’affaires', 'CA'],
        ],
        weight: 2,
      },
      {
        op: 'matches',
        field: 'data.text',
        // « 2,5 % » and « 2,50 % » alike.
        pattern: '[0-9][,.][0-9]{1,2} ?%',
        label: 'taux calculés',
      },
      {
        op: 'matches',
        field: 'data.text',
        // « à écarter », « je n’expose pas », « je ne mets pas en avant », « pas à promouvoir »…
        pattern:
          'déconseill|écart|évite|exclu|ne pas (?:mettre|exposer|promouvoir)|à ne pas|n.expos[a-z]{0,4} pas|ne (?:les? |la )?(?:mets|mettr[a-z]{1,4}|retien[a-z]{0,4}|promeu[a-z]{0,2}) pas|pas à promouvoir',
        flags: 'i',
        label: 'produit à écarter signalé',
      },
      // « Expliquez pourquoi »: the product set aside, then a reason (« À écarter : JDO-0030.
      // Dernier lot, stock 11 »), not a bare « je ne mets pas en avant JDO-0030 ».
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          '(?:écart|évite|exclu|n.expos|ne (?:pas )?mett|ne pas promouv|pas à promouvoir).{0,120}(?:car |parce|puisqu|stock|dernier|rupture|faible|marge|conversion|risque)',
        flags: 'is',
        label: 'produit écarté expliqué',
      },
      // A conversion rate is a share of the visits: above 100 % the figures are computed upside
      // down (visits ÷ sales), and a choice founded on them is wrong work (at most I).
      {
        op: 'numbersWithin',
        field: 'data.text',
        unit: '%',
        min: 0,
        max: 100,
        ifAny: true,
        weight: 0,
        ceiling: 'I',
        label: 'aucun pourcentage impossible (plus de 100 %)',
      },
      // Annex 2's facts: each product's conversion rate (sales ÷ visits, rounded either way)
      // and gross margin, and the offer's 5 %. A rate ten times too high (« 25 % » for 2,5 %)
      // founds the choice on a wrong figure (done, with a wrong figure: at most S).
      {
        op: 'numbersAmong',
        field: 'data.text',
        unit: '%',
        values: [
          ...ANNEX_2.map(([, sales, visits]) => (100 * sales) / visits),
          ...ANNEX_2.map(([margin]) => margin),
          5,
        ],
        tolerance: 0.5,
        weight: 0,
        ceiling: 'S',
        label: 'taux et marges conformes à l’annexe 2',
      },
      // « Calculez pour chaque produit » : the eight products of annex 2, by reference or name.
      {
        op: 'mentions',
        field: 'data.text',
        values: [
          ['JDO-0022*', '0022', 'Gyokuro'],
          ['JDO-0151*', '0151', 'Long Jing'],
          ['JDO-0044*', '0044', 'Matcha'],
          ['JDO-0026*', '0026', 'Verveine'],
          ['JDO-0173*', '0173', 'Chaï', 'Chai'],
          ['JDO-0012*', '0012', 'grand cru'],
          ['JDO-0062*', '0062', 'Rooibos'],
          ['JDO-0030*', '0030', 'Blanc', 'pêche'],
        ],
        label: 'calculs pour chacun des huit produits',
      },
      { op: 'wordsAtLeast', field: 'data.text', value: 60 },
      { op: 'notRepetitive', field: 'data.text' },
    ],
    evidence: 'state',
    weight: 2,
  },
];
