import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';
import type { RequestObservation } from '../types.ts';

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
});
