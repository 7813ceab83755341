/**
 * The semantic layer as the real extension runs it: stored capture events in, derived events
 * out. The page's markup facts travel inside `page.seo` (the content script computes them), so
 * a detector that reads a page — an order confirmation's total, a refused save's reason — gets
 * them here without anything else building them.
 */
import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { markupFactsFromHtml } from '../adapters/markup.ts';
import { createSemanticLayer } from './semantic.ts';

const SEO = {
  title: 'Confirmation de commande',
  metaDescription: null,
  robots: null,
  canonical: null,
  lang: 'fr',
  headings: [],
  images: { total: 0, missingAlt: 0, emptyAlt: 0 },
  links: { internal: 0, external: 0 },
  openGraph: {},
  jsonLdTypes: [],
  wordCount: 40,
};

/** The classic theme's order-confirmation page, reduced to what the digest reads. */
const CONFIRMATION_HTML = `<!doctype html><html><head><script>var prestashop = {};</script></head>
<body id="order-confirmation"><section id="content-hook_order_confirmation"><h3>Votre commande est confirmée</h3></section>
<div class="order-confirmation-table"><table><tr><td>Sous-total</td><td>37,00 €</td></tr>
<tr><td>Livraison</td><td>gratuit</td></tr><tr class="total-value font-weight-bold"><td><span class="text-uppercase">Total</span> TTC</td><td>33,30 €</td></tr></table></div></body></html>`;

const envelope = (id: string, seq: number, url: string) => ({
  id,
  seq,
  time: 1_000 + seq,
  elapsedMs: seq,
  url,
  questionId: null,
  trusted: true,
  hash: 'a'.repeat(64),
});

describe('semantic layer', () => {
  it('reads the order total from the markup the page snapshot carries', () => {
    const layer = createSemanticLayer({ adapters: () => ['prestashop'], record: async () => undefined });
    const url = 'http://127.0.0.1:8080/fr/confirmation-commande?id_cart=5&id_module=18&id_order=7&key=5f0c1a';
    const markup = markupFactsFromHtml(CONFIRMATION_HTML);
    const page = {
      ...envelope('evt-page-0001', 3, url),
      kind: 'page.seo',
      data: { ...SEO, markup },
    } as CaptureEvent;
    const derived = layer.derive('session-1', [page], { origins: ['http://127.0.0.1:8080'] });
    expect(derived).toEqual([
      expect.objectContaining({
        kind: 'commerce.orderPlaced',
        derivedFrom: 'evt-page-0001',
        data: { orderId: '7', total: 33.3, itemCount: 0, voucherCodes: [] },
      }),
    ]);
  });

  it('without markup the same page cannot say its total (what the issue found)', () => {
    const layer = createSemanticLayer({ adapters: () => ['prestashop'], record: async () => undefined });
    const url = 'http://127.0.0.1:8080/fr/confirmation-commande?id_cart=5&id_module=18&id_order=8&key=5f0c1a';
    const page = { ...envelope('evt-page-0002', 4, url), kind: 'page.seo', data: SEO } as CaptureEvent;
    const [order] = layer.derive('session-2', [page], { origins: ['http://127.0.0.1:8080'] });
    expect(order?.data).toMatchObject({ orderId: '8', total: 0 });
  });
});
