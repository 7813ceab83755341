/**
 * The subject's part of `session.view`, built once per subject package. The overlay (or chip)
 * asks for the view on every page load of the reference site; reading the package through the
 * read cache copies the whole package (grid, catalogue, subject) each time, for a part that
 * never changes: a package is stored under the hash of its content, so a hash names one subject
 * for good. Measured on the real block editor, that copy was the largest part of
 * `session.view`'s cost in the service worker.
 */
import type { SessionView } from '../../messaging/protocol.ts';
import type { Db } from '../../storage/db.ts';

export type SubjectView = Pick<SessionView, 'title' | 'companyName' | 'questions' | 'annexes' | 'variables'>;

/** Deeply frozen: handed to every view without a copy, so nobody may change it. */
const freeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) freeze(item);
  }
  return value;
};

export const subjectViews = (db: Db) => {
  const byHash = new Map<string, SubjectView>();
  return async (hash: string): Promise<SubjectView | undefined> => {
    const known = byHash.get(hash);
    if (known) return known;
    const pkg = (await db.get('packages', hash))?.pkg;
    if (!pkg) return undefined;
    const view = freeze({
      title: pkg.subject.title,
      companyName: pkg.subject.company.name,
      questions: pkg.subject.questions.map(({ id, number, title, instructions, criteria, annexes }) => ({
        id,
        number,
        title,
        instructions,
        criteria,
        annexes,
      })),
      annexes: pkg.subject.annexes,
      variables: pkg.subject.variables,
    });
    byHash.set(hash, view);
    return view;
  };
};
