/**
 * A back-office Symfony form saved: the route it was posted to, named by one of its
 * per-language fields (`category[name][1]`, `cms_page[title][1]`). Only a save PrestaShop
 * accepted counts (outcome.ts); a refused one is remembered as an attempt (refusal.ts).
 */
import { failed, type Submission, submissionOf } from '../lib/fields.ts';
import type { DetectorContext, Observation } from '../types.ts';
import { langText, symfonyPath } from './lib.ts';
import { counts, redirectOutcome } from './outcome.ts';
import { rememberRefusal } from './refusal.ts';

export interface FormSave {
  submission: Submission;
  /** The route's match: the entity id when it was an edit. */
  route: RegExpExecArray;
  /** The value of the naming field, in the first language sent. */
  name: string;
}

export const acceptedFormSave = (
  observation: Observation,
  context: DetectorContext,
  form: {
    route: RegExp;
    /** The per-language field that names the entity. */
    nameField: string;
    /** What a refused save is reported as trying to change, and under which key its name goes. */
    target: string;
    nameKey: string;
  },
): FormSave | null => {
  const submission = submissionOf(observation, context);
  if (submission?.method !== 'POST' || failed(submission)) return null;
  const route = form.route.exec(symfonyPath(submission.path));
  if (!route) return null;
  const name = langText(submission.fields, form.nameField);
  if (name === undefined) return null;
  const outcome = redirectOutcome(submission);
  if (counts(outcome)) return { submission, route, name };
  if (outcome === 'refused')
    rememberRefusal(context.memory, form.target, { [form.nameKey]: name }, submission.time);
  return null;
};
