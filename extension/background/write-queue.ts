/**
 * The session service's single write path: tasks run one after the other, so that sequence
 * numbers and the hash chain stay monotonic whatever order messages arrive in.
 */
export type WriteQueue = <T>(task: () => Promise<T>) => Promise<T>;

/** A failed task does not block the next one. */
export const createWriteQueue = (): WriteQueue => {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
};
