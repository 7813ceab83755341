/**
 * Interface strings, French first. Code names things in English; the interface speaks French
 * by default and English on request. Document texts (titles, labels) are shown as written.
 */
import type { DocumentKind } from '../../shared/schema/index.ts';
import type { OutlineGroup } from './models/outline.ts';

export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];

const fr = {
  'app.title': 'Témoin — éditeur de grilles',
  'activity.label': 'Barre d’activité',
  'activity.explorer': 'Explorateur',
  'explorer.title': 'Explorateur',
  'explorer.open': 'Ouvrir un fichier…',
  'explorer.empty':
    'Aucun document ouvert. Ouvrez un fichier JSON (grille, catalogue, sujet ou paquet) ou déposez-le ici.',
  'explorer.tree': 'Structure des documents ouverts',
  'editor.label': 'Éditeur',
  'editor.tabs': 'Documents ouverts',
  'editor.welcome': 'Ouvrez une grille, un catalogue, un sujet ou un paquet de sujet pour le voir ici.',
  'editor.closeHint': 'Suppr pour fermer',
  'editor.close': 'Fermer',
  'editor.readOnly': 'lecture seule',
  'problems.title': 'Problèmes',
  'problems.none': 'Aucun problème',
  'problems.list': 'Liste des problèmes',
  'problems.in': 'dans {file}',
  'status.label': 'Barre d’état',
  'status.noFile': 'Aucun fichier',
  'status.problems.0': 'Aucun problème',
  'status.problems.1': '1 problème',
  'status.problems.n': '{count} problèmes',
  'status.language': 'Langue : FR — passer en anglais',
  'status.opened': '{file} ouvert',
  'status.rejected': '{file} refusé : {problems}',
  'drop.hint': 'Déposez le fichier pour l’ouvrir',
  'kind.grid': 'Grille',
  'kind.catalogue': 'Catalogue',
  'kind.subject': 'Sujet',
  'kind.session': 'Session',
  'kind.bundle': 'Preuves',
  'kind.assessment': 'Évaluation',
  'kind.subject-package': 'Paquet de sujet',
  'group.competences': 'Compétences',
  'group.questions': 'Questions',
  'group.rules': 'Règles',
  'group.annexes': 'Annexes',
  'group.variables': 'Variables',
  'group.entries': 'Compétences opérationnelles',
  'problem.unknownKind': 'type de document inconnu',
  'problem.readError': 'fichier illisible : {detail}',
} as const;

export type MessageKey = keyof typeof fr;

const en: Record<MessageKey, string> = {
  'app.title': 'Témoin — grid editor',
  'activity.label': 'Activity bar',
  'activity.explorer': 'Explorer',
  'explorer.title': 'Explorer',
  'explorer.open': 'Open a file…',
  'explorer.empty':
    'No document open. Open a JSON file (grid, catalogue, subject or package) or drop it here.',
  'explorer.tree': 'Structure of the open documents',
  'editor.label': 'Editor',
  'editor.tabs': 'Open documents',
  'editor.welcome': 'Open a grid, a catalogue, a subject or a subject package to see it here.',
  'editor.closeHint': 'Delete to close',
  'editor.close': 'Close',
  'editor.readOnly': 'read-only',
  'problems.title': 'Problems',
  'problems.none': 'No problems',
  'problems.list': 'List of problems',
  'problems.in': 'in {file}',
  'status.label': 'Status bar',
  'status.noFile': 'No file',
  'status.problems.0': 'No problems',
  'status.problems.1': '1 problem',
  'status.problems.n': '{count} problems',
  'status.language': 'Language: EN — switch to French',
  'status.opened': '{file} opened',
  'status.rejected': '{file} rejected: {problems}',
  'drop.hint': 'Drop the file to open it',
  'kind.grid': 'Grid',
  'kind.catalogue': 'Catalogue',
  'kind.subject': 'Subject',
  'kind.session': 'Session',
  'kind.bundle': 'Evidence bundle',
  'kind.assessment': 'Assessment',
  'kind.subject-package': 'Subject package',
  'group.competences': 'Competences',
  'group.questions': 'Questions',
  'group.rules': 'Rules',
  'group.annexes': 'Annexes',
  'group.variables': 'Variables',
  'group.entries': 'Operational competences',
  'problem.unknownKind': 'unknown document type',
  'problem.readError': 'unreadable file: {detail}',
};

const MESSAGES: Record<Locale, Record<MessageKey, string>> = { fr, en };

/** The message for `key`, with `{name}` placeholders filled from `params`. */
export const t = (locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string =>
  MESSAGES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );

/** Both languages of a message, as a Problem carries them. */
export const bilingual = (
  key: MessageKey,
  params: Record<string, string | number> = {},
): { fr: string; en: string } => ({ fr: t('fr', key, params), en: t('en', key, params) });

export const kindName = (locale: Locale, kind: DocumentKind): string => t(locale, `kind.${kind}`);
export const groupName = (locale: Locale, group: OutlineGroup): string => t(locale, `group.${group}`);

export const problemCount = (locale: Locale, count: number): string =>
  count === 0
    ? t(locale, 'status.problems.0')
    : count === 1
      ? t(locale, 'status.problems.1')
      : t(locale, 'status.problems.n', { count });
