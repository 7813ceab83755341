/**
 * A voucher (« bon de réduction ») created in the demo back office: `POST /admin/bons` with
 * `name`, `code` (upper-cased by the site), `reduction_type` percent|amount, `reduction_value`,
 * `quantity`, `quantity_per_customer`, `date_from`, `date_to`, `minimum_amount`; 303 to
 * `/admin/bons?cree=<CODE>` when created, 422 otherwise.
 */

import { normaliseCode } from '../lib/commerce.ts';
import { amount, clip, compact, failed, integer, submissionOf, text } from '../lib/fields.ts';
import { registerDetector } from '../registry.ts';
import type { PayloadOf } from '../types.ts';

export default registerDetector({
  id: 'demo.voucher-form',
  adapter: 'demo',
  description:
    'Voucher created on the demo site: POST /admin/bons with name, code, reduction_type (percent|amount), reduction_value, quantity, quantity_per_customer, date_from, date_to, minimum_amount (422 = refused).',
  observes: ['request', 'form'],
  source: {
    product: 'Demo site',
    versions: ['0.1'],
    files: [
      'tests/sites/demo/pages/admin-shop.mjs (voucherForm, voucherCreate)',
      'tests/sites/demo/vouchers.mjs',
    ],
  },
  detect(observation, context) {
    const submission = submissionOf(observation, context);
    if (submission?.method !== 'POST' || failed(submission)) return [];
    if (!/^\/admin\/bons\/?$/.test(submission.path)) return [];
    const { fields } = submission;
    const code = text(fields.code);
    if (!code?.trim()) return [];
    const type = text(fields.reduction_type);
    const value = amount(fields.reduction_value);
    const minimum = amount(fields.minimum_amount);
    const date = (key: string) =>
      text(fields[key])?.trim() ? clip(text(fields[key])!.trim(), 500) : undefined;
    const data: PayloadOf<'commerce.voucherCreated'> = compact({
      code: clip(normaliseCode(code), 500),
      name: text(fields.name)?.trim() ? clip(text(fields.name)!.trim(), 500) : undefined,
      reductionPercent: type === 'percent' ? value : undefined,
      reductionAmount: type === 'amount' ? value : undefined,
      quantity: integer(fields.quantity),
      quantityPerUser: integer(fields.quantity_per_customer),
      validFrom: date('date_from'),
      validTo: date('date_to'),
      minimumAmount: minimum ? minimum : undefined,
    });
    return [{ kind: 'commerce.voucherCreated', data }];
  },
});
