import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('commerce.category-api', () => {
  const { observations } = loadFixture('evershop/catalog-cms-orders.json');
  const results = derivePerObservation(observations, ['commerce']);

  it('reads an EverShop category created with its SEO fields, as PrestaShop’s are read', () => {
    expect(results[0]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'category',
          changes: {
            categoryId: '7c1e0d2a-4b8f-4e5a-9c3d-2f1a0b9c8d7e',
            name: 'Sélection de printemps',
            active: true,
            descriptionLength: 41,
            metaTitle: 'Sélection de printemps – thés verts',
            metaDescription:
              'Sencha, gyokuro et matcha de première récolte : notre sélection de printemps, livrée en 48 h, emballée en sachets refermables pour garder leur fraîcheur.',
            friendlyUrl: 'selection-de-printemps',
          },
        },
      },
    ]);
  });

  it('reports nothing for a save EverShop refused ({ error }, 400)', () => {
    expect(results[1]).toEqual([]);
  });
});
