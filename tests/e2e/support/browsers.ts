/**
 * Launches Debian's Chromium or Firefox ESR with the built extension loaded, headless, on a
 * closed network. Every end-to-end test goes through here, so both browsers run the same tests.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '../../../extension/identity.ts';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSERS: BrowserName[] = (process.env.TEMOIN_E2E_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');

const ROOT = resolve(import.meta.dirname, '../../..');
/** Built extensions; `TEMOIN_OUTPUT_DIR` points elsewhere (e.g. a copy while `.output/` is rebuilt). */
const OUTPUT = process.env.TEMOIN_OUTPUT_DIR ?? join(ROOT, '.output');
export const EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: join(OUTPUT, 'chrome-mv3'),
  firefox: join(OUTPUT, 'firefox-mv3'),
};
const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

/** Firefox gives each add-on a random UUID per profile; we pin it so page URLs are known. */
const FIREFOX_ADDON_ID = GECKO_ID;
/** How long a browser may take to close before it is killed. */
const CLOSE_TIMEOUT_MS = 20_000;
const FIREFOX_ADDON_UUID = '6f1c2a34-5b7d-4e8f-9a0b-1c2d3e4f5a6b';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

export interface ExtensionBrowser {
  name: BrowserName;
  browser: Browser;
  profileDir: string;
  /** Where downloads (exported bundles) land. */
  downloadsDir: string;
  /** Absolute URL of an extension page, e.g. `pageUrl('options.html')`. */
  pageUrl(path: string): string;
  newPage(): Promise<Page>;
  /** Opens an extension page in a new tab and waits until its document is loaded. */
  openPage(path: string): Promise<Page>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (to test what survives a restart). */
  profileDir?: string;
  /** More Chromium switches (the capture benchmark keeps a tab in one renderer). */
  chromiumArgs?: string[];
  /** Another install of the browser (the policy test's copy with a `distribution/` folder). */
  executablePath?: string;
  /** The extension is installed by policy, not by the test (Firefox only). */
  installedByPolicy?: boolean;
  /** More Firefox preferences. */
  firefoxPrefs?: Record<string, unknown>;
}

export const launchWithExtension = async (
  name: BrowserName,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> => {
  const extensionDir = EXTENSION_DIRS[name];
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`The ${name} extension is not built in ${extensionDir}: run \`npm run build\` first.`);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), `temoin-${name}-`));
  const downloadsDir = `${profileDir}-downloads`;
  mkdirSync(downloadsDir, { recursive: true });
  let browser: Browser;
  let base: string;
  if (name === 'chromium') {
    // Downloads land in a known folder under the name the extension chose (CDP's download
    // behaviour would rename them to GUIDs).
    const preferences = join(profileDir, 'Default', 'Preferences');
    if (!existsSync(preferences)) {
      mkdirSync(join(profileDir, 'Default'), { recursive: true });
      writeFileSync(
        preferences,
        JSON.stringify({
          download: { default_directory: downloadsDir, prompt_for_download: false, directory_upgrade: true },
        }),
      );
    }
    browser = await puppeteer.launch({
      executablePath: options.executablePath ?? EXECUTABLES.chromium,
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir: profileDir,
      args: [...CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])],
    });
    const id = await browser.installExtension(extensionDir);
    // The manifest's key fixes the id whatever the folder: policies and centres rely on it.
    if (id !== CHROMIUM_EXTENSION_ID) throw new Error(`Témoin loaded as ${id}, not ${CHROMIUM_EXTENSION_ID}`);
    base = `chrome-extension://${id}/`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath ?? EXECUTABLES.firefox,
      headless: true,
      enableExtensions: true,
      userDataDir: profileDir,
      // WebDriver BiDi refuses to navigate to moz-extension:// pages without this flag.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_ADDON_UUID }),
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        // The add-on is installed anew at each launch (tests relaunch a profile to check that a
        // session survives a restart): keep its UUID and storage across the reinstall.
        'extensions.webextensions.keepStorageOnUninstall': true,
        'extensions.webextensions.keepUuidOnUninstall': true,
        'browser.download.dir': downloadsDir,
        'browser.download.folderList': 2,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        ...options.firefoxPrefs,
      },
    });
    if (!options.installedByPolicy) await browser.installExtension(extensionDir);
    base = `moz-extension://${FIREFOX_ADDON_UUID}/`;
  }
  return {
    name,
    browser,
    profileDir,
    downloadsDir,
    pageUrl: (path) => new URL(path, base).href,
    newPage: () => browser.newPage(),
    async openPage(path) {
      const page = await browser.newPage();
      const url = new URL(path, base).href;
      if (name === 'chromium') {
        await page.goto(url);
        return page;
      }
      // Firefox loads extension pages in another process: BiDi never reports the navigation's
      // end, although the document loads. Start it and wait for the document itself.
      void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
      // An evaluation that races the process switch can fail inside BiDi (« right-hand side of
      // 'in' should be an object »): try again until the document is there or time is up.
      const deadline = Date.now() + 30_000;
      for (;;) {
        try {
          await page.waitForFunction(
            (prefix: string) => location.href.startsWith(prefix) && document.readyState === 'complete',
            { timeout: Math.max(1_000, deadline - Date.now()), polling: 100 },
            base,
          );
          break;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
      return page;
    },
    async close({ keepProfile = false } = {}) {
      // A browser that does not close within its time is killed: a hung close must not outlive
      // its test file (the next file would start while this browser still holds its state).
      let timer: ReturnType<typeof setTimeout> | undefined;
      const closed = await Promise.race([
        browser.close().then(
          () => true,
          () => true,
        ),
        new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), CLOSE_TIMEOUT_MS);
        }),
      ]);
      clearTimeout(timer);
      if (!closed) browser.process()?.kill('SIGKILL');
      if (!keepProfile && !options.profileDir) {
        rmSync(profileDir, { recursive: true, force: true });
        rmSync(downloadsDir, { recursive: true, force: true });
      }
    },
  };
};
