/** The calibration view's interface strings, French first, then English. */
import { createTranslator, type Message } from '../../../shared/i18n/translator.ts';

const fr = {
  'calibration.title': 'Calibration sur des sessions étiquetées',
  'calibration.help':
    'Ouvrez des sessions enregistrées avec le niveau qu’un examinateur a donné à chaque question (fichiers .temoin-labelled.json, ou paquets de preuves à étiqueter ici). L’accord se recalcule à chaque modification des règles du sujet.',
  'calibration.open': 'Ouvrir des sessions étiquetées…',
  'calibration.save': 'Enregistrer les étiquettes de {id}',
  'calibration.noSubject': 'Ouvrez ou créez d’abord un sujet : ses règles sont comparées aux étiquettes.',
  'calibration.empty': 'Aucune session étiquetée ouverte.',
  'calibration.opened': { one: '{count} session ouverte', other: '{count} sessions ouvertes' },
  'calibration.refused': '{file} refusé : {reason}',
  'calibration.exact': 'Accord exact',
  'calibration.withinOne': 'À un niveau près',
  'calibration.rows': { one: 'sur {count} question étiquetée', other: 'sur {count} questions étiquetées' },
  'calibration.unlabelled': {
    one: '{count} question sans étiquette, non comptée',
    other: '{count} questions sans étiquette, non comptées',
  },
  'calibration.confusion': 'Niveaux de l’examinateur (lignes) et niveaux suggérés (colonnes)',
  'calibration.examiner': 'Examinateur',
  'calibration.none': 'aucun',
  'calibration.session': 'Session',
  'calibration.question': 'Question',
  'calibration.label': 'Niveau de l’examinateur',
  'calibration.labelOf': 'Niveau de l’examinateur, {session}, {question}',
  'calibration.suggested': 'Suggéré',
  'calibration.why': 'Règles qui font la différence',
  'calibration.agrees': 'accord',
  'calibration.remove': 'Retirer {id}',
  'calibration.noLabel': '—',
} satisfies Record<string, Message>;

export type CalibrationKey = keyof typeof fr;

const en: Record<CalibrationKey, Message> = {
  'calibration.title': 'Calibration on labelled sessions',
  'calibration.help':
    'Open recorded sessions with the level an examiner gave each question (.temoin-labelled.json files, or evidence bundles to label here). Agreement is computed again whenever the subject’s rules change.',
  'calibration.open': 'Open labelled sessions…',
  'calibration.save': 'Save the labels of {id}',
  'calibration.noSubject': 'Open or create a subject first: its rules are compared with the labels.',
  'calibration.empty': 'No labelled session open.',
  'calibration.opened': { one: '{count} session open', other: '{count} sessions open' },
  'calibration.refused': '{file} refused: {reason}',
  'calibration.exact': 'Exact agreement',
  'calibration.withinOne': 'Within one level',
  'calibration.rows': { one: 'of {count} labelled question', other: 'of {count} labelled questions' },
  'calibration.unlabelled': {
    one: '{count} question without a label, not counted',
    other: '{count} questions without a label, not counted',
  },
  'calibration.confusion': 'Examiner’s levels (rows) and suggested levels (columns)',
  'calibration.examiner': 'Examiner',
  'calibration.none': 'none',
  'calibration.session': 'Session',
  'calibration.question': 'Question',
  'calibration.label': 'Examiner’s level',
  'calibration.labelOf': 'Examiner’s level, {session}, {question}',
  'calibration.suggested': 'Suggested',
  'calibration.why': 'Rules that make the difference',
  'calibration.agrees': 'agrees',
  'calibration.remove': 'Remove {id}',
  'calibration.noLabel': '—',
};

export const calibrationMessages = createTranslator<CalibrationKey>({ fr, en });
