/**
 * The folded tab's strings (French first), apart from the rest of the interface's: the overlay's
 * content script, on every page of the reference site, carries these three and not the whole
 * table with its translator (issue 19). messages.ts includes them, so `t(locale)` has them too.
 */
import type { Locale } from '../../shared/i18n/translator.ts';

export const TAB_MESSAGES = {
  fr: {
    overlayTitle: 'Témoin — épreuve E5',
    expand: 'Ouvrir Témoin',
    overlayLoadError: 'Témoin ne répond pas : prévenez l’examinateur.',
  },
  en: {
    overlayTitle: 'Témoin — E5 exam',
    expand: 'Open Témoin',
    overlayLoadError: 'Témoin does not answer: tell the examiner.',
  },
} as const satisfies Record<Locale, Record<string, string>>;
