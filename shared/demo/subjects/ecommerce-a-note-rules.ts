/**
 * Rules of the demo e-commerce subject read in the candidate's notes: the reply to Mme Fontaine
 * (question 4) and the sales analysis (question 5). Same principles as ecommerce-a-rules.ts
 * (core about 55 %, wrong work capped, not weighed); kept apart for the size limit.
 */
import { courteous, notBlaming, notTheQuestion } from '../../rules/library/index.ts';
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
        pattern: 'remplac|rembours|nouvelle bo|bo[iî]te neuve|échang|geste commercial',
        flags: 'i',
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
      // The law's facts: an unopened product may be returned within 14 days. A reply that
      // refuses the return on a false ground misinforms the customer (at most I).
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          'exclus? de la rétractation|pas de (droit de )?rétractation|ne (pouvons|pourrons) pas (accepter|reprendre)|refusons',
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
        values: ['rétractation', '14 jours', 'frais de retour', 'photo'],
        weight: 3,
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
        flags: 'i',
        label: 'deux références citées',
        // One product where two are asked is half the decision: at most I.
        ceiling: 'I',
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
          'car |parce qu|puisqu|grâce|en raison|meilleur|plus (?:fort|élev|grand|haut|import|rentab)|élevé|fort(?:e|es|s)? (?:conversion|marge|taux|stock)|rentab|attracti|populaire|porteu|dynamique|faible|trop',
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
          ['conversion', 'convertit', 'convertissent', 'transformation'],
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
      // « Calculez pour chaque produit » : the eight products of annex 2, by reference or name.
      {
        op: 'mentions',
        field: 'data.text',
        values: [
          ['JDO-0022*', 'Gyokuro'],
          ['JDO-0151*', 'Long Jing'],
          ['JDO-0044*', 'Matcha'],
          ['JDO-0026*', 'Verveine'],
          ['JDO-0173*', 'Chaï', 'Chai'],
          ['JDO-0012*', 'grand cru'],
          ['JDO-0062*', 'Rooibos'],
          ['JDO-0030*', 'Blanc', 'pêche'],
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
