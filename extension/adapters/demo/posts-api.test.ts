import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('demo.posts-api', () => {
  const { observations } = loadFixture('demo/session.json');
  const results = derivePerObservation(observations, ['demo', 'commerce']);

  it('reads a new draft with its SEO fields, image alt and content facts', () => {
    expect(results[0]).toEqual([
      {
        kind: 'content.updated',
        data: {
          cms: 'demo',
          contentType: 'post',
          id: '5',
          title: 'Thé glacé maison',
          slug: 'the-glace-maison',
          status: 'draft',
          excerpt: 'Notre recette de thé glacé, sans sucre ajouté.',
          link: 'http://127.0.0.1:4300/blog/the-glace-maison',
          categories: ['Recettes'],
          tags: ['été'],
          featuredImage: { url: '/images/the-glace.svg', alt: 'Carafe de thé glacé' },
          wordCount: 14,
          text: 'Le thé glacé se prépare à froid.\n\n## Les ingrédients\n\n- Thé vert sencha\n- Eau froide\n\n![Carafe de thé glacé](/images/the-glace.svg)\n\n![](/images/menthe.svg)',
          blocks: ['paragraph', 'heading', 'list', 'image'],
          images: { total: 2, missingAlt: 1 },
          seo: {
            title: 'Thé glacé maison | Les Jardins d’Oléane',
            metaDescription: 'Recette du thé glacé à froid.',
            focusKeyword: 'thé glacé',
          },
          changed: ['title', 'status', 'excerpt', 'content', 'meta', 'image', 'categories', 'tags'],
        },
      },
    ]);
  });

  it('reads its publication, and a seeded article switched to draft', () => {
    expect(results[1]).toEqual([
      {
        kind: 'content.published',
        data: expect.objectContaining({ id: '5', status: 'publish', changed: ['status'] }),
      },
    ]);
    expect(results[2]).toEqual([
      {
        kind: 'content.unpublished',
        data: expect.objectContaining({
          id: '2',
          status: 'draft',
          seo: { title: '', metaDescription: '', focusKeyword: 'rooibos' },
        }),
      },
    ]);
  });
});
