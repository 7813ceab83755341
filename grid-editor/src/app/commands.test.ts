/**
 * The « add a part » commands on a subject: each appends to its own list, reveals the new
 * part, and is greyed out without an editable subject.
 */
import { describe, expect, it } from 'vitest';
import { HANDLERS } from './commands.ts';
import type { Workbench } from './workbench.ts';

const subject = {
  id: 'demo',
  questions: [{ id: 'q1', number: 1 }],
  variables: [{ name: 'variable1' }],
  annexes: [{ id: 'annexe-1' }],
};

/** A workbench showing one subject document, or a package with the subject under `subject`. */
const fakeWorkbench = (options: { readOnly?: boolean; kind?: 'subject' | 'subject-package' } = {}) => {
  const kind = options.kind ?? 'subject';
  const value = kind === 'subject' ? subject : { subject };
  const edits: { name: string; path: string; value: unknown }[] = [];
  const reveals: { name: string; path: string }[] = [];
  const doc = { name: 'sujet.temoin-subject.json', kind, readOnly: options.readOnly ?? false, value };
  const app = {
    activePart: () => ({ doc, node: { path: '' } }),
    workspace: {
      document: (name: string) => (name === doc.name ? doc : undefined),
      edit: (name: string, path: string, next: unknown) => edits.push({ name, path, value: next }),
    },
    reveal: (name: string, path: string) => reveals.push({ name, path }),
  };
  return { app: app as unknown as Workbench, edits, reveals };
};

describe('add commands', () => {
  it.each([
    ['edit.addQuestion', 'questions', { id: 'q2', number: 2 }],
    ['edit.addVariable', 'variables', { name: 'variable2' }],
    ['edit.addAnnex', 'annexes', { title: 'Annexe 2' }],
  ] as const)('%s appends to %s and reveals the new part', (id, list, expected) => {
    const { app, edits, reveals } = fakeWorkbench();
    expect(HANDLERS[id].enabled?.(app)).toBe(true);
    void HANDLERS[id].run(app);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.path).toBe(list);
    const items = edits[0]!.value as unknown[];
    expect(items.slice(0, -1)).toEqual(subject[list]);
    expect(items.at(-1)).toMatchObject(expected);
    expect(reveals).toEqual([{ name: 'sujet.temoin-subject.json', path: `${list}[1]` }]);
  });

  it('adds under `subject` in a subject package', () => {
    const { app, edits } = fakeWorkbench({ kind: 'subject-package' });
    void HANDLERS['edit.addQuestion'].run(app);
    expect(edits[0]!.path).toBe('subject.questions');
  });

  it('is greyed out and does nothing on a read-only document', () => {
    const { app, edits } = fakeWorkbench({ readOnly: true });
    for (const id of ['edit.addQuestion', 'edit.addVariable', 'edit.addAnnex'] as const) {
      expect(HANDLERS[id].enabled?.(app)).toBe(false);
      void HANDLERS[id].run(app);
    }
    expect(edits).toEqual([]);
  });
});
