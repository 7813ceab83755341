import { describe, expect, it } from 'vitest';
import { makeEvent, post } from './fixtures.ts';
import { advance, entityKey, familyOf, isCandidate, mergeData } from './state.ts';

describe('state of things', () => {
  it('groups content events in one family', () => {
    expect(familyOf('content.updated')).toEqual([
      'content.published',
      'content.updated',
      'content.unpublished',
    ]);
    expect(familyOf('commerce.productSaved')).toEqual(['commerce.productSaved']);
  });

  it('names the thing an event is about', () => {
    expect(entityKey(makeEvent('content.updated', post({ contentType: 'page', id: '7' }), { seq: 1 }))).toBe(
      'page:7',
    );
    expect(entityKey(makeEvent('settings.changed', { area: 'discussion', changes: {} }, { seq: 1 }))).toBe(
      'discussion',
    );
    expect(entityKey(makeEvent('commerce.voucherCreated', { code: 'ETE10' }, { seq: 1 }))).toBe('ETE10');
    expect(
      entityKey(
        makeEvent(
          'page.seo' as 'nav.visited',
          { title: 'x', via: 'load' },
          { seq: 1, url: 'http://s/a#top' },
        ),
      ),
    ).toBe('http://s/a');
    expect(entityKey(makeEvent('overlay.toggled', { visible: true }, { seq: 1 }))).toBe('');
  });

  it('merges objects field by field and replaces the rest', () => {
    expect(
      mergeData(
        { title: 'A', seo: { metaDescription: 'm', title: 't' }, tags: ['x', 'y'], changes: { a: 1 } },
        { title: 'B', seo: { title: 'u' }, tags: ['z'], slug: undefined, changes: { b: null } },
      ),
    ).toEqual({
      title: 'B',
      seo: { metaDescription: 'm', title: 'u' },
      tags: ['z'],
      changes: { a: 1, b: null },
    });
  });

  it('folds events without changing the earlier state', () => {
    const first = advance(undefined, makeEvent('content.published', post({ title: 'A' }), { seq: 1 }));
    const second = advance(first, makeEvent('content.unpublished', post({ title: 'A' }), { seq: 2 }));
    expect(first.kinds).toEqual(new Set(['content.published']));
    expect(second.kinds).toEqual(new Set(['content.published', 'content.unpublished']));
    expect(isCandidate(first, 'content.published')).toBe(true);
    expect(isCandidate(second, 'content.published')).toBe(false);
    expect(isCandidate(second, 'content.unpublished')).toBe(true);
    expect(isCandidate(first, 'content.updated')).toBe(false);
  });
});
