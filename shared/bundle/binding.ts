/**
 * What the first event of a session (`session.started`) vouches for beyond the events: the
 * session record's fixed fields and the subject package's content hash. The session record and
 * the embedded package sit outside the chain; bound here, a swapped candidate number or an
 * edited rule breaks the binding, and changing the binding breaks the chain (whose head the
 * examiner saw at the end of the exam).
 */
import type { Session } from '../schema/session.ts';
import { canonicalize } from './jcs.ts';
import { sha256Hex } from './sha256.ts';

/**
 * The fields fixed when the session starts. Status, end date and duration are left out: they
 * change later (the end, extra time) and are read from the events and the file's seal.
 */
const FIXED_FIELDS = [
  'format',
  'id',
  'subject',
  'grid',
  'candidate',
  'commission',
  'centre',
  'referenceOrigins',
  'startedAt',
  'browser',
  'extensionVersion',
] as const satisfies readonly (keyof Session)[];

export const fixedSessionFields = (session: Session): Partial<Session> => {
  const fixed: Record<string, unknown> = {};
  for (const key of FIXED_FIELDS) if (session[key] !== undefined) fixed[key] = session[key];
  return fixed as Partial<Session>;
};

export const sessionHash = (session: Session): Promise<string> =>
  sha256Hex(canonicalize(fixedSessionFields(session)));

export interface StartBinding {
  sessionHash: string;
  packageHash: string;
}

/** The binding fields of a session's `session.started` event. */
export const startBinding = async (session: Session): Promise<StartBinding> => ({
  sessionHash: await sessionHash(session),
  packageHash: session.subject.hash,
});
