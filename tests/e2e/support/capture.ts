/**
 * Helpers for the capture's end-to-end tests: a running session on the demo site, events
 * generated in the page, the exported bundle parsed and verified, IndexedDB read back.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { verifyChain } from '../../../shared/bundle/chain.ts';
import type { CaptureEvent } from '../../../shared/schema/event.ts';
import { parseJson } from '../../../shared/schema/index.ts';
import { type BrowserName, EXTENSION_DIRS, type ExtensionBrowser, launchWithExtension } from './browsers.ts';
import {
  DEMO_WORDPRESS,
  exportBundle,
  importSubject,
  openPopup,
  setUpCentre,
  startSession,
  waitForSessionState,
} from './session.ts';

// While developing, other builds may be running: a private copy of `.output/` can be used
// instead (TEMOIN_OUTPUT_DIR=/tmp/copy/.output). The committed tests use the normal build.
if (process.env.TEMOIN_OUTPUT_DIR) {
  EXTENSION_DIRS.chromium = join(process.env.TEMOIN_OUTPUT_DIR, 'chrome-mv3');
  EXTENSION_DIRS.firefox = join(process.env.TEMOIN_OUTPUT_DIR, 'firefox-mv3');
}

export const PIN = '482913';

export interface RunningSession {
  eb: ExtensionBrowser;
  popup: Page;
}

/** Launches the browser (or relaunches a profile), sets up the centre and starts a session. */
export const startCaptureSession = async (
  browserName: BrowserName,
  siteUrl: string,
  candidate = '13579',
): Promise<RunningSession> => {
  const eb = await launchWithExtension(browserName);
  await setUpCentre(eb, siteUrl, PIN);
  const popup = await openPopup(eb);
  await waitForSessionState(popup, 'idle');
  await importSubject(popup, DEMO_WORDPRESS);
  await startSession(popup, candidate, PIN);
  await waitForSessionState(popup, 'running');
  return { eb, popup };
};

/**
 * A tab on the reference site, large enough that the overlay covers none of its buttons. Waits
 * until the capture records there (its `nav.visited` is durable): it starts asynchronously,
 * and what happens before it does is not recorded.
 */
export const sitePage = async (session: RunningSession, url: string): Promise<Page> => {
  const before = await durableCount(session.popup);
  const page = await session.eb.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.goto(url);
  await page.bringToFront();
  await waitForDurableCount(session.popup, before + 1, 15_000);
  return page;
};

/** The durable event count the popup shows (the chain's sequence number). */
export const durableCount = async (popup: Page): Promise<number> =>
  Number(await popup.$eval('[data-testid=session-event-count]', (node) => node.textContent?.trim() ?? 'NaN'));

export const waitForDurableCount = async (popup: Page, atLeast: number, timeout = 60_000) => {
  await popup.waitForFunction(
    (n: number) => Number(document.querySelector('[data-testid=session-event-count]')?.textContent) >= n,
    { timeout, polling: 100 },
    atLeast,
  );
  return durableCount(popup);
};

/**
 * Adds a `<button type=button>` to the page and dispatches `count` synthetic clicks on it at
 * `perSecond`, renaming it `${prefix} ${i}` before each click so that every `ui.clicked`
 * event carries its rank. Resolves with the number of clicks once they are all dispatched.
 */
export const syntheticClickBurst = (page: Page, prefix: string, count: number, perSecond: number) =>
  page.evaluate(
    (prefix: string, count: number, perSecond: number) =>
      new Promise<number>((resolve) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.id = `burst-${prefix}`;
        document.body.append(button);
        let i = 0;
        const start = performance.now();
        const timer = setInterval(() => {
          const due = Math.min(count, Math.floor(((performance.now() - start) / 1000) * perSecond) + 1);
          for (; i < due; i += 1) {
            button.textContent = `${prefix} ${i}`;
            button.click();
          }
          if (i >= count) {
            clearInterval(timer);
            resolve(i);
          }
        }, 5);
      }),
    prefix,
    count,
    perSecond,
  );

/** The ranks of the `ui.clicked` events named `${prefix} <rank>`, in stored order. */
export const ranksOf = (events: readonly CaptureEvent[], prefix: string): number[] =>
  events.flatMap((event) => {
    if (event.kind !== 'ui.clicked') return [];
    const match = new RegExp(`^${prefix} (\\d+)$`).exec(String((event.data as { name: string }).name));
    return match ? [Number(match[1])] : [];
  });

export interface ExportedBundle {
  text: string;
  events: CaptureEvent[];
  chainOk: boolean;
}

/** Exports the session (running or ended) and verifies the bundle's schema and hash chain. */
export const exportAndVerify = async (eb: ExtensionBrowser, popup: Page): Promise<ExportedBundle> => {
  // Each export downloads a file of the same name: keep only the new one.
  if (existsSync(eb.downloadsDir))
    for (const name of readdirSync(eb.downloadsDir)) rmSync(join(eb.downloadsDir, name), { force: true });
  const { text } = await exportBundle(eb, popup);
  const parsed = parseJson('bundle', text);
  if (!parsed.ok) throw new Error(`bundle refused: ${JSON.stringify(parsed.problems).slice(0, 2000)}`);
  const bundle = parsed.value;
  const verdict = await verifyChain(bundle.events, bundle.chain.head);
  return { text, events: bundle.events, chainOk: verdict.ok };
};

/** Every store of the extension's `temoin` database, as JSON, read through an extension page. */
export const dumpExtensionDb = async (eb: ExtensionBrowser): Promise<string> => {
  const page = await eb.openPage('options.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const request = indexedDB.open('temoin');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const names = [...db.objectStoreNames];
            const out: Record<string, unknown> = {};
            const tx = db.transaction(names, 'readonly');
            for (const name of names) {
              const all = tx.objectStore(name).getAll();
              all.onsuccess = () => {
                out[name] = all.result;
              };
            }
            tx.oncomplete = () => {
              db.close();
              resolve(JSON.stringify(out));
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
};

/** The bytes of every file under the profile's IndexedDB folders for extension origins. */
export const profileIndexedDbFiles = (profileDir: string): { path: string; bytes: Buffer }[] => {
  const roots = [
    join(profileDir, 'Default', 'IndexedDB'), // Chromium: chrome-extension_<id>_0.indexeddb.leveldb
    join(profileDir, 'storage', 'default'), // Firefox: moz-extension+++<uuid>…/idb/*.sqlite
  ];
  const out: { path: string; bytes: Buffer }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = statSync(path, { throwIfNoEntry: false });
      if (!stat) continue;
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile()) out.push({ path, bytes: readFileSync(path) });
    }
  };
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root))
      if (name.startsWith('chrome-extension_') || name.startsWith('moz-extension')) walk(join(root, name));
  }
  return out;
};

/** Where a secret shows in some bytes: as typed, without spaces, in UTF-8 / Latin-1 / UTF-16. */
export const secretHits = (bytes: Buffer, secret: string): string[] => {
  const forms = new Set([secret, secret.replace(/\s+/g, '')]);
  const hits: string[] = [];
  for (const form of forms)
    for (const encoding of ['utf8', 'latin1', 'utf16le'] as const)
      if (bytes.includes(Buffer.from(form, encoding))) hits.push(`${form} (${encoding})`);
  return hits;
};

/** Kills the whole browser process group at once, as a crash or power cut would. */
export const killBrowser = async (browser: Browser) => {
  const child = browser.process();
  if (!child?.pid) throw new Error('no browser process to kill');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
  await exited;
  await browser.disconnect().catch(() => undefined);
};
