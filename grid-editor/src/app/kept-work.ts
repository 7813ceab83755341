/**
 * The work kept in IndexedDB: brought back when the workbench opens (documents, layout, the
 * recording under test) and saved as it changes, until `signal` ends it. A tab closing or
 * reloading writes what the autosave delay still held.
 */
import { Persistence } from '../models/persistence.ts';
import { type Recording, readRecording } from '../models/rule-test.ts';
import { type EditorStore, openEditorStore, type WorkbenchState } from '../models/store.ts';
import type { Workspace } from '../models/workspace.ts';

export interface KeptWork {
  store: EditorStore;
  persistence: Persistence;
}

export const keepWork = async (
  workspace: Workspace,
  layout: {
    /** The layout kept, applied before the autosave starts (it saves the layout of the moment). */
    restore(workbench: WorkbenchState): void;
    current(): WorkbenchState;
  },
  signal: AbortSignal,
): Promise<KeptWork> => {
  const store = await openEditorStore();
  const loaded = await store.load();
  let recording: Recording | undefined;
  if (loaded.recording) {
    const read = await readRecording(loaded.recording.name, loaded.recording.text);
    if (read.ok) recording = read.recording;
  }
  workspace.restore(loaded.documents, loaded.workbench.active, recording);
  layout.restore(loaded.workbench);
  const persistence = new Persistence(workspace, store, { workbench: layout.current });
  signal.addEventListener('abort', persistence.start());
  window.addEventListener('pagehide', () => void persistence.flush(), { signal });
  return { store, persistence };
};
