/**
 * Capture benchmark: one scripted candidate session run in several arms, interleaved round by
 * round (none, rrweb, Témoin, none, rrweb, Témoin…), in Chromium.
 *
 *   npm run bench:capture -- [--site demo|wordpress|evershop] [--runs 5] [--short] [--panel]
 *                            [--arms none,rrweb,temoin] [--words 250] [--out file.json] [--json]
 *   npx tsx tests/bench/capture/table.ts <file.json>   the Markdown table of a run's summary
 *
 * Sites (tests/bench/capture/sites.ts): `demo` (default, the quick check on the bundled demo
 * site); `wordpress` — the real WordPress 6.1 that `npm run test:sites` installs (start it with
 * tests/sites/wordpress/start.sh; each run resets it to its seed): log in, an article typed key by
 * key in the block editor (title, heading, paragraphs), save, slug and excerpt, publish, view,
 * approve a comment and reply to another, browse five pages; `evershop` — the real EverShop 2.2
 * (tests/sites/evershop/start.sh): two products added to the cart, checkout.
 *
 * Arms: `none` (no extension); `rrweb` — its `record()` injected in every frame before any page
 * script and started with `maskAllInputs` in the top frame (which records same-origin iframes
 * itself; see capture/rrweb.ts), events kept page-side and pulled before each navigation;
 * `temoin` — the built Chromium extension, session started in the popup (closed while the
 * candidate works), ended and exported at the end; `--panel` adds `temoin-panel`: the same with
 * the side panel's heartbeat set, so the page shows the chip instead of the overlay;
 * `TEMOIN_BEFORE_DIR=<dir with chrome-mv3>` adds `temoin-before`, another build measured in the
 * same rounds (before/after an optimisation), importing the subject of
 * `TEMOIN_BEFORE_SUBJECTS=<that build's demo/subjects>` when given (an older build may not read
 * today's demo subjects).
 *
 * Figures per arm (medians, min–max), see capture/profile.ts:
 * - self time by script URL (CDP Profiler, 200 µs), page and service worker: JS self, and with
 *   natives (URL-less callees charged to their caller); for the worker also every non-idle
 *   sample (GC included: the worker runs only Témoin);
 * - main-thread TaskDuration, and its difference with the same round's `none` (paired);
 * - JS heap peaks (page, worker); bytes per minute raw and gzipped (rrweb's events / Témoin's
 *   exported bundle `events`, as JSON); event-to-durable latency p50/p95/p99 (Témoin).
 * Every run's raw figures go to `--out` (default tests/bench/results/capture-<site>-<time>.json).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser, type CDPSession } from 'puppeteer-core';
import { parseJson } from '../../shared/schema/index.ts';
import { EXTENSION_DIRS, type ExtensionBrowser, launchWithExtension } from '../e2e/support/browsers.ts';
import {
  endSession,
  exportBundle,
  importSubject,
  openPopup,
  setUpCentre,
  startSession,
  waitForSessionState,
} from '../e2e/support/session.ts';
import { foldOverlay } from '../sites-e2e/support/exam.ts';
import { withoutMachinePaths } from './capture/anonymise.ts';
import {
  fmt,
  type ProfileSummary,
  pageMeter,
  quantile,
  SIDE_PANEL_HEARTBEAT,
  type Stat,
  SW_PROBE,
  startProfiler,
  stat,
  stopProfiler,
  summariseProfile,
  timeOf,
  workerHeapMeter,
} from './capture/profile.ts';
import { RRWEB_GLUE, RRWEB_URL, rrwebBundle, rrwebInjection } from './capture/rrweb.ts';
import { type BenchSite, openSite, type SiteName } from './capture/sites.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const json = args.includes('--json');
const short = args.includes('--short');
const RUNS = Math.max(1, Number(flag('--runs') ?? 5));
const SITE = (flag('--site') ?? 'demo') as SiteName;
if (!['demo', 'wordpress', 'evershop'].includes(SITE)) throw new Error(`unknown --site ${SITE}`);
const ROOT = resolve(import.meta.dirname, '../..');
const OUT =
  flag('--out') ??
  join(ROOT, 'tests/bench/results', `capture-${SITE}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
if (process.env.TEMOIN_OUTPUT_DIR)
  EXTENSION_DIRS.chromium = join(process.env.TEMOIN_OUTPUT_DIR, 'chrome-mv3');
const BUILDS: Record<string, string> = { temoin: EXTENSION_DIRS.chromium };
if (process.env.TEMOIN_BEFORE_DIR)
  BUILDS['temoin-before'] = join(process.env.TEMOIN_BEFORE_DIR, 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PIN = '482913';
const SESSION = short
  ? { words: 60, keyDelay: 5 }
  : { words: SITE === 'demo' ? 300 : 250, keyDelay: SITE === 'demo' ? 35 : 10 };
if (flag('--words')) SESSION.words = Math.max(12, Number(flag('--words')));

const log = (line: string) => {
  if (!json) console.log(line);
};

type Arm = 'none' | 'rrweb' | 'temoin' | 'temoin-panel' | 'temoin-before';
const ARMS: Arm[] = (flag('--arms')?.split(',') as Arm[] | undefined) ?? ['none', 'rrweb', 'temoin'];
if (args.includes('--panel')) ARMS.push('temoin-panel');
if (BUILDS['temoin-before'] && !ARMS.includes('temoin-before')) ARMS.push('temoin-before');
const isTemoin = (arm: Arm) => arm.startsWith('temoin');

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
/**
 * One renderer, one document agent for the whole session: without these, Chromium 156 swaps the
 * tab's renderer or document on navigations (back/forward cache, RenderDocument), the profiler
 * started on the tab's CDP session stops with the old document, and `Profiler.stop` returns the
 * last page only — what the first version of this benchmark measured (rrweb at 18–26 ms).
 */
const ONE_RENDERER = ['--disable-features=RenderDocument,BackForwardCache,ProactivelySwapBrowsingInstance'];

const EXT = (url: string) => url.startsWith('chrome-extension://');
// The overlay's content script, and the Preact overlay it loads when unfolded (overlay-app.js).
const SUBJECT_UI = (url: string) => EXT(url) && /\/(content-scripts\/overlay|overlay-app)\.js$/.test(url);
const CAPTURE_PAGE = (url: string) => EXT(url) && /\/content-scripts\//.test(url) && !SUBJECT_UI(url);

interface RunResult {
  round: number;
  arm: Arm;
  sessionMs: number;
  navigations: number;
  /** Recorder in the page (rrweb's bundle; Témoin's content scripts but the subject UI). */
  recorderPage: { self: number; withNatives: number };
  /** Témoin's subject UI in the page (overlay.js: the overlay, or the chip). */
  subjectUi: { self: number; withNatives: number };
  worker: { self: number; withNatives: number; nonIdle: number; gc: number } | null;
  /** The target figure: recorder in the page with natives + worker non-idle. */
  captureMs: number;
  taskMs: number;
  pageHeapPeakBytes: number;
  workerHeapPeakBytes: number;
  bytes: number;
  gzBytes: number;
  events: number;
  eventKinds: Record<string, number>;
  latencies: number[];
  pageProfile: Pick<ProfileSummary, 'byUrl' | 'topFunctions' | 'topInclusive' | 'nonIdle' | 'gc'>;
  workerProfile: Pick<ProfileSummary, 'byUrl' | 'topFunctions' | 'topInclusive' | 'topSelfAll'> | null;
  notes: string[];
}

const startTemoin = async (arm: Arm, site: BenchSite) => {
  EXTENSION_DIRS.chromium = BUILDS[arm === 'temoin-before' ? 'temoin-before' : 'temoin']!;
  const eb = await launchWithExtension('chromium', { chromiumArgs: ONE_RENDERER });
  // On a loaded machine the options page may load the stored (empty) settings over what was
  // just typed: try again.
  let feedback = '';
  for (let attempt = 0; attempt < 3 && !/enregistr/i.test(feedback); attempt += 1)
    feedback = await setUpCentre(eb, site.origin, PIN);
  if (!/enregistr/i.test(feedback)) throw new Error(`centre set-up refused: ${feedback}`);
  const popup = await openPopup(eb);
  await waitForSessionState(popup, 'idle');
  // A build older than the demo subjects may not read them (new rule fields): it imports the
  // subject of its own source tree (TEMOIN_BEFORE_SUBJECTS, that tree's demo/subjects).
  const before = arm === 'temoin-before' ? process.env.TEMOIN_BEFORE_SUBJECTS : undefined;
  await importSubject(popup, before ? join(before, basename(site.subject)) : site.subject);
  await startSession(popup, '13579', PIN);
  await waitForSessionState(popup, 'running');
  await popup.close();
  const target = await eb.browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
  );
  const worker = await target.createCDPSession();
  await worker.send('Runtime.evaluate', { expression: SW_PROBE });
  if (arm === 'temoin-panel') await worker.send('Runtime.evaluate', { expression: SIDE_PANEL_HEARTBEAT });
  return { eb, worker };
};

/** Ends the session in the popup, waits for the popup to say so, then exports. */
const finishTemoin = async (eb: ExtensionBrowser) => {
  const popup = await openPopup(eb);
  // The popup reads the session state asynchronously: exporting before it shows the running
  // session clicked a button that was not there yet (the end-of-run failure of the first runs).
  await waitForSessionState(popup, 'running');
  await endSession(popup, PIN);
  await waitForSessionState(popup, 'ended');
  const { text } = await exportBundle(eb, popup);
  const parsed = parseJson('bundle', text);
  if (!parsed.ok) throw new Error('bundle refused');
  return parsed.value.events;
};

const runOnce = async (round: number, arm: Arm, site: BenchSite, rrweb: string): Promise<RunResult> => {
  await site.reset();
  const notes: string[] = [];
  let browser: Browser;
  let eb: ExtensionBrowser | undefined;
  let worker: CDPSession | undefined;
  if (isTemoin(arm)) {
    ({ eb, worker } = await startTemoin(arm, site));
    browser = eb.browser;
  } else {
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      pipe: true,
      args: [...CHROMIUM_ARGS, ...ONE_RENDERER],
    });
  }
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    await page.setViewport({ width: 1400, height: 1000 });
    await page.bringToFront();
    const chunks: string[] = [];
    const drain = async () => {
      if (arm !== 'rrweb') return;
      const text = await page.evaluate(() => {
        const w = window as unknown as { __rrDrain?: () => string };
        return w.__rrDrain ? w.__rrDrain() : '[]';
      });
      if (text !== '[]') chunks.push(text);
    };
    if (arm === 'rrweb') {
      await page.evaluateOnNewDocument(rrwebInjection(rrweb));
      await page.evaluateOnNewDocument(RRWEB_GLUE);
    }
    await page.goto(site.landing, { waitUntil: 'domcontentloaded' });
    // A candidate folds the overlay away (the choice is remembered across pages).
    if (arm === 'temoin' || arm === 'temoin-before') await foldOverlay(page);
    const cdp = await page.createCDPSession();
    const meter = pageMeter(cdp);
    await meter.start();
    await startProfiler(cdp);
    const workerHeap = worker ? workerHeapMeter(worker) : undefined;
    if (worker) await startProfiler(worker);
    const started = Date.now();
    const navigations = (await site.run(page, drain, SESSION)) + 1;
    const sessionMs = Date.now() - started;
    const pageSummary = summariseProfile(await stopProfiler(cdp), (url) => EXT(url) || url === RRWEB_URL);
    const { taskMs, heapPeakBytes } = await meter.stop();
    const result: RunResult = {
      round,
      arm,
      sessionMs,
      navigations,
      recorderPage: { self: 0, withNatives: 0 },
      subjectUi: { self: 0, withNatives: 0 },
      worker: null,
      captureMs: 0,
      taskMs,
      pageHeapPeakBytes: heapPeakBytes,
      workerHeapPeakBytes: 0,
      bytes: 0,
      gzBytes: 0,
      events: 0,
      eventKinds: {},
      latencies: [],
      pageProfile: pageSummary,
      workerProfile: null,
      notes,
    };
    const keepEvents = (events: { type?: unknown; kind?: unknown }[]) => {
      const text = JSON.stringify(events);
      result.events = events.length;
      result.bytes = Buffer.byteLength(text);
      result.gzBytes = gzipSync(text).length;
      for (const event of events) {
        const kind = String(event.kind ?? event.type);
        result.eventKinds[kind] = (result.eventKinds[kind] ?? 0) + 1;
      }
    };
    if (arm === 'rrweb') {
      result.recorderPage = timeOf(pageSummary, (url) => url === RRWEB_URL);
      result.captureMs = result.recorderPage.withNatives;
      await drain();
      keepEvents(chunks.flatMap((chunk) => JSON.parse(chunk) as { type?: unknown }[]));
    } else if (eb && worker) {
      result.recorderPage = timeOf(pageSummary, CAPTURE_PAGE);
      result.subjectUi = timeOf(pageSummary, SUBJECT_UI);
      const workerRaw = await stopProfiler(worker);
      // TEMOIN_PROFILE_RAW=<dir>: the worker's raw CDP profile too (open it in DevTools).
      if (process.env.TEMOIN_PROFILE_RAW)
        writeFileSync(
          join(process.env.TEMOIN_PROFILE_RAW, `worker-${arm}-${round}.cpuprofile`),
          JSON.stringify(workerRaw),
        );
      const workerSummary = summariseProfile(workerRaw, EXT);
      result.workerHeapPeakBytes = (await workerHeap?.stop()) ?? 0;
      const js = timeOf(workerSummary, EXT);
      result.worker = { ...js, nonIdle: workerSummary.nonIdle, gc: workerSummary.gc };
      result.workerProfile = workerSummary;
      result.captureMs = result.recorderPage.withNatives + workerSummary.nonIdle;
      const probe = (await worker.send('Runtime.evaluate', {
        expression: 'JSON.stringify(globalThis.__benchCommits ?? null)',
        returnByValue: true,
      })) as { result: { value: string } };
      const commits = JSON.parse(probe.result.value) as number[] | null;
      if (!commits) notes.push('service worker restarted: latency probe lost');
      result.latencies = commits ?? [];
      keepEvents(await finishTemoin(eb));
    }
    return result;
  } finally {
    if (eb) await eb.close();
    else await browser.close();
  }
};

// --- summary -----------------------------------------------------------------------------------
const perMinute = (r: RunResult, value: number) => value / (r.sessionMs / 60_000);

const summarise = (runs: RunResult[], baseline: RunResult[]) => {
  const paired = runs.map((r) => {
    const base = baseline.find((b) => b.round === r.round);
    return base ? Math.round(r.taskMs - base.taskMs) : Number.NaN;
  });
  const latency = runs.filter((r) => r.latencies.length > 0);
  return {
    runs: runs.length,
    sessionSeconds: stat(runs.map((r) => r.sessionMs / 1000)),
    captureMs: stat(runs.map((r) => r.captureMs)),
    recorderPageSelfMs: stat(runs.map((r) => r.recorderPage.self)),
    recorderPageWithNativesMs: stat(runs.map((r) => r.recorderPage.withNatives)),
    subjectUiSelfMs: stat(runs.map((r) => r.subjectUi.self)),
    subjectUiWithNativesMs: stat(runs.map((r) => r.subjectUi.withNatives)),
    workerSelfMs: stat(runs.map((r) => r.worker?.self ?? 0)),
    workerWithNativesMs: stat(runs.map((r) => r.worker?.withNatives ?? 0)),
    workerNonIdleMs: stat(runs.map((r) => r.worker?.nonIdle ?? 0)),
    taskMs: stat(runs.map((r) => r.taskMs)),
    addedTaskMs: stat(paired.filter(Number.isFinite)),
    pairedAddedTaskMs: paired,
    pageHeapPeakMB: stat(runs.map((r) => r.pageHeapPeakBytes / 2 ** 20)),
    workerHeapPeakMB: stat(runs.map((r) => r.workerHeapPeakBytes / 2 ** 20)),
    events: stat(runs.map((r) => r.events)),
    bytesPerMinute: stat(runs.map((r) => perMinute(r, r.bytes))),
    gzBytesPerMinute: stat(runs.map((r) => perMinute(r, r.gzBytes))),
    latencyP50: stat(latency.map((r) => quantile(r.latencies, 0.5))),
    latencyP95: stat(latency.map((r) => quantile(r.latencies, 0.95))),
    latencyP99: stat(latency.map((r) => quantile(r.latencies, 0.99))),
  };
};

const main = async () => {
  const site = await openSite(SITE);
  const rrweb = await rrwebBundle();
  const contentDir = join(EXTENSION_DIRS.chromium, 'content-scripts');
  const gz = (text: string | Buffer) => gzipSync(text).length;
  const scripts = readdirSync(contentDir).filter((n) => n.endsWith('.js'));
  const sizes = Object.fromEntries([
    ...scripts.map((n) => [`temoin ${n} gz`, gz(readFileSync(join(contentDir, n)))]),
    ['rrweb record gz', gz(rrweb)],
  ]);
  const runs: RunResult[] = [];
  const loads: number[][] = [];
  const startedAt = new Date().toISOString();
  const write = (done: boolean) => {
    mkdirSync(dirname(OUT), { recursive: true });
    const byArm = Object.fromEntries(
      ARMS.map((arm) => [
        arm,
        summarise(
          runs.filter((r) => r.arm === arm),
          runs.filter((r) => r.arm === 'none'),
        ),
      ]),
    );
    writeFileSync(
      OUT,
      withoutMachinePaths(
        JSON.stringify(
          {
            site: SITE,
            short,
            session: SESSION,
            arms: ARMS,
            startedAt,
            endedAt: new Date().toISOString(),
            done,
            machine: {
              cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`,
              memoryGb: Math.round(os.totalmem() / 2 ** 30),
              node: process.version,
              platform: `${os.platform()} ${os.release()}`,
              loadAverageBeforeEachRun: loads,
            },
            sizes,
            summary: byArm,
            runs,
          },
          null,
          1,
        ),
        ROOT,
      ),
    );
    return byArm;
  };
  try {
    for (let round = 1; round <= RUNS; round += 1)
      for (const arm of ARMS) {
        loads.push(os.loadavg().map((l) => Math.round(l * 100) / 100));
        const r = await runOnce(round, arm, site, rrweb);
        runs.push(r);
        write(false);
        log(
          `round ${round} ${arm.padEnd(13)} ${(r.sessionMs / 1000).toFixed(1)} s, capture ${r.captureMs.toFixed(0)} ms (page ${r.recorderPage.self.toFixed(0)}/${r.recorderPage.withNatives.toFixed(0)}, ui ${r.subjectUi.self.toFixed(0)}/${r.subjectUi.withNatives.toFixed(0)}, worker ${r.worker ? `${r.worker.self.toFixed(0)}/${r.worker.withNatives.toFixed(0)}/${r.worker.nonIdle.toFixed(0)}` : '—'}), tasks ${r.taskMs.toFixed(0)} ms, ${r.events} events, ${r.bytes} B (${r.gzBytes} gz), load ${loads.at(-1)!.join(' ')}${r.notes.length ? ` — ${r.notes.join('; ')}` : ''}`,
        );
      }
  } finally {
    await site.close();
  }
  const byArm = write(true);
  const rr = byArm.rrweb ?? byArm[ARMS[0]!]!;
  const ratio = (a: Stat, b: Stat) => (a.median / b.median).toFixed(3);
  log('');
  for (const arm of ARMS) {
    const s = byArm[arm]!;
    log(
      `${arm.padEnd(13)} session ${fmt(s.sessionSeconds, 1, ' s')}; capture ${fmt(s.captureMs)} ms (×${ratio(s.captureMs, rr.captureMs)} rrweb); page self ${fmt(s.recorderPageSelfMs)} / natives ${fmt(s.recorderPageWithNativesMs)}; subject UI ${fmt(s.subjectUiSelfMs)} / ${fmt(s.subjectUiWithNativesMs)} (×${ratio(s.subjectUiWithNativesMs, rr.captureMs)}); worker ${fmt(s.workerSelfMs)} / ${fmt(s.workerWithNativesMs)} / non-idle ${fmt(s.workerNonIdleMs)}`,
    );
    log(
      `${''.padEnd(13)} tasks ${fmt(s.taskMs)} ms, added [${s.pairedAddedTaskMs.join(', ')}]; heap page ${fmt(s.pageHeapPeakMB, 1)} MB, worker ${fmt(s.workerHeapPeakMB, 1)} MB; ${fmt(s.events)} events; bytes/min ${fmt(s.bytesPerMinute)} (gz ${fmt(s.gzBytesPerMinute)}) ×${ratio(s.bytesPerMinute, rr.bytesPerMinute)}; durable p50/p95/p99 ${fmt(s.latencyP50)} / ${fmt(s.latencyP95)} / ${fmt(s.latencyP99)} ms`,
    );
  }
  log(`raw runs: ${OUT}`);
  if (json) console.log(JSON.stringify(byArm));
};

await main();
