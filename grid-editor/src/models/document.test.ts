import { describe, expect, it } from 'vitest';
import {
  COALESCE_MS,
  createDocument,
  editDocument,
  isDirty,
  redoDocument,
  sealHistory,
  undoDocument,
} from './document.ts';

const doc = () => createDocument('s.json', 'subject', { title: 'A', questions: [{ id: 'q1' }] });

describe('document history', () => {
  it('undoes and redoes each edit, and says where it was', () => {
    const one = editDocument(doc(), 'title', 'B', { now: 0 });
    const two = editDocument(one, 'questions[0].id', 'q9', { now: 5000 });
    const undone = undoDocument(two);
    expect(undone.path).toBe('questions[0].id');
    expect(undone.doc.value).toEqual({ title: 'B', questions: [{ id: 'q1' }] });
    const back = undoDocument(undone.doc);
    expect(back.doc.value).toEqual({ title: 'A', questions: [{ id: 'q1' }] });
    expect(undoDocument(back.doc).doc).toBe(back.doc);
    const redone = redoDocument(redoDocument(back.doc).doc);
    expect(redone.doc.value).toEqual(two.value);
    expect(redone.path).toBe('questions[0].id');
  });

  it('makes typing in one field one step, but not after a pause or in another field', () => {
    let d = doc();
    d = editDocument(d, 'title', 'Ab', { now: 0, coalesce: true });
    d = editDocument(d, 'title', 'Abc', { now: 200, coalesce: true });
    expect(d.history.undo).toHaveLength(1);
    d = editDocument(d, 'title', 'Abcd', { now: 200 + COALESCE_MS + 1, coalesce: true });
    expect(d.history.undo).toHaveLength(2);
    d = editDocument(d, 'questions[0].id', 'q2', { now: 1300, coalesce: true });
    expect(d.history.undo).toHaveLength(3);
    expect(undoDocument(undoDocument(d).doc).doc.value).toMatchObject({ title: 'Abc' });
  });

  it('clears redo on a new edit, ignores edits that change nothing', () => {
    const d = editDocument(doc(), 'title', 'B', { now: 0 });
    const undone = undoDocument(d).doc;
    expect(undone.history.redo).toHaveLength(1);
    expect(editDocument(undone, 'title', 'C', { now: 10 }).history.redo).toHaveLength(0);
    expect(editDocument(d, 'title', 'B')).toBe(d);
  });

  it('is dirty until the version is saved', () => {
    const d = editDocument(doc(), 'title', 'B');
    expect(isDirty(d)).toBe(true);
    expect(isDirty({ ...d, savedVersion: d.version })).toBe(false);
  });

  it('does not edit a read-only document', () => {
    const d = createDocument('x.json', 'session', { a: 1 }, { readOnly: true });
    expect(editDocument(d, 'a', 2)).toBe(d);
  });
});

describe('typing steps', () => {
  it('ends a step when the field is left, and drops a step that changed nothing', () => {
    let d = createDocument('s.json', 'subject', { title: 'A' });
    d = editDocument(d, 'title', 'AB', { now: 0, coalesce: true });
    d = sealHistory(d);
    d = editDocument(d, 'title', 'ABC', { now: 10, coalesce: true });
    expect(d.history.undo).toHaveLength(2);
    d = editDocument(d, 'title', 'AB', { now: 20, coalesce: true });
    expect(d.history.undo).toHaveLength(1);
    expect(undoDocument(d).doc.value).toEqual({ title: 'A' });
  });
});
