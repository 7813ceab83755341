/**
 * Capture benchmark: one scripted candidate session on the demo site, run three ways,
 * interleaved run by run (none, rrweb, Témoin, none, rrweb, Témoin…), in Chromium.
 *
 *   npx tsx tests/bench/capture.bench.ts [--runs 5] [--short] [--json]
 *
 * Session (default, ≥ 2 minutes): admin login; a 300-word article typed key by key in the
 * admin editor; 50 clicks; 10+ navigations; filter and sort the 500-product list; add to cart
 * and fill the checkout. `--short` types 60 words faster (a smoke run, not the figure).
 *
 * Modes: `none` (no extension); `rrweb` — its `record()` (bundled from the devDependency, record
 * only, minified) injected in every frame before any page script, `record()` started with
 * `maskAllInputs` in the top frame (which records same-origin iframes itself), its events kept
 * page-side and pulled by the benchmark before each navigation and at the end (JSON size counted);
 * `temoin` — the built Chromium extension, session started through the popup (closed while the
 * candidate works, reopened to export).
 *
 * Figures (medians, min–max):
 * - recorder self time: CDP Profiler (200 µs sampling) self time of the nodes whose script URL
 *   is the recorder's — rrweb's bundle in the page; Témoin's `content-scripts/*.js` in the page
 *   plus every `chrome-extension://` script of the background service worker (profiled too);
 * - added main-thread time: sum of `Performance.getMetrics` TaskDuration growth (sampled every
 *   second, resets across renderer swaps added up), minus the same round's baseline;
 * - bytes per minute of session, raw and gzipped: rrweb's events as JSON; Témoin's exported
 *   bundle's `events` as JSON;
 * - event-to-durable latency (Témoin): `time` stamped in the page at emit → `complete` of the
 *   IndexedDB transaction that adds it, from a probe on `IDBObjectStore.prototype.add` installed
 *   in the service worker over CDP (no extension change; same clock, same machine);
 * - gzipped sizes of Témoin's content scripts and of rrweb's record bundle.
 * With `--json`, the last line printed is one JSON object with every figure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer, { type Browser, type CDPSession, type Page } from 'puppeteer-core';
import { parseJson } from '../../shared/schema/index.ts';
import { EXTENSION_DIRS, type ExtensionBrowser, launchWithExtension } from '../e2e/support/browsers.ts';
import { type DemoSite, startDemo } from '../e2e/support/demo-site.ts';
import {
  DEMO_WORDPRESS,
  exportBundle,
  importSubject,
  openPopup,
  setUpCentre,
  startSession,
  waitForSessionState,
} from '../e2e/support/session.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const short = args.includes('--short');
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Math.max(1, Number(args[runsAt + 1])) : 5;
if (process.env.TEMOIN_OUTPUT_DIR)
  EXTENSION_DIRS.chromium = join(process.env.TEMOIN_OUTPUT_DIR, 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PIN = '482913';
const WORDS = short ? 60 : 300;
const KEY_DELAY = short ? 5 : 35;
const CLICKS = 50;
const SAMPLING_US = 200;

const log = (line: string) => {
  if (!json) console.log(line);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Mode = 'none' | 'rrweb' | 'temoin';
const MODES: Mode[] = ['none', 'rrweb', 'temoin'];

// --- rrweb's record bundle -------------------------------------------------------------------
const rrwebBundle = async () => {
  const out = await build({
    stdin: {
      contents: "export { record } from 'rrweb';",
      resolveDir: resolve(import.meta.dirname),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'rrwebRecord',
    write: false,
    platform: 'browser',
  });
  return out.outputFiles[0]!.text;
};
const RRWEB_URL = 'bench://rrweb-record.js';
const rrwebInjection = (bundle: string) => `${bundle}\n//# sourceURL=${RRWEB_URL}\n`;
/**
 * The benchmark's own glue (not counted as rrweb's time): keeps rrweb's events in a page-side
 * array; the benchmark pulls them with `page.evaluate(__rrDrain)` before each navigation and at
 * the end (no `exposeFunction` binding: with it the first page load hung). The few events
 * emitted between the last pull and a form submit's unload are stashed in `sessionStorage` at
 * `pagehide` and handed over with the next page's first pull. `record()` starts in the top frame
 * only, as rrweb is meant to be used (it records same-origin iframes itself): started in every
 * frame, it recursed without end — rrweb appends a hidden about:blank iframe to fetch untainted
 * DOM prototypes, the injection ran `record()` in that iframe, which appended another…
 * ("Maximum call stack size exceeded", the page never loaded: the 30 s timeout).
 */
const RRWEB_GLUE = `(() => {
  if (!window.rrwebRecord || window.__rrDrain || window !== window.top) return;
  let kept = [];
  try {
    const tail = sessionStorage.getItem('__rrTail');
    if (tail) { kept = JSON.parse(tail); sessionStorage.removeItem('__rrTail'); }
  } catch {}
  window.__rrDrain = () => { const text = JSON.stringify(kept); kept = []; return text; };
  window.rrwebRecord.record({ emit: (event) => { kept.push(event); }, maskAllInputs: true });
  addEventListener('pagehide', () => {
      if (!kept.length) return;
      try { sessionStorage.setItem('__rrTail', JSON.stringify(kept)); kept = []; } catch {}
    });
})();
//# sourceURL=bench://glue.js`;

// --- the candidate session ---------------------------------------------------------------------
const LEXICON =
  'thé vert infusion jardin annecy récolte printemps arôme feuille théière douceur parfum tasse matin montagne lac saveur fraîcheur sencha matcha oolong rooibos épices cannelle gingembre citron menthe bergamote jasmin vapeur fleur'.split(
    ' ',
  );
const article = (words: number) => {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(LEXICON[(i * 7 + (i >> 3)) % LEXICON.length]!);
  const sentences: string[] = [];
  for (let i = 0; i < out.length; i += 12) sentences.push(`${out.slice(i, i + 12).join(' ')}.`);
  return sentences.join(' ');
};

/** Clicks, once more if the page swapped the element meanwhile (the catalogue re-renders). */
const clickFresh = async (page: Page, selector: string) => {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await (await page.waitForSelector(selector))!.click();
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await sleep(200);
    }
  }
};

/** The scripted candidate; returns the number of full navigations. `beforeUnload` runs before
 * each navigation (rrweb mode pulls its events there). */
const candidate = async (page: Page, site: DemoSite, beforeUnload: () => Promise<void>) => {
  let navigations = 0;
  const clickAndWait = async (selector: string) => {
    await beforeUnload();
    await Promise.all([page.waitForNavigation(), page.click(selector)]);
  };
  const go = async (path: string) => {
    await beforeUnload();
    await page.goto(`${site.url}${path}`);
    navigations += 1;
  };
  await go('/admin/login');
  await page.type('#username', 'admin');
  await page.type('#password', 'demo-admin');
  await clickAndWait('#loginform [type=submit]');
  navigations += 1;
  await go('/admin/articles/new');
  await page.click('#post-title');
  await page.type('#post-title', 'Le thé vert du lac', { delay: KEY_DELAY });
  await page.click('#post-content');
  await page.type('#post-content', article(WORDS), { delay: KEY_DELAY });
  const boxes = await page.$$('input[name=categories]');
  for (let i = 0; i < CLICKS - 2; i += 1) {
    await boxes[i % boxes.length]!.click();
    await sleep(50);
  }
  await page.click('#save-draft');
  await sleep(300);
  await page.click('#save-draft');
  await sleep(300);
  await go('/');
  await go('/blog');
  const post = await page.$eval('main a[href^="/blog/"]', (a) => (a as HTMLAnchorElement).pathname);
  await go(post);
  await go('/produits');
  await page.type('#f-prixMax', '40', { delay: KEY_DELAY });
  await page.select('#f-categorie', 'thes-verts');
  await page.select('#f-tri', 'prix-asc');
  await clickFresh(page, '#filtres button[type=submit]');
  await sleep(800);
  await page.waitForSelector('#f-tri');
  await page.select('#f-tri', 'prix-desc');
  await clickFresh(page, '#filtres button[type=submit]');
  await sleep(800);
  const product = await page.$eval(
    '#product-grid a[href^="/produits/"]',
    (a) => (a as HTMLAnchorElement).pathname,
  );
  await go(product);
  await clickAndWait('#add-to-cart-button');
  navigations += 1;
  await go('/commande');
  for (const [selector, text] of [
    ['#prenom', 'Camille'],
    ['#nom', 'Durand'],
    ['#email', 'camille.durand@example.org'],
    ['#adresse', '12 rue des Lilas 74000 Annecy'],
    ['#cardnumber', '4970 1012 3456 7893'],
    ['#cvc', '837'],
  ] as const) {
    await page.click(selector);
    await page.type(selector, text, { delay: KEY_DELAY });
  }
  await page.click('#accepte_cgv');
  await clickAndWait('#place-order');
  navigations += 1;
  await sleep(1500); // let the last events settle in every mode
  return navigations;
};

// --- profiling helpers -------------------------------------------------------------------------
interface Profile {
  nodes: { id: number; callFrame: { url: string; functionName?: string }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}
/**
 * Time (ms) of the samples charged to a script URL satisfying `match`. `self`: the sampled
 * frame's own URL (JS code only — DOM calls, builtins such as `JSON.stringify` and
 * `getComputedStyle` have no URL and are left out); `withNatives`: a URL-less leaf is charged to
 * its nearest caller that has a URL (so the DOM work a recorder asks for is its own).
 */
const selfTime = (profile: Profile, match: (url: string) => boolean) => {
  const deltas = profile.timeDeltas ?? [];
  const samples = profile.samples ?? [];
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const charged = (id: number) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (url) return url;
    }
    return '';
  };
  let self = 0;
  let withNatives = 0;
  for (let i = 0; i < samples.length; i += 1) {
    const dt = deltas[i + 1] ?? 0;
    if (match(byId.get(samples[i]!)?.callFrame.url ?? '')) self += dt;
    if (match(charged(samples[i]!))) withNatives += dt;
  }
  return { self: self / 1000, withNatives: withNatives / 1000 };
};
const startProfiler = async (cdp: CDPSession) => {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
};
const stopProfiler = async (cdp: CDPSession) =>
  ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile;

/** Main-thread task time, summed over samples (a renderer swap restarts the counter). */
const taskMeter = (cdp: CDPSession) => {
  let total = 0;
  let last = 0;
  const sample = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const now = metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    total += now >= last ? now - last : now;
    last = now;
  };
  const timer = setInterval(() => void sample().catch(() => undefined), 1000);
  return {
    start: async () => {
      await cdp.send('Performance.enable');
      await sample();
      total = 0;
    },
    stop: async () => {
      clearInterval(timer);
      await sample().catch(() => undefined);
      return total * 1000;
    },
  };
};

const SW_PROBE = `(() => {
  const g = globalThis;
  if (g.__benchCommits) return 'already';
  g.__benchCommits = [];
  const add = IDBObjectStore.prototype.add;
  IDBObjectStore.prototype.add = function (value, key) {
    const request = add.call(this, value, key);
    if (this.name === 'events' && value && typeof value.time === 'number' && !String(value.kind).startsWith('session.')) {
      const tx = this.transaction;
      if (!tx.__benchTimes) {
        const list = (tx.__benchTimes = []);
        tx.addEventListener('complete', () => {
          const at = Date.now();
          for (const time of list) g.__benchCommits.push(at - time);
        });
      }
      tx.__benchTimes.push(value.time);
    }
    return request;
  };
  return 'installed';
})()`;

// --- one run -----------------------------------------------------------------------------------
interface RunResult {
  mode: Mode;
  sessionMs: number;
  navigations: number;
  selfMs: number;
  selfPageMs: number;
  selfWorkerMs: number;
  /** Self time with the URL-less (native, builtin) callees charged to their caller. */
  inclMs: number;
  inclPageMs: number;
  inclWorkerMs: number;
  taskMs: number;
  bytes: number;
  gzBytes: number;
  events: number;
  latencies: number[];
  notes: string[];
}

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

const runOnce = async (mode: Mode, site: DemoSite, rrweb: string): Promise<RunResult> => {
  await site.reset();
  const notes: string[] = [];
  let browser: Browser;
  let eb: ExtensionBrowser | undefined;
  let worker: CDPSession | undefined;
  if (mode === 'temoin') {
    eb = await launchWithExtension('chromium');
    browser = eb.browser;
    await setUpCentre(eb, site.url, PIN);
    const popup = await openPopup(eb);
    await waitForSessionState(popup, 'idle');
    await importSubject(popup, DEMO_WORDPRESS);
    await startSession(popup, '13579', PIN);
    await waitForSessionState(popup, 'running');
    await popup.close();
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    );
    worker = await target.createCDPSession();
    await worker.send('Runtime.evaluate', { expression: SW_PROBE });
    await startProfiler(worker);
  } else {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      args: CHROMIUM_ARGS,
    });
  }
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 1000 });
  await page.bringToFront();
  const chunks: string[] = [];
  /** Pulls rrweb's kept events from the top frame (its iframes' events stay uncounted: the demo
   * pages the session visits have none). */
  const drain = async () => {
    if (mode !== 'rrweb') return;
    const text = await page.evaluate(() => {
      const w = window as unknown as { __rrDrain?: () => string };
      return w.__rrDrain ? w.__rrDrain() : '[]';
    });
    if (text !== '[]') chunks.push(text);
  };
  if (mode === 'rrweb') {
    await page.evaluateOnNewDocument(rrwebInjection(rrweb));
    await page.evaluateOnNewDocument(RRWEB_GLUE);
  }
  // Land on the site first: later navigations stay in this renderer (same site).
  await page.goto(`${site.url}/`);
  const cdp = await page.createCDPSession();
  const meter = taskMeter(cdp);
  await meter.start();
  await startProfiler(cdp);
  const started = Date.now();
  const navigations = (await candidate(page, site, drain)) + 1;
  const sessionMs = Date.now() - started;
  const pageProfile = await stopProfiler(cdp);
  const taskMs = await meter.stop();

  let selfPageMs = 0;
  let selfWorkerMs = 0;
  let inclPageMs = 0;
  let inclWorkerMs = 0;
  let bytes = 0;
  let gzBytes = 0;
  let events = 0;
  let latencies: number[] = [];
  if (mode === 'rrweb') {
    ({ self: selfPageMs, withNatives: inclPageMs } = selfTime(pageProfile, (url) => url === RRWEB_URL));
    await drain();
    const all = chunks.flatMap((chunk) => JSON.parse(chunk) as unknown[]);
    const text = JSON.stringify(all);
    events = all.length;
    bytes = Buffer.byteLength(text);
    gzBytes = gzipSync(text).length;
  } else if (mode === 'temoin' && eb && worker) {
    ({ self: selfPageMs, withNatives: inclPageMs } = selfTime(pageProfile, (url) =>
      url.startsWith('chrome-extension://'),
    ));
    const workerProfile = await stopProfiler(worker);
    ({ self: selfWorkerMs, withNatives: inclWorkerMs } = selfTime(workerProfile, (url) =>
      url.startsWith('chrome-extension://'),
    ));
    const probe = (await worker.send('Runtime.evaluate', {
      expression: 'JSON.stringify(globalThis.__benchCommits ?? null)',
      returnByValue: true,
    })) as { result: { value: string } };
    const commits = JSON.parse(probe.result.value) as number[] | null;
    if (!commits) notes.push('service worker restarted: latency probe lost');
    latencies = commits ?? [];
    const popup = await openPopup(eb);
    const { text } = await exportBundle(eb, popup);
    const parsed = parseJson('bundle', text);
    if (!parsed.ok) throw new Error('bundle refused');
    const eventsJson = JSON.stringify(parsed.value.events);
    events = parsed.value.events.length;
    bytes = Buffer.byteLength(eventsJson);
    gzBytes = gzipSync(eventsJson).length;
  }
  if (eb) await eb.close();
  else await browser.close();
  return {
    mode,
    sessionMs,
    navigations,
    selfMs: selfPageMs + selfWorkerMs,
    selfPageMs,
    selfWorkerMs,
    inclMs: inclPageMs + inclWorkerMs,
    inclPageMs,
    inclWorkerMs,
    taskMs,
    bytes,
    gzBytes,
    events,
    latencies,
    notes,
  };
};

// --- statistics --------------------------------------------------------------------------------
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};
const stat = (xs: number[]) => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
});
const fmt = (s: { median: number; min: number; max: number }, digits = 0, unit = '') =>
  `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

// --- main --------------------------------------------------------------------------------------
const main = async () => {
  const site = await startDemo();
  const rrweb = await rrwebBundle();
  const contentDir = join(EXTENSION_DIRS.chromium, 'content-scripts');
  const gz = (text: string | Buffer) => gzipSync(text).length;
  const recorderScripts = readdirSync(contentDir).filter(
    (n) => n.endsWith('.js') && !n.startsWith('overlay'),
  );
  const sizes = {
    temoinCaptureScriptsGz: recorderScripts.reduce(
      (sum, n) => sum + gz(readFileSync(join(contentDir, n))),
      0,
    ),
    temoinCaptureScripts: recorderScripts,
    temoinOverlayScriptGz: gz(readFileSync(join(contentDir, 'overlay.js'))),
    rrwebRecordBundleGz: gz(rrweb),
    rrwebRecordBundleRaw: Buffer.byteLength(rrweb),
  };
  const results: Record<Mode, RunResult[]> = { none: [], rrweb: [], temoin: [] };
  try {
    for (let run = 1; run <= RUNS; run += 1)
      for (const mode of MODES) {
        const result = await runOnce(mode, site, rrweb);
        results[mode].push(result);
        log(
          `run ${run} ${mode.padEnd(6)} session ${(result.sessionMs / 1000).toFixed(1)} s, self ${result.selfMs.toFixed(0)} ms (page ${result.selfPageMs.toFixed(0)}, worker ${result.selfWorkerMs.toFixed(0)}), with natives ${result.inclMs.toFixed(0)} ms (page ${result.inclPageMs.toFixed(0)}, worker ${result.inclWorkerMs.toFixed(0)}), tasks ${result.taskMs.toFixed(0)} ms, ${result.events} events, ${result.bytes} B (${result.gzBytes} B gz)${result.notes.length ? ` — ${result.notes.join('; ')}` : ''}`,
        );
      }
  } finally {
    await site.close();
  }
  const perMinute = (r: RunResult, value: number) => value / (r.sessionMs / 60_000);
  const summary = (mode: Mode) => {
    const rs = results[mode];
    return {
      sessionSeconds: stat(rs.map((r) => r.sessionMs / 1000)),
      selfMs: stat(rs.map((r) => r.selfMs)),
      selfPageMs: stat(rs.map((r) => r.selfPageMs)),
      selfWorkerMs: stat(rs.map((r) => r.selfWorkerMs)),
      selfMsPerMinute: stat(rs.map((r) => perMinute(r, r.selfMs))),
      inclMs: stat(rs.map((r) => r.inclMs)),
      inclPageMs: stat(rs.map((r) => r.inclPageMs)),
      inclWorkerMs: stat(rs.map((r) => r.inclWorkerMs)),
      taskMs: stat(rs.map((r) => r.taskMs)),
      addedTaskMs: stat(rs.map((r, i) => r.taskMs - results.none[i]!.taskMs)),
      pairedAddedTaskMs: rs.map((r, i) => Math.round(r.taskMs - results.none[i]!.taskMs)),
      events: stat(rs.map((r) => r.events)),
      bytes: stat(rs.map((r) => r.bytes)),
      bytesPerMinute: stat(rs.map((r) => perMinute(r, r.bytes))),
      gzBytesPerMinute: stat(rs.map((r) => perMinute(r, r.gzBytes))),
      navigations: stat(rs.map((r) => r.navigations)),
    };
  };
  const latencies = results.temoin.map((r) => ({
    p50: quantile(r.latencies, 0.5),
    p95: quantile(r.latencies, 0.95),
    p99: quantile(r.latencies, 0.99),
    n: r.latencies.length,
  }));
  const none = summary('none');
  const rr = summary('rrweb');
  const tm = summary('temoin');
  const ratios = {
    selfTimeTemoinOverRrweb: tm.selfMs.median / rr.selfMs.median,
    selfWithNativesTemoinOverRrweb: tm.inclMs.median / rr.inclMs.median,
    bytesPerMinuteTemoinOverRrweb: tm.bytesPerMinute.median / rr.bytesPerMinute.median,
    gzBytesPerMinuteTemoinOverRrweb: tm.gzBytesPerMinute.median / rr.gzBytesPerMinute.median,
  };
  const latency = {
    p50: stat(latencies.map((l) => l.p50)),
    p95: stat(latencies.map((l) => l.p95)),
    p99: stat(latencies.map((l) => l.p99)),
    samplesPerRun: latencies.map((l) => l.n),
  };
  const targets = {
    selfTime: ratios.selfTimeTemoinOverRrweb <= 0.2,
    bytesPerMinute: ratios.bytesPerMinuteTemoinOverRrweb <= 0.05,
    p99Latency: latency.p99.median <= 500,
  };
  log('');
  log(`session: ${fmt(tm.sessionSeconds, 1, ' s')} (Témoin), ${fmt(none.sessionSeconds, 1, ' s')} (none)`);
  log(
    `self time: rrweb ${fmt(rr.selfMs, 0, ' ms')}, Témoin ${fmt(tm.selfMs, 0, ' ms')} (page ${fmt(tm.selfPageMs, 0)}, worker ${fmt(tm.selfWorkerMs, 0)}) → ${(100 * ratios.selfTimeTemoinOverRrweb).toFixed(1)} %`,
  );
  log(
    `self time with natives: rrweb ${fmt(rr.inclMs, 0, ' ms')}, Témoin ${fmt(tm.inclMs, 0, ' ms')} (page ${fmt(tm.inclPageMs, 0)}, worker ${fmt(tm.inclWorkerMs, 0)}) → ${(100 * ratios.selfWithNativesTemoinOverRrweb).toFixed(1)} %`,
  );
  log(
    `added main-thread time: rrweb ${fmt(rr.addedTaskMs, 0, ' ms')} [${rr.pairedAddedTaskMs.join(', ')}], Témoin ${fmt(tm.addedTaskMs, 0, ' ms')} [${tm.pairedAddedTaskMs.join(', ')}] (baseline ${fmt(none.taskMs, 0, ' ms')})`,
  );
  log(
    `bytes/min: rrweb ${fmt(rr.bytesPerMinute)} (${fmt(rr.gzBytesPerMinute)} gz), Témoin ${fmt(tm.bytesPerMinute)} (${fmt(tm.gzBytesPerMinute)} gz) → ${(100 * ratios.bytesPerMinuteTemoinOverRrweb).toFixed(2)} % raw, ${(100 * ratios.gzBytesPerMinuteTemoinOverRrweb).toFixed(2)} % gz`,
  );
  log(
    `durable latency: p50 ${fmt(latency.p50, 0, ' ms')}, p95 ${fmt(latency.p95, 0, ' ms')}, p99 ${fmt(latency.p99, 0, ' ms')}`,
  );
  log(
    `script sizes gz: Témoin capture ${sizes.temoinCaptureScriptsGz} B (${sizes.temoinCaptureScripts.join(', ')}; overlay UI ${sizes.temoinOverlayScriptGz} B), rrweb record ${sizes.rrwebRecordBundleGz} B`,
  );
  log(`targets: ${JSON.stringify(targets)}`);
  const machine = {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  if (json)
    console.log(
      JSON.stringify({
        runs: RUNS,
        short,
        words: WORDS,
        machine,
        none,
        rrweb: rr,
        temoin: tm,
        latency,
        ratios,
        sizes,
        targets,
      }),
    );
};

await main();
