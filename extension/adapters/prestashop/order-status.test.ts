import { describe, expect, it } from 'vitest';
import { markupFactsFromHtml } from '../markup.ts';
import { derivePerObservation, loadFixture, readFixtureText } from '../testing.ts';
import type { PageObservation, RequestObservation } from '../types.ts';

describe('prestashop.order-status', () => {
  const { observations } = loadFixture('prestashop/catalog-orders-customers.json');
  const results = derivePerObservation(observations, ['prestashop']);
  const changes = (index: number) => results[index]!.map((event) => event.data);

  it('reads a status set from the order page, from the list and in bulk', () => {
    expect(changes(4)).toEqual([{ area: 'order-status', changes: { orderIds: ['7'], statusId: '4' } }]);
    expect(changes(5)).toEqual([{ area: 'order-status', changes: { orderIds: ['8'], statusId: '5' } }]);
    expect(changes(6)).toEqual([{ area: 'order-status', changes: { orderIds: ['7', '8'], statusId: '5' } }]);
  });

  it('reads the tracking number and carrier', () => {
    expect(changes(7)).toEqual([
      { area: 'order-shipping', changes: { orderId: '7', trackingNumber: '6A12345678901', carrierId: '2' } },
    ]);
  });

  it('ignores a status change answered with the page again (200)', () => {
    const refused = { ...(observations[4] as RequestObservation), status: 200 };
    expect(derivePerObservation([refused], ['prestashop'])).toEqual([[]]);
  });

  const orderPage = (url: string, time: number): PageObservation => ({
    type: 'page',
    url,
    time,
    title: 'Commandes',
    markup: markupFactsFromHtml(readFixtureText('prestashop/order-view-history.html')),
  });
  const changed = observations[4] as RequestObservation;

  it('names the status from the order page PrestaShop redirects to (newest history row)', () => {
    const [, confirmed] = derivePerObservation(
      [
        changed,
        orderPage(
          'http://127.0.0.1:8080/admin123/index.php/sell/orders/7/view?_token=abc',
          changed.time + 800,
        ),
      ],
      ['prestashop'],
    );
    expect(confirmed!.map((event) => event.data)).toEqual([
      { area: 'order-status', changes: { orderIds: ['7'], statusId: '4', statusName: 'Retour accepté' } },
    ]);
  });

  it('names nothing from another order’s page, a late visit or an unchanged order', () => {
    const later = changed.time + 5 * 60_000;
    expect(
      derivePerObservation(
        [
          changed,
          orderPage('http://127.0.0.1:8080/admin123/index.php/sell/orders/8/view', changed.time + 500),
        ],
        ['prestashop'],
      )[1],
    ).toEqual([]);
    expect(
      derivePerObservation(
        [changed, orderPage('http://127.0.0.1:8080/admin123/index.php/sell/orders/7/view', later)],
        ['prestashop'],
      )[1],
    ).toEqual([]);
    expect(
      derivePerObservation(
        [orderPage('http://127.0.0.1:8080/admin123/index.php/sell/orders/7/view', changed.time)],
        ['prestashop'],
      ),
    ).toEqual([[]]);
  });
});
