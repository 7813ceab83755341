import { describe, expect, it } from 'vitest';
import { jsonLdTypes, keywordPresence } from './snapshot.ts';

describe('keywordPresence', () => {
  it('matches without case or accents, as whole words, and in the slug of the URL', () => {
    const presence = keywordPresence('Crème brûlée', {
      title: 'CREME BRULEE maison',
      h1: ['Recette'],
      metaDescription: null,
      url: 'http://127.0.0.1/recettes/creme-brulee?x=1',
      foldedText: 'une creme brulee des cremes brulees creme brulee',
    });
    expect(presence).toEqual({
      term: 'Crème brûlée',
      count: 2,
      inTitle: true,
      inH1: false,
      inMetaDescription: false,
      inUrl: true,
    });
  });

  it('finds accented slugs percent-encoded in the URL', () => {
    const presence = keywordPresence('thé', {
      title: '',
      h1: [],
      metaDescription: '',
      url: 'http://127.0.0.1/cat%C3%A9gorie/th%C3%A9',
      foldedText: '',
    });
    expect(presence.inUrl).toBe(true);
  });
});

describe('jsonLdTypes', () => {
  it('collects JSON-LD types from items, arrays and graphs, ignoring broken scripts', () => {
    expect(
      jsonLdTypes([
        '[{"@type":"Organization"},{"@type":"WebSite"}]',
        '{"@graph":[{"@type":"Product"}]}',
        'not json',
        '{"@type":"Organization"}',
      ]),
    ).toEqual(['Organization', 'WebSite', 'Product']);
  });
});
