/**
 * Stock changed from Catalog › Stocks (the Vue stock page of 1.7.8, still there in 8.x): the
 * page sends the change by AJAX to the admin API — one product,
 * `POST /index.php/api/stocks/product/<id>[/combination/<id>]` with `{ delta }`; several,
 * `POST /index.php/api/stocks/products` (api_stock_bulk_edit_products of stocks.yml) with
 * `[{ product_id, combination_id, delta }]` — and answers the
 * updated stock rows (`product_available_quantity`, `product_physical_quantity`). Area `stock`,
 * one change per product: the delta, and the quantity PrestaShop answered when the capture kept it.
 */
import { settingsChanged } from '../lib/events.ts';
import { failed, integer, isRecord, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';
import { symfonyPath } from './lib.ts';

/** The row of the answer for a product (and combination), when the capture kept the answer. */
const answered = (response: unknown, productId: string): number | undefined => {
  const rows = Array.isArray(response)
    ? response
    : isRecord(response) && Array.isArray(response.data)
      ? response.data
      : [response];
  const row = rows.find((item) => isRecord(item) && text(item.product_id) === productId);
  return isRecord(row)
    ? (integer(row.product_available_quantity) ?? integer(row.product_physical_quantity))
    : undefined;
};

export default registerDetector({
  id: 'prestashop.stock-movement',
  adapter: 'prestashop',
  description:
    'Stock changed on the Stocks page: POST /index.php/api/stocks/product/<id>[/combination/<id>] {delta} or /index.php/api/stocks/products [{product_id, combination_id, delta}]; the new quantity from the answer.',
  observes: ['request'],
  source: {
    product: 'PrestaShop',
    versions: ['1.7.8', '8.0', '8.1', '8.2'],
    files: [
      'PrestaShop/PrestaShop@140a4774d6d41b1f9b6a746113acbbe6ecc63b09:src/PrestaShopBundle/Resources/config/routing/api/stocks.yml#L21-L42',
      'PrestaShop/PrestaShop@a6dcf425829f28cf3588b1d5158400663d87a9af:src/PrestaShopBundle/Controller/Api/StockController.php#L95-L150',
      'PrestaShop/PrestaShop@a6dcf425829f28cf3588b1d5158400663d87a9af:src/PrestaShopBundle/Controller/Api/StockController.php#L201-L214',
      'PrestaShop/PrestaShop@a6dcf425829f28cf3588b1d5158400663d87a9af:src/PrestaShopBundle/Controller/Api/StockController.php#L250-L271',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Resources/config/routing/api/stocks.yml#L24-L50',
      'librasoft-fr/prestashop-versions@v1.7.8.10:src/PrestaShopBundle/Controller/Api/StockController.php#L93-L148',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Resources/config/routing/api/stocks.yml#L24-L50',
      'librasoft-fr/prestashop-versions@v8.2.0:src/PrestaShopBundle/Controller/Api/StockController.php#L101-L156',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (!submission || !['POST', 'PUT', 'PATCH'].includes(submission.method) || failed(submission)) return [];
    const route = symfonyPath(submission.path);
    const one = /^\/api\/stocks\/product\/(\d+)(?:\/combination\/(\d+))?\/?$/.exec(route);
    const changes: { productId: string; combinationId?: string; delta?: number }[] = [];
    if (one)
      changes.push({
        productId: one[1]!,
        ...(one[2] ? { combinationId: one[2] } : {}),
        delta: integer(submission.fields.delta),
      });
    // The bulk route is /products (stocks.yml); the bare /api/stocks is kept as first written.
    else if (/^\/api\/stocks(?:\/products)?\/?$/.test(route)) {
      const list = Array.isArray(submission.fields) ? submission.fields : Object.values(submission.fields);
      for (const item of list.slice(0, 50))
        if (isRecord(item) && text(item.product_id))
          changes.push({
            productId: text(item.product_id)!,
            ...(text(item.combination_id) && text(item.combination_id) !== '0'
              ? { combinationId: text(item.combination_id) }
              : {}),
            delta: integer(item.delta),
          });
    }
    const out: DerivedEvent[] = [];
    for (const change of changes) {
      if (change.delta === undefined || change.delta === 0) continue;
      out.push(
        ...settingsChanged('stock', { ...change, quantity: answered(submission.response, change.productId) }),
      );
    }
    return out;
  },
});
