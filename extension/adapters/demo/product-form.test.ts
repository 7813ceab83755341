import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('demo.product-form', () => {
  it('reads a saved product sheet and ignores a refused one (422)', () => {
    const { observations } = loadFixture('demo/session.json');
    const results = derivePerObservation(observations, ['demo', 'commerce']);
    expect(results[5]).toEqual([
      {
        kind: 'commerce.productSaved',
        data: {
          productId: '12',
          name: 'Sencha bio de Shizuoka',
          price: 12.5,
          stock: 40,
          category: 'thes-verts',
          shortDescriptionLength: 44,
          // What the summary says (markup dropped), so a rule can look for the keyword in it.
          shortDescription: 'Un sencha vif et iodé, cueilli au printemps.',
          descriptionLength: 46,
          metaTitle: 'Sencha bio de Shizuoka – thé vert',
          metaDescription: 'Thé vert sencha bio, vif et iodé.',
          friendlyUrl: 'sencha-bio-shizuoka',
        },
      },
    ]);
    expect(results[6]).toEqual([]);
  });
});
