// Cart arithmetic. Amounts are integer cents throughout to avoid rounding drift.
import { checkVoucher, customerKey } from './vouchers.mjs';

export const FREE_SHIPPING_FROM = 4900;
export const SHIPPING_COST = 490;
export const MAX_LINE_QUANTITY = 99;

export function productById(data, id) {
  const wanted = Number(id);
  return data.products.find((p) => p.id === wanted) ?? null;
}

/**
 * Lines, subtotal, voucher, shipping and total for a session's cart. A previously accepted
 * voucher is re-checked every time, since the cart or the voucher may have changed since.
 */
export function cartSummary(store, session, { email } = {}) {
  const data = store.data;
  const lines = (session?.cart ?? [])
    .map((line) => {
      const product = productById(data, line.productId);
      return product && { product, qty: line.qty, total: product.price * line.qty };
    })
    .filter(Boolean);
  const subtotal = lines.reduce((sum, line) => sum + line.total, 0);
  const itemCount = lines.reduce((sum, line) => sum + line.qty, 0);

  let voucher = null;
  let voucherProblem = null;
  let discount = 0;
  if (session?.voucherCode) {
    const check = checkVoucher(data.vouchers, session.voucherCode, {
      subtotal,
      customer: customerKey(session, email),
      now: store.now(),
    });
    if (check.ok) {
      voucher = check.voucher;
      discount = check.discount;
    } else {
      voucherProblem = check.reason;
    }
  }
  const afterDiscount = subtotal - discount;
  const shipping = lines.length === 0 || afterDiscount >= FREE_SHIPPING_FROM ? 0 : SHIPPING_COST;
  return {
    lines,
    itemCount,
    subtotal,
    voucher,
    voucherProblem,
    discount,
    shipping,
    total: afterDiscount + shipping,
  };
}
