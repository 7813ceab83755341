import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.customer', () => {
  const back = derivePerObservation(loadFixture('prestashop/catalog-orders-customers.json').observations, [
    'prestashop',
  ]);
  const front = derivePerObservation(loadFixture('prestashop/front-checkout.json').observations, [
    'prestashop',
  ]);

  it('reads a customer created in the back office, never the password', () => {
    expect(back[8]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'customer',
          changes: {
            customerId: 'new',
            firstname: 'Claire',
            lastname: 'Durand',
            email: 'claire.durand@example.org',
            defaultGroupId: '3',
            groupIds: ['3'],
            enabled: true,
            partnerOffers: false,
          },
        },
      },
    ]);
    expect(JSON.stringify(back[8])).not.toMatch(/password|masqué/);
  });

  it('reads the newsletter switched from the list', () => {
    expect(back[9]![0]!.data).toEqual({
      area: 'customer-newsletter',
      changes: { customerId: '12', toggled: true },
    });
  });

  it('reads a front newsletter signup, not one the module refused', () => {
    expect(front[2]).toEqual([
      { kind: 'settings.changed', data: { area: 'newsletter-signup', changes: { subscribe: true } } },
    ]);
    expect(front[3]).toEqual([]);
  });
});
