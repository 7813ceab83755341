import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { getAt } from './json-path.ts';
import { jsonPlaces, nearestPlace, objectAt } from './json-places.ts';
import { sourceOf } from './source.ts';
import { minimalChange, sourceDiagnostics } from './source-diagnostics.ts';
import { subject } from './test-documents.ts';
import { validateDocument } from './validate.ts';

const rulePath = 'questions[0].rules[0]';

describe('places in a JSON text', () => {
  it('finds each key and value by path, and the nearest one for a missing field', () => {
    const text = '{\n  "id": "r1",\n  "where": [{ "field": "data.title", "value": 3 }]\n}';
    const places = jsonPlaces(text);
    const value = places.get('where[0].value')!;
    expect(text.slice(value.valueFrom, value.valueTo)).toBe('3');
    expect(text.slice(value.keyFrom, value.keyTo)).toBe('"value"');
    const missing = nearestPlace(places, ['where', 0, 'op']);
    expect(missing?.exact).toBe(false);
    expect(text.slice(missing!.place.valueFrom, missing!.place.valueTo)).toBe(
      '{ "field": "data.title", "value": 3 }',
    );
  });

  it('keeps the places before a break in a half-typed text', () => {
    const places = jsonPlaces('{ "id": "r1", "weight": ');
    expect(places.has('id')).toBe(true);
  });

  it('says which object a property name is typed in', () => {
    const text = '{ "id": "r1", "where": [{ "field": "x", "" }] }';
    expect(objectAt(text, text.indexOf('"" }') + 1)).toEqual({ path: ['where', 0], present: ['field', ''] });
    const top = '{ "id": "r1",  }';
    expect(objectAt(top, top.indexOf(',') + 1)).toEqual({ path: [], present: ['id'] });
    expect(objectAt(text, text.indexOf('"r1"') + 2)).toBeUndefined();
  });
});

describe('the model’s problems in the JSON editor', () => {
  it('puts a wrong value’s French problem, with its path, under that value', () => {
    const doc = structuredClone(subject) as { questions: { rules: Record<string, unknown>[] }[] };
    doc.questions[0]!.rules[0]!.weight = 'lourd';
    const problems = validateDocument('subject', doc);
    const text = sourceOf(doc, rulePath);
    const diagnostics = sourceDiagnostics(text, rulePath, problems, 'fr');
    const weight = diagnostics.find((d) => d.path === `${rulePath}.weight`);
    expect(weight).toBeDefined();
    expect(weight!.message).toMatch(/^questions\[0\]\.rules\[0\]\.weight : /);
    expect(weight!.message).toMatch(/nombre/);
    expect(text.slice(weight!.from, weight!.to)).toBe('"lourd"');
    expect(weight!.severity).toBe('error');
    expect(
      sourceDiagnostics(text, rulePath, problems, 'en').find((d) => d.path === weight!.path)?.message,
    ).toMatch(/number/);
  });

  it('leaves out problems of other parts, and has nothing to say about a valid part', () => {
    const doc = structuredClone(subject) as { title: unknown };
    doc.title = '';
    const problems = validateDocument('subject', doc);
    expect(problems.some((p) => p.path === 'title')).toBe(true);
    expect(sourceDiagnostics(sourceOf(doc, rulePath), rulePath, problems, 'fr')).toEqual([]);
  });
});

describe('model → editor without moving the caret', () => {
  it('changes only what differs', () => {
    expect(minimalChange('{"a": 1, "b": 2}', '{"a": 1, "b": 3}')).toEqual({ from: 14, to: 15, insert: '3' });
    expect(minimalChange('same', 'same')).toBeUndefined();
    expect(minimalChange('aa', 'aaa')).toEqual({ from: 2, to: 2, insert: 'a' });
  });

  it('keeps the caret where the designer was when the form changes another field', () => {
    const before = sourceOf(subject, rulePath);
    const caret = before.indexOf('"title"') + 3;
    let state = EditorState.create({ doc: before, selection: { anchor: caret } });
    const rule = getAt(subject, rulePath) as Record<string, unknown>;
    const after = JSON.stringify({ ...rule, weight: 42 }, null, 2);
    state = state.update({ changes: minimalChange(before, after)! }).state;
    expect(state.doc.toString()).toBe(after);
    expect(state.selection.main.head).toBe(after.indexOf('"title"') + 3);
  });
});
