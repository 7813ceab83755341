import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';
import type { RequestObservation } from '../types.ts';

describe('prestashop.cart-rule', () => {
  it('reads the voucher: code, percent, quantities, validity, minimum, group', () => {
    const { observations } = loadFixture('prestashop/back-office.json');
    const [created] = derivePerObservation(observations, ['prestashop']);
    expect(created).toEqual([
      {
        kind: 'commerce.voucherCreated',
        data: {
          code: 'ETE10',
          name: 'Été 2026',
          reductionPercent: 10,
          quantity: 100,
          quantityPerUser: 1,
          validFrom: '2026-06-01 00:00:00',
          validTo: '2026-08-31 23:59:59',
          minimumAmount: 30,
          customerGroup: '#3',
        },
      },
    ]);
  });

  it('reads free shipping, the discount target and product restrictions as conditions', () => {
    const created = loadFixture('prestashop/back-office.json').observations[0] as RequestObservation;
    const [events] = derivePerObservation(
      [
        {
          ...created,
          body: {
            ...created.body,
            free_shipping: '1',
            apply_discount_to: 'cheapest',
            product_restriction: '1',
            'product_rule_group[]': ['1'],
            product_rule_group_1_quantity: '2',
            'product_rule_1[]': ['1'],
            product_rule_1_1_type: 'categories',
            'product_rule_select_1_1[]': ['4', '5'],
          },
        },
      ],
      ['prestashop'],
    );
    expect(events!.map((event) => event.kind)).toEqual(['commerce.voucherCreated', 'settings.changed']);
    expect(events![1]!.data).toEqual({
      area: 'cart-rule-conditions',
      changes: {
        code: 'ETE10',
        freeShipping: true,
        applyDiscountTo: 'cheapest',
        productRestriction: [{ quantity: 2, rules: [{ type: 'categories', ids: ['4', '5'] }] }],
      },
    });
  });

  it('creates no voucher when PrestaShop re-renders the form (200)', () => {
    const created = loadFixture('prestashop/back-office.json').observations[0] as RequestObservation;
    expect(derivePerObservation([{ ...created, status: 200 }], ['prestashop'])).toEqual([[]]);
  });
});
