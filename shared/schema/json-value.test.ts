import { describe, expect, it } from 'vitest';
import { jsonValue } from './json-value.ts';

describe('jsonValue', () => {
  it('reads any JSON value', () => {
    expect(jsonValue('{"a":[1,null]}')).toEqual({ a: [1, null] });
    expect(jsonValue('null')).toBeNull();
    expect(jsonValue(' 3 ')).toBe(3);
  });

  it('gives undefined for text that is not JSON, without throwing', () => {
    for (const text of ['', '{', '{"a":1', 'undefined', "{'a':1}"]) expect(jsonValue(text)).toBeUndefined();
  });
});
