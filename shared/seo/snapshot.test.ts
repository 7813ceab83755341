import { describe, expect, it } from 'vitest';
import { countLinks, jsonLdTypes, keywordPresence } from './snapshot.ts';

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

/** The counting as it was, parsing every reference: the shortcuts must give its verdicts. */
const parsedCount = (anchors: readonly string[], url: string, base: string) => {
  const parse = (href: string, against: string) => {
    try {
      return new URL(href, against);
    } catch {
      return null;
    }
  };
  const counted = { internal: 0, external: 0 };
  const origin = parse(url, url)?.origin ?? '';
  for (const raw of anchors) {
    const href = raw.trim();
    if (!href || href.startsWith('#')) continue;
    if (href.startsWith('/') && !href.startsWith('//')) {
      counted.internal += 1;
      continue;
    }
    const target = parse(href, base);
    if (!target || (target.protocol !== 'http:' && target.protocol !== 'https:')) continue;
    if (target.origin === origin) counted.internal += 1;
    else counted.external += 1;
  }
  return counted;
};

describe('countLinks', () => {
  const hrefs = [
    'http://127.0.0.1:8091/wp-admin/post.php?post=1',
    'http://127.0.0.1:8091',
    'http://127.0.0.1:8091?x',
    'http://127.0.0.1:8091@evil.example/',
    'http://127.0.0.1:80910/',
    'HTTP://127.0.0.1:8091/x',
    'https://127.0.0.1:8091/x',
    'http://127.0.0.1:8091\\x',
    'post.php?post=1&action=edit',
    '?paged=2',
    'edit.php',
    'a/b:c',
    'a b',
    '\u0001//evil.example/',
    '\u0001http://evil.example/',
    ' \t//evil.example/x',
    'x\n//evil.example',
    '//evil.example/',
    '\\\\evil.example/',
    '/\\evil.example/',
    'mailto:a@b.c',
    'javascript:void(0)',
    'tel:+33',
    'https://wordpress.org/',
    'http://[::1]:8091/',
    '#top',
    '',
    'http://exa mple.com/',
    '%2F%2Fevil.example',
    '.././up',
  ];
  const cases: [string, string][] = [
    ['http://127.0.0.1:8091/wp-admin/', 'http://127.0.0.1:8091/wp-admin/'],
    ['http://127.0.0.1:8091/wp-admin/', 'https://cdn.example/base/'],
    ['http://127.0.0.1:8091/', 'not a url'],
    ['http://127.0.0.1:8091/', 'file:///tmp/'],
    ['http://127.0.0.1:8091/', 'mailto:x@y.z'],
    ['about:blank', 'about:blank'],
    ['http://[::1]:8091/', 'http://[::1]:8091/'],
    ['http://example.com/', 'http://example.com/'],
  ];
  it('counts as parsing every reference would, on tricky references and bases', () => {
    for (const [url, base] of cases) {
      for (const href of hrefs)
        expect([href, countLinks([href], url, base)]).toEqual([href, parsedCount([href], url, base)]);
      expect(countLinks(hrefs, url, base)).toEqual(parsedCount(hrefs, url, base));
    }
  });
});
