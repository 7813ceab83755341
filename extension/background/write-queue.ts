/**
 * The session service's single write path: tasks run one after the other, so that sequence
 * numbers and the hash chain stay monotonic whatever order messages arrive in.
 */
export type WriteQueue = (<T>(task: () => Promise<T>) => Promise<T>) & {
  /** How many tasks were ever queued: a task may tell whether another was queued after it. */
  readonly queued: number;
};

/** A failed task does not block the next one. */
export const createWriteQueue = (): WriteQueue => {
  let tail: Promise<unknown> = Promise.resolve();
  let queued = 0;
  const queue = <T>(task: () => Promise<T>): Promise<T> => {
    queued += 1;
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
  Object.defineProperty(queue, 'queued', { get: () => queued });
  return queue as WriteQueue;
};
