import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.customer-group', () => {
  it('reads the group name and its discount', () => {
    const { observations } = loadFixture('prestashop/back-office.json');
    const results = derivePerObservation(observations, ['prestashop']);
    expect(results[3]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'customer-group',
          changes: {
            groupId: 'new',
            name: 'Revendeurs',
            reduction: 5,
            priceDisplayMethod: '1',
            showPrices: '1',
          },
        },
      },
    ]);
  });
});
