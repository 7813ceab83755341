/**
 * Text helpers for the capture: folding (case, accents, punctuation), word counts and keyword
 * matching. Words are counted by the rule engine's own `countWords` (shared/rules/text.ts), so a
 * snapshot's word count and a rule's « at least 150 words » always agree.
 */
import { countWords } from '../../shared/rules/text.ts';

export { countWords };

const APOSTROPHES = /[’‘ʼ`´]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };
const LIGATURE = /[œŒæÆ]/g;
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;

/** Lower case, accents removed, ligatures spelt out. */
export const stripAccents = (text: string): string =>
  text
    .replace(APOSTROPHES, "'")
    .replace(LIGATURE, (char) => LIGATURES[char] ?? char)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase();

/** Folded for matching: no case, no accents, punctuation as spaces, one space between words. */
export const fold = (text: string): string =>
  stripAccents(text).replace(PUNCTUATION, ' ').replace(SPACES, ' ').trim();

/** Collapses runs of spacing and trims; cuts at `max` characters with an ellipsis. */
export const clip = (text: string | null | undefined, max: number): string => {
  const clean = (text ?? '').replace(SPACES, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};

/** Cuts without touching spacing (field values are recorded as typed). */
export const cut = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

/** Occurrences of `needle` in `haystack` as whole words; both already folded. */
export const countFolded = (haystack: string, needle: string): number => {
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
