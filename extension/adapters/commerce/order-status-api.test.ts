import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('commerce.order-status-api', () => {
  const { observations } = loadFixture('evershop/catalog-cms-orders.json');
  const results = derivePerObservation(observations, ['commerce']);
  const order = '9a8b7c6d-5e4f-4d3c-2b1a-0f9e8d7c6b5a';
  const data = (index: number) => results[index]!.map((event) => event.data);

  it('reads a cancellation with its reason', () => {
    expect(data(4)).toEqual([
      {
        area: 'order-status',
        changes: {
          orderIds: [order],
          statusName: 'Canceled',
          reason: 'Boîte abîmée, la cliente préfère être remboursée',
        },
      },
    ]);
  });

  it('reads a shipment as « Shipped » with its carrier and tracking number', () => {
    expect(data(5)).toEqual([
      { area: 'order-status', changes: { orderIds: [order], statusName: 'Shipped' } },
      {
        area: 'order-shipping',
        changes: { orderId: order, carrier: 'Colissimo', trackingNumber: '6A12345678901' },
      },
    ]);
  });

  it('reads « mark delivered » and a tracking number changed on a shipment', () => {
    expect(data(6)).toEqual([
      { area: 'order-status', changes: { orderIds: ['3'], statusName: 'Delivered' } },
    ]);
    expect(data(7)).toEqual([
      {
        area: 'order-shipping',
        changes: {
          orderId: order,
          shipmentId: '4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8',
          carrier: 'Chronopost',
          trackingNumber: 'XY987654321FR',
        },
      },
    ]);
  });

  it('reports nothing when EverShop answers an error', () => {
    expect(results[8]).toEqual([]);
  });
});
