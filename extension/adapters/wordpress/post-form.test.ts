import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('wordpress.post-form', () => {
  const { observations } = loadFixture('wordpress/post-form.json');
  const results = derivePerObservation(observations, ['wordpress']);

  it('adds the Yoast fields of the meta-box save to the post the REST save published', () => {
    expect(results[0]![0]!.kind).toBe('content.published');
    expect(results[1]).toEqual([
      {
        kind: 'content.updated',
        data: {
          cms: 'wordpress',
          contentType: 'post',
          id: '42',
          title: 'Bien choisir sa théière',
          slug: 'bien-choisir-sa-theiere',
          status: 'publish',
          link: 'http://127.0.0.1:8081/bien-choisir-sa-theiere/',
          seo: {
            title: 'Choisir une théière en fonte %%sep%% %%sitename%%',
            metaDescription:
              'Fonte, verre ou porcelaine : comment choisir la théière qui révèle vos thés, par Les Jardins d’Oléane à Annecy.',
            focusKeyword: 'théière en fonte',
          },
          changed: ['yoast_wpseo_title', 'yoast_wpseo_metadesc', 'yoast_wpseo_focuskw'],
        },
      },
    ]);
  });

  it('reads a classic-editor publication', () => {
    expect(results[2]).toEqual([
      {
        kind: 'content.published',
        data: expect.objectContaining({
          id: '50',
          title: 'Atelier dégustation de mars',
          slug: 'atelier-degustation-mars',
          status: 'publish',
          categories: ['#7'],
          tags: ['atelier', 'dégustation'],
          images: { total: 1, missingAlt: 1 },
          seo: { metaDescription: '' },
        }),
      },
    ]);
  });
});
