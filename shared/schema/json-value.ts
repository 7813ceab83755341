/**
 * JSON text read by code that drops what it cannot read (a message from the page world, a
 * line of the unsent queue, a fetched REST answer): no problem list, just the value or
 * nothing. Documents go through `parseJson` instead, which says what is wrong.
 *
 * No imports: the page's network hook bundles this module.
 */

/** The value a JSON text holds, or undefined when the text is not JSON (never throws). */
export const jsonValue = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};
