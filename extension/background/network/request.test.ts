import { describe, expect, it } from 'vitest';
import {
  effectiveMethod,
  isJsonContentType,
  isObserved,
  maskQuery,
  overrideFromHeaders,
  type RequestFacts,
  splitUrl,
} from './request.ts';

const REF = new Set(['http://127.0.0.1:4300']);
const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  url: 'http://127.0.0.1:4300/admin/api/posts/5',
  method: 'POST',
  tabId: 3,
  type: 'xmlhttprequest',
  initiator: 'http://127.0.0.1:4300',
  ...over,
});

describe('method override', () => {
  it('reads X-HTTP-Method-Override whatever its case', () => {
    expect(overrideFromHeaders([{ name: 'X-HTTP-Method-Override', value: 'put' }])).toBe('PUT');
    expect(overrideFromHeaders([{ name: 'x-http-method', value: 'DELETE' }])).toBe('DELETE');
    expect(overrideFromHeaders([{ name: 'Content-Type', value: 'application/json' }])).toBeUndefined();
    expect(overrideFromHeaders([{ name: 'X-HTTP-Method-Override', value: 'DROP TABLE' }])).toBeUndefined();
  });

  it('applies header, then _method in the query, then _method in the body', () => {
    expect(effectiveMethod('POST', { header: 'PUT', query: 'DELETE' })).toBe('PUT');
    expect(effectiveMethod('POST', { query: 'delete' })).toBe('DELETE');
    expect(effectiveMethod('POST', { field: 'PATCH' })).toBe('PATCH');
    expect(effectiveMethod('post', {})).toBe('POST');
    expect(effectiveMethod('POST', { header: 'nonsense' })).toBe('POST');
  });
});

describe('path and query', () => {
  it('splits the URL, joins repeated keys and masks nonces', () => {
    const split = splitUrl(
      'http://127.0.0.1:4300/wp-json/wp/v2/posts/5?_locale=user&tag=a&tag=b&_wpnonce=abc123#x',
    );
    expect(split).toEqual({
      origin: 'http://127.0.0.1:4300',
      path: '/wp-json/wp/v2/posts/5',
      rawQuery: { _locale: 'user', tag: 'a,b', _wpnonce: 'abc123' },
    });
    expect(maskQuery(split!.rawQuery)).toEqual({ _locale: 'user', tag: 'a,b', _wpnonce: '[masqué]' });
  });

  it('masks a card number wherever it sits in the query, and caps sizes to the schema', () => {
    const split = splitUrl(`http://h/p?ref=4111111111111111&long=${'x'.repeat(6000)}`)!;
    const query = maskQuery(split.rawQuery);
    expect(query.ref).toBe('[masqué]');
    expect(query.long!.length).toBeLessThanOrEqual(5000);
    expect(splitUrl(`http://h/${'a'.repeat(3000)}`)!.path.length).toBeLessThanOrEqual(2000);
  });

  it('returns null for what is not a URL', () => {
    expect(splitUrl('not a url')).toBeNull();
  });
});

describe('which requests are evidence', () => {
  it('keeps state-changing calls from a reference page to the reference origin', () => {
    expect(isObserved(facts(), REF)).toBe(true);
    expect(isObserved(facts({ method: 'DELETE', type: 'main_frame' }), REF)).toBe(true);
    expect(isObserved(facts({ type: 'ping', initiator: undefined }), REF)).toBe(true);
  });

  it('ignores reads, assets, other origins, other sites’ pages, extensions and non-tab requests', () => {
    expect(isObserved(facts({ method: 'GET' }), REF)).toBe(false);
    expect(isObserved(facts({ type: 'image' }), REF)).toBe(false);
    expect(isObserved(facts({ type: 'script' }), REF)).toBe(false);
    expect(isObserved(facts({ url: 'http://localhost:4300/admin/api/posts' }), REF)).toBe(false);
    expect(isObserved(facts({ initiator: 'http://localhost:4300' }), REF)).toBe(false);
    expect(isObserved(facts({ initiator: 'chrome-extension://abcdef' }), REF)).toBe(false);
    expect(
      isObserved(facts({ initiator: undefined, originUrl: 'moz-extension://uuid/popup.html' }), REF),
    ).toBe(false);
    expect(isObserved(facts({ initiator: 'null' }), REF)).toBe(false);
    expect(isObserved(facts({ tabId: -1 }), REF)).toBe(false);
  });

  it('reads Firefox’s documentUrl/originUrl as the initiator', () => {
    expect(
      isObserved(facts({ initiator: undefined, documentUrl: 'http://127.0.0.1:4300/admin/articles/5' }), REF),
    ).toBe(true);
    expect(isObserved(facts({ initiator: undefined, originUrl: 'http://evil.test/form.html' }), REF)).toBe(
      false,
    );
  });
});

describe('content types', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=UTF-8', true],
    ['application/ld+json', true],
    ['text/html; charset=utf-8', false],
    ['text/xml', false],
    [undefined, false],
  ])('%s → %s', (type, json) => {
    expect(isJsonContentType(type)).toBe(json);
  });
});
