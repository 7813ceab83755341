/** Strings of the popup's exam-day parts (extra time, pauses, kept sessions): French first. */
const fr = {
  arrangements: 'Aménagements et incidents',
  openSidePanel: 'Ouvrir le sujet dans le panneau latéral',
  third: 'Tiers-temps (+1/3 du temps de l’épreuve)',
  extraMinutes: 'Ou minutes supplémentaires',
  grantTime: 'Accorder le temps supplémentaire',
  timeGranted: 'Temps supplémentaire accordé :',
  extraSoFar: 'Temps supplémentaire accordé',
  pauseReason: 'Raison de la pause (incident)',
  pause: 'Mettre en pause',
  resume: 'Reprendre l’épreuve',
  pausedNow: 'Épreuve en pause depuis',
  pausedDone: 'Épreuve mise en pause.',
  resumedDone: 'Épreuve reprise.',
  interrupted:
    'Le navigateur s’est arrêté pendant l’épreuve : le temps est arrêté. Avec le code examinateur, reprenez l’épreuve ou terminez-la.',
  pinFirst: 'Saisissez d’abord le code examinateur ci-dessus.',
  keptSessions: 'Sessions conservées sur ce poste',
  noKept: 'Aucune session conservée.',
  exportedAt: 'exportée',
  notExported: 'jamais exportée',
  runningRow: 'en cours',
  exportRow: 'Exporter',
  saveAs: 'Enregistrer sous… (clé USB)',
  purge: 'Effacer du poste',
  purged: 'Session effacée du poste.',
  retention: (days: number) =>
    `Durée de conservation : ${days} jours après l’épreuve. Les sessions signalées ci-dessous ont dépassé ce délai : elles seront effacées au prochain démarrage du navigateur.`,
  overdue: 'délai dépassé',
  unexportedConfirm: 'Je confirme : démarrer quand même (la session précédente reste sur le poste)',
  exportVerified: 'Preuves exportées et vérifiées :',
  exportUnverified: 'Fichier enregistré, mais sa vérification a échoué :',
  eventsShort: 'événements',
} as const;

type Messages = { [K in keyof typeof fr]: (typeof fr)[K] extends string ? string : (days: number) => string };

const en: Messages = {
  arrangements: 'Arrangements and incidents',
  openSidePanel: 'Open the subject in the side panel',
  third: '« Tiers-temps » (+1/3 of the exam time)',
  extraMinutes: 'Or extra minutes',
  grantTime: 'Grant the extra time',
  timeGranted: 'Extra time granted:',
  extraSoFar: 'Extra time granted',
  pauseReason: 'Reason for the pause (incident)',
  pause: 'Pause',
  resume: 'Resume the exam',
  pausedNow: 'Exam paused since',
  pausedDone: 'Exam paused.',
  resumedDone: 'Exam resumed.',
  interrupted:
    'The browser stopped during the exam: the clock is stopped. With the examiner PIN, resume the exam or end it.',
  pinFirst: 'Type the examiner PIN above first.',
  keptSessions: 'Sessions kept on this workstation',
  noKept: 'No session kept.',
  exportedAt: 'exported',
  notExported: 'never exported',
  runningRow: 'running',
  exportRow: 'Export',
  saveAs: 'Save as… (USB key)',
  purge: 'Erase from this workstation',
  purged: 'Session erased from this workstation.',
  retention: (days: number) =>
    `Retention period: ${days} days after the exam. The sessions flagged below are past it: they will be erased at the next browser start.`,
  overdue: 'past retention',
  unexportedConfirm: 'I confirm: start anyway (the previous session stays on the workstation)',
  exportVerified: 'Evidence exported and verified:',
  exportUnverified: 'File saved, but its check failed:',
  eventsShort: 'events',
};

export const EXAM_DAY_MESSAGES = { fr, en };
