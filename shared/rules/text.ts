/**
 * Tolerant text for evidence rules. A candidate types « Chaise en Palette », WordPress shows
 * « Chaise en palette », the slug says `chaise-en-palette` and the subject's keyword is
 * « chaise en palette » : a rule chooses which of these differences it ignores.
 */
import type { TextTolerance } from '../schema/rule.ts';

/** Every apostrophe a French text may carry (WordPress turns `'` into `’` when it renders). */
const APOSTROPHES = /[’‘ʼ`´]/g;
/** Combining marks left by NFD: the accents of « é », « ç », « ô »… */
const COMBINING_MARKS = /\p{M}+/gu;
/** Ligatures that NFD keeps whole. */
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };
const LIGATURE = /[œŒæÆ]/g;
/** Any run of spacing, including the no-break spaces French typography puts before « ; : ! ? ». */
const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;
/** Punctuation and symbols (`-`, `_`, `/`, `«`, `%`, `€`…): replaced by a space, never glued. */
const PUNCTUATION = /[\p{P}\p{S}]+/gu;

/** Recent results per tolerance (16 combinations), bounded: cleared when full. */
const CACHES = Array.from({ length: 16 }, () => new Map<string, string>());
const CACHED_LENGTH = 2_000;
const CACHED_ENTRIES = 10_000;

/**
 * Normalises a text with a tolerance:
 * - `case` — lower case;
 * - `accents` — accents removed (NFD then combining marks dropped), ligatures œ/æ spelt out;
 * - `spacing` — runs of spaces (also no-break spaces) become one space, ends trimmed;
 * - `punctuation` — punctuation and symbols become spaces, then spacing is collapsed whatever
 *   `spacing` says (otherwise « chaise, palette » would keep two spaces).
 * Typographic apostrophes are always unified to `'` in tolerant mode.
 */
export const normalise = (text: string, tolerance: TextTolerance): string => {
  // The same titles and slugs are read by many rules: remember recent results per tolerance.
  const slot =
    (tolerance.case ? 1 : 0) |
    (tolerance.accents ? 2 : 0) |
    (tolerance.spacing ? 4 : 0) |
    (tolerance.punctuation ? 8 : 0);
  const cache = CACHES[slot]!;
  const known = cache.get(text);
  if (known !== undefined) return known;
  const out = normaliseNow(text, tolerance);
  if (text.length <= CACHED_LENGTH) {
    if (cache.size >= CACHED_ENTRIES) cache.clear();
    cache.set(text, out);
  }
  return out;
};

const normaliseNow = (text: string, tolerance: TextTolerance): string => {
  let out = text.normalize('NFC').replace(APOSTROPHES, "'");
  if (tolerance.accents)
    out = out
      .replace(LIGATURE, (char) => LIGATURES[char] ?? char)
      .normalize('NFD')
      .replace(COMBINING_MARKS, '');
  if (tolerance.case) out = out.toLowerCase();
  if (tolerance.punctuation) out = out.replace(PUNCTUATION, ' ');
  if (tolerance.spacing || tolerance.punctuation) out = out.replace(SPACES, ' ').trim();
  return out;
};

/** The tolerance a condition gets when it writes `tolerant: {}`: case, accents and spacing. */
export const DEFAULT_TOLERANCE: TextTolerance = {
  case: true,
  accents: true,
  spacing: true,
  punctuation: false,
};

const TAG = /<[^<>]*>/g;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Words of a French text, counted as a word processor or WordPress counts them: a word is a
 * run of letters or digits, joined by inner apostrophes and hyphens (« l’été » and
 * « porte-monnaie » are one word each); punctuation alone (« — », « ! ») is not a word; HTML
 * tags are ignored.
 */
export const countWords = (text: string): number => text.replace(TAG, ' ').match(WORD)?.length ?? 0;

/** Length in characters as a person counts them: code points of the NFC form (« é » is one). */
export const characterLength = (text: string): number => {
  const nfc = text.normalize('NFC');
  let length = 0;
  for (let i = 0; i < nfc.length; i += 1) {
    const unit = nfc.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) length += 1; // a low surrogate ends a pair already counted
  }
  return length;
};

/** Every kind of matching the capture does is this tolerance: case, accents, spacing, punctuation. */
const FOLD: TextTolerance = { case: true, accents: true, spacing: true, punctuation: true };
const CASE_AND_ACCENTS: TextTolerance = { case: true, accents: true, spacing: false, punctuation: false };

/** Lower case, accents removed, ligatures spelt out, apostrophes unified; spacing kept. */
export const stripAccents = (text: string): string => normalise(text, CASE_AND_ACCENTS);

/** Folded for matching: no case, no accents, punctuation as spaces, one space between words. */
export const fold = (text: string): string => normalise(text, FOLD);

/** Runs of spacing (no-break spaces included) as one space, ends trimmed; nothing else changed. */
export const collapseSpacing = (text: string): string => text.replace(SPACES, ' ').trim();

/** Spacing collapsed; cut at `max` characters with an ellipsis. */
export const clip = (text: string | null | undefined, max: number): string => {
  const clean = collapseSpacing(text ?? '');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};

/**
 * Occurrences of `needle` in `haystack` as whole words, both already folded: « thé vert » is
 * found in « un thé vert bio » but not in « thé verte ».
 */
export const countWholeWords = (haystack: string, needle: string): number => {
  if (!needle) return 0;
  let count = 0;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return count;
    const end = at + needle.length;
    if ((at === 0 || haystack[at - 1] === ' ') && (end === haystack.length || haystack[end] === ' ')) {
      count += 1;
      from = end;
    } else {
      from = at + 1;
    }
  }
};

/** Slug as CMSs make it: « Thé vert bio » → `the-vert-bio`. */
export const slugify = (text: string): string =>
  stripAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
