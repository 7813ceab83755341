/**
 * Any shop: a generic set of detectors over common e-commerce patterns (JSON cart and
 * checkout APIs, coupon fields, schema.org Product/Order markup, order confirmation pages,
 * admin product and coupon APIs). Always on, and consulted only when no specific adapter
 * recognised an observation. Proven on EverShop 2.2 (tests/sites/evershop).
 */
import { registerAdapter } from '../registry.ts';

export default registerAdapter({
  id: 'commerce',
  label: 'Boutique (générique)',
  generic: true,
  detectSite: ({ markup }) =>
    markup?.jsonLd?.some((item) => item.type === 'Product' || item.type === 'Offer' || item.type === 'Order')
      ? 0.6
      : 0.1,
});
