/** Every way the station refuses a request, with its HTTP status and the words a person reads. */
import type { StationRefusal } from '../../shared/station/protocol.ts';

const TEXTS = {
  'malformed-headers': [
    400,
    'En-têtes d’authentification absents ou mal formés.',
    'Missing or malformed authentication headers.',
  ],
  'malformed-json': [400, 'Lot illisible : JSON mal formé.', 'Unreadable batch: malformed JSON.'],
  'non-finite': [400, 'Lot refusé : nombre non fini.', 'Batch refused: non-finite number.'],
  'malformed-batch': [400, 'Lot refusé : structure invalide.', 'Batch refused: invalid structure.'],
  'invalid-event': [400, 'Lot refusé : événement invalide.', 'Batch refused: invalid event.'],
  'out-of-order': [
    400,
    'Lot refusé : numéros de séquence dans le désordre.',
    'Batch refused: seq out of order.',
  ],
  'too-large': [413, 'Lot trop volumineux.', 'Batch too large.'],
  'unknown-session': [
    401,
    'Session inconnue de la station : appairez le poste à nouveau.',
    'Unknown session: pair again.',
  ],
  'bad-signature': [401, 'Signature invalide : clé erronée.', 'Invalid signature: wrong key.'],
  stale: [
    401,
    'Horodatage trop éloigné de l’horloge de la station.',
    'Timestamp too far from the station clock.',
  ],
  'other-host': [
    403,
    'Ce poste n’est pas celui qui a été appairé.',
    'This is not the workstation that paired.',
  ],
  'other-commission': [
    403,
    'Ce lot est destiné à une autre commission.',
    'This batch is for another commission.',
  ],
  replay: [409, 'Lot rejoué : déjà reçu.', 'Replayed batch: already received.'],
  gap: [
    409,
    'Événements manquants : renvoyez la plage demandée.',
    'Missing events: send the requested range.',
  ],
  conflict: [
    409,
    'Ces événements diffèrent de ceux déjà reçus.',
    'These events differ from those already received.',
  ],
  chain: [
    409,
    'La chaîne d’empreintes ne prolonge pas celle reçue.',
    'The hash chain does not continue the received one.',
  ],
  busy: [409, 'Lot concurrent : réessayez.', 'Concurrent batch: retry.'],
  'bad-code': [403, 'Code d’appairage inconnu.', 'Unknown pairing code.'],
  'too-many-attempts': [429, 'Trop d’essais : patientez une minute.', 'Too many attempts: wait a minute.'],
  'wrong-subject': [
    409,
    'Le sujet du poste n’est pas celui de la commission.',
    'The workstation’s subject is not the commission’s.',
  ],
  'commission-full': [
    409,
    'La commission a déjà trois candidats.',
    'The commission already has three candidates.',
  ],
  'invalid-session': [400, 'Document de session invalide.', 'Invalid session document.'],
  storage: [
    507,
    'La station ne peut plus enregistrer (disque plein ?). Le poste garde tout.',
    'The station cannot store (disk full?). The workstation keeps everything.',
  ],
} as const satisfies Record<string, readonly [number, string, string]>;

export type RefusalCode = keyof typeof TEXTS;

export interface Outcome<T> {
  status: number;
  body: T | StationRefusal;
}

export const refusal = (code: RefusalCode, extra: Partial<StationRefusal> = {}): Outcome<never> => {
  const [status, fr, en] = TEXTS[code];
  return { status, body: { ok: false, code, fr, en, ...extra } };
};
