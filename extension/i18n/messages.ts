/** Interface strings of the extension: French first, English second. */
export type Locale = 'fr' | 'en';

const fr = {
  appName: 'Témoin',
  overlayTitle: 'Témoin — épreuve E5',
  noSession: 'Aucune épreuve en cours sur ce poste.',
  collapse: 'Réduire',
  expand: 'Ouvrir Témoin',
  optionsTitle: 'Réglages du centre',
  optionsIntro: 'À faire une fois par centre d’examen : indiquez l’adresse du site de référence.',
  referenceOrigin: 'Origine du site de référence',
  referenceOriginHelp: 'Par exemple http://127.0.0.1:8080 ou https://site-e5.lycee.lan',
  saveSettings: 'Enregistrer',
  saved: 'Réglages enregistrés.',
  popupTitle: 'Session d’épreuve',
  sessionIdle: 'Aucune session en cours.',
  openEditor: 'Ouvrir l’éditeur de grilles',
  openOptions: 'Réglages du centre',
  language: 'Langue',
} as const;

type Messages = { [K in keyof typeof fr]: string };

const en: Messages = {
  appName: 'Témoin',
  overlayTitle: 'Témoin — E5 exam',
  noSession: 'No exam running on this workstation.',
  collapse: 'Collapse',
  expand: 'Open Témoin',
  optionsTitle: 'Centre settings',
  optionsIntro: 'Once per exam centre: give the reference site’s address.',
  referenceOrigin: 'Reference site origin',
  referenceOriginHelp: 'For example http://127.0.0.1:8080 or https://site-e5.school.lan',
  saveSettings: 'Save',
  saved: 'Settings saved.',
  popupTitle: 'Exam session',
  sessionIdle: 'No session running.',
  openEditor: 'Open the grid editor',
  openOptions: 'Centre settings',
  language: 'Language',
};

export const MESSAGES: Record<Locale, Messages> = { fr, en };
export const t = (locale: Locale) => MESSAGES[locale];
