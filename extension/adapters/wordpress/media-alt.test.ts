import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('wordpress.media-alt', () => {
  const { observations } = loadFixture('wordpress/menus-users-media.json');
  const results = derivePerObservation(observations, ['wordpress']);

  it('gives the media with its alt text (REST), then without it (media modal)', () => {
    expect(results[6]).toEqual([
      {
        kind: 'content.updated',
        data: {
          cms: 'wordpress',
          contentType: 'media',
          id: '31',
          title: 'theiere-fonte',
          link: 'http://127.0.0.1:8081/theiere-fonte/',
          featuredImage: {
            url: 'http://127.0.0.1:8081/wp-content/uploads/2026/11/theiere-fonte.jpg',
            alt: 'Théière en fonte noire',
          },
          images: { total: 1, missingAlt: 0 },
          changed: ['alt_text'],
        },
      },
    ]);
    expect(results[7]![0]!.data).toMatchObject({
      id: '31',
      title: 'theiere-fonte',
      featuredImage: { alt: '' },
      images: { total: 1, missingAlt: 1 },
      changed: ['alt_text'],
    });
  });

  it('records no alt text WordPress refused: save-attachment answers 200 with success: false', () => {
    expect(results[9]).toEqual([]);
  });
});
