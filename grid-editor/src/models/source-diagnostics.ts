/**
 * The problems of the part shown in the JSON editor, placed in its text: each problem of the
 * model (the schema's verdict — the zod schema the published JSON Schema is generated from —
 * and the design lints, in French and English with their path) goes under the value it is
 * about, or under the key of the nearest object when the field is missing. The message keeps
 * the problem's full path, as the problems panel writes it.
 */

import { isWithin, parsePath } from './json-path.ts';
import { jsonPlaces, nearestPlace, type Place } from './json-places.ts';
import type { EditorProblem, Severity } from './validate.ts';

export interface SourceDiagnostic {
  from: number;
  to: number;
  severity: Severity;
  /** « path : message », in the interface language. */
  message: string;
  path: string;
  code: string;
}

const span = (place: Place, exact: boolean): { from: number; to: number } => {
  // A missing field is reported on its object: underline the opening, not the whole object.
  if (!exact) {
    if (place.keyFrom !== undefined && place.keyTo !== undefined)
      return { from: place.keyFrom, to: place.keyTo };
    return { from: place.valueFrom, to: Math.min(place.valueTo, place.valueFrom + 1) };
  }
  return { from: place.valueFrom, to: Math.max(place.valueTo, place.valueFrom + 1) };
};

/** The problems under `partPath`, placed in `text` (the part's JSON). */
export const sourceDiagnostics = (
  text: string,
  partPath: string,
  problems: readonly EditorProblem[],
  locale: 'fr' | 'en',
): SourceDiagnostic[] => {
  const within = problems.filter((p) => p.code !== 'json-syntax' && isWithin(p.path, partPath));
  if (within.length === 0) return [];
  const places = jsonPlaces(text);
  const depth = parsePath(partPath).length;
  const out: SourceDiagnostic[] = [];
  for (const problem of within) {
    const found = nearestPlace(places, parsePath(problem.path).slice(depth));
    if (!found) continue;
    const { from, to } = span(found.place, found.exact);
    out.push({
      from: Math.min(from, text.length),
      to: Math.min(to, text.length),
      severity: problem.severity,
      message: `${problem.path || '(document)'} : ${locale === 'fr' ? problem.fr : problem.en}`,
      path: problem.path,
      code: problem.code,
    });
  }
  return out.sort((a, b) => a.from - b.from);
};

/**
 * The one change that turns `before` into `after` (common start and end kept), so that the
 * editor can apply a model change without moving a caret that is outside it.
 */
export const minimalChange = (
  before: string,
  after: string,
): { from: number; to: number; insert: string } | undefined => {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let end = 0;
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end += 1;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
};
