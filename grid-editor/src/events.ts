/**
 * Every event the editor's components send up, in one typed map: components dispatch them
 * with `GeElement.emit`, and listeners get typed `detail`s.
 */
import type { Locale } from './i18n.ts';

export interface GeEventMap {
  /** Files chosen with the open-file control. */
  'ge-files-open': CustomEvent<{ files: File[] }>;
  /** A document to show: a tab or an explorer item was chosen. */
  'ge-document-select': CustomEvent<{ name: string }>;
  'ge-document-close': CustomEvent<{ name: string }>;
  'ge-locale-change': CustomEvent<{ locale: Locale }>;
  /** The activity bar's view button: show or hide the side bar. */
  'ge-sidebar-toggle': CustomEvent<Record<string, never>>;
}

declare global {
  interface HTMLElementEventMap extends GeEventMap {}
}
