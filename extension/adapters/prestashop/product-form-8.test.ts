import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.product-form-8', () => {
  it('reads the 8.x product form: delta stock, category name, empty meta description', () => {
    const { observations } = loadFixture('prestashop/product-8.json');
    const [saved] = derivePerObservation(observations, ['prestashop']);
    expect(saved).toEqual([
      {
        kind: 'commerce.productSaved',
        data: {
          productId: '21',
          name: 'Sencha Ashikubo bio',
          price: 12.5,
          stock: 35,
          category: 'Accueil > Thés verts',
          shortDescriptionLength: 22,
          descriptionLength: 50,
          metaTitle: 'Sencha Ashikubo bio',
          metaDescription: '',
          friendlyUrl: 'sencha-ashikubo-bio',
        },
      },
    ]);
  });
});
