/**
 * The same page read both ways — the content script's live DOM and the background's fetched
 * HTML — gives the same snapshot. Before they shared one builder, the HTML path matched the
 * keyword as a substring (« thé » found in « théière ») and the DOM path as a whole word.
 */
import { describe, expect, it } from 'vitest';
import { seoSnapshotFromHtml } from '../../adapters/seo-html.ts';
import { type FakeElement, FakeText, fakeDocument, h } from '../testing/fake-dom.ts';
import { readSeoSnapshot } from './snapshot.ts';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const VOID = new Set(['META', 'LINK', 'IMG', 'BR']);
const RAW = new Set(['SCRIPT', 'STYLE']);

/** Serialises a fake element as the server would have sent it. */
const toHtml = (node: FakeElement | FakeText): string => {
  if (node instanceof FakeText) return escapeHtml(node.nodeValue);
  const tag = node.tagName.toLowerCase();
  const attrs = [...node.attributes].map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  if (VOID.has(node.tagName)) return `<${tag}${attrs}>`;
  const inner = RAW.has(node.tagName) ? node.textContent : node.childNodes.map(toHtml).join('');
  return `<${tag}${attrs}>${inner}</${tag}>`;
};

interface Page {
  title: string;
  url: string;
  head?: FakeElement[];
  body: FakeElement[];
}

const bothWays = (page: Page, keyword: string) => {
  const doc = fakeDocument({ ...page, lang: 'fr' });
  const head = doc.html.children[0]!;
  const html = `<!doctype html><html lang="fr"><head><title>${escapeHtml(page.title)}</title>${head.childNodes
    .map(toHtml)
    .join('')}</head>${toHtml(doc.html.children[1]!)}</html>`;
  return { dom: readSeoSnapshot(doc, page.url, keyword), html: seoSnapshotFromHtml(html, page.url, keyword) };
};

const teapot: Page = {
  title: 'Bien choisir sa théière en fonte | Les Jardins d’Oléane',
  url: 'http://127.0.0.1:8081/choisir-theiere-fonte/',
  head: [
    h('meta', { name: 'description', content: 'La théière qui révèle vos thés verts.' }),
    h('meta', { property: 'og:title', content: 'Théière en fonte' }),
    h('link', { rel: 'canonical', href: '/choisir-theiere-fonte/' }),
    h('script', { type: 'application/ld+json' }, '{"@type":"Article"}'),
  ],
  body: [
    h(
      'header',
      {},
      h('nav', {}, h('a', { href: '/' }, 'Accueil'), h('a', { href: 'https://x.example/' }, 'X')),
    ),
    h(
      'main',
      {},
      h('h1', {}, 'Bien choisir sa ', h('em', {}, 'théière')),
      h('p', {}, 'Le thé', h('strong', {}, 'ière'), ' en fonte garde la chaleur du thé vert.'),
      h('img', { src: '/t.jpg', alt: '' }),
      h('img', { src: '/u.jpg' }),
      h('h2', {}, 'La fonte'),
      h('p', {}, 'Un ', h('a', { href: 'mailto:a@b.c' }, 'mot'), ' ', h('a', { href: '#haut' }, 'haut'), '.'),
    ),
    h('footer', {}, 'Annecy'),
  ],
};

const article: Page = {
  title: 'Thé vert bio : ses bienfaits',
  url: 'http://127.0.0.1:4300/blog/the-vert-bio',
  body: [
    h('nav', {}, 'menu thé vert bio'),
    h('article', {}, h('h1', {}, 'Thé vert bio'), h('p', {}, 'Le ', h('b', {}, 'thé vert'), ' bio, encore.')),
    h('aside', {}, 'thé vert bio'),
  ],
};

const bodyOnly: Page = {
  title: 'Accueil',
  url: 'http://127.0.0.1:4300/',
  body: [h('nav', {}, 'un deux'), h('div', {}, h('p', {}, 'thé vert bio'), h('temoin-overlay', {}, 'six'))],
};

describe('the SEO snapshot of a page read from the DOM and from its HTML', () => {
  it.each([
    ['thé', teapot],
    ['théière en fonte', teapot],
    ['thé vert', teapot],
    ['thé vert bio', article],
    ['bio', article],
    ['thé vert bio', bodyOnly],
  ])('is the same for « %s »', (keyword, page) => {
    const { dom, html } = bothWays(page, keyword);
    expect(html).toEqual(dom);
  });

  it('matches the keyword in the title as a whole word on both paths', () => {
    expect(bothWays(teapot, 'thé').dom.keyword!.inTitle).toBe(false);
    expect(bothWays(teapot, 'thé').html.keyword!.inTitle).toBe(false);
    expect(bothWays(teapot, 'théière en fonte').html.keyword!.inTitle).toBe(true);
    expect(bothWays(teapot, 'théière en fonte').dom.keyword!.inTitle).toBe(true);
  });

  it('reads the same figures as a person would from the page', () => {
    const { html } = bothWays(teapot, 'thé vert');
    expect(html).toMatchObject({
      canonical: 'http://127.0.0.1:8081/choisir-theiere-fonte/',
      headings: [
        { level: 1, text: 'Bien choisir sa théière' },
        { level: 2, text: 'La fonte' },
      ],
      images: { total: 2, missingAlt: 1, emptyAlt: 1 },
      links: { internal: 1, external: 1 },
      jsonLdTypes: ['Article'],
      keyword: { count: 1, inTitle: false, inH1: false, inMetaDescription: false, inUrl: false },
    });
    expect(bothWays(article, 'thé vert bio').html.wordCount).toBe(8);
    expect(bothWays(bodyOnly, 'thé vert bio').html.wordCount).toBe(3);
  });
});
