/**
 * What the sentence tables share: the shape of a table (one function per event kind, so a new
 * kind without its sentence does not compile) and the small formatting helpers they use.
 */
import { createTranslator, type Locale, type Translator } from '../i18n/translator.ts';
import { DEFAULT_TOLERANCE, normalise } from '../rules/text.ts';
import type { EventKind, EventOf } from '../schema/event.ts';

export interface SentenceKit {
  /** The candidate's or the site's text, quoted the language's way and cut if long. */
  q(text: string, max?: number): string;
  /** A number for people (« 12,5 »). */
  n(value: number): string;
  /** « 1 mot », « 312 mots » (Intl.PluralRules). */
  count(value: number, one: string, other: string): string;
  list(items: readonly string[]): string;
  /** « 2026-06-03 » → « 03/06/2026 »; other texts as they are. */
  day(text: string): string;
}

export type SentenceTable = { [K in EventKind]: (data: EventOf<K>['data'], kit: SentenceKit) => string };
export type KindNames = Record<EventKind, string>;

/** A formatter with no messages: only Intl's numbers, dates and lists. */
const formats = createTranslator<never>({ fr: {}, en: {} });

const clip = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export const kitFor = (locale: Locale): SentenceKit => {
  const f: Translator<never> = formats(locale);
  const plural = new Intl.PluralRules(locale);
  return {
    q: (text, max = 120) => (locale === 'fr' ? `« ${clip(text, max)} »` : `“${clip(text, max)}”`),
    n: (value) => f.number(value),
    count: (value, one, other) => `${f.number(value)} ${plural.select(value) === 'one' ? one : other}`,
    list: (items) => f.list(items),
    day: (text) => (/^\d{4}-\d{2}-\d{2}/.test(text) ? f.date(text.slice(0, 10)) : text),
  };
};

/** Whether a focus keyword appears in a text, ignoring case, accents and spacing. */
export const mentions = (text: string | undefined, keyword: string | undefined): boolean =>
  Boolean(text && keyword?.trim()) &&
  normalise(text!, DEFAULT_TOLERANCE).includes(normalise(keyword!, DEFAULT_TOLERANCE));
