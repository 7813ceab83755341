/**
 * Strings of the harmonisation view, French first, English on request. Kept apart from the
 * editor's `src/i18n.ts` so the view stands alone; same `{param}` syntax.
 */
import type { FlagKind } from '../../../shared/harmonisation/flags.ts';
import { createTranslator, type Locale, type Params } from '../../../shared/i18n/translator.ts';
import type { Level } from '../../../shared/schema/common.ts';

export type { Locale } from '../../../shared/i18n/translator.ts';

const fr = {
  title: 'Harmonisation des notes',
  language: 'Langue : FR — passer en anglais',
  toolbar: 'Actions',

  'import.title': 'Importer des évaluations',
  'import.hint':
    'Déposez ici les fichiers d’évaluation (.json) de plusieurs examinateurs — et, si vous les avez, leurs fichiers de preuves (.temoin.json) et paquets de sujet — ou choisissez-les.',
  'import.choose': 'Choisir des fichiers…',
  'import.clear': 'Tout retirer',
  'import.drop': 'Déposez les fichiers pour les importer',
  'import.progress': 'Import : {done} / {total} fichiers',
  'import.progressLabel': 'Progression de l’import',
  'import.done': 'Import terminé — importés : {added}, refusés : {rejected}, doublons : {duplicates}.',
  'import.loaded': '{assessments} · {examiners} · {bundles} · {subjects}',
  'import.duplicates': '{count}',
  'import.duplicate': '{file} : même évaluation que {kept}{differs}',
  'import.differs': ' (contenu différent : la version finale la plus récente est gardée)',
  'import.rejected': 'Fichiers refusés ({count})',
  'import.empty': 'Aucune évaluation importée pour l’instant.',

  'station.title': 'Depuis la station de l’examinateur',
  'station.refresh': 'Actualiser depuis la station',
  'station.reading': 'Lecture de la station…',
  'station.read': 'Station {station} lue à {time} : {assessments} ; preuves ancrées pour {sessions}.',
  'station.failed': 'La station n’a pas pu être lue : {reason}',

  'settings.title': 'Réglages des signalements',
  'settings.threshold': 'Écart d’un examinateur à la référence (points)',
  'settings.thresholdHelp':
    'Moyenne corrigée des sujets, comparée à la médiane des moyennes des autres examinateurs.',
  'settings.minCandidates': 'Notes minimales pour comparer un examinateur',
  'settings.tolerance': 'Tolérance entre la note et ses niveaux (points)',
  'settings.toleranceHelp':
    'Barème indicatif par question : TI 0–5, I 5–10, S 10–15, TS 15–20, moyenne des questions.',
  'settings.minQuestions': 'Questions différentes des suggestions (à partir de)',
  'settings.minGap': 'Ou écart de niveaux sur une question (à partir de)',

  'flags.title': 'Signalements',
  'flags.none': 'Aucun signalement avec ces réglages.',
  'flags.list': 'Liste des signalements',
  'flag.examiner-deviation': 'Examinateur',
  'flag.mark-levels': 'Note et niveaux',
  'flag.levels-suggestions': 'Niveaux et suggestions',
  'flag.station-copy': 'Preuves et station',
  'flag.open': 'Voir l’évaluation de {candidate}',
  'flag.assessments': 'Ses évaluations ({count})',

  'stats.title': 'Statistiques des notes',
  'stats.byExaminer': 'Par examinateur',
  'stats.bySubject': 'Par sujet',
  'stats.byExaminerSubject': 'Par examinateur et par sujet',
  'stats.cohort': 'Cohorte',
  'stats.examiner': 'Examinateur',
  'stats.subject': 'Sujet',
  'stats.group': 'Groupe',
  'stats.candidates': 'Candidats',
  'stats.mean': 'Moyenne',
  'stats.median': 'Médiane',
  'stats.sd': 'Écart type',
  'stats.range': 'Min–max',
  'stats.iqr': 'Écart interquartile',
  'stats.deviation': 'Écart à la référence',
  'stats.drafts': 'dont {count}',
  'stats.flagged': 'signalé',

  'chart.marks': 'Distribution des notes : examinateurs et cohorte',
  'chart.marksDesc':
    'Boîtes à moustaches des notes sur 20 : la boîte va du premier au troisième quartile, le trait est la médiane, le losange la moyenne, les moustaches le minimum et le maximum ; chaque point est une note.',
  'chart.marksRow':
    '{group} : {n}, médiane {median}, quartiles {q1} à {q3}, minimum {min}, maximum {max}, moyenne {mean}.',
  'chart.levels': 'Niveaux par critère',
  'chart.levelsByQuestion':
    'Niveaux par question (sujets non importés : importez les paquets de sujet ou les fichiers de preuves pour voir les critères)',
  'chart.levelsDesc':
    'Répartition des niveaux TI, I, S et TS donnés par chaque examinateur et par la cohorte, en pourcentage.',
  'chart.levelsRow': '{group} : {counts} ({total}).',
  'chart.legend': 'Légende des niveaux',
  'chart.axis': 'Note sur 20',

  'level.TI': 'TI — très insuffisant',
  'level.I': 'I — insuffisant',
  'level.S': 'S — satisfaisant',
  'level.TS': 'TS — très satisfaisant',

  'detail.title': 'Évaluation de {candidate}',
  'detail.close': 'Fermer',
  'detail.examiner': 'Examinateur',
  'detail.subject': 'Sujet',
  'detail.date': 'Date',
  'detail.commission': 'Commission',
  'detail.status': 'Statut',
  'detail.final': 'finalisée',
  'detail.draft': 'brouillon',
  'detail.mark': 'Note',
  'detail.suggestedMark': 'Note proposée',
  'detail.expected': 'Note correspondant aux niveaux',
  'detail.appreciation': 'Appréciation globale',
  'detail.flags': 'Signalements de cette évaluation',
  'detail.questions': 'Niveaux par question',
  'detail.question': 'Question',
  'detail.criteria': 'Critères',
  'detail.level': 'Niveau',
  'detail.suggested': 'Suggestion',
  'detail.fromEvidence': 'recalculée à partir des preuves',
  'detail.comment': 'Commentaire',
  'detail.notes': 'Notes de l’examinateur',
  'detail.evidence': 'Preuves',
  'detail.noBundle':
    'Fichier de preuves non importé : importez le fichier .temoin.json de cette session pour voir les preuves.',
  'detail.noBundleStation':
    'Les preuves de cette session ne sont pas encore chargées : la station en garde la copie qu’elle a reçue.',
  'detail.loadStation': 'Charger les preuves reçues par la station',
  'station.evidenceLoaded': 'Preuves de la station chargées pour {candidate}.',
  'station.evidenceOther':
    'Un autre fichier de preuves de {candidate} est déjà chargé : il est gardé (signalé s’il diffère de la station).',
  'station.evidenceFailed': 'Preuves de la station non chargées : {reason}',
  'detail.chain': 'Chaîne d’intégrité vérifiée : {count}.',
  'detail.rules': 'Règles de preuve',
  'detail.ruleMet': 'satisfaite',
  'detail.ruleMissed': 'non satisfaite',
  'detail.engineLevel': 'Niveau suggéré par les preuves : {level}',
  'detail.events': '{count}',
  'detail.noEvents': 'Aucun événement pour cette question.',
  'detail.more': '… non affichés : {count}',
  'detail.none': '—',

  'export.title': 'Exporter',
  'export.pseudonymise':
    'Pseudonymiser les candidats (C-XXXXXX, nouveau à chaque export ; décocher pour exporter noms et numéros)',
  'export.csv': 'Exporter en CSV',
  'export.print': 'Imprimer le rapport',
  'export.saved': 'CSV enregistré : {file}',
  'export.nothing': 'Rien à exporter : importez d’abord des évaluations.',

  'report.title': 'Rapport d’harmonisation',
  'report.made': 'Établi le {date} à partir de {assessments} de {examiners}.',
  'report.methods': 'Méthodes et réglages',
  'report.method.examiner':
    'Examinateur signalé quand sa moyenne, corrigée des écarts entre sujets, s’écarte de plus de {threshold} points de la médiane des moyennes des autres examinateurs (à partir de {min} notes).',
  'report.method.mark':
    'Note signalée quand elle s’écarte de plus de {tolerance} points de la note correspondant à ses niveaux (TI 0–5, I 5–10, S 10–15, TS 15–20 par question, moyenne des questions).',
  'report.method.suggestions':
    'Niveaux signalés quand au moins {questions} questions diffèrent de la suggestion fondée sur les preuves, ou une question d’au moins {gap} niveaux.',
} as const;

export type HzKey = keyof typeof fr;

const en: Record<HzKey, string> = {
  title: 'Harmonisation of marks',
  language: 'Language: EN — switch to French',
  toolbar: 'Actions',

  'import.title': 'Import assessments',
  'import.hint':
    'Drop the assessment files (.json) of several examiners here — and, if you have them, their evidence bundles (.temoin.json) and subject packages — or choose them.',
  'import.choose': 'Choose files…',
  'import.clear': 'Remove all',
  'import.drop': 'Drop the files to import them',
  'import.progress': 'Importing: {done} / {total} files',
  'import.progressLabel': 'Import progress',
  'import.done': 'Import finished — imported: {added}, refused: {rejected}, duplicates: {duplicates}.',
  'import.loaded': '{assessments} · {examiners} · {bundles} · {subjects}',
  'import.duplicates': '{count}',
  'import.duplicate': '{file}: same assessment as {kept}{differs}',
  'import.differs': ' (different content: the latest final version is kept)',
  'import.rejected': 'Refused files ({count})',
  'import.empty': 'No assessment imported yet.',

  'station.title': 'From the examiner’s station',
  'station.refresh': 'Refresh from the station',
  'station.reading': 'Reading the station…',
  'station.read': 'Station {station} read at {time}: {assessments}; evidence anchored for {sessions}.',
  'station.failed': 'The station could not be read: {reason}',

  'settings.title': 'Flag settings',
  'settings.threshold': 'Examiner’s gap from the reference (points)',
  'settings.thresholdHelp':
    'Mean corrected for subjects, compared with the median of the other examiners’ means.',
  'settings.minCandidates': 'Fewest marks to compare an examiner',
  'settings.tolerance': 'Tolerance between a mark and its levels (points)',
  'settings.toleranceHelp':
    'Indicative scale per question: TI 0–5, I 5–10, S 10–15, TS 15–20, averaged over questions.',
  'settings.minQuestions': 'Questions differing from the suggestions (from)',
  'settings.minGap': 'Or a gap in levels on one question (from)',

  'flags.title': 'Flags',
  'flags.none': 'No flag with these settings.',
  'flags.list': 'List of flags',
  'flag.examiner-deviation': 'Examiner',
  'flag.mark-levels': 'Mark and levels',
  'flag.levels-suggestions': 'Levels and suggestions',
  'flag.station-copy': 'Evidence and station',
  'flag.open': 'Open the assessment of {candidate}',
  'flag.assessments': 'Their assessments ({count})',

  'stats.title': 'Statistics of marks',
  'stats.byExaminer': 'Per examiner',
  'stats.bySubject': 'Per subject',
  'stats.byExaminerSubject': 'Per examiner and subject',
  'stats.cohort': 'Cohort',
  'stats.examiner': 'Examiner',
  'stats.subject': 'Subject',
  'stats.group': 'Group',
  'stats.candidates': 'Candidates',
  'stats.mean': 'Mean',
  'stats.median': 'Median',
  'stats.sd': 'Standard deviation',
  'stats.range': 'Min–max',
  'stats.iqr': 'Interquartile range',
  'stats.deviation': 'Gap from the reference',
  'stats.drafts': 'of which {count}',
  'stats.flagged': 'flagged',

  'chart.marks': 'Distribution of marks: examiners and cohort',
  'chart.marksDesc':
    'Box plots of the marks out of 20: the box spans the first to the third quartile, the line is the median, the diamond the mean, the whiskers the minimum and maximum; each dot is a mark.',
  'chart.marksRow':
    '{group}: {n}, median {median}, quartiles {q1} to {q3}, minimum {min}, maximum {max}, mean {mean}.',
  'chart.levels': 'Levels per criterion',
  'chart.levelsByQuestion':
    'Levels per question (subjects not imported: import the subject packages or evidence bundles to see the criteria)',
  'chart.levelsDesc':
    'Share of the levels TI, I, S and TS given by each examiner and by the cohort, in per cent.',
  'chart.levelsRow': '{group}: {counts} ({total}).',
  'chart.legend': 'Levels legend',
  'chart.axis': 'Mark out of 20',

  'level.TI': 'TI — very insufficient',
  'level.I': 'I — insufficient',
  'level.S': 'S — satisfactory',
  'level.TS': 'TS — very satisfactory',

  'detail.title': 'Assessment of {candidate}',
  'detail.close': 'Close',
  'detail.examiner': 'Examiner',
  'detail.subject': 'Subject',
  'detail.date': 'Date',
  'detail.commission': 'Commission',
  'detail.status': 'Status',
  'detail.final': 'final',
  'detail.draft': 'draft',
  'detail.mark': 'Mark',
  'detail.suggestedMark': 'Proposed mark',
  'detail.expected': 'Mark the levels stand for',
  'detail.appreciation': 'Overall appraisal',
  'detail.flags': 'Flags of this assessment',
  'detail.questions': 'Levels per question',
  'detail.question': 'Question',
  'detail.criteria': 'Criteria',
  'detail.level': 'Level',
  'detail.suggested': 'Suggestion',
  'detail.fromEvidence': 'computed again from the evidence',
  'detail.comment': 'Comment',
  'detail.notes': 'Examiner’s notes',
  'detail.evidence': 'Evidence',
  'detail.noBundle':
    'Evidence bundle not imported: import this session’s .temoin.json file to see the evidence.',
  'detail.noBundleStation':
    'This session’s evidence is not loaded yet: the station keeps the copy it received.',
  'detail.loadStation': 'Load the evidence the station received',
  'station.evidenceLoaded': 'Station evidence loaded for {candidate}.',
  'station.evidenceOther':
    'Another evidence file of {candidate} is already loaded: it is kept (flagged if it differs from the station).',
  'station.evidenceFailed': 'Station evidence not loaded: {reason}',
  'detail.chain': 'Integrity chain verified: {count}.',
  'detail.rules': 'Evidence rules',
  'detail.ruleMet': 'satisfied',
  'detail.ruleMissed': 'not satisfied',
  'detail.engineLevel': 'Level suggested by the evidence: {level}',
  'detail.events': '{count}',
  'detail.noEvents': 'No event for this question.',
  'detail.more': '… not shown: {count}',
  'detail.none': '—',

  'export.title': 'Export',
  'export.pseudonymise':
    'Pseudonymise candidates (C-XXXXXX, new at each export; untick to export names and numbers)',
  'export.csv': 'Export as CSV',
  'export.print': 'Print the report',
  'export.saved': 'CSV saved: {file}',
  'export.nothing': 'Nothing to export: import assessments first.',

  'report.title': 'Harmonisation report',
  'report.made': 'Made on {date} from {assessments} by {examiners}.',
  'report.methods': 'Methods and settings',
  'report.method.examiner':
    'An examiner is flagged when their mean, corrected for differences between subjects, is more than {threshold} points away from the median of the other examiners’ means (from {min} marks).',
  'report.method.mark':
    'A mark is flagged when it is more than {tolerance} points away from the mark its levels stand for (TI 0–5, I 5–10, S 10–15, TS 15–20 per question, averaged).',
  'report.method.suggestions':
    'Levels are flagged when at least {questions} questions differ from the evidence-based suggestion, or one question by at least {gap} levels.',
};

/** The harmonisation view's translator (plurals, numbers and dates by `Intl`). */
export const hzMessages = createTranslator<HzKey>({ fr, en });

/** The tables themselves (a test checks both languages take the same parameters). */
export const HZ_MESSAGES: Record<Locale, Record<HzKey, string>> = { fr, en };

export const hz = (locale: Locale, key: HzKey, params: Params = {}): string =>
  hzMessages(locale).t(key, params);

export const flagKindName = (locale: Locale, kind: FlagKind): string => hz(locale, `flag.${kind}`);
export const levelName = (locale: Locale, level: Level): string => hz(locale, `level.${level}`);

const NOUNS = {
  assessment: { fr: ['évaluation', 'évaluations'], en: ['assessment', 'assessments'] },
  examiner: { fr: ['examinateur', 'examinateurs'], en: ['examiner', 'examiners'] },
  bundle: { fr: ['fichier de preuves', 'fichiers de preuves'], en: ['evidence bundle', 'evidence bundles'] },
  subject: { fr: ['sujet', 'sujets'], en: ['subject', 'subjects'] },
  duplicate: {
    fr: ['doublon compté une fois', 'doublons comptés une fois'],
    en: ['duplicate counted once', 'duplicates counted once'],
  },
  mark: { fr: ['note', 'notes'], en: ['mark', 'marks'] },
  level: { fr: ['niveau donné', 'niveaux donnés'], en: ['level given', 'levels given'] },
  event: { fr: ['événement', 'événements'], en: ['event', 'events'] },
  draft: { fr: ['brouillon', 'brouillons'], en: ['draft', 'drafts'] },
  final: {
    fr: ['évaluation finalisée', 'évaluations finalisées'],
    en: ['finalised assessment', 'finalised assessments'],
  },
  session: {
    fr: ['session de candidat', 'sessions de candidats'],
    en: ['candidate session', 'candidate sessions'],
  },
} as const satisfies Record<string, Record<Locale, readonly [string, string]>>;

export type Noun = keyof typeof NOUNS;

/** « 1 sujet », « 2 sujets », « 0 sujet » (French takes the singular below 2); « 0 subjects ». */
export const countOf = (locale: Locale, count: number, noun: Noun): string => {
  const one = new Intl.PluralRules(locale).select(count) === 'one';
  return `${hzMessages(locale).number(count)} ${NOUNS[noun][locale][one ? 0 : 1]}`;
};
