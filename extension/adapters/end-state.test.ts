import { describe, expect, it } from 'vitest';
import { EVENT_PAYLOADS } from '../../shared/schema/event.ts';
import {
  createVoucherLinker,
  endStateChecksFor,
  linkVoucherTests,
  publicUrl,
  stateEvidence,
} from './end-state.ts';
import { readFixtureText } from './testing.ts';

const ORIGINS = ['http://127.0.0.1:8081'];
const published = {
  id: 'evt-publication-1',
  kind: 'content.published',
  data: {
    cms: 'wordpress',
    contentType: 'post',
    id: '42',
    title: 'Bien choisir sa théière',
    status: 'publish',
    link: 'http://127.0.0.1:8081/choisir-theiere-fonte/#comments',
  },
};

describe('end-state checks', () => {
  it('asks to snapshot the public page of a publication, same origin only', () => {
    expect(endStateChecksFor(published, ORIGINS)).toEqual([
      {
        kind: 'page-snapshot',
        url: 'http://127.0.0.1:8081/choisir-theiere-fonte/',
        relatesTo: 'evt-publication-1',
        key: 'post:42',
        delayMs: 1500,
      },
    ]);
    expect(
      endStateChecksFor(
        { ...published, data: { ...published.data, link: 'https://evil.example/x' } },
        ORIGINS,
      ),
    ).toEqual([]);
    expect(
      endStateChecksFor({ ...published, data: { ...published.data, status: 'draft' } }, ORIGINS),
    ).toEqual([]);
    expect(endStateChecksFor({ ...published, kind: 'comment.moderated' }, ORIGINS)).toEqual([]);
    expect(publicUrl('/blog/x', ['http://127.0.0.1:4300'])).toBe('http://127.0.0.1:4300/blog/x');
    expect(publicUrl('javascript:alert(1)', ORIGINS)).toBeUndefined();
  });

  it('turns the fetched page into page.seo state evidence linked to the publication', () => {
    const [check] = endStateChecksFor(published, ORIGINS);
    const evidence = stateEvidence(check!, readFixtureText('wordpress/public-post.html'), 'théière en fonte');
    expect(EVENT_PAYLOADS['page.seo'].safeParse(evidence.data).success).toBe(true);
    expect(evidence).toMatchObject({ kind: 'page.seo', relatesTo: 'evt-publication-1' });
    expect(evidence.data).toEqual({
      title: 'Choisir une théière en fonte - Les Jardins d’Oléane',
      metaDescription:
        'Fonte, verre ou porcelaine : comment choisir la théière qui révèle vos thés, par Les Jardins d’Oléane à Annecy.',
      robots: 'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1',
      canonical: 'http://127.0.0.1:8081/choisir-theiere-fonte/',
      lang: 'fr-FR',
      headings: [
        { level: 1, text: 'Bien choisir sa théière' },
        { level: 2, text: 'La fonte' },
      ],
      images: { total: 2, missingAlt: 0, emptyAlt: 1 },
      links: { internal: 2, external: 2 },
      openGraph: {
        'og:locale': 'fr_FR',
        'og:type': 'article',
        'og:title': 'Choisir une théière en fonte - Les Jardins d’Oléane',
        'og:url': 'http://127.0.0.1:8081/choisir-theiere-fonte/',
      },
      jsonLdTypes: ['Article', 'WebPage', 'Person'],
      wordCount: 27,
      keyword: {
        term: 'théière en fonte',
        count: 0,
        inTitle: true,
        inH1: false,
        inMetaDescription: false,
        inUrl: false,
      },
    });
  });

  it('reads the demo site’s article page, its image without alt included', () => {
    const html = readFixtureText('demo/article-bien-infuser.html');
    const evidence = stateEvidence(
      {
        kind: 'page-snapshot',
        url: 'http://127.0.0.1:4300/blog/bien-infuser-un-the-vert',
        relatesTo: 'e1',
        key: 'post:1',
        delayMs: 0,
      },
      html,
      'thé vert',
    );
    expect(evidence.data.images).toEqual({ total: 2, missingAlt: 1, emptyAlt: 0 });
    expect(evidence.data.headings[0]).toEqual({
      level: 1,
      text: 'Bien infuser un thé vert : température et temps d’infusion',
    });
    expect(evidence.data.keyword).toMatchObject({
      inTitle: true,
      inH1: true,
      inMetaDescription: true,
      inUrl: true,
    });
    expect(evidence.data.keyword!.count).toBeGreaterThan(2);
  });
});

describe('voucher links', () => {
  const events = [
    { id: 'e1', kind: 'commerce.voucherApplied', data: { code: 'ETE10', accepted: false } },
    { id: 'e2', kind: 'commerce.voucherCreated', data: { code: 'ete10', reductionPercent: 10 } },
    { id: 'e3', kind: 'commerce.voucherApplied', data: { code: 'Ete10 ', accepted: true } },
    { id: 'e4', kind: 'commerce.voucherApplied', data: { code: 'NOEL2023', accepted: false } },
    {
      id: 'e5',
      kind: 'commerce.orderPlaced',
      data: { orderId: '7', total: 20, itemCount: 1, voucherCodes: ['ETE10'] },
    },
  ];

  it('links a test in the cart and an order to the voucher created before them', () => {
    expect([...linkVoucherTests(events)]).toEqual([
      ['e3', ['e2']],
      ['e5', ['e2']],
    ]);
  });

  it('links incrementally, as the background stamps events', () => {
    const linker = createVoucherLinker();
    expect(events.map((event) => linker.relate(event))).toEqual([[], [], ['e2'], [], ['e2']]);
  });
});
