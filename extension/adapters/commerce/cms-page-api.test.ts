import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('commerce.cms-page-api', () => {
  const { observations } = loadFixture('evershop/catalog-cms-orders.json');
  const results = derivePerObservation(observations, ['commerce']);

  it('reads an EverShop CMS page published on creation, with words and SEO fields', () => {
    expect(results[2]).toEqual([
      {
        kind: 'content.published',
        data: {
          cms: 'evershop',
          contentType: 'cms-page',
          id: '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
          title: 'Offre de printemps',
          slug: 'offre-de-printemps',
          status: 'publish',
          wordCount: 81,
          text: expect.stringMatching(
            /^Pour le printemps, nous avons réuni .* retours acceptés pendant quatorze jours .* infuser trois fois\.$/,
          ),
          seo: {
            title: 'Offre de printemps – Thés & Cie',
            metaDescription:
              'Nos thés verts de printemps : livraison offerte dès 49 €, retours sous 14 jours, conseils d’infusion.',
          },
        },
      },
    ]);
  });

  it('reads the page disabled afterwards as unpublished', () => {
    expect(results[3]!.map((event) => event.kind)).toEqual(['content.unpublished']);
  });

  it('leaves a WordPress page save alone (no url_key, string content)', () => {
    expect(results[9]).toEqual([]);
  });
});
