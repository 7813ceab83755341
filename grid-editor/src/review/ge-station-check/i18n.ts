/** The station check's strings (a review column's « Comparer avec la station »), French first. */
import { createTranslator, type Message } from '../../../../shared/i18n/translator.ts';

const fr = {
  'station.title': 'Comparer avec la station',
  'station.help':
    'Avec le reçu téléchargé sur l’écran de l’examinateur de la station, ou la tête de chaîne et le nombre d’événements qu’il affiche pour ce candidat. La revue ne contacte pas la station.',
  'station.openReceipt': 'Ouvrir le reçu de la station…',
  'station.head': 'Tête de chaîne affichée par la station',
  'station.count': 'Événements reçus par la station',
  'station.compare': 'Comparer',
  'station.same': {
    one: 'Identique à ce que la station a reçu : {count} événement, même tête de chaîne.',
    other: 'Identique à ce que la station a reçu : {count} événements, même tête de chaîne.',
  },
  'station.behind': {
    one: 'Conforme à ce que la station a reçu ({stationCount} premier événement identique) ; le paquet en contient {bundleCount} : la station n’avait pas encore reçu les derniers.',
    other:
      'Conforme à ce que la station a reçu ({stationCount} premiers événements identiques) ; le paquet en contient {bundleCount} : la station n’avait pas encore reçu les derniers.',
  },
  'station.missing':
    'Différent de ce que la station a reçu : le paquet contient {bundleCount} événements, la station en a reçu {stationCount}. Des événements ont été retirés après coup.',
  'station.changed':
    'Différent de ce que la station a reçu : les {stationCount} premiers événements du paquet ne mènent pas à la tête de chaîne de la station ({head}). Le paquet a été modifié après coup.',
  'station.otherSession':
    'Ce reçu porte sur une autre session (candidat n° {candidate}) : il ne s’applique pas à ce paquet.',
  'station.unreadable': '{file} : fichier illisible (JSON attendu).',
  'station.fromReceipt': 'Reçu de la station {station} du {at}.',
  'station.fromTyped': 'Comparé à la tête saisie.',
} as const;

type StationCheckKey = keyof typeof fr;

const en: Record<StationCheckKey, Message> = {
  'station.title': 'Compare with the station',
  'station.help':
    'With the receipt downloaded from the station’s examiner screen, or the chain head and event count it shows for this candidate. The review does not contact the station.',
  'station.openReceipt': 'Open the station’s receipt…',
  'station.head': 'Chain head shown by the station',
  'station.count': 'Events the station received',
  'station.compare': 'Compare',
  'station.same': {
    one: 'Same as what the station received: {count} event, same chain head.',
    other: 'Same as what the station received: {count} events, same chain head.',
  },
  'station.behind': {
    one: 'Agrees with what the station received (first {stationCount} event identical); the bundle holds {bundleCount}: the station had not received the last ones yet.',
    other:
      'Agrees with what the station received (first {stationCount} events identical); the bundle holds {bundleCount}: the station had not received the last ones yet.',
  },
  'station.missing':
    'Differs from what the station received: the bundle holds {bundleCount} events, the station received {stationCount}. Events were removed after the fact.',
  'station.changed':
    'Differs from what the station received: the bundle’s first {stationCount} events do not lead to the station’s chain head ({head}). The bundle was changed after the fact.',
  'station.otherSession':
    'This receipt is about another session (candidate {candidate}): it does not apply to this bundle.',
  'station.unreadable': '{file}: unreadable file (JSON expected).',
  'station.fromReceipt': 'Receipt of the station {station}, {at}.',
  'station.fromTyped': 'Compared with the head typed in.',
};

export type { StationCheckKey };
export const stationCheckMessages = createTranslator<StationCheckKey>({ fr, en });
