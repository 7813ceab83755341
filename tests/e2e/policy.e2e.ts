/**
 * Issue 17: the centre's policy files (docs/centre/policies/) in the real browsers. Each
 * browser starts with the shipped policy, adapted to this machine (the demo site as reference
 * origin, a PIN hash the test knows, its own retention and export folder), and the test checks
 * that Témoin reads its configuration from managed storage, shows it locked, uses the managed
 * PIN, exports to the managed folder, and that the browser enforces the policy.
 *
 * - Chromium (Debian) reads policies only from /etc/chromium/policies/managed/: the test writes
 *   its file there and removes it afterwards (run under the browser lock, like every e2e). The
 *   extension is loaded unpacked, with the manifest's key, so the policy's extension id is its
 *   id; force-installing it (ExtensionInstallForcelist) would need a CRX signed with the
 *   maintainer's private key, which is not in the repository (docs/adr/0004): that part is
 *   checked by the self-test's « installed by policy » verdict being red with its reason.
 * - Firefox reads `distribution/policies.json` next to its binary: the test makes an instance
 *   of the installed Firefox ESR (hard links to /usr/lib/firefox-esr, plus its own distribution
 *   folder), whose policy force-installs the add-on from a local .xpi (ESR accepts an unsigned
 *   one with xpinstall.signatures.required off), so everything, installation included, is real.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatPinHash } from '../../extension/background/managed-sync.ts';
import { hashPin } from '../../extension/background/session/pin.ts';
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '../../extension/identity.ts';
import {
  BROWSERS,
  type BrowserName,
  EXTENSION_DIRS,
  type ExtensionBrowser,
  launchWithExtension,
} from './support/browsers.ts';
import { type DemoSite, startDemo } from './support/demo-site.ts';
import {
  DEMO_WORDPRESS,
  endSession,
  importSubject,
  openPopup,
  startSession,
  waitForSessionState,
} from './support/session.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PIN = '739251';
const RETENTION_DAYS = 12;
const EXPORT_FOLDER = 'Temoin-centre-e2e';
const CHROMIUM_POLICY_FILE = '/etc/chromium/policies/managed/temoin-e2e.json';
const FIREFOX_INSTALL = '/usr/lib/firefox-esr';

/**
 * Seen on Debian's Chromium 156: the 3rdparty configuration reaches the unpacked extension's
 * `storage.managed` seconds after its pages have loaded (a force-installed extension has it
 * from the start; force-installing needs the maintainer's signed CRX, ADR 0004). The options
 * page and its self-test follow the policy when it arrives, which is what is checked here.
 */
const shipped = (path: string) => JSON.parse(readFileSync(join(ROOT, 'docs/centre/policies', path), 'utf8'));

/** The centre's extension configuration, as the guide tells the technician to adapt it. */
const centreConfig = async (site: string) => ({
  referenceOrigins: [site],
  allowedOrigins: [],
  examinerPinHash: formatPinHash(await hashPin(PIN)),
  retentionDays: RETENTION_DAYS,
  exportFolder: EXPORT_FOLDER,
  lockedSettings: true,
  centreName: 'Lycée de test, centre E2E',
  contact: 'Chef de centre : ce.e2e@ac-test.fr',
});

const chromiumPolicy = async (site: string) => {
  const policy = shipped('chromium/temoin.json');
  // Force-install needs the maintainer's signed CRX (see the header); the rest is as shipped.
  delete policy.ExtensionInstallForcelist;
  delete policy.ExtensionSettings;
  policy['3rdparty'].extensions[CHROMIUM_EXTENSION_ID] = await centreConfig(site);
  // The centre's hosts become the test site; the rest of the allow list stays as shipped
  // (`blob:*`: without it the exports, saved from a blob URL, are blocked by `URLBlocklist`).
  const kept = (policy.URLAllowlist as string[]).filter(
    (entry) => !/^https?:|^chrome-extension:/.test(entry),
  );
  policy.URLAllowlist = [site, `chrome-extension://${CHROMIUM_EXTENSION_ID}`, ...kept];
  return policy;
};

const firefoxPolicy = async (site: string, xpi: string) => {
  const policy = shipped('firefox/policies.json');
  policy.policies.ExtensionSettings[GECKO_ID].install_url = `file://${xpi}`;
  policy.policies['3rdparty'].Extensions[GECKO_ID] = await centreConfig(site);
  // Match patterns carry no port; the .xpi the policy installs stays reachable.
  const { protocol, hostname } = new URL(site);
  policy.policies.WebsiteFilter.Exceptions = [`${protocol}//${hostname}/*`, `file://${xpi}`];
  return policy;
};

/** An instance of the installed Firefox ESR with its own distribution/policies.json. */
const firefoxInstance = (work: string, policy: object): string => {
  mkdirSync(work, { recursive: true });
  const copy = join(work, 'firefox-esr');
  // Hard links cost nothing; another file system (a separate /tmp) needs a real copy.
  try {
    execFileSync('cp', ['-al', FIREFOX_INSTALL, copy], { stdio: 'ignore' });
  } catch {
    rmSync(copy, { recursive: true, force: true });
    execFileSync('cp', ['-a', FIREFOX_INSTALL, copy]);
  }
  // The distribution folder is the instance's own (a hard-linked folder would be shared).
  rmSync(join(copy, 'distribution'), { recursive: true, force: true });
  mkdirSync(join(copy, 'distribution'));
  writeFileSync(join(copy, 'distribution', 'policies.json'), JSON.stringify(policy, null, 2));
  return join(copy, 'firefox-esr');
};

const selfTest = (page: Page) =>
  page.$$eval('[data-testid=self-test-item]', (items) =>
    Object.fromEntries(
      items.map((item) => [
        item.getAttribute('data-check'),
        { ok: item.getAttribute('data-ok'), text: item.textContent ?? '' },
      ]),
    ),
  );

/** Asks the background as the extension's own page does (runtime messaging). */
/** The extension API of the page's own runtime (`browser` in Firefox, `chrome` in Chromium). */
type ExtensionApi = {
  runtime: { sendMessage(message: object): Promise<unknown> };
  storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } };
};

const askBackground = (page: Page, message: object) =>
  page.evaluate(async (m: object) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    return (g.browser ?? g.chrome).runtime.sendMessage(m);
  }, message) as Promise<Record<string, unknown>>;

const readManaged = (page: Page) =>
  page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    return (g.browser ?? g.chrome).storage.managed.get(null);
  }) as Promise<Record<string, unknown>>;

/** Opens an extension page once the add-on is there (a policy installs it after start-up). */
const openWhenInstalled = async (eb: ExtensionBrowser, path: string, selector: string): Promise<Page> => {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const page = await eb.openPage(path).catch(() => null);
    if (page && (await page.waitForSelector(selector, { timeout: 5_000 }).catch(() => null))) return page;
    await page?.close().catch(() => undefined);
    if (Date.now() > deadline) throw new Error(`${path} never showed ${selector}: was the add-on installed?`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
};

/** Parts of the shipped policy a run may have to leave out (see `launch`). */
type Relaxed = 'devtools' | 'url-filter';
const RELAXABLE: Record<BrowserName, Record<Relaxed, string[]>> = {
  chromium: { devtools: ['DeveloperToolsAvailability'], 'url-filter': ['URLBlocklist', 'URLAllowlist'] },
  firefox: { devtools: ['DisableDeveloperTools'], 'url-filter': ['WebsiteFilter'] },
};

/**
 * Starts the browser with the policy. The automation itself speaks the DevTools protocol
 * (Chromium) or WebDriver BiDi (Firefox); a policy that closes developer tools may close that
 * door too, so when the browser cannot be driven with the whole policy the run retries without
 * the developer-tools switch, then without the URL filter, and says which parts it applied.
 */
const launch = async (
  browserName: BrowserName,
  site: DemoSite,
  work: string,
): Promise<{ eb: ExtensionBrowser; relaxed: Relaxed[] }> => {
  const attempts: Relaxed[][] = [[], ['devtools'], ['devtools', 'url-filter']];
  const failures: string[] = [];
  for (const [index, relaxed] of attempts.entries()) {
    const strip = (policy: Record<string, unknown>) => {
      for (const part of relaxed) for (const key of RELAXABLE[browserName][part]) delete policy[key];
      return policy;
    };
    try {
      if (browserName === 'chromium') {
        mkdirSync('/etc/chromium/policies/managed', { recursive: true });
        writeFileSync(CHROMIUM_POLICY_FILE, JSON.stringify(strip(await chromiumPolicy(site.url)), null, 2));
        return { eb: await launchWithExtension('chromium'), relaxed };
      }
      const xpi = join(work, 'temoin.xpi');
      if (!existsSync(xpi)) execFileSync('zip', ['-qr', xpi, '.'], { cwd: EXTENSION_DIRS.firefox });
      const policy = await firefoxPolicy(site.url, xpi);
      strip(policy.policies);
      const eb = await launchWithExtension('firefox', {
        executablePath: firefoxInstance(join(work, `attempt-${index}`), policy),
        installedByPolicy: true,
        firefoxPrefs: { 'xpinstall.signatures.required': false },
      });
      return { eb, relaxed };
    } catch (error) {
      failures.push(`without [${relaxed.join(', ')}]: ${String(error).slice(0, 200)}`);
    }
  }
  throw new Error(`the browser could not be driven under the policy: ${failures.join(' | ')}`);
};

/** Why a browser's policy run cannot happen on this machine, if it cannot. */
const unavailable = (browserName: BrowserName): string | null => {
  if (browserName === 'chromium' && process.getuid?.() !== 0)
    return 'Chromium reads policies only from /etc/chromium/policies/managed/, which needs root to write';
  if (browserName === 'firefox') {
    if (!existsSync(join(FIREFOX_INSTALL, 'firefox-esr'))) return `no Firefox ESR in ${FIREFOX_INSTALL}`;
    try {
      execFileSync('zip', ['-v'], { stdio: 'ignore' });
    } catch {
      return 'the `zip` command (Debian package zip) is needed to pack the .xpi the policy installs';
    }
  }
  return null;
};

describe.each(BROWSERS)('the centre’s policy in %s', (browserName) => {
  const reason = unavailable(browserName);
  if (reason) {
    // Skipped only where the machine cannot host a policy: Chromium without root (its policy
    // directory is /etc/chromium/policies/managed/), Firefox without Firefox ESR or `zip` (.ci/run
    // installs both and runs as root, so CI runs both halves). The reason is the test's name.
    it.skip(`cannot run here: ${reason}`, () => undefined);
    return;
  }
  let site: DemoSite;
  let eb: ExtensionBrowser;
  let relaxed: Relaxed[] = [];
  const work = mkdtempSync(join(tmpdir(), `temoin-policy-${browserName}-`));

  beforeAll(async () => {
    site = await startDemo();
    ({ eb, relaxed } = await launch(browserName, site, work));
    if (relaxed.length > 0)
      console.warn(
        `${browserName}: the policy ran without ${relaxed.join(', ')} (automation needs them open)`,
      );
  });
  afterAll(async () => {
    try {
      await eb?.close();
    } finally {
      // Chromium watches its policy folder: the file goes only once this browser is closed —
      // and goes whatever happened, or the next test file's Chromium would run under it.
      rmSync(CHROMIUM_POLICY_FILE, { force: true });
      await site?.close();
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('reads the centre’s settings from managed storage and shows them locked', async () => {
    const options = await openWhenInstalled(eb, 'options.html', '[data-testid=self-test]');
    // The browser hands the policy to the extension once its schema is registered: poll.
    let managed: Record<string, unknown> = {};
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      managed = await readManaged(options);
      if (Object.keys(managed).length > 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(managed).toMatchObject({
      referenceOrigins: [site.url],
      retentionDays: RETENTION_DAYS,
      exportFolder: EXPORT_FOLDER,
      lockedSettings: true,
    });
    // The options page shows the managed origin, locked; the self-test says why it is green.
    await options.waitForSelector('[data-testid=settings-locked]', { timeout: 15_000 });
    await options.waitForFunction(
      (origin: string) =>
        (document.querySelector('[data-testid=reference-origin]') as HTMLInputElement | null)?.value ===
        origin,
      { polling: 100, timeout: 15_000 },
      site.url,
    );
    expect(
      await options.$eval('[data-testid=reference-origin]', (n) => (n as HTMLInputElement).disabled),
    ).toBe(true);
    await options.waitForFunction(
      () => document.querySelectorAll('[data-testid=self-test-item]').length >= 5,
      { polling: 200, timeout: 20_000 },
    );
    // The browser grants the policy's host permission a moment after its settings: the
    // self-test checks again when it does (a loaded CI machine read the verdict in between).
    await options
      .waitForSelector('[data-testid=self-test-item][data-check=reference-site][data-ok=true]', {
        timeout: 20_000,
      })
      .catch(() => undefined); // the assertion below says what the page shows
    const checks = await selfTest(options);
    expect(checks['managed-config']).toMatchObject({ ok: 'true' });
    expect(checks['managed-config']!.text).toContain(site.url);
    expect(checks['settings-locked']).toMatchObject({ ok: 'true' });
    expect(checks['examiner-pin']).toMatchObject({ ok: 'true' });
    expect(checks['reference-site']).toMatchObject({ ok: 'true' });
    if (browserName === 'firefox') expect(checks['installed-by-policy']).toMatchObject({ ok: 'true' });
    else {
      // Loaded unpacked: the self-test says it can be removed, and names the policy to use.
      expect(checks['installed-by-policy']).toMatchObject({ ok: 'false' });
      expect(checks['installed-by-policy']!.text).toContain('ExtensionInstallForcelist');
    }
    // The retention the popup applies is the centre's.
    expect(await askBackground(options, { type: 'session.list' })).toMatchObject({
      ok: true,
      retentionDays: RETENTION_DAYS,
    });
    await options.close();
  });

  it('runs a session with the managed PIN and exports it into the managed folder', async () => {
    const popup = await openPopup(eb);
    expect(await importSubject(popup, DEMO_WORDPRESS)).toContain('Sujet importé');
    await startSession(popup, '3001', PIN);
    await waitForSessionState(popup, 'running');
    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');
    const folder = join(eb.downloadsDir, EXPORT_FOLDER);
    const deadline = Date.now() + 30_000;
    let files: string[] = [];
    while (Date.now() < deadline) {
      files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.temoin.json')) : [];
      if (files.length > 0) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^3001-/);
    await popup.close();
  });

  it('enforces the browser side: sites outside the allow list are blocked', async (context) => {
    if (relaxed.includes('url-filter'))
      return context.skip('the browser could not be driven with the URL filter on (see the warning above)');
    const page = await eb.newPage();
    // The demo site itself under another name: served, but not on the allow list.
    const outside = `http://localhost:${new URL(site.url).port}/`;
    const failed = await page
      .goto(outside, { timeout: 15_000 })
      .then(() => '')
      .catch((error: Error) => error.message);
    // What the tab shows: an error page (Firefox: about:neterror?e=blockedByPolicy) or the site.
    const shown = await page
      .evaluate(() => `${document.documentURI} ${document.body?.textContent ?? ''}`)
      .catch(() => '');
    // Chromium: net::ERR_BLOCKED_BY_ADMINISTRATOR; Firefox: its « blocked page » (policy).
    expect(`${failed} ${shown}`).toMatch(/BLOCKED_BY_ADMINISTRATOR|blockedByPolicy/);
    expect(shown).not.toContain('Jardins');
    await page.close();
  });
});
