import { describe, expect, it } from 'vitest';
import { expectedMark, levelMidpoint } from './points.ts';

describe('points model', () => {
  it('gives each level a quarter of the scale', () => {
    expect(['TI', 'I', 'S', 'TS'].map((l) => levelMidpoint(l as 'TI'))).toEqual([2.5, 7.5, 12.5, 17.5]);
  });

  it('averages the questions that have a level', () => {
    expect(expectedMark(['TS', 'TS', 'TS', 'S', 'TS'])).toMatchObject({
      value: 16.5,
      low: 14,
      high: 19,
      questions: 5,
    });
    expect(expectedMark(['S', null, 'I'])).toMatchObject({ value: 10, low: 7.5, high: 12.5, questions: 2 });
    expect(expectedMark([null, null])).toBeNull();
    expect(expectedMark(['TI', 'TI'])?.counts).toEqual({ TI: 2, I: 0, S: 0, TS: 0 });
  });
});
