/**
 * One document being edited: its JSON value (a draft: it may be invalid while the designer
 * works), its undo/redo history, the part shown in the editor and whether it has changes not
 * yet written to the store. Records are immutable: every change gives a new record, so views
 * compare by identity and history entries share the untouched branches of the value.
 */
import type { DocumentKind } from '../../../shared/schema/index.ts';
import { getAt, jsonEqual, setAt } from './json-path.ts';

/** One step of history: the value at `path` before and after. */
export interface Change {
  path: string;
  before: unknown;
  after: unknown;
  /** When the change was made (ms); typing in one field within `COALESCE_MS` is one step. */
  at: number;
  /** Whether a following edit of the same field may merge into this step. */
  coalesce: boolean;
}

export interface History {
  undo: readonly Change[];
  redo: readonly Change[];
}

export interface EditorDocument {
  /** File name, unique in the workspace. */
  name: string;
  kind: DocumentKind;
  value: unknown;
  /** Grows with each change, undo and redo included. */
  version: number;
  /** The version last written to the store. */
  savedVersion: number;
  /** JSON path of the part shown in the editor (`""`: the document). */
  selection: string;
  history: History;
  /** Documents the editor only shows (sessions, assessments). */
  readOnly: boolean;
}

export const COALESCE_MS = 1000;
export const HISTORY_LIMIT = 200;

export interface EditOptions {
  /** Merge with the previous step when it edited the same path moments ago (typing). */
  coalesce?: boolean;
  now?: number;
}

export const createDocument = (
  name: string,
  kind: DocumentKind,
  value: unknown,
  options: { readOnly?: boolean; selection?: string } = {},
): EditorDocument => ({
  name,
  kind,
  value,
  version: 1,
  savedVersion: 0,
  selection: options.selection ?? '',
  history: { undo: [], redo: [] },
  readOnly: options.readOnly ?? false,
});

export const isDirty = (doc: EditorDocument): boolean => doc.version !== doc.savedVersion;

/** The document with `next` at `path`; the same record when nothing changes. */
export const editDocument = (
  doc: EditorDocument,
  path: string,
  next: unknown,
  options: EditOptions = {},
): EditorDocument => {
  if (doc.readOnly) return doc;
  const before = getAt(doc.value, path);
  if (jsonEqual(before, next)) return doc;
  const now = options.now ?? Date.now();
  const coalesce = options.coalesce ?? false;
  const last = doc.history.undo.at(-1);
  const merge =
    coalesce &&
    last?.coalesce === true &&
    last.path === path &&
    doc.history.redo.length === 0 &&
    now - last.at < COALESCE_MS;
  const step: Change = merge
    ? { path, before: last.before, after: next, at: now, coalesce }
    : { path, before, after: next, at: now, coalesce };
  // Typing back what was there before makes no step at all.
  const undo = merge
    ? jsonEqual(last.before, next)
      ? doc.history.undo.slice(0, -1)
      : [...doc.history.undo.slice(0, -1), step]
    : [...doc.history.undo, step];
  return {
    ...doc,
    value: setAt(doc.value, path, next),
    version: doc.version + 1,
    history: { undo: undo.slice(-HISTORY_LIMIT), redo: [] },
  };
};

/** Ends the current typing step: the next edit starts a new one (a field left, a part changed). */
export const sealHistory = (doc: EditorDocument): EditorDocument => {
  const last = doc.history.undo.at(-1);
  if (!last?.coalesce) return doc;
  return {
    ...doc,
    history: { ...doc.history, undo: [...doc.history.undo.slice(0, -1), { ...last, coalesce: false }] },
  };
};

/**
 * Moves the last step of one list (`from`) to the other and applies its `before` (undo) or
 * `after` (redo) value; returns the path it changed, for the editor to show.
 */
const travel = (doc: EditorDocument, from: 'undo' | 'redo'): { doc: EditorDocument; path?: string } => {
  const step = doc.history[from].at(-1);
  if (!step) return { doc };
  const popped = doc.history[from].slice(0, -1);
  const pushed = [...doc.history[from === 'undo' ? 'redo' : 'undo'], { ...step, coalesce: false }];
  return {
    doc: {
      ...doc,
      value: setAt(doc.value, step.path, from === 'undo' ? step.before : step.after),
      version: doc.version + 1,
      history: from === 'undo' ? { undo: popped, redo: pushed } : { undo: pushed, redo: popped },
    },
    path: step.path,
  };
};

/** Undoes the last step; returns the path it changed, for the editor to show. */
export const undoDocument = (doc: EditorDocument) => travel(doc, 'undo');

/** Redoes the last undone step; returns the path it changed. */
export const redoDocument = (doc: EditorDocument) => travel(doc, 'redo');

/** Replaces the whole value as one step (a file reopened under the same name). */
export const replaceDocument = (doc: EditorDocument, value: unknown, now?: number): EditorDocument =>
  editDocument(doc, '', value, now === undefined ? {} : { now });
