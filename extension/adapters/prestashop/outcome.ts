/**
 * How PrestaShop says a save worked — never « status < 400 » alone:
 * - legacy HelperForm controllers (AdminController::processSave) and the Symfony form pages
 *   answer a success with a redirect (302, `Location: …&conf=3` for a creation, `conf=4` for
 *   an update, or a flash message) and a refusal with 200, re-rendering the form with its
 *   error block (`.alert-danger`);
 * - AJAX endpoints answer JSON: `success` / `hasError` + `errors`, `has_error` (carrier
 *   wizard), or an HTTP 400 with the form errors (1.7.8 product page).
 * A form submit seen without its request (network capture off) has no status: `unknown`.
 */
import { failed, isRecord, type Submission, submissionOf } from '../lib/fields.ts';
import type { DetectorContext, Observation } from '../types.ts';

export type SaveOutcome = 'saved' | 'refused' | 'failed' | 'unknown';

/** Redirect-after-post pages (legacy controllers, Symfony forms). */
export const redirectOutcome = (submission: Pick<Submission, 'status'>): SaveOutcome => {
  const { status } = submission;
  if (status === undefined || status === 0) return 'unknown';
  if (status >= 400) return 'failed';
  if (status >= 300) return 'saved';
  return 'refused';
};

/** JSON endpoints: the answer's own verdict first, then the HTTP status. */
export const jsonOutcome = (submission: Pick<Submission, 'status' | 'response'>): SaveOutcome => {
  const { status, response } = submission;
  if (status !== undefined && status >= 400) return 'failed';
  if (isRecord(response)) {
    if (response.hasError === true || response.has_error === true || response.success === false)
      return 'refused';
    if (Array.isArray(response.errors) && response.errors.length > 0 && response.success !== true)
      return 'refused';
    return 'saved';
  }
  return status === undefined ? 'unknown' : 'saved';
};

/** Saves an examiner may count: done, or seen without a status (form fallback). */
export const counts = (outcome: SaveOutcome): boolean => outcome === 'saved' || outcome === 'unknown';

/**
 * The POST a redirect-after-post page received, when it may count as a save (redirected, or
 * seen without its status); undefined for any other request, a failure or the form again.
 */
export const savedPost = (observation: Observation, context: DetectorContext): Submission | undefined => {
  const submission = submissionOf(observation, context);
  if (submission?.method !== 'POST' || failed(submission)) return undefined;
  return counts(redirectOutcome(submission)) ? submission : undefined;
};
