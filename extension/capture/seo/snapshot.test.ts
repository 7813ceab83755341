import { describe, expect, it } from 'vitest';
import { EVENT_PAYLOADS } from '../../../shared/schema/event.ts';
import { NEVER_TEXT } from '../../../shared/seo/snapshot.ts';
import { OVERLAY_TAG } from '../dom/describe.ts';
import { fakeDocument, h } from '../testing/fake-dom.ts';
import { contentText, readSeoSnapshot } from './snapshot.ts';

const URL = 'http://127.0.0.1:4300/blog/the-vert-bio-bienfaits';

const articlePage = () =>
  fakeDocument({
    title: 'Thé vert bio : ses bienfaits | Les Jardins d’Oléane',
    url: URL,
    lang: 'fr',
    head: [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'Description', content: 'Tout sur le THE VERT BIO et ses vertus.' }),
      h('meta', { name: 'robots', content: 'index, follow' }),
      h('meta', { property: 'og:title', content: 'Thé vert bio' }),
      h('meta', { property: 'og:type', content: 'article' }),
      h('link', { rel: 'stylesheet', href: '/style.css' }),
      h('link', { rel: 'canonical', href: '/blog/the-vert-bio-bienfaits' }),
      h(
        'script',
        { type: 'application/ld+json' },
        JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [{ '@type': 'Article' }, { '@type': ['BreadcrumbList', 'Thing'] }],
        }),
      ),
      h('script', { type: 'application/ld+json' }, '{ broken'),
      h('script', {}, 'var ignored = "thé vert bio";'),
    ],
    body: [
      h(
        'header',
        {},
        h(
          'nav',
          {},
          h('a', { href: '/' }, 'Accueil'),
          h('a', { href: 'https://facebook.com/oleane' }, 'Facebook'),
        ),
      ),
      h(
        'main',
        {},
        h('h1', {}, 'Les bienfaits du ', h('em', {}, 'thé vert bio')),
        h('p', {}, 'Le thé vert bio est riche. ', h('strong', {}, 'Thé'), ' vert bio encore.'),
        h('img', { src: '/a.jpg', alt: 'Tasse' }),
        h('img', { src: '/b.jpg' }),
        h('img', { src: '/c.jpg', alt: '' }),
        h('h2', {}, 'Préparation'),
        h(
          'p',
          {},
          'Infuser 3 minutes. ',
          h('a', { href: '#top' }, 'Haut'),
          ' ',
          h('a', { href: 'mailto:x@y.z' }, 'Écrire'),
        ),
        h('a', { href: 'http://127.0.0.1:4300/produits' }, 'Produits'),
        ' ',
        h('a', { href: '//cdn.example.com/x' }, 'CDN'),
      ),
      h('footer', {}, h('h2', {}, 'Contact'), 'Annecy'),
    ],
  });

describe('readSeoSnapshot', () => {
  it('reads title, metas, canonical, lang, headings, images, links, Open Graph and JSON-LD', () => {
    const snapshot = readSeoSnapshot(articlePage(), URL, 'Thé vert bio');
    expect(snapshot).toEqual({
      title: 'Thé vert bio : ses bienfaits | Les Jardins d’Oléane',
      metaDescription: 'Tout sur le THE VERT BIO et ses vertus.',
      robots: 'index, follow',
      canonical: 'http://127.0.0.1:4300/blog/the-vert-bio-bienfaits',
      lang: 'fr',
      headings: [
        { level: 1, text: 'Les bienfaits du thé vert bio' },
        { level: 2, text: 'Préparation' },
        { level: 2, text: 'Contact' },
      ],
      images: { total: 3, missingAlt: 1, emptyAlt: 1 },
      links: { internal: 2, external: 2 },
      openGraph: { 'og:title': 'Thé vert bio', 'og:type': 'article' },
      jsonLdTypes: ['Article', 'BreadcrumbList', 'Thing'],
      wordCount: 24,
      keyword: {
        term: 'Thé vert bio',
        count: 3,
        inTitle: true,
        inH1: true,
        inMetaDescription: true,
        inUrl: true,
      },
    });
    expect(EVENT_PAYLOADS['page.seo'].safeParse(snapshot).success).toBe(true);
  });

  it('counts the body without its chrome when there is no main, and omits an unset keyword', () => {
    const doc = fakeDocument({
      body: [
        h('nav', {}, 'un deux trois'),
        h('div', {}, h('p', {}, 'quatre cinq'), h('temoin-overlay', {}, 'six sept')),
        h('aside', {}, 'huit'),
        h('style', {}, 'p { color: red }'),
      ],
    });
    const snapshot = readSeoSnapshot(doc, 'http://127.0.0.1/');
    expect(snapshot.wordCount).toBe(2);
    expect(snapshot.keyword).toBeUndefined();
    expect(snapshot.metaDescription).toBeNull();
    expect(snapshot.canonical).toBeNull();
    expect(snapshot.lang).toBeNull();
  });

  it('uses a single article as the main content', () => {
    const doc = fakeDocument({ body: [h('nav', {}, 'menu menu'), h('article', {}, 'a b c')] });
    expect(readSeoSnapshot(doc, 'http://127.0.0.1/').wordCount).toBe(3);
  });

  it('bounds headings, their text and Open Graph entries', () => {
    const doc = fakeDocument({
      head: Array.from({ length: 40 }, (_, i) => h('meta', { property: `og:x${i}`, content: 'v' })),
      body: Array.from({ length: 250 }, () => h('h3', {}, 'long '.repeat(100))),
    });
    const snapshot = readSeoSnapshot(doc, 'http://127.0.0.1/');
    expect(snapshot.headings).toHaveLength(200);
    expect(snapshot.headings[0]!.text.length).toBeLessThanOrEqual(200);
    expect(Object.keys(snapshot.openGraph)).toHaveLength(30);
    expect(EVENT_PAYLOADS['page.seo'].safeParse(snapshot).success).toBe(true);
  });
});

describe('helpers', () => {
  it('joins inline elements and separates blocks when collecting text', () => {
    const root = h('div', {}, h('p', {}, 'l’', h('em', {}, 'été')), h('p', {}, 'fin'), h('script', {}, 'x'));
    expect(contentText(root, false).replace(/\s+/g, ' ').trim()).toBe('l’été fin');
  });

  it('never counts Témoin’s own overlay as page text', () => {
    expect(NEVER_TEXT.has(OVERLAY_TAG)).toBe(true);
  });
});
