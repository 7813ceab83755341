/**
 * Which question the candidate had open when something happened. The overlay reports each
 * switch with the moment the candidate made it (`at`, the page's clock); events carry their own
 * time from where they were observed. Stamping an event with the question open *at its time*
 * — not when it reaches the background — keeps a click made just before switching questions
 * on the question it was made for, whatever the batching and the message latency.
 */

export interface QuestionSwitch {
  questionId: string | null;
  /** Epoch milliseconds, when the candidate switched. */
  at: number;
}

/** Switches kept per session: enough for a 40-minute test, bounded against a runaway page. */
export const MAX_SWITCHES = 500;

/** The history with one more switch, in time order (a late message is put in its place). */
export const addSwitch = (history: readonly QuestionSwitch[], next: QuestionSwitch): QuestionSwitch[] => {
  const out = [...history];
  let i = out.length;
  while (i > 0 && out[i - 1]!.at > next.at) i -= 1;
  out.splice(i, 0, next);
  return out.length > MAX_SWITCHES ? out.slice(out.length - MAX_SWITCHES) : out;
};

/** The question open at `time`: the last switch at or before it, else `fallback`. */
export const questionAt = (
  history: readonly QuestionSwitch[] | undefined,
  time: number,
  fallback: string | null,
): string | null => {
  if (!history || history.length === 0) return fallback;
  let found: QuestionSwitch | undefined;
  for (const entry of history) {
    if (entry.at > time) break;
    found = entry;
  }
  // Before the first switch nothing was open (a session starts with no active question).
  return found ? found.questionId : null;
};
