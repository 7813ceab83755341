/** Small readers the subject's forms share: a text value, and a list item's index and list path. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** `questions[2]` → 2 (-1 when the path is not a list item). */
export const lastIndex = (path: string): number => Number(/\[(\d+)\]$/.exec(path)?.[1] ?? -1);
/** `questions[2]` → `questions`. */
export const parentOf = (path: string): string => path.replace(/\[\d+\]$/, '');
