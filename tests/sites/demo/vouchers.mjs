// Voucher (bon de réduction) rules, shared by the cart, the checkout and the back office.
import { formatDate, formatPrice } from './html.mjs';

export function normalizeCode(code) {
  return String(code ?? '')
    .trim()
    .toUpperCase();
}

/** Codes are matched case-insensitively, as shop back offices do. */
export function findVoucher(vouchers, code) {
  const wanted = normalizeCode(code);
  return wanted ? (vouchers.find((v) => normalizeCode(v.code) === wanted) ?? null) : null;
}

/** The per-customer usage key: the e-mail once known, else the browser session. */
export function customerKey(session, email) {
  const known = email || session?.customerEmail;
  return known ? `email:${known.trim().toLowerCase()}` : `session:${session?.id ?? 'anonyme'}`;
}

export function voucherDiscount(voucher, subtotal) {
  if (voucher.reductionType === 'percent') return Math.round((subtotal * voucher.reductionValue) / 100);
  return Math.min(voucher.reductionValue, subtotal);
}

export function describeReduction(voucher) {
  return voucher.reductionType === 'percent'
    ? `-${voucher.reductionValue} %`
    : `-${formatPrice(voucher.reductionValue)}`;
}

/**
 * Checks every rule a shop applies before accepting a code: existence, validity window,
 * total quantity left, per-customer limit and minimum amount.
 * Returns `{ ok: true, voucher, discount }` or `{ ok: false, reason }` (French).
 */
export function checkVoucher(vouchers, code, { subtotal, customer, now }) {
  const voucher = findVoucher(vouchers, code);
  const shown = normalizeCode(code);
  if (!voucher) return { ok: false, reason: `Le code « ${shown} » n’existe pas.` };
  const today = now.toISOString().slice(0, 10);
  if (today < voucher.validFrom) {
    return {
      ok: false,
      voucher,
      reason: `Le code « ${shown} » ne sera valable qu’à partir du ${formatDate(voucher.validFrom)}.`,
    };
  }
  if (today > voucher.validTo) {
    return { ok: false, voucher, reason: `Le code « ${shown} » a expiré le ${formatDate(voucher.validTo)}.` };
  }
  if (voucher.used >= voucher.quantity) {
    return {
      ok: false,
      voucher,
      reason: `Le code « ${shown} » a atteint son nombre maximal d’utilisations.`,
    };
  }
  if ((voucher.usage[customer] ?? 0) >= voucher.quantityPerCustomer) {
    return {
      ok: false,
      voucher,
      reason: `Vous avez déjà utilisé le code « ${shown} » le nombre de fois autorisé.`,
    };
  }
  if (subtotal <= 0) return { ok: false, voucher, reason: 'Votre panier est vide.' };
  if (subtotal < voucher.minimumAmount) {
    return {
      ok: false,
      voucher,
      reason: `Le code « ${shown} » nécessite un montant minimum de ${formatPrice(voucher.minimumAmount)}.`,
    };
  }
  return { ok: true, voucher, discount: voucherDiscount(voucher, subtotal) };
}

export function recordVoucherUse(voucher, customer) {
  voucher.used += 1;
  voucher.usage[customer] = (voucher.usage[customer] ?? 0) + 1;
}
