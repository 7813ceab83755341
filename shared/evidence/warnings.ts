/**
 * The details of the integrity warnings Témoin writes into the evidence, in French (the
 * examiner reads them in the timeline as they were sealed): plural forms by `Intl.PluralRules`,
 * never « (s) », and dates as people write them, never ISO.
 */
import { createTranslator } from '../i18n/translator.ts';

const messages = createTranslator({
  fr: {
    storageGap: {
      one: 'Enregistrement des preuves impossible du {since} au {until} ({count} écriture refusée) : {detail}',
      other:
        'Enregistrement des preuves impossible du {since} au {until} ({count} écritures refusées) : {detail}',
    },
    observationsRefused: {
      one: '{count} observation refusée, non enregistrée : {list}',
      other: '{count} observations refusées, non enregistrées : {list}',
    },
    pendingTampered: {
      one: '{count} lot d’événements en attente modifié dans le stockage de la page : ignoré.',
      other: '{count} lots d’événements en attente modifiés dans le stockage de la page : ignorés.',
    },
  },
  en: {
    storageGap: {
      one: 'Evidence could not be recorded from {since} to {until} ({count} write refused): {detail}',
      other: 'Evidence could not be recorded from {since} to {until} ({count} writes refused): {detail}',
    },
    observationsRefused: {
      one: '{count} observation refused, not recorded: {list}',
      other: '{count} observations refused, not recorded: {list}',
    },
    pendingTampered: {
      one: '{count} batch of pending events changed in the page’s storage: ignored.',
      other: '{count} batches of pending events changed in the page’s storage: ignored.',
    },
  },
})('fr');

/** With the seconds: a gap in the evidence is read to the second. */
const moment = (at: number) =>
  new Intl.DateTimeFormat('fr-FR', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(new Date(at));

/** Evidence could not be written from `since` to `until` (epoch ms), `count` writes refused. */
export const storageGapDetail = (since: number, until: number, count: number, detail: string): string =>
  messages.t('storageGap', { since: moment(since), until: moment(until), count, detail });

/** Observations the background refused (invalid), listed. */
export const observationsRefusedDetail = (count: number, list: string): string =>
  messages.t('observationsRefused', { count, list });

/** Entries of the page's pending queue that were changed in its storage, ignored. */
export const pendingTamperedDetail = (count: number): string => messages.t('pendingTampered', { count });
