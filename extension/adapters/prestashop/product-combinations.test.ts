import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.product-combinations', () => {
  const { observations } = loadFixture('prestashop/shop-setup.json');
  const results = derivePerObservation(observations, ['prestashop']);

  it('reads the 1.7.8 generator, never its pre-filled product form as a price rule', () => {
    expect(results[11]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'product-combinations',
          changes: {
            productId: '21',
            attributes: { '2': ['8', '10'], '3': ['group-3'] },
            combinationsCreated: 6,
          },
        },
      },
    ]);
  });

  it('reads the 8.x generation with what PrestaShop created', () => {
    expect(results[12]![0]!.data).toEqual({
      area: 'product-combinations',
      changes: { productId: '21', attributes: { '1': ['1', '2', '3'], '2': ['11'] }, combinationsCreated: 3 },
    });
  });

  it('reports nothing when PrestaShop refused the generation (400)', () => {
    expect(results[13]).toEqual([]);
  });
});
