import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.product-form-17', () => {
  const { observations } = loadFixture('prestashop/product-17.json');
  const [saved, refused] = derivePerObservation(observations, ['prestashop']);

  it('reads the product sheet from the 1.7.8 form (default language, HT price, stock, SEO)', () => {
    expect(saved).toEqual([
      {
        kind: 'commerce.productSaved',
        data: {
          productId: '21',
          name: 'Sencha Ashikubo bio',
          price: 12.5,
          stock: 40,
          category: '#12',
          shortDescriptionLength: 128,
          // What the summary says (markup dropped), so a rule can look for the keyword in it.
          shortDescription:
            'Un sencha vif et iodé, cueilli au printemps dans les montagnes de Shizuoka. Idéal le matin, infusé à 70 °C pendant deux minutes.',
          descriptionLength: 102,
          metaTitle: 'Sencha Ashikubo bio – thé vert japonais',
          metaDescription: 'Thé vert sencha bio de Shizuoka, vif et iodé. Livraison offerte dès 49 €.',
          friendlyUrl: 'sencha-ashikubo-bio',
        },
      },
    ]);
  });

  it('ignores a save the server refused', () => {
    expect(refused).toEqual([]);
  });

  it('never reads the combination generator, which posts the same serialised form, as a save', () => {
    const generator = loadFixture('prestashop/shop-setup.json').observations[11]!;
    const kinds = derivePerObservation([generator], ['prestashop'])[0]!.map((event) => event.kind);
    expect(kinds).not.toContain('commerce.productSaved');
    expect(kinds).toEqual(['settings.changed']);
  });
});
