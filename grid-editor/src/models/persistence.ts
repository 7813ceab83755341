/**
 * Autosave: whatever changes in the workspace (drafts, history, the part shown, tab order,
 * the workbench's layout, the recording) is written to the store a moment later, or at once
 * on « Save ». A document written at version v is marked saved at v: its tab's unsaved
 * marker goes away unless it changed again meanwhile. Timers are injected for tests.
 */
import type { EditorDocument } from './document.ts';
import type { Recording } from './rule-test.ts';
import { type EditorStore, toStored, type WorkbenchState } from './store.ts';
import type { Workspace } from './workspace.ts';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Written {
  value: unknown;
  selection: string;
  history: EditorDocument['history'];
  order: number;
}

export const AUTOSAVE_DELAY_MS = 500;

export class Persistence {
  #workspace: Workspace;
  #store: EditorStore;
  #workbench: () => WorkbenchState;
  #delayMs: number;
  #timers: Timers;
  #timer: unknown;
  #written = new Map<string, Written>();
  #workbenchJson: string | undefined;
  #recording: Recording | undefined;
  #running: Promise<void> = Promise.resolve();
  #state: SaveState = 'saved';
  #listeners = new Set<() => void>();

  constructor(
    workspace: Workspace,
    store: EditorStore,
    options: { workbench: () => WorkbenchState; delayMs?: number; timers?: Timers },
  ) {
    this.#workspace = workspace;
    this.#store = store;
    this.#workbench = options.workbench;
    this.#delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.#timers = options.timers ?? realTimers;
  }

  /** Takes what was just loaded from the store as written; returns the unsubscribe function. */
  start(): () => void {
    this.#workspace.documents.forEach((doc, order) => {
      this.#written.set(doc.name, this.#snapshot(doc, order));
    });
    this.#workbenchJson = JSON.stringify(this.#workbench());
    this.#recording = this.#workspace.recording;
    return this.#workspace.subscribe(() => this.schedule());
  }

  get state(): SaveState {
    return this.#state;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Writes a moment later (changes made meanwhile go in the same write). */
  schedule(): void {
    if (!this.#pending()) return;
    this.#setState('pending');
    if (this.#timer !== undefined) this.#timers.clear(this.#timer);
    this.#timer = this.#timers.set(() => {
      this.#timer = undefined;
      void this.flush();
    }, this.#delayMs);
  }

  /** Writes now everything not yet written; resolves when it is in the store. */
  flush(): Promise<void> {
    if (this.#timer !== undefined) {
      this.#timers.clear(this.#timer);
      this.#timer = undefined;
    }
    this.#running = this.#running.then(() => this.#write());
    return this.#running;
  }

  #snapshot(doc: EditorDocument, order: number): Written {
    return { value: doc.value, selection: doc.selection, history: doc.history, order };
  }

  #changed(doc: EditorDocument, order: number): boolean {
    const written = this.#written.get(doc.name);
    return (
      !written ||
      written.value !== doc.value ||
      written.selection !== doc.selection ||
      written.history !== doc.history ||
      written.order !== order
    );
  }

  #pending(): boolean {
    const documents = this.#workspace.documents;
    return (
      documents.some((doc, order) => this.#changed(doc, order)) ||
      documents.length !== this.#written.size ||
      JSON.stringify(this.#workbench()) !== this.#workbenchJson ||
      this.#workspace.recording !== this.#recording
    );
  }

  async #write(): Promise<void> {
    const documents = this.#workspace.documents;
    const changed = documents.flatMap((doc, order) => (this.#changed(doc, order) ? [{ doc, order }] : []));
    const names = new Set(documents.map((doc) => doc.name));
    const removed = [...this.#written.keys()].filter((name) => !names.has(name));
    const workbench = this.#workbench();
    const workbenchJson = JSON.stringify(workbench);
    const recording = this.#workspace.recording;
    if (
      changed.length === 0 &&
      removed.length === 0 &&
      workbenchJson === this.#workbenchJson &&
      recording === this.#recording
    ) {
      this.#setState('saved');
      return;
    }
    this.#setState('saving');
    try {
      if (changed.length > 0)
        await this.#store.putDocuments(changed.map(({ doc, order }) => toStored(doc, order)));
      if (removed.length > 0) await this.#store.deleteDocuments(removed);
      if (workbenchJson !== this.#workbenchJson) await this.#store.putWorkbench(workbench);
      if (recording !== this.#recording)
        await this.#store.putRecording(
          recording ? { name: recording.name, text: recording.text } : undefined,
        );
    } catch {
      this.#setState('error');
      return;
    }
    for (const { doc, order } of changed) this.#written.set(doc.name, this.#snapshot(doc, order));
    for (const name of removed) this.#written.delete(name);
    this.#workbenchJson = workbenchJson;
    this.#recording = recording;
    for (const { doc } of changed) this.#workspace.markSaved(doc.name, doc.version);
    this.#setState(this.#pending() ? 'pending' : 'saved');
  }

  #setState(state: SaveState): void {
    if (state === this.#state) return;
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}
