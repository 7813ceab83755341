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
          // What the summary says (markup dropped), so a rule can look for the keyword in it.
          shortDescription: 'Un sencha vif et iodé.',
          descriptionLength: 50,
          metaTitle: 'Sencha Ashikubo bio',
          metaDescription: '',
          friendlyUrl: 'sencha-ashikubo-bio',
        },
      },
    ]);
  });

  it('reads the older stock field (child quantity): the stock only when nothing was added or removed', () => {
    const { observations } = loadFixture('prestashop/product-8.json');
    const [, removed, unchanged] = derivePerObservation(observations, ['prestashop']);
    // [quantity][quantity] shows the stored 40 and [delta] says -5: the stock after the save is not 40.
    expect(removed?.[0]?.data).not.toHaveProperty('stock');
    expect(removed?.[0]?.data).toMatchObject({ productId: '21', name: 'Sencha Ashikubo bio', price: 12.5 });
    expect(unchanged?.[0]?.data).toMatchObject({ productId: '21', stock: 40 });
  });

  it('takes initial_quantity + delta when the new shape comes without its quantity', () => {
    const { observations } = loadFixture('prestashop/product-8.json');
    const request = observations[0]!;
    if (request.type !== 'request') throw new Error('the fixture starts with the save request');
    const { 'product[stock][quantities][delta_quantity][quantity]': _, ...body } = request.body as Record<
      string,
      string
    >;
    const [saved] = derivePerObservation([{ ...request, body }], ['prestashop']);
    expect(saved?.[0]?.data).toMatchObject({ stock: 35 });
  });
});
