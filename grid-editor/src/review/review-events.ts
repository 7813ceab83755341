/**
 * Every event the review's components send up, in one typed map (the review's counterpart of
 * the designer's events.ts): the question, fiche and column components never change an
 * assessment themselves; `<ge-review>` applies the change, keeps it and re-renders.
 */
import type { Assessment } from '../../../shared/schema/index.ts';

export interface ReviewEventMap {
  /** Change the assessment of the column `key` (ignored once it is final). */
  'ge-review-change': CustomEvent<{ key: string; change: (a: Assessment) => Assessment }>;
  'ge-review-close': CustomEvent<{ key: string }>;
  'ge-review-finalise': CustomEvent<{ key: string }>;
  'ge-review-export-assessment': CustomEvent<{ key: string }>;
  /** Print the fiche of this column alone. */
  'ge-review-print': CustomEvent<{ key: string }>;
  /** Leave the print view. */
  'ge-review-print-close': CustomEvent<Record<string, never>>;
  /** Show the event `eventId` in the column's timeline (a rule's evidence link). */
  'ge-review-reveal': CustomEvent<{ key: string; eventId: string }>;
}

declare global {
  interface HTMLElementEventMap extends ReviewEventMap {}
}
