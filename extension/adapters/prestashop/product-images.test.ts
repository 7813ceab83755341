import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';
import type { RequestObservation } from '../types.ts';

describe('prestashop.product-images', () => {
  const { observations } = loadFixture('prestashop/shop-setup.json');
  const results = derivePerObservation(observations, ['prestashop']);
  const area = (index: number) => results[index]!.map((event) => event.data);

  it('reads a 1.7.8 upload from the answer and its caption from the image form', () => {
    expect(area(6)).toEqual([
      {
        area: 'product-image',
        changes: { action: 'added', productId: '21', imageId: '57', cover: false, position: 2 },
      },
    ]);
    expect(area(7)).toEqual([
      {
        area: 'product-image',
        changes: { action: 'updated', imageId: '57', cover: true, legend: 'Thé vert sencha bio en vrac' },
      },
    ]);
  });

  it('reads an 8.x upload and the caption saved by PATCH', () => {
    expect(area(8)).toEqual([
      {
        area: 'product-image',
        changes: { action: 'added', productId: '21', imageId: '58', cover: false, position: 3 },
      },
    ]);
    expect(area(9)).toEqual([
      {
        area: 'product-image',
        changes: {
          action: 'updated',
          imageId: '58',
          cover: true,
          legend: 'Matcha de cérémonie, boîte de 30 g',
        },
      },
    ]);
  });

  it('reports nothing for an image PrestaShop refused (400)', () => {
    expect(results[10]).toEqual([]);
  });

  it('keeps an emptied caption: an image without alt text is evidence too', () => {
    const update = observations[9] as RequestObservation;
    const [events] = derivePerObservation(
      [
        {
          ...update,
          body: {
            'product_image[is_cover]': '0',
            'product_image[legend][1]': '',
            'product_image[legend][2]': '',
          },
        },
      ],
      ['prestashop'],
    );
    expect(events![0]!.data).toEqual({
      area: 'product-image',
      changes: { action: 'updated', imageId: '58', cover: false, legend: '' },
    });
  });
});
