import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.category', () => {
  const { observations } = loadFixture('prestashop/catalog-orders-customers.json');
  const results = derivePerObservation(observations, ['prestashop']);

  it('reads a new category with its SEO fields in the default language', () => {
    expect(results[0]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'category',
          changes: {
            categoryId: 'new',
            name: 'Thés verts',
            parentId: '2',
            active: true,
            descriptionLength: 65,
            metaTitle: 'Thés verts bio – Japon et Chine',
            metaDescription: 'Sencha, matcha, gyokuro : nos thés verts bio, livrés en 48 h.',
            friendlyUrl: 'thes-verts',
          },
        },
      },
    ]);
  });

  it('records a refused edit as an attempt with the page’s reason, not as a save', () => {
    expect(results[1]).toEqual([]);
    expect(results[2]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'save-refused',
          changes: { target: 'category', name: 'Thés verts', reason: 'The field link_rewrite is invalid.' },
        },
      },
    ]);
  });
});
