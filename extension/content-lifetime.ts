/**
 * A content script's lifetime as only the extension can end it.
 *
 * WXT's context (`ctx`) also ends when an event on the document announces « a newer copy of
 * this script started »: an event whose name is built from the extension's public id, which
 * the page can dispatch. A candidate's page script could so switch Témoin's scripts off (the
 * capture, the overlay's timer and subject). This signal aborts only when the extension's own
 * context is gone (`runtime.id` unset: the extension was reloaded, updated or removed), never
 * on the page's word. After a forged event WXT's `ctx` is spent: use this signal, and plain
 * `addEventListener(…, { signal })`, instead of `ctx.signal`, `ctx.onInvalidated`,
 * `ctx.addEventListener` and `ctx.setTimeout`.
 */
import { browser } from 'wxt/browser';

export interface InvalidationSource {
  onInvalidated(callback: () => void): unknown;
}

export const extensionLifetime = (
  ctx: InvalidationSource,
  extensionAlive: () => boolean = () => browser.runtime?.id != null,
): AbortSignal => {
  const lifetime = new AbortController();
  ctx.onInvalidated(() => {
    if (extensionAlive()) return; // the page's word, not the extension's: keep going
    lifetime.abort();
  });
  return lifetime.signal;
};
