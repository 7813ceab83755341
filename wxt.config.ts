import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CHROMIUM_PUBLIC_KEY, GECKO_ID } from './extension/identity.ts';

const ROOT = dirname(fileURLToPath(import.meta.url));

// Hosts granted at install time: loopback only, where single-machine centres and tests run the
// reference site. Any other reference origin is asked for at run time (optional_host_permissions),
// so the extension never holds permission for every site. See docs/adr/0002-host-permissions.md.
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  srcDir: 'extension',
  // TEMOIN_BUILD_DIR: the packaging test builds into a folder of its own.
  outDir: process.env.TEMOIN_BUILD_DIR ?? '.output',
  publicDir: 'extension/public',
  // Manifest V3 in both browsers (docs/adr/0004-manifest-v3-everywhere.md).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // TEMOIN_UNMINIFIED=1: readable function names in the capture benchmark's profiles.
  vite: () => ({
    plugins: [preact()],
    // The polyfill's CommonJS module without the interop copy of the API (extension/browser-api.ts).
    resolve: {
      alias: [{ find: /^webextension-polyfill$/, replacement: resolve(ROOT, 'extension/browser-api.ts') }],
    },
    ...(process.env.TEMOIN_UNMINIFIED ? { build: { minify: false } } : {}),
  }),
  zip: {
    // Firefox's add-on review rebuilds from this archive: the sources, not tests' artefacts.
    excludeSources: ['.keys/**', 'tests/e2e/.artifacts/**', '.scratch/**', 'coverage/**'],
  },
  hooks: {
    // WXT takes the button's tooltip from popup.html's <title>; the store wants it localised.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      if (manifest.sidebar_action) manifest.sidebar_action.default_title = '__MSG_sidePanelTitle__';
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: { default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' } },
    // webNavigation: leaving the allowed origins is recorded (origin only) during a session.
    permissions: ['storage', 'unlimitedStorage', 'downloads', 'webRequest', 'scripting', 'webNavigation'],
    host_permissions: LOOPBACK_HOSTS,
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // MAIN-world content scripts (the network hook) need Firefox 128.
              strict_min_version: '128.0',
              // Evidence leaves the workstation only as the examiner's export or to the
              // centre's own station; Firefox asks the user to accept these categories.
              data_collection_permissions: {
                required: ['personallyIdentifyingInfo', 'websiteActivity', 'websiteContent'],
              },
            },
          },
        }
      : {
          // A stable extension id whatever folder it is loaded from (policies name it).
          key: CHROMIUM_PUBLIC_KEY,
          // The centre's policy configures Témoin through this schema (docs/centre/).
          storage: { managed_schema: 'managed-schema.json' },
          minimum_chrome_version: '128',
        }),
  }),
});
