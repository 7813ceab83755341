#!/usr/bin/env node
/**
 * The quick start's main job: builds the extension (Chromium and Firefox) with its grid editor,
 * starts the demo reference site, and — when a display exists — opens Chromium with the
 * extension loaded and the demo site set as the reference origin. Without a display it prints
 * the URLs and the folder to load. Ctrl+C stops everything.
 *
 *   npm run demo [-- --port 4300] [-- --no-build]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startDemoSite } from '../tests/sites/demo/app.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4300' },
    'no-build': { type: 'boolean', default: false },
  },
});

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const site = await startDemoSite({ port: Number(values.port) });
const origin = `http://127.0.0.1:${site.port}`;
const chromeDir = join(root, '.output/chrome-mv3');
const firefoxDir = join(root, '.output/firefox-mv3');
const subjects = join(root, 'demo/subjects');

console.log(`
Témoin — démo / demo
  Site de démonstration (référence) : ${origin}/
  Back-office : ${origin}/admin  (admin / demo-admin)
  Extension Chromium : ${chromeDir}
  Extension Firefox  : ${firefoxDir}
  Sujets de démonstration : ${subjects}
`);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (process.env.DISPLAY && existsSync(chromium)) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: false,
    pipe: true,
    enableExtensions: true,
    defaultViewport: null,
    userDataDir: mkdtempSync(join(tmpdir(), 'temoin-demo-')),
    args: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const id = await browser.installExtension(chromeDir);
  const options = await browser.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  const input = await options.waitForSelector('[data-testid=reference-origin]');
  await input.click({ count: 3 });
  await input.type(origin);
  await options.click('[data-testid=save-settings]');
  const site = await browser.newPage();
  await site.goto(`${origin}/`);
  console.log(
    `Chromium est ouvert avec Témoin ; la session se lance depuis chrome-extension://${id}/popup.html`,
  );
  browser.on('disconnected', () => process.exit(0));
} else {
  console.log(`Pas d’écran : chargez l’extension dans Chromium (chrome://extensions → « Charger l’extension non empaquetée » → ${chromeDir})
ou dans Firefox (about:debugging → « Charger un module temporaire » → ${firefoxDir}/manifest.json),
puis indiquez ${origin} comme origine du site de référence dans les réglages de Témoin.
No display: load the extension as above, then set ${origin} as the reference origin.`);
}

const stop = async () => {
  await site.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
