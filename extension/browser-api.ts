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
 * The overlay's content script (the folded tab, on every page of the reference site) and the
 * full overlay it injects (`overlay-app`: the panel, or the chip on every page while the side
 * panel is open) leave the polyfill out of their bundles — a third of the tab's, parsed on every
 * page load (issue 19): what they call (`storage.local.get`/`set`, `storage.onChanged`,
 * `runtime.sendMessage`, `runtime.id`) returns promises on Chromium's own `chrome` in Manifest
 * V3, and a failure the background reports through the polyfill arrives as a response without
 * `ok`, which they treat as one.
 * `import.meta.env.ENTRYPOINT` is the entry being built (a constant: the other branch is
 * dropped).
 */
declare const require: (id: string) => unknown;
declare const chrome: unknown;

type Global = { browser?: { runtime?: { id?: string } } };

const native = (globalThis as Global).browser;
const api: unknown = native?.runtime?.id
  ? native
  : import.meta.env.ENTRYPOINT === 'overlay' || import.meta.env.ENTRYPOINT === 'overlay-app'
    ? chrome
    : require('webextension-polyfill/dist/browser-polyfill.js');

export default api;
