import { describe, expect, it } from 'vitest';
import './index.ts';
import { markupFactsFromHtml } from './markup.ts';
import { createMemory } from './memory.ts';
import { activeAdapters, deriveEvents, registerDetector, registeredAdapters } from './registry.ts';
import { readFixtureText, testContext } from './testing.ts';
import type { Observation } from './types.ts';

const request = (path: string, body: Record<string, unknown>, time = 1000): Observation => ({
  type: 'request',
  method: 'POST',
  path,
  query: {},
  body,
  status: 200,
  url: `http://127.0.0.1:8081${path}`,
  time,
});

describe('activeAdapters', () => {
  it('uses the configured adapters, specific first, the generic shop always on', () => {
    expect(activeAdapters({ adapters: ['commerce', 'demo'] })).toEqual(['demo', 'commerce']);
  });

  it('detects WordPress from its markup, PrestaShop from its URLs, nothing from a plain site', () => {
    const markup = markupFactsFromHtml(readFixtureText('wordpress/public-post.html'));
    expect(activeAdapters({}, { url: 'http://127.0.0.1:8081/choisir-theiere-fonte/', markup })).toEqual([
      'wordpress',
      'commerce',
    ]);
    expect(
      activeAdapters({}, { url: 'http://shop.test/admin123/index.php?controller=AdminCartRules&token=x' }),
    ).toEqual(['prestashop', 'commerce']);
    expect(activeAdapters({}, { url: 'http://shop.test/', markup: { globals: ['prestashop'] } })).toEqual([
      'prestashop',
      'commerce',
    ]);
    expect(activeAdapters({}, { url: 'http://example.test/' })).toEqual(['commerce']);
  });

  it('knows every adapter', () => {
    expect(registeredAdapters().map((adapter) => adapter.id)).toEqual([
      'wordpress',
      'prestashop',
      'demo',
      'commerce',
    ]);
  });
});

describe('deriveEvents', () => {
  it('keeps the same event once when a request and its redirect both show it', () => {
    const context = testContext();
    const post = request('/wp-admin/admin-ajax.php', { action: 'delete-comment', id: '6', trash: '1' });
    const page: Observation = {
      type: 'page',
      url: 'http://127.0.0.1:8081/wp-admin/edit-comments.php?trashed=1&ids=6',
      time: 1800,
    };
    expect(deriveEvents(post, ['wordpress'], context)).toHaveLength(1);
    expect(deriveEvents(page, ['wordpress'], context)).toEqual([]);
    expect(deriveEvents({ ...page, time: 30_000 }, ['wordpress'], context)).toHaveLength(1);
  });

  it('runs the generic shop detectors only when no specific one recognised the observation', () => {
    const context = testContext();
    const coupon = request('/api/carts/c1/coupons', { coupon: 'ETE10' });
    expect(deriveEvents(coupon, ['wordpress', 'commerce'], context)).toEqual([
      { kind: 'commerce.voucherApplied', data: { code: 'ETE10', accepted: true } },
    ]);
    const comment = request('/wp-admin/admin-ajax.php', { action: 'dim-comment', id: '4', new: 'approved' });
    expect(deriveEvents(comment, ['wordpress', 'commerce'], context).map((event) => event.kind)).toEqual([
      'comment.moderated',
    ]);
    expect(deriveEvents(comment, ['commerce'], testContext())).toEqual([]);
  });

  it('isolates a failing detector and refuses events outside their schema', () => {
    const errors: string[] = [];
    registerDetector({
      id: 'demo.test-faulty',
      adapter: 'demo',
      description: 'Test double: throws on one path, returns an invalid event on another.',
      observes: ['request'],
      source: { product: 'test', versions: ['0'], files: ['extension/adapters/registry.test.ts'] },
      detect(observation) {
        if (observation.type === 'request' && observation.path === '/boom') throw new Error('boom');
        if (observation.type === 'request' && observation.path === '/bad')
          return [{ kind: 'comment.moderated', data: { commentId: '1', action: 'nope' as 'approve' } }];
        return [];
      },
    });
    const context = testContext({ memory: createMemory(), onError: (id) => errors.push(id) });
    expect(deriveEvents(request('/boom', {}), ['demo'], context)).toEqual([]);
    expect(deriveEvents(request('/bad', {}), ['demo'], context)).toEqual([]);
    expect(errors).toEqual(['demo.test-faulty', 'demo.test-faulty']);
    expect(() => registerDetector({ ...registeredDemo(), id: 'demo.test-faulty' })).toThrow(/twice/);
    expect(() => registerDetector({ ...registeredDemo(), id: 'wordpress.misnamed' })).toThrow(/named after/);
  });
});

const registeredDemo = () => ({
  id: 'demo.x',
  adapter: 'demo' as const,
  description: 'x',
  observes: ['request' as const],
  source: { product: 'x', versions: ['0'], files: ['x'] },
  detect: () => [],
});
