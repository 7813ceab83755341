import { describe, expect, it } from 'vitest';
import {
  getAt,
  insertAt,
  isWithin,
  joinPath,
  jsonEqual,
  parsePath,
  removeAt,
  setAt,
  toPath,
} from './json-path.ts';

describe('JSON paths', () => {
  it('reads and writes the paths problems use', () => {
    expect(parsePath('subject.questions[2].rules[0].where[1].value')).toEqual([
      'subject',
      'questions',
      2,
      'rules',
      0,
      'where',
      1,
      'value',
    ]);
    expect(parsePath('')).toEqual([]);
    expect(parsePath('a["b c"].d')).toEqual(['a', 'b c', 'd']);
    expect(toPath(['questions', 0, 'criteria', 1])).toBe('questions[0].criteria[1]');
    expect(joinPath('', 'questions', 0)).toBe('questions[0]');
    expect(joinPath('subject', 'title')).toBe('subject.title');
  });

  it('knows an ancestor segment by segment', () => {
    expect(isWithin('questions[10].title', 'questions[1]')).toBe(false);
    expect(isWithin('questions[1].title', 'questions[1]')).toBe(true);
    expect(isWithin('questions[1]', 'questions[1]')).toBe(true);
    expect(isWithin('anything', '')).toBe(true);
  });
});

describe('immutable edits', () => {
  const value = { a: { b: [1, { c: 2 }] }, keep: { x: 1 } };

  it('gets values and misses safely', () => {
    expect(getAt(value, 'a.b[1].c')).toBe(2);
    expect(getAt(value, 'a.b[5].c')).toBeUndefined();
    expect(getAt(value, 'a.b.c')).toBeUndefined();
    expect(getAt({}, '__proto__')).toBeUndefined();
  });

  it('sets without mutating and shares untouched branches', () => {
    const next = setAt(value, 'a.b[1].c', 3) as typeof value;
    expect(getAt(next, 'a.b[1].c')).toBe(3);
    expect(getAt(value, 'a.b[1].c')).toBe(2);
    expect(next.keep).toBe(value.keep);
    expect(setAt({}, 'x.y[0]', 'z')).toEqual({ x: { y: ['z'] } });
  });

  it('removes keys and items, inserts items', () => {
    expect(removeAt({ a: 1, b: 2 }, 'a')).toEqual({ b: 2 });
    expect(removeAt({ l: [1, 2, 3] }, 'l[1]')).toEqual({ l: [1, 3] });
    expect(insertAt({ l: [1, 3] }, 'l', 2, 1)).toEqual({ l: [1, 2, 3] });
    expect(insertAt({}, 'l', 1)).toEqual({ l: [1] });
  });

  it('compares JSON values whatever the key order', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
  });
});
