/** Events the harmonisation view's components send up, in one typed map (see GeElement). */
import type { Locale } from '../../../shared/i18n/translator.ts';

export interface HzEventMap {
  /** The view's language button (the standalone page follows it; the workbench hides it). */
  'ge-locale-change': CustomEvent<{ locale: Locale }>;
  /** The drill-down's « Close » button or Escape. */
  'hz-close': CustomEvent<Record<string, never>>;
  /** The drill-down asks for the station's copy of a session's evidence (station page only). */
  'hz-load-evidence': CustomEvent<{ sessionId: string }>;
}

declare global {
  interface HTMLElementEventMap extends HzEventMap {}
}
