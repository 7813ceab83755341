import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.customer-message', () => {
  const { observations } = loadFixture('prestashop/back-office.json');
  const results = derivePerObservation(observations, ['prestashop']);

  it('reads a customer-service reply with its text', () => {
    expect(results[5]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'customer-service',
          changes: {
            threadId: '4',
            message: 'Bonjour Madame Durand, votre colis est parti ce matin. Bonne dégustation !',
            length: 74,
            words: 11,
          },
        },
      },
    ]);
  });

  it('reads an order message shown to the customer', () => {
    expect(results[6]![0]!.data).toEqual({
      area: 'order-message',
      changes: {
        orderId: '7',
        message: 'Votre commande sera expédiée lundi.',
        length: 35,
        words: 5,
        visibleToCustomer: true,
      },
    });
  });
});
