import { describe, expect, it } from 'vitest';
import { tableAsText } from './clipboard.ts';

describe('tableAsText', () => {
  it('copies a table as tab-separated lines, header first', () => {
    expect(
      tableAsText(
        ['Référence', 'Prix TTC'],
        [
          ['JDO-0022', '9,90 €'],
          ['JDO-0151', '15,80 €'],
        ],
      ),
    ).toBe('Référence\tPrix TTC\nJDO-0022\t9,90 €\nJDO-0151\t15,80 €');
  });

  it('keeps each cell on one line and in its column', () => {
    expect(tableAsText(['a'], [['ligne 1\nligne 2\tsuite']])).toBe('a\nligne 1 ligne 2 suite');
  });
});
