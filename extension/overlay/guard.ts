/**
 * Every callback the overlay runs on the candidate's page goes through `guard`: an error in
 * Témoin must never reach the page nor stop the exam. Failures are logged quietly.
 */
export const report = (error: unknown) => {
  try {
    console.debug('[Témoin overlay]', error);
  } catch {
    // Logging itself may be broken by the page (console replaced): nothing more to do.
  }
};

/** Wraps a callback so that neither a throw nor a rejected promise escapes. */
export const guard =
  <A extends unknown[]>(fn: (...args: A) => unknown) =>
  (...args: A): void => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch(report);
    } catch (error) {
      report(error);
    }
  };
