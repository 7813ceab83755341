/**
 * The page snapshot carries the page's markup facts: a real DOM (linkedom) of a shop page,
 * the observer run as the content script runs it, the emitted `page.seo` valid for its schema
 * and holding what adapters read (body id, the « Total » row, the shop's notice).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it, vi } from 'vitest';
import { EVENT_PAYLOADS } from '../../../shared/schema/event.ts';
import type { CaptureContext } from '../../messaging/protocol.ts';
import { initSeoObserver } from './seo.ts';

const PAGE = `<!doctype html><html lang="fr"><head><title>Commande confirmée</title></head>
<body id="order-confirmation"><main><h1>Votre commande est confirmée</h1>
<div class="alert alert-success" role="alert">Merci pour votre commande.</div>
<table><tr><td>Sous-total</td><td>37,00 €</td></tr><tr><td>Total TTC</td><td>33,30 €</td></tr></table>
</main></body></html>`;

describe('page.seo snapshot', () => {
  it('carries the markup facts adapters read', async () => {
    vi.useFakeTimers();
    // linkedom has no MutationObserver: the settle wait then ends on its timers alone.
    vi.stubGlobal(
      'MutationObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
    const { window } = parseHTML(PAGE);
    Object.defineProperty(window.document, 'readyState', { value: 'complete' });
    Object.defineProperty(window, 'location', { value: { href: 'http://shop.test/fr/confirmation' } });
    const emit = vi.fn();
    const controller = new AbortController();
    initSeoObserver({
      emit,
      guard: ((fn: (...args: unknown[]) => unknown) => fn) as never,
      signal: controller.signal,
      win: window as unknown as Window,
      context: { variables: {} } as unknown as CaptureContext,
      flushNow: () => undefined,
      trusted: () => true,
      settleMs: 10,
      maxWaitMs: 50,
    });
    await vi.advanceTimersByTimeAsync(100);
    vi.useRealTimers();
    vi.unstubAllGlobals();
    controller.abort();
    expect(emit).toHaveBeenCalledTimes(1);
    const [kind, data] = emit.mock.calls[0]!;
    expect(kind).toBe('page.seo');
    expect(EVENT_PAYLOADS['page.seo'].safeParse(data).success).toBe(true);
    expect(data.markup).toMatchObject({
      bodyId: 'order-confirmation',
      notices: [{ kind: 'success', text: 'Merci pour votre commande.' }],
      summary: expect.arrayContaining([{ label: 'Total TTC', value: '33,30 €' }]),
    });
  });
});
