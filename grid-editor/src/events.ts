/**
 * Every event the editor's components send up, in one typed map: components dispatch them
 * with `GeElement.emit`, and listeners get typed `detail`s. Components never change the
 * workspace themselves: the workbench (app/ge-app.ts) turns these events into model calls.
 */

import type { CaptureEvent } from '../../shared/schema/index.ts';
import type { Locale } from './i18n.ts';
import type { CommandId } from './models/commands.ts';
import type { EditorMode } from './models/store.ts';
import type { EditorProblem } from './models/validate.ts';

export interface GeEventMap {
  /** Files chosen with an open-file control or dropped; `recording`: from the tests view. */
  'ge-files-open': CustomEvent<{ files: File[]; purpose?: 'recording' }>;
  /** A tab was chosen. */
  'ge-document-select': CustomEvent<{ name: string }>;
  'ge-document-close': CustomEvent<{ name: string }>;
  /** Show a part of a document in the editor (explorer, breadcrumbs, tests, forms' links). */
  'ge-reveal': CustomEvent<{ name: string; path: string; focus?: boolean }>;
  /** A form or the source view changed the value at `path` of a document. */
  'ge-edit': CustomEvent<{ name: string; path: string; value: unknown; coalesce?: boolean }>;
  /** A field was left: what is typed next is a new undo step. */
  'ge-edit-end': CustomEvent<{ name: string }>;
  /** The source view's text does not parse (or parses again: `problem` undefined). */
  'ge-source-problem': CustomEvent<{ name: string; problem?: EditorProblem }>;
  /** A problem was chosen: go to its place. */
  'ge-problem-open': CustomEvent<{ file: string; path: string }>;
  'ge-report-dismiss': CustomEvent<Record<string, never>>;
  /** Run a command of the palette (buttons that duplicate one). */
  'ge-command': CustomEvent<{ id: CommandId }>;
  /** Choose a rule from the library for the question at `path`. */
  'ge-library-pick': CustomEvent<{ name: string; path: string }>;
  'ge-mode-change': CustomEvent<{ mode: EditorMode }>;
  'ge-locale-change': CustomEvent<{ locale: Locale }>;
  /** An activity bar button: show that side view (or hide the side bar if it is showing). */
  'ge-view-select': CustomEvent<{ id: string }>;
  /** Show one capture event whole, in the panel. */
  'ge-event-show': CustomEvent<{ event: CaptureEvent }>;
  'ge-quick-input': CustomEvent<{ value: string }>;
  'ge-quick-accept': CustomEvent<{ id: string }>;
  'ge-quick-cancel': CustomEvent<Record<string, never>>;
}

declare global {
  interface HTMLElementEventMap extends GeEventMap {}
}
