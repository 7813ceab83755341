import { describe, expect, it } from 'vitest';
import { createDocument, editDocument } from './document.ts';
import { getAt } from './json-path.ts';
import { createDebouncer, lineColumn, readSource, sourceOf } from './source.ts';

const rulePath = 'questions[0].rules[0]';
const subject = {
  questions: [{ id: 'q1', rules: [{ id: 'r1', title: 'Règle', kind: 'content.published', weight: 1 }] }],
};

describe('form ↔ JSON', () => {
  it('shows a form edit in the part’s JSON', () => {
    let doc = createDocument('s.json', 'subject', subject);
    expect(JSON.parse(sourceOf(doc.value, rulePath))).toMatchObject({ weight: 1 });
    doc = editDocument(doc, `${rulePath}.weight`, 3);
    expect(JSON.parse(sourceOf(doc.value, rulePath))).toMatchObject({ weight: 3 });
    expect(sourceOf(doc.value, rulePath)).toBe(JSON.stringify(getAt(doc.value, rulePath), null, 2));
  });

  it('gives the form what the JSON says once it parses', () => {
    let doc = createDocument('s.json', 'subject', subject);
    const text = sourceOf(doc.value, rulePath)
      .replace('"Règle"', '"Règle renommée"')
      .replace('"weight": 1', '"weight": 2');
    const read = readSource(text, rulePath);
    expect(read.ok).toBe(true);
    if (read.ok) doc = editDocument(doc, rulePath, read.value);
    expect(getAt(doc.value, `${rulePath}.title`)).toBe('Règle renommée');
    expect(getAt(doc.value, `${rulePath}.weight`)).toBe(2);
  });

  it('says where JSON that does not parse breaks, at the part’s path', () => {
    const read = readSource('{\n  "id": "r1",\n  "title": \n}', rulePath);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toMatchObject({ path: rulePath, code: 'json-syntax', severity: 'error' });
    expect(read.line).toBe(4);
    expect(read.problem.fr).toMatch(/^JSON illisible ligne 4, colonne \d+/);
  });

  it('counts lines and columns', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('debouncer', () => {
  const fakeTimers = () => {
    const pending = new Map<number, () => void>();
    let id = 0;
    return {
      pending,
      set: (callback: () => void) => {
        pending.set(++id, callback);
        return id;
      },
      clear: (handle: unknown) => pending.delete(handle as number),
      runAll: () => {
        for (const [key, callback] of [...pending]) {
          pending.delete(key);
          callback();
        }
      },
    };
  };

  it('runs only the last call once calls stop, or now on flush', () => {
    const timers = fakeTimers();
    const debounce = createDebouncer(300, timers);
    const runs: string[] = [];
    debounce.call(() => runs.push('a'));
    debounce.call(() => runs.push('b'));
    expect(debounce.pending).toBe(true);
    timers.runAll();
    expect(runs).toEqual(['b']);
    debounce.call(() => runs.push('c'));
    debounce.flush();
    expect(runs).toEqual(['b', 'c']);
    debounce.call(() => runs.push('d'));
    debounce.cancel();
    timers.runAll();
    expect(runs).toEqual(['b', 'c']);
  });
});
