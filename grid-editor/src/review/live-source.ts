/**
 * Where the review reads « this workstation's live session » from. The host page gives one
 * (the extension's editor page asks its background for the session's bundle); the standalone
 * editor has none, and the review then offers no live column. The review never looks for an
 * extension runtime itself.
 */
export interface LiveBundle {
  /** The bundle's file name, as an export would name it. */
  name: string;
  /** The bundle's JSON text (verified by the review like any opened file). */
  text: string;
}

export interface LiveSource {
  /** The live session's bundle as it is now, or undefined when there is none (or no answer). */
  read(): Promise<LiveBundle | undefined>;
}

/** How often the live column is read again. */
export const LIVE_POLL_MS = 4000;
