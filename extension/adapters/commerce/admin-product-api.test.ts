import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('commerce.admin-product-api', () => {
  it('reads the EverShop product form save, SEO fields and description rows included', () => {
    const { observations } = loadFixture('evershop/storefront-and-admin.json');
    const results = derivePerObservation(observations, ['commerce']);
    expect(results[7]).toEqual([
      {
        kind: 'commerce.productSaved',
        data: {
          productId: '5b1c3f0e-1111-4e3d-8c2b-1a0f9e8d7c6b',
          name: 'Party Lantern',
          price: 25,
          stock: 50,
          category: '#1',
          descriptionLength: 26,
          metaTitle: 'Party Lantern - edited 4242',
          metaDescription: 'Buy the Party Lantern online.',
          friendlyUrl: 'party-lantern',
        },
      },
    ]);
  });
});
