/**
 * Every callback the capture runs on the candidate's page goes through a guard: an exception in
 * Témoin never reaches the site (it is swallowed and counted), and the examiner learns about it
 * through at most one report per minute.
 */

export interface GuardOptions {
  now?: () => number;
  /** Called with the number of failures so far; at most once per `reportEveryMs`. */
  report: (failures: number, error: unknown) => void;
  reportEveryMs?: number;
}

export type Guard = <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => void;

export interface GuardHandle {
  guard: Guard;
  /** Failures counted since the guard was created. */
  failures(): number;
  /** Records a failure caught elsewhere (a rejected promise the caller awaited itself). */
  fail(error: unknown): void;
}

export const createGuard = ({
  now = Date.now,
  report,
  reportEveryMs = 60_000,
}: GuardOptions): GuardHandle => {
  let failures = 0;
  let lastReport = Number.NEGATIVE_INFINITY;
  const fail = (error: unknown) => {
    failures += 1;
    const at = now();
    if (at - lastReport < reportEveryMs) return;
    lastReport = at;
    try {
      report(failures, error);
    } catch {
      // The report path itself failed: nothing more can be done without risking the page.
    }
  };
  const guard: Guard =
    (fn) =>
    (...args) => {
      try {
        const result = fn(...args);
        if (result instanceof Promise) result.catch(fail);
      } catch (error) {
        fail(error);
      }
    };
  return { guard, failures: () => failures, fail };
};

/** A short, single-line description of an error for an integrity warning. */
export const describeError = (error: unknown): string => {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
};
