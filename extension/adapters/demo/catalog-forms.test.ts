import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('demo.catalog-forms', () => {
  const { observations } = loadFixture('demo/catalog.json');
  const results = derivePerObservation(observations, ['demo', 'commerce']);

  it('reads a category with its SEO fields', () => {
    expect(results[0]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'category',
          changes: {
            categoryId: 'new',
            name: 'Thés verts bio',
            active: true,
            descriptionLength: 49,
            metaTitle: 'Thés verts bio du Japon et de Chine | Les Jardins d’Oléane',
            metaDescription:
              'Sencha, gyokuro, matcha : découvrez nos thés verts bio choisis au jardin, livrés en 48 h depuis Annecy.',
            friendlyUrl: 'thes-verts-bio',
          },
        },
      },
    ]);
  });

  it('ignores a category the site refused (422)', () => {
    expect(results[1]).toEqual([]);
  });

  it('reads a displayed information page as published, with its words and SEO fields', () => {
    expect(results[2]).toEqual([
      {
        kind: 'content.published',
        data: {
          cms: 'demo',
          contentType: 'cms-page',
          id: 'new',
          title: 'Livraison et retours',
          slug: 'livraison-et-retours',
          status: 'publish',
          link: 'http://127.0.0.1:8081/page/livraison-et-retours',
          wordCount: 16,
          // One paragraph per line the form sent, blank line between them.
          text: expect.stringMatching(
            /^Livraison en 48 h, offerte dès 49.€\.\n\nVous disposez d’un droit de rétractation de 14 jours\.$/,
          ),
          seo: {
            title: 'Livraison et retours | Les Jardins d’Oléane',
            metaDescription: 'Délais de livraison, frais de port et droit de rétractation de 14 jours.',
          },
        },
      },
    ]);
  });

  it('reads the order status by its name and the tracking number', () => {
    expect(results[3]!.map((event) => event.data)).toEqual([
      { area: 'order-status', changes: { orderIds: ['CMD-0001'], statusName: 'Expédiée' } },
      { area: 'order-shipping', changes: { orderId: 'CMD-0001', trackingNumber: '6A12345678901' } },
    ]);
  });
});
