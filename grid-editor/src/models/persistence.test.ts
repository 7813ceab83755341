import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDocument, isDirty } from './document.ts';
import { Persistence, type Timers } from './persistence.ts';
import { DEFAULT_WORKBENCH, openEditorStore, readStoredDocument, type WorkbenchState } from './store.ts';
import { json, makeBundle, subject } from './test-documents.ts';
import { Workspace } from './workspace.ts';

let dbCount = 0;
const dbName = () => `temoin-grid-editor-test-${++dbCount}`;

const manualTimers = () => {
  const pending = new Map<number, () => void>();
  let id = 0;
  const timers: Timers & { run(): void; count(): number } = {
    set: (callback) => {
      pending.set(++id, callback);
      return id;
    },
    clear: (handle) => pending.delete(handle as number),
    run: () => {
      for (const [key, callback] of [...pending]) {
        pending.delete(key);
        callback();
      }
    },
    count: () => pending.size,
  };
  return timers;
};

/** A workspace wired to a store as the app wires it; `reload` opens the same database anew. */
const session = async (name: string, ui: WorkbenchState = DEFAULT_WORKBENCH) => {
  const store = await openEditorStore(name);
  const loaded = await store.load();
  const workspace = new Workspace();
  workspace.restore(loaded.documents, loaded.workbench.active);
  const timers = manualTimers();
  let workbench = { ...loaded.workbench, ...ui };
  const persistence = new Persistence(workspace, store, {
    workbench: () => ({ ...workbench, ...(workspace.active ? { active: workspace.active.name } : {}) }),
    timers,
  });
  persistence.start();
  return {
    store,
    loaded,
    workspace,
    persistence,
    timers,
    setUi: (patch: Partial<WorkbenchState>) => {
      workbench = { ...workbench, ...patch };
      persistence.schedule();
    },
  };
};

describe('work kept in IndexedDB', () => {
  it('writes a moment after a change, and gives it all back after a reload', async () => {
    const name = dbName();
    const first = await session(name);
    first.workspace.open('sujet.json', json(subject));
    first.workspace.edit('sujet.json', 'title', 'Titre modifié');
    first.workspace.select('sujet.json', 'questions[0].rules[0]');
    expect(first.persistence.state).toBe('pending');
    expect(first.timers.count()).toBe(1);
    first.timers.run();
    await first.persistence.flush();
    expect(first.persistence.state).toBe('saved');
    expect(isDirty(first.workspace.active!)).toBe(false);
    first.store.close();

    const second = await session(name);
    const doc = second.workspace.active!;
    expect(doc.name).toBe('sujet.json');
    expect(doc.value).toMatchObject({ title: 'Titre modifié' });
    expect(doc.selection).toBe('questions[0].rules[0]');
    expect(isDirty(doc)).toBe(false);
    // The history came back too: undo still works after the reload.
    expect(second.workspace.undo()).toBe(true);
    expect(second.workspace.active!.value).toMatchObject({ title: subject.title });
    second.store.close();
  });

  it('saves at once on flush (Ctrl+S); a later edit is unsaved again', async () => {
    const { workspace, persistence, store } = await session(dbName());
    workspace.open('a.json', json(subject));
    workspace.edit('a.json', 'title', 'Un');
    expect(isDirty(workspace.active!)).toBe(true);
    await persistence.flush();
    expect(isDirty(workspace.active!)).toBe(false);
    workspace.edit('a.json', 'title', 'Deux');
    expect(isDirty(workspace.active!)).toBe(true);
    expect(persistence.state).toBe('pending');
    await persistence.flush();
    expect(isDirty(workspace.active!)).toBe(false);
    store.close();
  });

  it('forgets closed documents, keeps tab order, layout and the recording', async () => {
    const name = dbName();
    const first = await session(name);
    first.workspace.open('a.json', json(subject));
    first.workspace.open('b.json', json({ ...subject, id: 'b' }));
    first.workspace.open('c.json', json({ ...subject, id: 'c' }));
    first.workspace.close('a.json');
    first.workspace.activate('b.json');
    first.setUi({ theme: 'high-contrast', locale: 'en', editorMode: 'split' });
    const bundle = await makeBundle([
      { kind: 'task.noteSaved', data: { questionId: 'q1', text: 'x', length: 1 } },
    ]);
    await first.workspace.openFile('r.temoin.json', json(bundle));
    await first.persistence.flush();
    first.store.close();

    const second = await session(name);
    expect(second.workspace.documents.map((doc) => doc.name)).toEqual(['b.json', 'c.json']);
    expect(second.workspace.active?.name).toBe('b.json');
    expect(second.loaded.workbench).toMatchObject({
      theme: 'high-contrast',
      locale: 'en',
      editorMode: 'split',
    });
    expect(second.loaded.recording?.name).toBe('r.temoin.json');
    second.store.close();
  });

  it('skips records that are not documents when reading back', () => {
    expect(readStoredDocument({ name: 'x', kind: 'nope', value: {} })).toBeUndefined();
    expect(readStoredDocument({ name: '', kind: 'grid', value: {} })).toBeUndefined();
    expect(readStoredDocument({ name: 'g', kind: 'grid', value: 'text' })).toBeUndefined();
    const read = readStoredDocument({ name: 'g', kind: 'grid', value: {}, history: { undo: [{ bad: 1 }] } });
    expect(read?.doc.history.undo).toEqual([]);
  });

  it('does not write when nothing changed', async () => {
    const { workspace, persistence, timers, store } = await session(dbName());
    workspace.restore([createDocument('x.json', 'grid', { id: 'g' })]);
    await persistence.flush();
    const before = persistence.state;
    persistence.schedule();
    expect(timers.count()).toBe(0);
    expect(before).toBe('saved');
    store.close();
  });
});
