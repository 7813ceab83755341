/**
 * The editor's IndexedDB (through `idb`): the documents being edited with their undo/redo
 * history, the workbench's layout and preferences, and the recording rules are tested
 * against. Records are checked when read back: a damaged record is skipped, not trusted.
 *
 *   documents  key: name → StoredDocument
 *   state      key: key  → { key: 'workbench', value: WorkbenchState } | { key: 'recording', value: {name, text} }
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/schema/index.ts';
import type { Change, EditorDocument } from './document.ts';
import { isRecord } from './json-path.ts';

export interface StoredDocument {
  name: string;
  kind: DocumentKind;
  value: unknown;
  history: { undo: Change[]; redo: Change[] };
  selection: string;
  readOnly: boolean;
  /** Place among the tabs. */
  order: number;
}

export type Theme = 'dark' | 'light' | 'high-contrast';
export const THEMES: readonly Theme[] = ['dark', 'light', 'high-contrast'];

export type EditorMode = 'form' | 'source' | 'split';
export const EDITOR_MODES: readonly EditorMode[] = ['form', 'source', 'split'];

/** The workbench as the user left it. */
export interface WorkbenchState {
  active?: string;
  locale: 'fr' | 'en';
  theme: Theme;
  sidebarVisible: boolean;
  panelVisible: boolean;
  view: string;
  editorMode: EditorMode;
}

export const DEFAULT_WORKBENCH: WorkbenchState = {
  locale: 'fr',
  theme: 'dark',
  sidebarVisible: true,
  panelVisible: true,
  view: 'explorer',
  editorMode: 'form',
};

interface EditorDB extends DBSchema {
  documents: { key: string; value: StoredDocument };
  state: { key: string; value: { key: string; value: unknown } };
}

export interface Loaded {
  documents: EditorDocument[];
  workbench: WorkbenchState;
  recording?: { name: string; text: string };
}

export interface EditorStore {
  load(): Promise<Loaded>;
  putDocuments(documents: readonly StoredDocument[]): Promise<void>;
  deleteDocuments(names: readonly string[]): Promise<void>;
  putWorkbench(state: WorkbenchState): Promise<void>;
  putRecording(recording: { name: string; text: string } | undefined): Promise<void>;
  close(): void;
}

export const DB_NAME = 'temoin-grid-editor';
const DB_VERSION = 1;

const isChange = (value: unknown): value is Change =>
  isRecord(value) && typeof value.path === 'string' && typeof value.at === 'number';

const changes = (value: unknown): Change[] => (Array.isArray(value) ? value.filter(isChange) : []);

/** A stored record back as a document, or `undefined` when it is not one. */
export const readStoredDocument = (raw: unknown): { doc: EditorDocument; order: number } | undefined => {
  if (!isRecord(raw) || typeof raw.name !== 'string' || raw.name === '') return undefined;
  if (!(DOCUMENT_KINDS as readonly unknown[]).includes(raw.kind) || !isRecord(raw.value)) return undefined;
  const history = isRecord(raw.history) ? raw.history : {};
  return {
    doc: {
      name: raw.name,
      kind: raw.kind as DocumentKind,
      value: raw.value,
      version: 1,
      savedVersion: 1,
      selection: typeof raw.selection === 'string' ? raw.selection : '',
      history: { undo: changes(history.undo), redo: changes(history.redo) },
      readOnly: raw.readOnly === true,
    },
    order: typeof raw.order === 'number' ? raw.order : 0,
  };
};

export const toStored = (doc: EditorDocument, order: number): StoredDocument => ({
  name: doc.name,
  kind: doc.kind,
  value: doc.value,
  history: { undo: [...doc.history.undo], redo: [...doc.history.redo] },
  selection: doc.selection,
  readOnly: doc.readOnly,
  order,
});

const readWorkbench = (raw: unknown): WorkbenchState => {
  const value = isRecord(raw) ? raw : {};
  const pick = <T>(candidate: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(candidate as T) ? (candidate as T) : fallback;
  return {
    ...(typeof value.active === 'string' ? { active: value.active } : {}),
    locale: pick(value.locale, ['fr', 'en'] as const, DEFAULT_WORKBENCH.locale),
    theme: pick(value.theme, THEMES, DEFAULT_WORKBENCH.theme),
    sidebarVisible: typeof value.sidebarVisible === 'boolean' ? value.sidebarVisible : true,
    panelVisible: typeof value.panelVisible === 'boolean' ? value.panelVisible : true,
    view: typeof value.view === 'string' ? value.view : DEFAULT_WORKBENCH.view,
    editorMode: pick(value.editorMode, EDITOR_MODES, DEFAULT_WORKBENCH.editorMode),
  };
};

export const openEditorStore = async (name = DB_NAME): Promise<EditorStore> => {
  const db: IDBPDatabase<EditorDB> = await openDB<EditorDB>(name, DB_VERSION, {
    upgrade(database) {
      database.createObjectStore('documents', { keyPath: 'name' });
      database.createObjectStore('state', { keyPath: 'key' });
    },
  });
  return {
    async load() {
      const [records, workbench, recording] = await Promise.all([
        db.getAll('documents'),
        db.get('state', 'workbench'),
        db.get('state', 'recording'),
      ]);
      const documents = records
        .map(readStoredDocument)
        .filter((entry) => entry !== undefined)
        .sort((a, b) => a.order - b.order)
        .map(({ doc }) => doc);
      const saved = isRecord(recording?.value) ? recording.value : undefined;
      return {
        documents,
        workbench: readWorkbench(workbench?.value),
        ...(saved && typeof saved.name === 'string' && typeof saved.text === 'string'
          ? { recording: { name: saved.name, text: saved.text } }
          : {}),
      };
    },
    async putDocuments(documents) {
      const tx = db.transaction('documents', 'readwrite');
      await Promise.all([...documents.map((doc) => tx.store.put(doc)), tx.done]);
    },
    async deleteDocuments(names) {
      const tx = db.transaction('documents', 'readwrite');
      await Promise.all([...names.map((key) => tx.store.delete(key)), tx.done]);
    },
    async putWorkbench(state) {
      await db.put('state', { key: 'workbench', value: state });
    },
    async putRecording(recording) {
      if (recording) await db.put('state', { key: 'recording', value: recording });
      else await db.delete('state', 'recording');
    },
    close: () => db.close(),
  };
};
