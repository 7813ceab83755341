/**
 * What `wxt/browser` gives (through `@wxt-dev/webextension-polyfill`), without the cost of its
 * ES-module interop on every page: importing the CommonJS polyfill made the bundler copy every
 * property of the extension API object onto a new one (`__toESM`) when each content script
 * started, which made the browser build every API namespace the script may see (`scripting`,
 * `i18n`…), used or not — the capture's largest self time per page load (docs/benchmarks).
 *
 * Same object as the polyfill's: the browser's own `browser` where it has one (Firefox, recent
 * Chromium), else the polyfill's promise wrapper of `chrome`, loaded only then. wxt.config.ts
 * points the `webextension-polyfill` import here.
 */
declare const require: (id: string) => unknown;

type Global = { browser?: { runtime?: { id?: string } } };

const native = (globalThis as Global).browser;
const api: unknown = native?.runtime?.id ? native : require('webextension-polyfill/dist/browser-polyfill.js');

export default api;
