/**
 * Page-reported evidence (issue 13, finding 2). A `net.request` is observed by the browser
 * (webRequest: method, path, query, status, the body it gave), but its `response` — and its
 * `body` when `bodyFromPage` — are the main-world hook's copies, which a page script can forge
 * (answer its own fetch, patch `Response.prototype`). What the adapters derive from them is
 * page-reported: it is marked `unconfirmed` unless the browser's own facts establish it too, or
 * until Témoin's end-state read of the public page confirms it (semantic.ts, shared/rules).
 */
import type { DerivedEvent, Observation } from '../adapters/index.ts';

/** The part of a stored `net.request` this module reads. */
interface RequestData {
  response?: unknown;
  body?: unknown;
  bodyFromPage?: true;
}

/** Whether a stored event carries anything only the page reported. */
export const carriesPageReported = (event: { kind: string; data: unknown }): boolean => {
  if (event.kind !== 'net.request') return false;
  const data = (event.data ?? {}) as RequestData;
  return data.response !== undefined || data.bodyFromPage === true;
};

/** The observation as the browser alone saw it: no response, no body the page supplied. */
export const observedOnly = (observation: Observation, event: { data: unknown }): Observation => {
  if (observation.type !== 'request') return observation;
  const { bodyFromPage } = (event.data ?? {}) as RequestData;
  return { ...observation, response: undefined, body: bodyFromPage ? undefined : observation.body };
};

/**
 * For each event derived from the full observation, whether it rests on the page's word: the
 * browser's facts alone did not derive an event of that kind (one for one, in order). The
 * hook's copy may then add details to an action the browser saw, never invent the action.
 */
export const pageReportedFlags = (
  full: readonly DerivedEvent[],
  observed: readonly DerivedEvent[],
): boolean[] => {
  const left = new Map<string, number>();
  for (const event of observed) left.set(event.kind, (left.get(event.kind) ?? 0) + 1);
  return full.map((event) => {
    const n = left.get(event.kind) ?? 0;
    if (n === 0) return true;
    left.set(event.kind, n - 1);
    return false;
  });
};
