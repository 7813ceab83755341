import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('wordpress.rest-content', () => {
  it('follows a post from draft to publication, author change and back to draft', () => {
    const { observations } = loadFixture('wordpress/rest-post-publish.json');
    const [category, media, draft, publish, author, unpublish] = derivePerObservation(observations, [
      'wordpress',
    ]);
    expect(category).toEqual([]);
    expect(media).toEqual([]);
    expect(draft).toEqual([
      {
        kind: 'content.updated',
        data: expect.objectContaining({
          cms: 'wordpress',
          contentType: 'post',
          id: '42',
          title: 'Bien choisir sa théière',
          status: 'draft',
          wordCount: 5,
          changed: ['title', 'content', 'status'],
        }),
      },
    ]);
    expect(publish).toHaveLength(1);
    expect(publish![0]!.kind).toBe('content.published');
    expect(publish![0]!.data).toMatchObject({
      slug: 'choisir-theiere-fonte',
      status: 'publish',
      link: 'http://127.0.0.1:8081/choisir-theiere-fonte/',
      excerpt: 'Fonte, verre ou porcelaine : nos conseils pour choisir la théière qui révèle vos thés.',
      categories: ['Conseils'],
      tags: [],
      featuredImage: {
        url: 'http://127.0.0.1:8081/wp-content/uploads/2026/11/theiere-fonte.jpg',
        alt: 'Théière en fonte sur un plateau',
      },
      blocks: ['core/paragraph', 'core/heading', 'core/image', 'uagb/advanced-heading'],
      images: { total: 2, missingAlt: 1 },
      changed: ['slug', 'excerpt', 'status', 'categories', 'featured_media', 'content'],
    });
    expect(author).toEqual([
      {
        kind: 'content.updated',
        data: expect.objectContaining({ id: '42', status: 'publish', changed: ['author'] }),
      },
    ]);
    expect(unpublish).toEqual([
      {
        kind: 'content.unpublished',
        data: expect.objectContaining({ id: '42', status: 'draft', changed: ['status'] }),
      },
    ]);
  });

  it('publishes a page in one save, reads « switch to draft » and trash, ignores failures and autosaves', () => {
    const { observations } = loadFixture('wordpress/rest-page-and-trash.json');
    const [page, switched, trashed, refused, autosave] = derivePerObservation(observations, ['wordpress']);
    expect(page).toEqual([
      {
        kind: 'content.published',
        data: expect.objectContaining({
          contentType: 'page',
          id: '57',
          title: 'Qui sommes-nous ?',
          wordCount: 8,
        }),
      },
    ]);
    expect(page![0]!.data).not.toHaveProperty('categories');
    expect(switched).toEqual([
      {
        kind: 'content.unpublished',
        data: expect.objectContaining({ id: '5', status: 'draft', categories: ['#2'] }),
      },
    ]);
    expect(trashed).toEqual([
      {
        kind: 'content.unpublished',
        data: expect.objectContaining({ id: '6', status: 'trash', changed: ['status'] }),
      },
    ]);
    expect(refused).toEqual([]);
    expect(autosave).toEqual([]);
  });
});
