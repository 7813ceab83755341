/**
 * The candidate's notes for a question (an analysis, a recommendation, a reply written there
 * when the site has no module for it): long enough, saying what the question asks, not filler.
 */
import { define, listOf, notFiller, notTheQuestion } from './define.ts';

export const noteWritten = define({
  id: 'note.written',
  title: 'Notes rédigées pour la question',
  description:
    'Les notes de la question `questionId` comptent au moins `minWords` mots (40 par défaut) et, avec `values`, mentionnent chacune de ces valeurs (casse, accents et espaces ignorés ; chaque mention compte pour sa part). La dernière version enregistrée décide. Un texte de remplissage (phrases répétées) limite la question à I ; des notes qui recopient la consigne de la question ne comptent pas.',
  cms: ['any'],
  kind: 'task.noteSaved',
  reads: ['data.questionId', 'data.text'],
  evidence: 'state',
  criteria: ['C7'],
  parameters: [
    { name: 'questionId', description: 'Identifiant de la question dont on lit les notes (p. ex. q5)' },
    { name: 'minWords', description: 'Nombre minimal de mots', default: 40 },
    { name: 'values', description: 'Textes à mentionner, séparés par « ; » (facultatif)' },
  ],
  ruleTitle: (p) => `Notes d’au moins ${p.minWords ?? 40} mots`,
  where: (p: { questionId?: string; minWords?: number; values?: string | string[] }) => [
    ...(p.questionId === undefined
      ? []
      : [
          { op: 'equals', field: 'data.questionId', value: p.questionId, required: true } as const,
          notTheQuestion(p.questionId),
        ]),
    { op: 'wordsAtLeast', field: 'data.text', value: p.minWords ?? 40 },
    ...(p.values === undefined
      ? []
      : [{ op: 'mentions', field: 'data.text', values: listOf(p.values) } as const]),
    notFiller('notes sans remplissage'),
  ],
});

export const noteCartTotals = define({
  id: 'note.cartTotals',
  title: 'Totaux du panier relevés, cohérents avec la réduction',
  description:
    'Les notes de la question `questionId` donnent des montants qui lisent la réduction de `percent` % : deux montants qui en diffèrent (« 9,90 € puis 9,41 € », ou des totaux avec livraison), la réduction elle-même (« −0,50 € »), le taux ou le montant que le panier a affiché s’il diffère, ou le refus du code (totaux inchangés). Des totaux faux (« 9,90 € puis 9,50 € ») ne comptent pas. La dernière version enregistrée décide.',
  cms: ['any'],
  kind: 'task.noteSaved',
  reads: ['data.questionId', 'data.text'],
  evidence: 'state',
  criteria: ['C6', 'C7'],
  parameters: [
    { name: 'questionId', description: 'Identifiant de la question dont on lit les notes (p. ex. q3)' },
    { name: 'percent', description: 'Réduction en % de l’offre', default: 5 },
  ],
  ruleTitle: (p) => `Totaux avant et après réduction (${p.percent ?? 5} %) relevés`,
  where: (p: { questionId?: string; percent?: number }) => [
    ...(p.questionId === undefined
      ? []
      : [{ op: 'equals', field: 'data.questionId', value: p.questionId, required: true } as const]),
    { op: 'reducedBy', field: 'data.text', percent: p.percent ?? 5 },
  ],
});
