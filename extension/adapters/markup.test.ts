import { describe, expect, it } from 'vitest';
import { MarkupFacts } from '../../shared/schema/markup.ts';
import { markupFactsFromHtml } from './markup.ts';
import { loadFixture, readFixtureText } from './testing.ts';

describe('markup facts', () => {
  it('digests a WordPress page: generator, REST link, body classes, globals, JSON-LD', () => {
    const facts = markupFactsFromHtml(readFixtureText('wordpress/public-post.html'));
    expect(MarkupFacts.safeParse(facts).success).toBe(true);
    expect(facts.generator).toEqual(['WordPress 6.1.9']);
    expect(facts.links).toContainEqual({ rel: 'https://api.w.org/', href: 'http://127.0.0.1:8081/wp-json/' });
    expect(facts.bodyClasses).toContain('single-post');
    expect(facts.globals).toEqual(['wpApiSettings']);
    expect(facts.jsonLd?.map((item) => item.type)).toEqual(['Article', 'WebPage', 'Person']);
    expect(facts.headings).toEqual([
      { level: 1, text: 'Bien choisir sa théière' },
      { level: 2, text: 'La fonte' },
    ]);
  });

  it('digests the demo shop pages: Product JSON-LD, notices with tags, totals, data attributes', () => {
    const { observations } = loadFixture('demo/session.json');
    for (const observation of observations)
      if (observation.type === 'page') expect(MarkupFacts.safeParse(observation.markup).success).toBe(true);
    const html = readFixtureText('demo/article-bien-infuser.html');
    const facts = markupFactsFromHtml(html);
    expect(facts.jsonLd?.map((item) => item.type)).toEqual(['Article', 'BreadcrumbList']);
    expect(facts.links?.some((link) => link.href === '/assets/site.css')).toBe(true);
  });

  it('reads schema.org Order, notices and label/value rows from arbitrary markup', () => {
    const facts = markupFactsFromHtml(`<!doctype html><html><head>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Order","orderNumber":"A-77",
        "discountCode":"ETE10","paymentMethod":{"name":"Carte"},"orderedItem":[{"orderQuantity":2},{"orderQuantity":1}],
        "partOfInvoice":{"totalPaymentDue":{"price":"41.50"}}}</script>
      <script type="application/ld+json">{ broken</script>
      <script>var prestashop = {"cart":{}}; window.dataLayer = [];</script></head>
      <body id="order-confirmation" class="lang-fr">
      <div class="alert alert-danger" role="alert"><ul><li>Ce bon de réduction n’existe pas.</li></ul></div>
      <p class="notice notice-success" data-notice="saved">Enregistré &amp; publié</p>
      <table><tr><td>Sous-total</td><td>37,00&nbsp;€</td></tr><tr class="total"><td><span>Total</span> TTC</td><td>41,50 €</td></tr></table>
      <dl><dt>Moyen</dt><dd>Virement</dd></dl>
      <span id="order-total" data-amount="41.50" data-other="x"></span></body></html>`);
    expect(facts.jsonLd).toEqual([
      {
        type: 'Order',
        orderNumber: 'A-77',
        total: 41.5,
        discountCodes: ['ETE10'],
        itemCount: 3,
        paymentMethod: 'Carte',
      },
    ]);
    expect(facts.globals).toEqual(['prestashop', 'dataLayer']);
    expect(facts.bodyId).toBe('order-confirmation');
    expect(facts.notices).toEqual([
      { kind: 'error', text: 'Ce bon de réduction n’existe pas.' },
      { kind: 'success', text: 'Enregistré & publié', tag: 'saved' },
    ]);
    expect(facts.summary).toEqual([
      { label: 'Sous-total', value: '37,00 €' },
      { label: 'Total TTC', value: '41,50 €' },
      { label: 'Moyen', value: 'Virement' },
    ]);
    expect(facts.data).toEqual([
      { name: 'data-notice', value: 'saved' },
      { name: 'data-amount', value: '41.50', id: 'order-total' },
    ]);
  });

  it('reads PrestaShop notices by their class, not their role', () => {
    // themes/classic/templates/_partials/notifications.tpl: every kind is role="alert".
    const facts = markupFactsFromHtml(
      '<body><article class="alert alert-success" role="alert" data-alert="success"><ul><li>Code ajouté</li></ul></article>' +
        '<article class="alert alert-danger" role="alert" data-alert="danger"><ul><li>Ce bon n’existe pas.</li></ul></article></body>',
    );
    expect(facts.notices).toEqual([
      { kind: 'success', text: 'Code ajouté' },
      { kind: 'error', text: 'Ce bon n’existe pas.' },
    ]);
  });

  it('reads a total laid out with divs (EverShop OrderTotalSummary)', () => {
    const facts = markupFactsFromHtml(
      '<div class="summary__row grand-total flex justify-between py-2"><span class="self-center font-bold">Total</span>' +
        '<div><div></div><span class="text-base font-semibold">$35.15</span></div></div>',
    );
    expect(facts.summary).toEqual([{ label: 'Total', value: '$35.15' }]);
  });

  it('reads the total row when EverShop shows the tax included before the amount', () => {
    // OrderTotalSummary's Total with priceIncludingTax: « Total », « (Inclusive of tax …) », amount.
    const facts = markupFactsFromHtml(
      '<div class="summary__row grand-total flex justify-between py-2"><div><div class="font-bold"><span>Total</span></div>' +
        '<div><span class="italic font-normal">(Inclusive of tax $3.15)</span></div></div><div><div></div>' +
        '<span class="text-base font-semibold">$35.15</span></div></div>',
    );
    expect(facts.summary).toEqual([{ label: 'Total', value: '$35.15' }]);
  });
});
