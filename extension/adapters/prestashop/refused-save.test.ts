import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.refused-save', () => {
  const { observations } = loadFixture('prestashop/refusals.json');
  const results = derivePerObservation(observations, ['prestashop']);

  it('never reports a refused cart rule as created', () => {
    expect(results[0]).toEqual([]);
    expect(results.flat().some((event) => event.kind === 'commerce.voucherCreated')).toBe(false);
  });

  it('records the refused cart rule as an attempt with the page’s reason', () => {
    expect(results[1]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'save-refused',
          changes: {
            target: 'cart-rule',
            code: 'ETE10',
            name: 'Été 2026',
            reason: 'The voucher cannot end before it begins.',
          },
        },
      },
    ]);
  });

  it('records a refusal whose page shows no message, without a reason', () => {
    expect(results[3]).toEqual([
      {
        kind: 'settings.changed',
        data: { area: 'save-refused', changes: { target: 'catalog-price-rule', name: 'Soldes' } },
      },
    ]);
  });

  it('says nothing on a page that follows no refused save', () => {
    expect(results[4]).toEqual([]);
  });
});
