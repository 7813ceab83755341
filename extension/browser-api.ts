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
 *
 * The overlay's content script (the folded tab, on every page of the reference site) leaves
 * the polyfill out of its bundle — a third of it, parsed on every page load (issue 19): what
 * it calls (`storage.local.get`, `storage.onChanged`, `runtime.sendMessage`, `runtime.id`)
 * returns promises on Chromium's own `chrome` in Manifest V3, and a failure the background
 * reports through the polyfill arrives as a response without `ok`, which it treats as one.
 * `import.meta.env.ENTRYPOINT` is the entry being built (a constant: the other branch is
 * dropped).
 */
declare const require: (id: string) => unknown;
declare const chrome: unknown;

type Global = { browser?: { runtime?: { id?: string } } };

const native = (globalThis as Global).browser;
const api: unknown = native?.runtime?.id
  ? native
  : import.meta.env.ENTRYPOINT === 'overlay'
    ? chrome
    : require('webextension-polyfill/dist/browser-polyfill.js');

export default api;
