import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Hosts granted at install time: loopback only, where single-machine centres and tests run the
// reference site. Any other reference origin is asked for at run time (optional_host_permissions),
// so the extension never holds permission for every site. See docs/adr/0002-host-permissions.md.
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Témoin',
    description:
      "Assistant d'évaluation de l'épreuve pratique E5 (BTS NDRC) — Evaluation assistant for E5 practical exams",
    default_locale: undefined,
    // webNavigation: leaving the allowed origins is recorded (origin only) during a session.
    permissions: ['storage', 'unlimitedStorage', 'downloads', 'webRequest', 'scripting', 'webNavigation'],
    host_permissions: LOOPBACK_HOSTS,
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions: origins go in optional_permissions.
          optional_permissions: ['http://*/*', 'https://*/*'],
          browser_specific_settings: { gecko: { id: 'temoin@temoin.example', strict_min_version: '128.0' } },
          // MV2 has no main-world content scripts: the network hook is injected from the page
          // (extension/entrypoints/main-world-hook.ts). MV2 keeps no `matches`: WXT flattens it.
          web_accessible_resources: [{ resources: ['main-world-hook.js'], matches: LOOPBACK_HOSTS }],
        }
      : {}),
  }),
});
