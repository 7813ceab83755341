import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';
import type { RequestObservation } from '../types.ts';

describe('prestashop.specific-price', () => {
  const { observations } = loadFixture('prestashop/back-office.json');
  const results = derivePerObservation(observations, ['prestashop']);

  it('reads a product specific price from the 1.7.8 product page', () => {
    expect(results[1]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'specific-price',
          changes: {
            productId: '21',
            reduction: 15,
            reductionType: 'percentage',
            fromQuantity: 1,
            from: '2026-06-01',
            to: '2026-06-30',
            groupId: '3',
          },
        },
      },
    ]);
  });

  it('reads a catalog price rule', () => {
    expect(results[2]![0]!.data).toEqual({
      area: 'catalog-price-rule',
      changes: {
        name: 'Soldes d’été',
        reduction: 20,
        reductionType: 'percentage',
        fromQuantity: 1,
        from: '2026-07-01 00:00:00',
        to: '2026-07-31 23:59:59',
        groupId: '0',
      },
    });
  });

  it('never reads the pre-filled block of a 1.7.8 product save as a price rule', () => {
    const product = loadFixture('prestashop/product-17.json').observations;
    const events = derivePerObservation(product, ['prestashop']).flat();
    expect(events.filter((event) => event.kind === 'settings.changed')).toEqual([]);
    expect(events.map((event) => event.kind)).toEqual(['commerce.productSaved']);
  });

  const request = (path: string, body: Record<string, unknown>, status = 200): RequestObservation => ({
    type: 'request',
    method: 'POST',
    path,
    query: {},
    body,
    status,
    url: `http://127.0.0.1:8080${path}`,
    time: 1,
  });

  it('reads a 1.7.8 specific price edited in its modal', () => {
    const [events] = derivePerObservation(
      [
        request('/admin123/index.php/sell/catalog/products/specific-prices/update/9', {
          'form[id_product]': '21',
          'form[modal][sp_id_group]': '3',
          'form[modal][sp_from_quantity]': '2',
          'form[modal][sp_reduction]': '5',
          'form[modal][sp_reduction_type]': 'amount',
          'form[modal][sp_from]': '',
          'form[modal][sp_to]': '',
        }),
      ],
      ['prestashop'],
    );
    expect(events![0]!.data).toEqual({
      area: 'specific-price',
      changes: {
        productId: '21',
        specificPriceId: '9',
        reduction: 5,
        reductionType: 'amount',
        fromQuantity: 2,
        groupId: '3',
      },
    });
  });

  it('reads the 8.x modal: impact, groups, dates', () => {
    const [events] = derivePerObservation(
      [
        request(
          '/admin123/index.php/sell/catalog/products-v2/21/specific-prices/create',
          {
            'specific_price[product_id]': '21',
            'specific_price[groups][currency_id]': '0',
            'specific_price[groups][country_id]': '0',
            'specific_price[groups][group_id]': '3',
            'specific_price[customer]': '',
            'specific_price[from_quantity]': '1',
            'specific_price[date_range][from]': '2026-06-01',
            'specific_price[date_range][to]': '2026-06-30',
            'specific_price[impact][disabling_switch_reduction]': '1',
            'specific_price[impact][reduction][type]': 'percentage',
            'specific_price[impact][reduction][value]': '15',
            'specific_price[impact][disabling_switch_fixed_price_tax_excluded]': '0',
            'specific_price[_token]': '[masqué]',
          },
          302,
        ),
      ],
      ['prestashop'],
    );
    expect(events![0]!.data).toEqual({
      area: 'specific-price',
      changes: {
        productId: '21',
        reduction: 15,
        reductionType: 'percentage',
        fromQuantity: 1,
        from: '2026-06-01',
        to: '2026-06-30',
        groupId: '3',
      },
    });
  });

  it('ignores the old invented 8.x shape specific_price[reduction][value]', () => {
    const [events] = derivePerObservation(
      [
        request(
          '/admin123/index.php/sell/catalog/products-v2/21/specific-prices/create',
          { 'specific_price[reduction][value]': '15' },
          302,
        ),
      ],
      ['prestashop'],
    );
    expect(events).toEqual([]);
  });

  it('reads the conditions of a catalog price rule', () => {
    const rule = loadFixture('prestashop/back-office.json').observations[2] as RequestObservation;
    const [events] = derivePerObservation(
      [
        {
          ...rule,
          body: {
            ...rule.body,
            'condition_group_1[]': ['category_5', 'manufacturer_2'],
            'condition_group_2[]': ['feature_7'],
          },
        },
      ],
      ['prestashop'],
    );
    expect((events![0]!.data as { changes: Record<string, unknown> }).changes.conditionGroups).toEqual([
      [
        { type: 'category', id: '5' },
        { type: 'manufacturer', id: '2' },
      ],
      [{ type: 'feature', id: '7' }],
    ]);
  });
});
