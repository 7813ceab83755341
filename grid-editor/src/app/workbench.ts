/**
 * What commands and views may ask of the workbench (implemented by `<ge-app>`): they act on
 * the workspace model and the workbench's layout through this, never on each other.
 */
import type { Locale } from '../../../shared/i18n/translator.ts';
import type { CaptureEvent } from '../../../shared/schema/index.ts';
import type { MessageKey } from '../i18n.ts';
import type { EditorDocument } from '../models/document.ts';
import type { OutlineNode } from '../models/outline.ts';
import type { QuickItem } from '../models/quick-open.ts';
import type { WorkbenchState } from '../models/store.ts';
import type { Workspace } from '../models/workspace.ts';

export interface Workbench {
  readonly workspace: Workspace;
  readonly ui: WorkbenchState;
  /** The interface language. */
  readonly locale: Locale;
  setUi(patch: Partial<WorkbenchState>): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** Opens the quick input listing commands (`>`) or the parts of the documents. */
  openQuickInput(text: string): void;
  /** Opens the quick input on a list of choices; `accept` gets the chosen item's id. */
  pick(placeholder: MessageKey, items: QuickItem[], accept: (id: string) => void): void;
  /** Opens the file chooser of the explorer, or of the tests view for a recording. */
  chooseFile(purpose?: 'recording'): void;
  save(): Promise<void>;
  /** Shows a part in the editor; with `focus`, puts the keyboard focus on its field at `path`. */
  reveal(name: string, path: string, focus?: boolean): void;
  /** The active document and the part it shows. */
  activePart(): { doc: EditorDocument; node: OutlineNode } | undefined;
  showView(id: string): void;
  showPanel(id: 'problems' | 'event', focus?: boolean): void;
  togglePanel(): void;
  goToProblem(step: 1 | -1): void;
  showEvent(event: CaptureEvent): void;
  /** Applies what the source view holds not yet applied (before undo, save, export). */
  flushSource(): void;
  announce(message: string): void;
}
