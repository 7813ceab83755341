import { describe, expect, it } from 'vitest';
import { agreement, percentText } from './agreement.ts';

describe('agreement between suggested and examiner levels', () => {
  it('counts exact, within one level and the confusion by level', () => {
    const result = agreement([
      { sessionId: 'a', questionId: 'q1', expected: 'TS', suggested: 'TS' },
      { sessionId: 'a', questionId: 'q2', expected: 'S', suggested: 'TS' },
      { sessionId: 'b', questionId: 'q1', expected: 'TI', suggested: 'S' },
      { sessionId: 'b', questionId: 'q2', expected: 'I', suggested: null },
    ]);
    expect(result).toMatchObject({ rows: 4, exact: 1, withinOne: 2, exactShare: 0.25, withinOneShare: 0.5 });
    expect(result.confusion.S.TS).toBe(1);
    expect(result.confusion.TI.S).toBe(1);
    expect(result.confusion.I.none).toBe(1);
    expect(percentText(result.exactShare)).toBe('25,0 %');
    expect(percentText(2 / 3)).toBe('66,7 %');
  });
  it('gives zero shares, not NaN, without rows', () => {
    expect(agreement([])).toMatchObject({ rows: 0, exactShare: 0, withinOneShare: 0 });
  });
});
