import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';
import type { RequestObservation } from '../types.ts';

describe('prestashop.order-state', () => {
  const { observations } = loadFixture('prestashop/shop-setup.json');
  const results = derivePerObservation(observations, ['prestashop']);

  it('reads a status created in the legacy AdminStatuses form (before 1.7.8), ticked boxes only', () => {
    expect(results[0]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'order-state',
          changes: {
            orderStateId: 'new',
            name: 'Préparation en atelier',
            color: '#32CD32',
            validated: true,
            invoice: false,
            hidden: false,
            sendEmail: true,
            attachInvoice: false,
            attachDeliverySlip: false,
            shipped: false,
            paid: true,
            inTransit: false,
            template: 'preparation',
          },
        },
      },
    ]);
  });

  it('reads a status created in the Symfony form (1.7.8.x and 8.x)', () => {
    expect(results[1]![0]!.data).toEqual({
      area: 'order-state',
      changes: {
        orderStateId: 'new',
        name: 'Expédié en point relais',
        color: '#8A2BE2',
        validated: true,
        invoice: false,
        hidden: false,
        sendEmail: true,
        attachInvoice: false,
        attachDeliverySlip: false,
        shipped: true,
        paid: true,
        inTransit: true,
        template: 'shipped',
      },
    });
  });

  it('records a refused edit (200, the form again) as an attempt with the page’s reason', () => {
    expect(results[2]).toEqual([]);
    expect(results[3]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'save-refused',
          changes: { target: 'order-state', name: 'Paiement accepté', reason: 'This name already exists.' },
        },
      },
    ]);
  });

  it('ignores the legacy list toggles and a legacy save PrestaShop refused', () => {
    const legacy = observations[0] as RequestObservation;
    const toggle: RequestObservation = {
      ...legacy,
      method: 'POST',
      query: { controller: 'AdminStatuses', id_order_state: '2', sendEmailorder_state: '', token: 'x' },
      body: {},
    };
    expect(derivePerObservation([toggle, { ...legacy, status: 200 }], ['prestashop'])).toEqual([[], []]);
  });

  it('keeps no template when no e-mail is sent (PrestaShop empties it)', () => {
    const legacy = observations[0] as RequestObservation;
    const { send_email_on: _sent, ...body } = legacy.body as Record<string, unknown>;
    const [events] = derivePerObservation([{ ...legacy, body }], ['prestashop']);
    const changes = (events![0]!.data as { changes: Record<string, unknown> }).changes;
    expect(changes.sendEmail).toBe(false);
    expect(changes).not.toHaveProperty('template');
  });
});
