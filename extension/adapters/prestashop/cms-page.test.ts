import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';
import type { RequestObservation } from '../types.ts';

describe('prestashop.cms-page', () => {
  const { observations } = loadFixture('prestashop/catalog-orders-customers.json');
  const results = derivePerObservation(observations, ['prestashop']);

  it('reads a displayed new page as published, with its SEO fields and content facts', () => {
    expect(results[3]).toEqual([
      {
        kind: 'content.published',
        data: {
          cms: 'prestashop',
          contentType: 'cms-page',
          id: 'new',
          title: 'Livraison et retours',
          slug: 'livraison-retours',
          status: 'publish',
          categories: ['#1'],
          wordCount: 18,
          images: { total: 1, missingAlt: 1 },
          text: '<h2>Livraison</h2><p>Colissimo en 48 h, offerte dès 49 €.</p><p><img src="/img/cms/colis.jpg" alt=""></p><h2>Retours</h2><p>Vous avez 30 jours pour nous retourner un article.</p>',
          seo: {
            title: 'Livraison offerte dès 49 € | Thés du Monde',
            metaDescription: 'Délais, transporteurs et retours sous 30 jours.',
          },
        },
      },
    ]);
  });

  it('reads hiding a page the session saw displayed as unpublished', () => {
    const created = observations[3] as RequestObservation;
    const edit = (displayed: string, time: number): RequestObservation => ({
      ...created,
      path: '/admin123/index.php/improve/design/cms-pages/6/edit',
      body: { ...created.body, 'cms_page[is_displayed]': displayed },
      time,
    });
    const [shown, hidden] = derivePerObservation([edit('1', 1), edit('0', 20_000)], ['prestashop']);
    expect(shown![0]!.kind).toBe('content.updated');
    expect(hidden![0]!.kind).toBe('content.unpublished');
  });
});
