/**
 * One description of an event for people, used wherever an event reaches one: the review's
 * timeline and evidence links, the harmonisation drill-down, the station. Every kind has a
 * French and an English sentence with its key values (« A publié l’article « Thé vert bio »
 * (312 mots, mot-clé dans le titre) ») and a short name for lists and filters; the tables are
 * typed by `EventKind`, so a new kind without its sentence does not compile. The result is
 * text: callers bind it as text, never as HTML (a candidate's title may hold markup).
 *
 * Pure: no DOM; the raw JSON stays available to callers behind a « détails » toggle.
 */
import type { Locale } from '../i18n/translator.ts';
import type { CaptureEvent, EventKind } from '../schema/event.ts';
import { kitFor, type SentenceKit, type SentenceTable } from './sentence-kit.ts';
import { EN, EN_KINDS } from './sentences-en.ts';
import { FR, FR_KINDS } from './sentences-fr.ts';

const TABLES: Record<Locale, SentenceTable> = { fr: FR, en: EN };
const KIND_NAMES = { fr: FR_KINDS, en: EN_KINDS };
const KITS: Record<Locale, SentenceKit> = { fr: kitFor('fr'), en: kitFor('en') };

/** What describing needs of an event: its kind and its data. */
export type Describable = Pick<CaptureEvent, 'kind' | 'data'>;

/** The event as one sentence in the language. */
export const describeEvent = (event: Describable, locale: Locale): string => {
  const sentence = TABLES[locale][event.kind] as (data: unknown, kit: SentenceKit) => string;
  return sentence(event.data, KITS[locale]);
};

/** A kind's short name (« Contenu publié »), for filters and legends; the id goes in a tooltip. */
export const eventKindName = (kind: EventKind, locale: Locale): string => KIND_NAMES[locale][kind] ?? kind;

/** mm:ss since the start of the session (h:mm:ss past an hour). */
export const formatElapsed = (ms: number): string => {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
};

/** « #12 · 05:32 · A publié l’article « … » (312 mots) » */
export const eventLine = (
  event: Describable & Pick<CaptureEvent, 'seq' | 'elapsedMs'>,
  locale: Locale,
): string => `#${event.seq} · ${formatElapsed(event.elapsedMs)} · ${describeEvent(event, locale)}`;
