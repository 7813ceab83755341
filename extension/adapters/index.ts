/**
 * Site adapters: registers every adapter and detector (one import per module) and exports the
 * API the background uses. Adding a detector is adding its file and one import line here; the
 * meta-test fails until it is registered, documented and tested.
 */
import './wordpress/adapter.ts';
import './wordpress/rest-content.ts';
import './wordpress/media-alt.ts';
import './wordpress/comment-moderation.ts';
import './wordpress/comment-form.ts';
import './wordpress/comment-reply.ts';
import './wordpress/rest-comments.ts';
import './wordpress/settings-form.ts';
import './wordpress/settings-rest.ts';
import './wordpress/menus.ts';
import './wordpress/users.ts';
import './wordpress/post-form.ts';
import './prestashop/adapter.ts';
import './prestashop/product-form-17.ts';
import './prestashop/product-form-8.ts';
import './prestashop/cart-rule.ts';
import './prestashop/specific-price.ts';
import './prestashop/customer-group.ts';
import './prestashop/merchandise-return.ts';
import './prestashop/customer-message.ts';
import './prestashop/module-config.ts';
import './prestashop/search-alias.ts';
import './prestashop/carrier.ts';
import './prestashop/employee.ts';
import './prestashop/front-cart.ts';
import './prestashop/front-voucher.ts';
import './prestashop/order-confirmation.ts';
import './prestashop/refused-save.ts';
import './prestashop/category.ts';
import './prestashop/cms-page.ts';
import './prestashop/order-status.ts';
import './prestashop/customer.ts';
import './prestashop/shipping-preferences.ts';
import './prestashop/stock-movement.ts';
import './prestashop/checkout-step.ts';
import './prestashop/review-moderation.ts';
import './prestashop/thread-status.ts';
import './prestashop/order-state.ts';
import './prestashop/product-images.ts';
import './prestashop/product-combinations.ts';
import './demo/adapter.ts';
import './demo/posts-api.ts';
import './demo/comment-form.ts';
import './demo/comments-api.ts';
import './demo/product-form.ts';
import './demo/voucher-form.ts';
import './demo/settings-form.ts';
import './demo/cart-forms.ts';
import './demo/voucher-apply.ts';
import './demo/order-confirmation.ts';
import './demo/catalog-forms.ts';
import './commerce/adapter.ts';
import './commerce/cart-api.ts';
import './commerce/coupon-api.ts';
import './commerce/coupon-form.ts';
import './commerce/order-api.ts';
import './commerce/order-page.ts';
import './commerce/admin-product-api.ts';
import './commerce/admin-coupon-api.ts';
import './commerce/category-api.ts';
import './commerce/cms-page-api.ts';
import './commerce/order-status-api.ts';

export {
  createVoucherLinker,
  type EndStateCheck,
  endStateChecksFor,
  linkVoucherTests,
  type ReadEvidence,
  readEvidence,
  type StateEvidence,
  stateEvidence,
} from './end-state.ts';
export { type MarkupFacts, markupFactsFromHtml } from './markup.ts';
export { createMemory } from './memory.ts';
export { type ObservedEvent, observationOf } from './observe.ts';
export {
  type AdapterConfig,
  activeAdapters,
  deriveEvents,
  registeredAdapters,
  registeredDetectors,
} from './registry.ts';
export { seoSnapshotFromHtml } from './seo-html.ts';
export type * from './types.ts';
