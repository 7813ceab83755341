import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyNavigation, matchPatternsFor } from './origins.ts';

const sets = {
  referenceOrigins: ['http://127.0.0.1:4300'],
  allowedOrigins: ['https://www.service-public.fr'],
};

describe('where a navigation went', () => {
  it.each([
    ['http://127.0.0.1:4300/admin', { kind: 'reference', origin: 'http://127.0.0.1:4300' }],
    ['https://www.service-public.fr/x?y=1', { kind: 'allowed', origin: 'https://www.service-public.fr' }],
    ['http://localhost:4300/blog', { kind: 'foreign', origin: 'http://localhost:4300' }],
    ['http://127.0.0.1:4301/', { kind: 'foreign', origin: 'http://127.0.0.1:4301' }],
    ['https://www.google.com/search?q=r%C3%A9ponse', { kind: 'foreign', origin: 'https://www.google.com' }],
    ['file:///home/candidate/notes.txt', { kind: 'foreign', origin: 'file://' }],
    ['data:text/html,<p>x</p>', { kind: 'foreign', origin: 'data:' }],
    ['about:blank', { kind: 'internal' }],
    ['about:newtab', { kind: 'internal' }],
    ['chrome://newtab/', { kind: 'internal' }],
    ['chrome-extension://abc/popup.html', { kind: 'internal' }],
    ['moz-extension://uuid/popup.html', { kind: 'internal' }],
    ['view-source:http://x/', { kind: 'internal' }],
    ['garbage', { kind: 'internal' }],
  ])('%s', (url, verdict) => {
    expect(classifyNavigation(url, sets)).toEqual(verdict);
  });
});

describe('the reference origin read without parsing', () => {
  /** What parsing the URL says (the verdict before the prefix shortcut). */
  const parsedVerdict = (url: string, origins: readonly string[]) => {
    try {
      const { origin } = new URL(url);
      return origins.includes(origin) ? origin : undefined;
    } catch {
      return undefined;
    }
  };
  const origins = [
    'http://127.0.0.1:4300',
    'http://example.com:80',
    'HTTP://Shop.Example',
    'https://a.example',
  ];

  it('agrees with parsing, tricky authorities and unnormalised origins included', () => {
    for (const url of [
      'http://127.0.0.1:4300',
      'http://127.0.0.1:4300?x',
      'http://127.0.0.1:4300#y',
      'http://127.0.0.1:4300@evil.example/',
      'http://127.0.0.1:43000/',
      'http://127.0.0.1:4300\\evil',
      'http://example.com:80/x',
      'HTTP://Shop.Example/x',
      'https://a.example.evil/',
      'https://a.example/./../x',
    ]) {
      const verdict = classifyNavigation(url, { referenceOrigins: origins, allowedOrigins: [] });
      const expected = parsedVerdict(url, origins);
      expect(verdict.kind === 'reference' ? verdict.origin : undefined, url).toBe(expected);
    }
  });

  it('agrees with parsing on any URL-like string', () => {
    const tail = fc.string({ unit: fc.constantFrom('/', '?', '#', '@', ':', '\\', '.', 'a', '0', ' ', '%') });
    fc.assert(
      fc.property(
        fc.constantFrom(...origins, 'http://127.0.0.1:430', 'https://a.exampl'),
        tail,
        (base, rest) => {
          const url = base + rest;
          const verdict = classifyNavigation(url, { referenceOrigins: origins, allowedOrigins: [] });
          expect(verdict.kind === 'reference' ? verdict.origin : undefined).toBe(parsedVerdict(url, origins));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('match patterns', () => {
  it('covers hosts without ports, once each', () => {
    expect(
      matchPatternsFor(['http://127.0.0.1:4300', 'http://127.0.0.1:8080', 'https://shop.example']),
    ).toEqual(['http://127.0.0.1/*', 'https://shop.example/*']);
    expect(matchPatternsFor(['nonsense'])).toEqual([]);
  });
});
