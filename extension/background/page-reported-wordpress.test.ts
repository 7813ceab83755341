/**
 * How often an honest WordPress candidate's evidence is page-reported (and so waits for an
 * end-state read): on the real request shapes of the adapters' fixtures, the browser's own
 * facts (method, path, query, the body webRequest gives for POST and PUT — wp.apiFetch sends
 * PATCH and DELETE as POST with X-HTTP-Method-Override) derive every kind the hook's copy of
 * the response does. Only a body the browser did not give (Chromium: a real PATCH) leaves the
 * kind to the page's word — for a comment, the REST comment read then confirms it.
 */
import { describe, expect, it } from 'vitest';
import { createMemory } from '../adapters/memory.ts';
import { deriveEvents } from '../adapters/registry.ts';
import { loadFixture, testContext } from '../adapters/testing.ts';
import type { Observation } from '../adapters/types.ts';
import { pageReportedFlags } from './page-reported.ts';

/** Each derived kind, with `*` when only the page's copy gave it. */
const flagged = (fixture: string, browserBody = true): string[] => {
  const memory = createMemory();
  return loadFixture(`wordpress/${fixture}.json`).observations.flatMap((observation: Observation) => {
    const before = createMemory(memory.snapshot());
    const full = deriveEvents(observation, ['wordpress'], testContext({ memory, requestsObserved: true }));
    const seen =
      observation.type === 'request'
        ? { ...observation, response: undefined, ...(browserBody ? {} : { body: undefined }) }
        : observation;
    const observed = deriveEvents(
      seen,
      ['wordpress'],
      testContext({ memory: before, requestsObserved: true }),
    );
    const flags = pageReportedFlags(full, observed);
    return full.map((event, i) => `${event.kind}${flags[i] ? '*' : ''}`);
  });
};

describe('page-reported WordPress evidence, on real request shapes', () => {
  it.each([
    'comments',
    'menus-users-media',
    'settings',
    'post-form',
    'rest-post-publish',
    'rest-page-and-trash',
  ])('%s: nothing rests on the page alone when the browser gave the body', (fixture) => {
    const kinds = flagged(fixture);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.filter((kind) => kind.endsWith('*'))).toEqual([]);
  });

  it('a REST moderation whose body only the page gave (Chromium PATCH) rests on the page', () => {
    // The REST part of comments.json: PUT /comments/14 {status}, POST /comments {parent}, DELETE.
    const kinds = flagged('comments', false);
    expect(kinds).toContain('comment.moderated*');
  });
});
