/** Numbers and labels as the interface and the reasons print them, in French or English. */
import type { Assessment } from '../schema/assessment.ts';

export type Locale = 'fr' | 'en';

/** At most `digits` decimals, no trailing zeros; a decimal comma in French; a true minus sign. */
export const formatNumber = (value: number, locale: Locale, digits = 1): string => {
  if (!Number.isFinite(value)) return '—';
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  const text = String(Math.abs(rounded) < 1e-12 ? 0 : Math.abs(rounded));
  const sign = rounded < 0 && Math.abs(rounded) >= 1e-12 ? '−' : '';
  return sign + (locale === 'fr' ? text.replace('.', ',') : text);
};

/** A signed difference: « +1,5 », « −4 », « 0 ». */
export const formatSigned = (value: number, locale: Locale, digits = 1): string => {
  const text = formatNumber(value, locale, digits);
  return value > 0 && text !== '0' ? `+${text}` : text;
};

const CMS_NAMES: Record<string, string> = { wordpress: 'WordPress', prestashop: 'PrestaShop' };

/** « WordPress A (DEMO-E5-WP-A) », or the subject's id when it has no letter. */
export const subjectLabel = (subject: Assessment['subject']): string => {
  const cms = CMS_NAMES[subject.cms] ?? subject.cms;
  const name = subject.letter ? `${cms} ${subject.letter}` : subject.id;
  return subject.code ? `${name} (${subject.code})` : name;
};

/** « DUPONT Léa (02412345678) », or the number alone. */
export const candidateLabel = (candidate: Assessment['candidate']): string => {
  const name = [candidate.lastName?.toLocaleUpperCase('fr'), candidate.firstName].filter(Boolean).join(' ');
  return name ? `${name} (${candidate.number})` : candidate.number;
};

/** Examiners are grouped by name, whatever the case, accents' encoding or spacing. */
export const examinerKey = (name: string): string =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
