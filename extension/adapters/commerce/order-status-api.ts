/**
 * An order's status changed through a back-office API (EverShop's order page, oms module):
 * - cancel: `POST /api/orders/<id>/cancel` `{ reason }` (cancelOrder, required reason) → the
 *   order status « Canceled »;
 * - ship: `POST /api/orders/<id>/shipments` `{ items, carrier, tracking_number,
 *   notifyCustomer }` (createShipment) → shipment « Shipped »;
 * - deliver: `POST /api/deliveries` `{ order_id }` (markDelivered) or
 *   `POST /api/shipments/<uuid>/markDelivered` → « Delivered »;
 * - tracking: `PATCH /api/orders/<order_id>/shipments/<shipment_id>` `{ carrier,
 *   tracking_number }` (updateShipment).
 * Status names are EverShop's (oms/bootstrap.ts). A failure answers `{ error: { message } }`
 * (400/500) and is not a change. Same event as PrestaShop's order-status detector.
 */
import { settingsChanged } from '../lib/events.ts';
import { text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { DerivedEvent } from '../types.ts';
import { answerError } from './lib.ts';

const CANCEL = /\/api\/orders\/([\w-]+)\/cancel\/?$/i;
const SHIP = /\/api\/orders\/([\w-]+)\/shipments\/?$/i;
const TRACKING = /\/api\/orders\/([\w-]+)\/shipments\/([\w-]+)\/?$/i;
const DELIVER = /\/api\/deliveries\/?$/i;
const DELIVER_SHIPMENT = /\/api\/shipments\/([\w-]+)\/markDelivered\/?$/i;

export default registerDetector({
  id: 'commerce.order-status-api',
  adapter: 'commerce',
  description:
    'Order status changed through a back-office API (EverShop POST /api/orders/<id>/cancel {reason}, POST /api/orders/<id>/shipments {carrier, tracking_number}, POST /api/deliveries {order_id}, POST /api/shipments/<uuid>/markDelivered, PATCH /api/orders/<id>/shipments/<id> {tracking_number}); failures ({ error }) are not changes.',
  observes: ['request'],
  source: {
    product: 'EverShop',
    versions: ['2.2'],
    files: [
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/oms/api/cancelOrder/route.json#L1-L5',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/oms/api/cancelOrder/payloadSchema.json#L1-L15',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/oms/api/createShipment/route.json#L1-L5',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/oms/api/createShipment/payloadSchema.json#L1-L22',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/oms/api/markDelivered/route.json#L1-L5',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/oms/api/markShipmentDelivered/route.json#L1-L5',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/oms/api/updateShipment/route.json#L1-L5',
      'evershopcommerce/evershop@v2.2.1:packages/evershop/src/modules/oms/bootstrap.ts#L242-L303',
    ],
  },
  detect(request): DerivedEvent[] {
    if (!['POST', 'PATCH', 'PUT'].includes(request.method)) return [];
    if (answerError(request.response, request.status)) return [];
    const body = request.body ?? {};
    const status = (orderId: string | undefined, statusName: string, extra = {}) =>
      orderId ? settingsChanged('order-status', { orderIds: [orderId], statusName, ...extra }) : [];
    const cancel = CANCEL.exec(request.path);
    if (cancel && request.method === 'POST')
      return status(cancel[1], 'Canceled', { reason: text(body.reason)?.trim() });
    const ship = SHIP.exec(request.path);
    if (ship && request.method === 'POST')
      return [
        ...status(ship[1], 'Shipped'),
        ...settingsChanged('order-shipping', {
          orderId: ship[1],
          carrier: text(body.carrier),
          trackingNumber: text(body.tracking_number)?.trim(),
        }),
      ];
    if (DELIVER.test(request.path) && request.method === 'POST')
      return status(text(body.order_id), 'Delivered');
    const delivered = DELIVER_SHIPMENT.exec(request.path);
    if (delivered && request.method === 'POST')
      return settingsChanged('order-status', { shipmentIds: [delivered[1]], statusName: 'Delivered' });
    const tracking = TRACKING.exec(request.path);
    if (tracking && request.method !== 'POST')
      return settingsChanged('order-shipping', {
        orderId: tracking[1],
        shipmentId: tracking[2],
        carrier: text(body.carrier),
        trackingNumber: text(body.tracking_number)?.trim(),
      });
    return [];
  },
});
