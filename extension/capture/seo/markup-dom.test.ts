/**
 * The live-DOM reader of markup facts gives what the HTML reader gives on the document's
 * serialisation (what the content script digested before): real pages and tricky markup,
 * parsed into a DOM (linkedom), read both ways.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { markupFactsFromHtml } from '../../adapters/markup.ts';
import { readFixtureText } from '../../adapters/testing.ts';
import { type MarkupNode, markupFactsFromDom } from './markup-dom.ts';

const bothWays = (html: string) => {
  const { document } = parseHTML(html);
  const root = document.documentElement as unknown as MarkupNode & { outerHTML: string };
  return { dom: markupFactsFromDom(root), html: markupFactsFromHtml(root.outerHTML) };
};

const TRICKY = `<!doctype html><html lang="fr"><head>
  <meta name="generator" content="WordPress 6.1.9"><meta name="Generator" content="WooCommerce 8">
  <title>Panier &amp; commande</title>
  ${Array.from({ length: 13 }, (_, i) => `<link rel="stylesheet" href="/s${i}.css">`).join('')}
  <link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/4">
  <link rel="alternate" type="application/rss+xml" href="/feed/">
  <link rel="https://api.w.org/" href="/wp-json/"><link rel="canonical" href="/panier/">
  <script type="application/ld+json">{"@graph":[{"@type":"Product","name":"Théière &lt;fonte&gt;","sku":"T-1",
    "offers":{"price":"39,90","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}]}</script>
  <script>var wpApiSettings = {}; window.woocommerce_params = { total: "</div>" };</script>
  <script src="/app.js">var ignored = 1;</script>
  <style>.notice { color: red } </style>
  <noscript><div class="notice">Activez JavaScript</div></noscript>
</head>
<body id="cart" class="woocommerce-cart  page logged-in" data-cart-hash="abc" data-other="x">
  <!-- wp:paragraph --><p>Texte &lt;b&gt; &eacute; &amp;eacute;</p><!-- /wp:paragraph -->
  <h1>Votre <em>panier</em>&nbsp;!</h1>
  <h2><span></span></h2>
  <h2>Deux <h2>imbriqués</h2> titres</h2>
  <div class="woocommerce-message" role="status">Produit ajouté <a href="/panier">Voir</a> au panier.</div>
  <div role="alert"><div role="alert">Imbriqué</div> dehors</div>
  <input role="alert" value="x"><p>après</p>
  <ul class="woocommerce-error"><li>Le code « ETE10 » n’existe pas.</li><li>&#x1F600; &#233;</li></ul>
  <div class="notice notice-error" data-notice="coupon-refused"><p>Refusé</p></div>
  <div class="alert"> \uE001 </div>
  <table class="shop_table"><thead><tr><th>Produit</th><th>Prix</th></tr></thead>
    <tbody><tr><td>Théière</td><td><bdi>39,90&nbsp;€</bdi></td></tr>
    <tr><td>Seul</td></tr><tr><td><table><tr><td>a</td><td>b</td></tr></table></td><td>c</td></tr></tbody></table>
  <dl><dt>Livraison</dt><dd>Colissimo</dd><dd>sans terme</dd><dt>Paiement</dt><dt>Deux</dt><dd>Carte</dd></dl>
  <div class="summary__row grand-total"><span>Total</span><span>(Inclusive of tax $3.15)</span><span>$41.50</span></div>
  <div class="order-total"><div class="cart-total">Total TTC 12,00 €</div></div>
  <span id="order-total" data-amount="41.50" data-order-id="A&amp;77" data-product-id='7"x'></span>
  <img src="/a.png" data-product-id="8" alt="a"><br data-price="1">
  <svg viewBox="0 0 10 10" data-stock="3"><title>Icône</title><linearGradient id="g"></linearGradient>
    <path d="M0 0"/><text>Texte svg</text></svg>
  <template><div role="alert">Modèle</div></template>
  <textarea data-qty="2">Note &lt;ici&gt;</textarea>
  <section aria-label="x" data-voucher-code="ETE10" data-voucher-code="DOUBLE" DATA-COUPON="UP">Bon</section>
  <table><tr><td>Sous-total</td><td>37,00 €</td></tr><tr class="total"><td><span>Total</span> TTC</td><td>41,50 €</td></tr></table>
</body></html>`;

describe('markup facts from the live DOM', () => {
  it('gives the same facts as the HTML reader on real pages', () => {
    for (const path of [
      'wordpress/public-post.html',
      'demo/article-bien-infuser.html',
      'prestashop/order-view-history.html',
    ]) {
      const { dom, html } = bothWays(readFixtureText(path));
      expect(Object.keys(dom).length, path).toBeGreaterThan(0);
      expect(dom, path).toEqual(html);
    }
  });

  it('gives the same facts on tricky markup: nesting, entities, raw text, voids, SVG, caps', () => {
    const { dom, html } = bothWays(TRICKY);
    expect(dom.notices?.length).toBeGreaterThan(3);
    expect(dom.summary?.length).toBeGreaterThan(3);
    expect(dom).toEqual(html);
  });

  it('stops after its node budget, closing what it opened', () => {
    const { document } = parseHTML(
      `<html><body><h1>Titre</h1>${'<p>x</p>'.repeat(100)}<div role="alert">Tard</div></body></html>`,
    );
    const facts = markupFactsFromDom(document.documentElement as unknown as MarkupNode, 20);
    expect(facts.headings).toEqual([{ level: 1, text: 'Titre' }]);
    expect(facts.notices).toBeUndefined();
  });
});
