/**
 * One translator for every message table of Témoin (extension, designer, review,
 * harmonisation, schema problems): typed keys, `{name}` placeholders, plural forms chosen by
 * `Intl.PluralRules` (never « (s) »), numbers and dates formatted by `Intl` for the locale
 * (« 11,5 », « 06/12/2026 » — never an ISO date shown to a person).
 *
 * Pure: no DOM, only the ECMAScript `Intl` API, so the station and Node tests use it too.
 */

export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];

/** BCP 47 tags the `Intl` formatters get (French of France, English of the United Kingdom). */
const TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/**
 * A message: a text, or its plural forms by `Intl.PluralRules` category, chosen by the
 * `count` parameter (`other` is required; French uses `one` for 0 and 1).
 */
export type Message = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>>);
export type MessageTable<K extends string> = Readonly<Record<K, Message>>;
export type Param = string | number | Date;
export type Params = Readonly<Record<string, Param | undefined>>;

export interface Translator<K extends string> {
  readonly locale: Locale;
  /** The message for `key` with its placeholders filled; a plural message is chosen by `count`. */
  t(key: K, params?: Params): string;
  /** Whether `key` is a message of the table (for keys built from data). */
  has(key: string): key is K;
  /** « 11,5 » / « 11.5 »; « 20 000 » / « 20,000 ». */
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** « 06/12/2026 » (JJ/MM/AAAA) / « 06/12/2026 »; an ISO date (`2026-12-06`) is read as a calendar day. */
  date(value: Date | string): string;
  /** « 14:05 ». */
  time(value: Date | string): string;
  /** « 06/12/2026 14:05 ». */
  dateTime(value: Date | string): string;
  /** « TI, I et S » / « TI, I and S ». */
  list(items: readonly string[]): string;
}

/** Reads a date given as a Date, an ISO date-time, or an ISO calendar day (kept as that day). */
export const toDate = (value: Date | string): Date => {
  if (value instanceof Date) return value;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  // A calendar day is not an instant: read it at noon UTC so no time zone moves it a day.
  return day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12)) : new Date(value);
};

interface Formatters {
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
  dayUtc: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
  list: Intl.ListFormat;
}

const formatterCache = new Map<Locale, Formatters>();
/**
 * Each formatter is made the first time it is used: building an `Intl` object costs a page
 * tens of milliseconds cold, and most translators (the capture's warnings, built in every page
 * a content script starts in) never format a date or a list.
 */
const formatters = (locale: Locale): Formatters => {
  let found = formatterCache.get(locale);
  if (!found) {
    const tag = TAGS[locale];
    const day = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
    const makers: { [F in keyof Formatters]: () => Formatters[F] } = {
      plural: () => new Intl.PluralRules(tag),
      number: () => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }),
      date: () => new Intl.DateTimeFormat(tag, day),
      dayUtc: () => new Intl.DateTimeFormat(tag, { ...day, timeZone: 'UTC' }),
      time: () => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' }),
      list: () => new Intl.ListFormat(tag, { type: 'conjunction' }),
    };
    const made: Partial<Formatters> = {};
    const lazy = {} as Formatters;
    for (const name of Object.keys(makers) as (keyof Formatters)[])
      Object.defineProperty(lazy, name, {
        get: () => {
          if (made[name] === undefined) (made as Record<string, unknown>)[name] = makers[name]();
          return made[name];
        },
      });
    found = lazy;
    formatterCache.set(locale, found);
  }
  return found;
};

const isCalendarDay = (value: Date | string): boolean =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** `{name}` but not `{{name}}` (the designer's variables are written that way in messages). */
const PLACEHOLDER = /(?<!\{)\{(\w+)\}(?!\})/g;

/**
 * A translator factory over one table per locale. The English table must have every key of
 * the French one (the type says so); a missing parameter is left visible as `{name}`.
 */
export const createTranslator = <K extends string>(
  tables: Readonly<Record<Locale, MessageTable<K>>>,
): ((locale: Locale) => Translator<K>) => {
  const made = new Map<Locale, Translator<K>>();
  const keys = new Set<string>(Object.keys(tables.fr));
  return (locale) => {
    const existing = made.get(locale);
    if (existing) return existing;
    const f = formatters(locale);
    const number = (value: number, options?: Intl.NumberFormatOptions) =>
      options ? new Intl.NumberFormat(TAGS[locale], options).format(value) : f.number.format(value);
    const date = (value: Date | string) =>
      isCalendarDay(value) ? f.dayUtc.format(toDate(value)) : f.date.format(toDate(value));
    const param = (value: Param): string =>
      typeof value === 'number' ? number(value) : value instanceof Date ? date(value) : value;
    const translator: Translator<K> = {
      locale,
      t(key, params = {}) {
        const message = tables[locale][key] ?? tables.fr[key];
        const count = params.count;
        const text =
          typeof message === 'string'
            ? message
            : ((typeof count === 'number' ? message[f.plural.select(count)] : undefined) ?? message.other);
        return text.replace(PLACEHOLDER, (whole, name: string) => {
          const value = params[name];
          return value === undefined ? whole : param(value);
        });
      },
      has: (key): key is K => keys.has(key),
      number,
      date,
      time: (value) => f.time.format(toDate(value)),
      dateTime: (value) => `${date(value)} ${f.time.format(toDate(value))}`,
      list: (items) => f.list.format(items),
    };
    made.set(locale, translator);
    return translator;
  };
};
