import { describe, expect, it } from 'vitest';
import { testContext } from '../testing.ts';
import { analyseHtml, analyseMarkdown } from './content.ts';
import { amount, bracketPath, field, flag, submissionOf, urlParts } from './fields.ts';
import { decodeEntities, htmlText, tokenize } from './html.ts';

describe('fields', () => {
  it('splits a URL once and gives every caller the same frozen parts', () => {
    const first = urlParts('/wp-admin/post.php?post=10&action=edit&tag=a&tag=b');
    expect(first).toEqual({ path: '/wp-admin/post.php', query: { post: '10', action: 'edit', tag: 'a,b' } });
    expect(urlParts('/wp-admin/post.php?post=10&action=edit&tag=a&tag=b')).toBe(first);
    expect(Object.isFrozen(first.query)).toBe(true);
    // The base is part of what is remembered.
    expect(urlParts('p?x=1', 'http://a.example/dir/').path).toBe('/dir/p');
    expect(urlParts('p?x=1', 'http://a.example/other/').path).toBe('/other/p');
    for (let i = 0; i < 200; i += 1) urlParts(`/page-${i}`);
    expect(urlParts('/page-199')).toEqual({ path: '/page-199', query: {} });
  });

  it('reads flat, nested and mixed form names', () => {
    expect(bracketPath('form[step1][name][1]')).toEqual(['form', 'step1', 'name', '1']);
    expect(field({ 'form[step1][name][1]': 'a' }, 'form[step1][name][1]')).toBe('a');
    expect(field({ form: { step1: { name: { 1: 'b' } } } }, 'form[step1][name][1]')).toBe('b');
    expect(field({ 'form[step1]': { name: ['c'] } }, 'form[step1][name][0]')).toBe('c');
  });

  it('reads amounts and booleans as shops write them', () => {
    expect([
      amount('12,50'),
      amount('1 234,5 €'),
      amount('1,234.50'),
      amount('$25.00'),
      amount('-2,50 €'),
    ]).toEqual([12.5, 1234.5, 1234.5, 25, -2.5]);
    expect(amount('abc')).toBeUndefined();
    expect(amount('[masqué]')).toBeUndefined();
    expect([flag('1'), flag('on'), flag('0'), flag(''), flag('peut-être')]).toEqual([
      true,
      true,
      false,
      false,
      undefined,
    ]);
  });

  it('uses form submits only when requests are not observed, without masked values', () => {
    const form = {
      type: 'form' as const,
      url: 'http://x.test/panier',
      time: 1,
      action: '/panier/bon?x=1',
      method: 'post',
      fields: [
        { name: 'code_promo', type: 'text', value: 'ETE10', length: 5 },
        { name: 'password', type: 'password', masked: true, length: 8 },
      ],
    };
    expect(submissionOf(form, testContext())).toBeUndefined();
    expect(submissionOf(form, testContext({ requestsObserved: false }))).toMatchObject({
      via: 'form',
      method: 'POST',
      path: '/panier/bon',
      query: { x: '1' },
      fields: { code_promo: 'ETE10' },
    });
  });
});

describe('html', () => {
  it('tokenizes tags, attributes with quotes and entities, raw text and comments', () => {
    const tokens = [
      ...tokenize(
        '<p class="a>b" data-x=\'1\'>T&eacute;&#39;x<!-- wp:image --><script>if (a<b) x()</script><br/>',
      ),
    ];
    expect(tokens).toEqual([
      { type: 'open', name: 'p', attrs: { class: 'a>b', 'data-x': '1' }, selfClosing: false },
      { type: 'text', text: "Té'x" },
      { type: 'comment', text: ' wp:image ' },
      { type: 'raw', name: 'script', attrs: {}, text: 'if (a<b) x()' },
      { type: 'open', name: 'br', attrs: {}, selfClosing: true },
    ]);
    expect(decodeEntities('&amp;lt; &#x1F375; &unknown;')).toBe('&lt; 🍵 &unknown;');
    expect(htmlText('<p>Un</p><p>deux&nbsp;trois</p>')).toBe('Un deux trois');
  });

  it('analyses block content and the demo’s markdown', () => {
    expect(
      analyseHtml(
        '<!-- wp:paragraph --><p>Un deux</p><!-- /wp:paragraph --><!-- wp:image {"id":3} --><img src="a"><!-- /wp:image -->',
      ),
    ).toEqual({
      wordCount: 2,
      blocks: ['core/paragraph', 'core/image'],
      images: { total: 1, missingAlt: 1 },
    });
    expect(analyseMarkdown('Un [lien](/x) deux\n\n![alt](/a.svg)\n\n- a\n- b')).toEqual({
      wordCount: 5,
      blocks: ['paragraph', 'image', 'list'],
      images: { total: 1, missingAlt: 0 },
    });
  });
});
