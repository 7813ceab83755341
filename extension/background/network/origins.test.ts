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

describe('match patterns', () => {
  it('covers hosts without ports, once each', () => {
    expect(
      matchPatternsFor(['http://127.0.0.1:4300', 'http://127.0.0.1:8080', 'https://shop.example']),
    ).toEqual(['http://127.0.0.1/*', 'https://shop.example/*']);
    expect(matchPatternsFor(['nonsense'])).toEqual([]);
  });
});
