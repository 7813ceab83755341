/**
 * The examiner's station, end to end on real parts: the station process (PGlite; a real
 * PostgreSQL with `bash scripts/with-station-postgres.sh npx vitest run --config
 * tests/e2e/vitest.config.ts tests/e2e/station.e2e.ts`, which sets TEMOIN_STATION_DATABASE), the demo
 * site, workstations in real browsers with the built extension (three Chromium; one Firefox),
 * and the examiner's page in its own browser. Checked: events reach the examiner's screen
 * within 2 s (p95, measured from each event's observation time to its row on the screen),
 * suggested levels move during the session with their evidence (the rules observed, when), levels and a justification marker are entered
 * during the session, finalising stores assessments that agree with each exported bundle, and
 * the station's copy equals each bundle event for event — also after a workstation's browser
 * and the station itself were killed (SIGKILL) mid-session and restarted.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../shared/schema/assessment.ts';
import type { EvidenceBundle } from '../../shared/schema/bundle.ts';
import { parse, parseJson } from '../../shared/schema/index.ts';
import { freshStationDatabase } from '../../station/testing.ts';
import { ADMIN, type StationProcess, startStationProcess } from '../../station/testing-process.ts';
import { seriousViolations } from './support/axe.ts';
import {
  BROWSERS,
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './support/browsers.ts';
import { logIn, publishArticle, thoroughCandidate } from './support/candidate.ts';
import { killBrowser } from './support/capture.ts';
import { type DemoSite, startDemo } from './support/demo-site.ts';
import {
  DEMO_WORDPRESS,
  endSession,
  exportBundle,
  importSubject,
  openPopup,
  setUpCentre,
  startSession,
  waitForSessionState,
} from './support/session.ts';

const PIN = '482913';

const typeInto = async (page: Page, testId: string, value: string) => {
  const input = await page.waitForSelector(`[data-testid=${testId}]`);
  await input!.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await input!.type(value);
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

interface Workstation {
  number: string;
  eb: ExtensionBrowser;
  popup: Page;
  bundle?: EvidenceBundle;
}

describe.each(BROWSERS)('the examiner station with %s workstations', (browserName: BrowserName) => {
  // Three candidates per examiner in Chromium (the regulation's limit); one Firefox workstation.
  const numbers = browserName === 'chromium' ? ['20001', '20002', '20003'] : ['20004'];
  let site: DemoSite;
  let station: StationProcess;
  let database: Awaited<ReturnType<typeof freshStationDatabase>> = null;
  /** How the station is started, and started again on the same data after SIGKILL. */
  let stationOptions: Parameters<typeof startStationProcess>[0] = {};
  let examinerBrowser: Browser;
  let examiner: Page;
  let code = '';
  const workstations: Workstation[] = [];

  const column = (number: string) => `[data-testid=candidate-column][data-candidate="${number}"]`;
  const suggested = (number: string, question: string) =>
    examiner.$eval(`${column(number)} [data-question-id="${question}"]`, (node) =>
      node.getAttribute('data-suggested'),
    );

  beforeAll(async () => {
    database = await freshStationDatabase();
    stationOptions = database
      ? { databaseUrl: database.url }
      : { dataDir: mkdtempSync(join(tmpdir(), 'temoin-station-e2e-')) };
    [site, station] = await Promise.all([startDemo(), startStationProcess(stationOptions)]);
    const health = (await (await fetch(`${station.url}/health`)).json()) as { database: string };
    expect(health.database).toBe(database ? 'postgres' : 'pglite');
    examinerBrowser = await puppeteer.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    examiner = await examinerBrowser.newPage();
    await examiner.setViewport({ width: 1600, height: 1200 });
    await examiner.goto(`${station.url}/`);
    await typeInto(examiner, 'login-user', ADMIN.username);
    await typeInto(examiner, 'login-password', ADMIN.password);
    await Promise.all([examiner.waitForNavigation(), examiner.click('[data-testid=login-submit]')]);
    const file = await examiner.waitForSelector('[data-testid=commission-subject-file]');
    await (file as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(DEMO_WORDPRESS);
    await examiner.select('[data-testid=commission-examiner]', '1');
    await Promise.all([examiner.waitForNavigation(), examiner.click('[data-testid=new-commission]')]);
    code = await examiner.$eval('[data-testid=pairing-code]', (node) => node.textContent?.trim() ?? '');
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    await Promise.all([examiner.waitForNavigation(), examiner.click('[data-testid=commission-row] a')]);
    await examiner.waitForSelector('[data-testid=stream-state][data-state=open]');
    // Every row's arrival on the screen, against the time its event was observed.
    await examiner.evaluate(() => {
      const arrivals: number[] = [];
      (window as unknown as { arrivals: number[] }).arrivals = arrivals;
      new MutationObserver((records) => {
        const now = Date.now();
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof HTMLLIElement && node.dataset.time)
              arrivals.push(now - Number(node.dataset.time));
      }).observe(document.body, { childList: true, subtree: true });
    });
    for (const number of numbers) {
      const eb = await launchWithExtension(browserName);
      await setUpCentre(eb, site.url, PIN);
      const popup = await openPopup(eb);
      await importSubject(popup, DEMO_WORDPRESS);
      workstations.push({ number, eb, popup });
    }
  }, 300_000);

  afterAll(async () => {
    for (const w of workstations) await w.eb.close();
    await examinerBrowser?.close();
    await station?.kill();
    await site?.close();
    await database?.drop();
  });

  it('pairs each workstation with the commission code at the start: one column each, connected', async () => {
    for (const w of workstations) {
      await typeInto(w.popup, 'station-url', station.url);
      await typeInto(w.popup, 'station-code', code.toLowerCase());
      await startSession(w.popup, w.number, PIN);
      await waitForSessionState(w.popup, 'running');
      await w.popup.waitForSelector('[data-testid=station-status][data-state=connected]', {
        timeout: 20_000,
      });
      await examiner.waitForSelector(`${column(w.number)} [data-testid=live-state][data-state=connected]`, {
        timeout: 20_000,
      });
    }
    expect(await examiner.$$eval('[data-testid=candidate-column]', (nodes) => nodes.length)).toBe(
      numbers.length,
    );
  });

  it('shows each candidate’s work live, with suggestions that move, while the examiner grades', async () => {
    const [first, ...others] = workstations;
    const before = await suggested(first!.number, 'q1');
    expect(before).not.toMatch(/^(S|TS)$/);
    const page = await first!.eb.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await thoroughCandidate(page, site.url);
    await page.close();
    // The suggestion moves up as the work arrives (the graded rules of issue 14 decide how far).
    const ORDER = ['', 'TI', 'I', 'S', 'TS'];
    await examiner.waitForFunction(
      (selector: string, order: string[], from: string) =>
        order.indexOf(document.querySelector(selector)?.getAttribute('data-suggested') ?? '') >
        order.indexOf(from),
      { timeout: 20_000, polling: 200 },
      `${column(first!.number)} [data-question-id="q1"]`,
      ORDER,
      before ?? '',
    );
    // With its evidence, as the review shows it: the rules' sentence, each rule met so far with
    // its degree and the events that prove it (each a link to the timeline row).
    const why = `${column(first!.number)} [data-testid=review-question][data-question-id="q1"]`;
    const observed = await examiner.$$eval(`${why} [data-testid=rule][data-satisfied=true]`, (items) =>
      items.map((li) => ({
        text: li.textContent ?? '',
        degree: li.querySelector('[data-testid=rule-degree]')?.getAttribute('data-degree'),
        evidence: [...li.querySelectorAll('[data-testid=evidence]')].map((b) => b.textContent ?? ''),
      })),
    );
    expect(observed.length).toBeGreaterThan(0);
    expect(observed[0]!.degree).toBe('1');
    expect(observed[0]!.evidence[0]).toMatch(/^#\d+$/);
    expect(await examiner.$eval(`${why} [data-testid=explanation]`, (n) => n.textContent ?? '')).not.toBe('');
    // « À apprécier »: what the rules leave to the examiner, beside the suggestion.
    expect(await examiner.$$(`${why} [data-testid=examiner-aspect]`)).not.toHaveLength(0);
    // An evidence link brings its event's row of the timeline into view, focused.
    await examiner.click(`${why} [data-testid=rule][data-satisfied=true] [data-testid=evidence]`);
    const seq = observed[0]!.evidence[0]!.slice(1);
    await examiner.waitForFunction(
      (selector: string) => document.activeElement?.matches(selector) ?? false,
      { timeout: 5_000 },
      `${column(first!.number)} [data-testid=timeline] li[data-seq="${seq}"]`,
    );
    for (const [i, w] of others.entries()) {
      const hasty = await w.eb.newPage();
      // Wide enough for the overlay to leave the editor's buttons visible.
      await hasty.setViewport({ width: 1400, height: 1000 });
      await logIn(hasty, site.url);
      await publishArticle(hasty, site.url, {
        title: `Nouveautés ${i}`,
        content: 'Nos nouveaux thés sont arrivés.',
      });
      await hasty.close();
    }
    // During the session: a justification asked about q1, levels entered for every question.
    await examiner.click(
      `${column(first!.number)} [data-question-id="q1"] [data-testid=justification-marker]`,
    );
    await examiner.waitForSelector(
      `${column(first!.number)} [data-question-id="q1"] [data-testid=marker-count][data-markers="1"]`,
    );
    for (const w of workstations)
      for (const question of ['q1', 'q2', 'q3', 'q4', 'q5']) {
        const level = w === first ? 'S' : 'I';
        await examiner.select(
          `${column(w.number)} [data-question-id="${question}"] [data-testid=level]`,
          level,
        );
        await examiner.waitForFunction(
          (selector: string) => document.querySelector(selector)?.textContent === 'Enregistré.',
          { polling: 100, timeout: 10_000 },
          `${column(w.number)} [data-testid=column-feedback]`,
        );
      }
    for (const w of workstations)
      expect(
        await examiner.$eval(`${column(w.number)} [data-testid=live-state]`, (n) =>
          n.getAttribute('data-state'),
        ),
      ).toBe('connected');
    // The examiner's screen, filled in, is accessible (axe, WCAG 2.1 A/AA, serious and critical).
    const violations = await seriousViolations(examiner);
    expect(violations).toEqual([]);
  });

  it('delivers events to the examiner’s screen within 2 s (p95)', async () => {
    const arrivals = await examiner.evaluate(() => (window as unknown as { arrivals: number[] }).arrivals);
    expect(arrivals.length).toBeGreaterThan(20);
    const p50 = percentile(arrivals, 50);
    const p95 = percentile(arrivals, 95);
    console.log(
      `station e2e (${browserName}): ${arrivals.length} rows, observed → on screen p50 ${p50} ms, p95 ${p95} ms`,
    );
    expect(p95).toBeLessThanOrEqual(2000);
  });

  it('shows a workstation whose browser was killed as disconnected, then resumed', async () => {
    if (workstations.length < 3) return; // Chromium: the third of three workstations
    const w = workstations[2]!;
    const { profileDir } = w.eb;
    await killBrowser(w.eb.browser);
    await examiner.waitForSelector(`${column(w.number)} [data-testid=live-state][data-state=disconnected]`, {
      timeout: 30_000,
    });
    w.eb = await launchWithExtension(browserName, { profileDir });
    w.popup = await openPopup(w.eb);
    await waitForSessionState(w.popup, 'running');
    // The relaunch records « session resumed » and the link pushes it from the last acknowledged seq.
    await examiner.waitForSelector(`${column(w.number)} [data-testid=live-state][data-state=connected]`, {
      timeout: 30_000,
    });
    await examiner.waitForFunction(
      (selector: string) =>
        [...document.querySelectorAll(selector)].some((li) => li.textContent?.includes('repris')),
      { polling: 200, timeout: 20_000 },
      `${column(w.number)} [data-testid=timeline] li`,
    );
  });

  it('a station killed with SIGKILL mid-session and restarted: the workstations catch up', async () => {
    const { port } = station;
    await station.kill('SIGKILL');
    const w = workstations[0]!;
    await w.popup.waitForSelector('[data-testid=station-status][data-state=disconnected]', {
      timeout: 30_000,
    });
    // Recording goes on while the station is down.
    const page = await w.eb.newPage();
    await page.goto(`${site.url}/`, { waitUntil: 'load' });
    await page.goto(`${site.url}/wp-admin/`, { waitUntil: 'load' });
    await page.close();
    station = await startStationProcess({ ...stationOptions, port });
    for (const each of workstations) {
      await each.popup.waitForSelector('[data-testid=station-status][data-state=connected]', {
        timeout: 60_000,
      });
      // The examiner's page reconnects its stream by itself and shows the candidate connected again.
      await examiner.waitForSelector(
        `${column(each.number)} [data-testid=live-state][data-state=connected]`,
        {
          timeout: 60_000,
        },
      );
    }
    await examiner.waitForSelector('[data-testid=stream-state][data-state=open]', { timeout: 30_000 });
  });

  it('finalises on the station: assessments and the station’s copy agree with every exported bundle', async () => {
    for (const w of workstations) {
      await endSession(w.popup, PIN);
      await waitForSessionState(w.popup, 'ended');
      const parsed = parseJson('bundle', (await exportBundle(w.eb, w.popup)).text);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
      w.bundle = parsed.value;
      await examiner.waitForFunction(
        (selector: string, count: number) => document.querySelector(selector)?.textContent === String(count),
        { polling: 200, timeout: 20_000 },
        `${column(w.number)} [data-testid=event-count]`,
        parsed.value.events.length,
      );
      await examiner.click(`${column(w.number)} [data-testid=finalise]`);
      await examiner.waitForSelector(`${column(w.number)}[data-final="true"]`, { timeout: 10_000 });
    }
    const fromStation = async <T>(path: string) =>
      examiner.evaluate(async (url: string) => (await fetch(url)).json(), path) as Promise<T>;
    const { assessments } = await fromStation<{ assessments: Assessment[] }>('/api/assessments');
    for (const w of workstations) {
      const bundle = w.bundle!;
      const assessment = assessments.find((a) => a.bundle.sessionId === bundle.session.id);
      expect(assessment).toMatchObject({
        status: 'final',
        bundle: { chainHead: bundle.chain.head, eventCount: bundle.events.length },
        candidate: { number: w.number },
      });
      expect(parse('assessment', assessment).ok).toBe(true);
      // The finalised column offers the station's files: the same assessment, and its copy of the evidence.
      const links = await examiner.$$eval(
        `${column(w.number)} [data-testid=final-exports]:not([hidden]) a`,
        (anchors) =>
          anchors.map((a) => ({ href: a.getAttribute('href')!, download: a.getAttribute('download')! })),
      );
      expect(links.map((l) => l.download)).toEqual([
        `${assessment!.subject.id}-${w.number}.temoin-assessment.json`,
        `${w.number}-${assessment!.subject.id}-station.temoin.json`,
      ]);
      expect(await fromStation<Assessment>(links[0]!.href)).toEqual(assessment);
      const copy = await fromStation<EvidenceBundle>(links[1]!.href);
      expect(copy.chain).toMatchObject({ head: bundle.chain.head, count: bundle.events.length });
      const levels = assessment!.questions.map((q) => q.level);
      expect(levels).toEqual(Array(5).fill(w === workstations[0] ? 'S' : 'I'));
      const { events } = await fromStation<{ events: unknown[] }>(
        `/api/sessions/${bundle.session.id}/events`,
      );
      expect(events).toEqual(bundle.events);
    }
    const marked = assessments.find((a) => a.candidate.number === workstations[0]!.number)!;
    expect(
      marked.notes.some(
        (note) => note.questionId === 'q1' && note.question.startsWith('Justification demandée'),
      ),
    ).toBe(true);
  });

  it('prints the fiche d’évaluation from the station: grid levels, mark /20, appréciation — keyboard usable, axe clean', async () => {
    const w = workstations[0]!;
    const link = await examiner.$eval(
      `${column(w.number)} [data-testid=station-fiche]`,
      (a) => a.getAttribute('href')!,
    );
    const { assessments } = (await examiner.evaluate(async () =>
      (await fetch('/api/assessments')).json(),
    )) as {
      assessments: Assessment[];
    };
    const assessment = assessments.find((a) => a.candidate.number === w.number)!;
    const fiche = await examinerBrowser.newPage();
    try {
      await fiche.setViewport({ width: 1200, height: 1000 });
      await fiche.goto(new URL(link, station.url).href);
      await fiche.waitForSelector('[data-testid=fiche-status][data-state=ready]', { timeout: 30_000 });
      const pages = await fiche.$$eval('[data-testid=fiche-page]', (nodes) =>
        nodes.map((n) => n.getAttribute('data-candidate')),
      );
      expect(pages).toEqual([w.number]);
      const mark = String(assessment.mark).replace('.', ',');
      expect(await fiche.$eval('[data-testid=fiche-mark]', (n) => n.textContent)).toBe(`${mark}/20`);
      // The grid's criteria carry the examiner's levels (S everywhere for this candidate).
      const ticks = await fiche.$$eval('[data-testid=fiche-page] tr[data-criterion]', (rows) =>
        rows.map((r) => r.getAttribute('data-tick')),
      );
      expect(ticks.length).toBeGreaterThan(0);
      expect(ticks.filter((t) => t !== '')).not.toHaveLength(0);
      expect(new Set(ticks.filter((t) => t !== ''))).toEqual(new Set(['S']));
      expect(await fiche.$eval('html', (n) => n.lang)).toBe('fr');
      // Keyboard: the print button is reached with Tab and named in French.
      let reached = '';
      for (let i = 0; i < 15 && reached !== 'print-now'; i++) {
        await fiche.keyboard.press('Tab');
        reached = await fiche.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
      }
      expect(reached).toBe('print-now');
      expect(await fiche.$eval('[data-testid=print-now]', (n) => n.textContent?.trim())).toBe('Imprimer');
      expect(await seriousViolations(fiche)).toEqual([]);
      // The commission's « Imprimer les fiches »: one sheet per finalised candidate.
      await fiche.goto(
        new URL(
          await examiner.$eval('[data-testid=print-fiches]', (a) => a.getAttribute('href')!),
          station.url,
        ).href,
      );
      await fiche.waitForSelector('[data-testid=fiche-status][data-state=ready]', { timeout: 30_000 });
      expect(await fiche.$$eval('[data-testid=fiche-page]', (nodes) => nodes.length)).toBe(
        workstations.length,
      );
    } finally {
      await fiche.close();
    }
  });
});
