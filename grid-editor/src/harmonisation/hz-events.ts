/** Events the harmonisation view's components send up, in one typed map (see GeElement). */
export interface HzEventMap {
  /** The drill-down's « Close » button or Escape. */
  'hz-close': CustomEvent<Record<string, never>>;
}

declare global {
  interface HTMLElementEventMap extends HzEventMap {}
}
