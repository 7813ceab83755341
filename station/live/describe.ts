/**
 * One French sentence per event for the examiner's live timeline: the shared description
 * (shared/evidence/describe.ts) the review, harmonisation and the fiche's evidence summary use,
 * so an event reads the same on the station as in the review.
 */
import { describeEvent as describe } from '../../shared/evidence/describe.ts';
import type { CaptureEvent } from '../../shared/schema/event.ts';

export const describeEvent = (event: CaptureEvent): string =>
  `${describe(event, 'fr')}.`.replace(/([.!?…])\.$/, '$1');
