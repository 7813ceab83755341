/**
 * Text helpers for the capture. Folding, word counts and whole-word matching are the rule
 * engine's own (shared/rules/text.ts), so a snapshot's figures and a rule's « at least 150
 * words » or « keyword in the title » always agree; only what is capture-specific lives here.
 */
export { clip, countWords } from '../../shared/rules/text.ts';

/** Cuts without touching spacing (field values are recorded as typed). */
export const cut = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);
