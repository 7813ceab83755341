/**
 * One exam session on a real site, as the examiner and the candidate live it: the examiner sets
 * up the centre (reference origin + PIN), imports a subject and starts the session in the popup;
 * the candidate works in an ordinary tab; the examiner ends the session and exports the bundle.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { verifyChain } from '../../../shared/bundle/chain.ts';
import { type EvidenceBundle, parseJson } from '../../../shared/schema/index.ts';
import { type ExtensionBrowser, launchWithExtension } from '../../e2e/support/browsers.ts';
import {
  endSession,
  exportBundle,
  importSubject,
  openPopup,
  setUpCentre,
  startSession,
  waitForSessionState,
} from '../../e2e/support/session.ts';
import { ROOT } from './sites.ts';

export const PIN = '482913';
export const CANDIDATE = '42';
export const ARTIFACTS = join(ROOT, 'tests/sites-e2e/.artifacts');
export const SUBJECTS = {
  wordpress: join(ROOT, 'demo/subjects/demo-wordpress-a.temoin-subject.json'),
  ecommerce: join(ROOT, 'demo/subjects/demo-ecommerce-a.temoin-subject.json'),
};

export interface ExportedBundle {
  text: string;
  parsed: ReturnType<typeof parseJson<'bundle'>>;
  bundle?: EvidenceBundle;
  chain?: Awaited<ReturnType<typeof verifyChain>>;
}

export interface Exam {
  eb: ExtensionBrowser;
  popup: Page;
  /** The candidate's tab. */
  page: Page;
  /** Ends the session with the PIN, exports the bundle, keeps a copy in .artifacts/. */
  finish(name: string): Promise<ExportedBundle>;
  /** Saves a full-page screenshot of the candidate's tab in .artifacts/. */
  screenshot(name: string): Promise<void>;
  /** What the candidate's tab last said (console errors and warnings, page errors, failed requests). */
  recentTrouble(): string[];
  /** The first step that failed: the later steps build on it. */
  failedStep?: string;
  close(): Promise<void>;
}

/** How many of the candidate tab's latest troubles a failed step prints. */
const TROUBLE_KEPT = 20;

export const startExam = async (origin: string, subjectFile: string): Promise<Exam> => {
  const eb = await launchWithExtension('chromium');
  try {
    const feedback = await setUpCentre(eb, origin, PIN);
    if (!/enregistr/i.test(feedback)) throw new Error(`centre set-up refused: ${feedback}`);
    const popup = await openPopup(eb);
    await waitForSessionState(popup, 'idle');
    const imported = await importSubject(popup, subjectFile);
    if (!/import/i.test(imported)) throw new Error(`subject not imported: ${imported}`);
    await startSession(popup, CANDIDATE, PIN);
    await waitForSessionState(popup, 'running');
    const page = await eb.newPage();
    await page.setViewport({ width: 1440, height: 1000 });
    page.setDefaultTimeout(30_000);
    const trouble: string[] = [];
    const note = (line: string) => {
      trouble.push(`${new Date().toISOString().slice(11, 23)} ${line.slice(0, 300)}`);
      if (trouble.length > TROUBLE_KEPT) trouble.shift();
    };
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn')
        note(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => note(`page error: ${String(error)}`));
    page.on('requestfailed', (request) =>
      note(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? '?'})`),
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    return {
      eb,
      popup,
      page,
      async finish(name) {
        await popup.bringToFront();
        const explain = async (what: string, error: unknown) => {
          await popup
            .screenshot({ path: join(ARTIFACTS, `fail-${name}-popup.png`), fullPage: true })
            .catch(() => {});
          const feedback = await popup
            .$eval('[data-testid=popup-feedback]', (node) => node.textContent?.trim() ?? '')
            .catch(() => '(no feedback element)');
          return new Error(`${what}: ${String(error)} — popup feedback: « ${feedback} »`);
        };
        try {
          await endSession(popup, PIN);
          await waitForSessionState(popup, 'ended');
        } catch (error) {
          throw await explain('the session did not end', error);
        }
        const { text } = await exportBundle(eb, popup).catch(async (error: unknown) => {
          throw await explain('the bundle was not exported', error);
        });
        writeFileSync(join(ARTIFACTS, `${name}.temoin.json`), text);
        const parsed = parseJson('bundle', text);
        if (!parsed.ok) return { text, parsed };
        const bundle = parsed.value;
        return { text, parsed, bundle, chain: await verifyChain(bundle.events, bundle.chain.head) };
      },
      async screenshot(name) {
        await page
          .screenshot({ path: join(ARTIFACTS, `${name}.png`) as `${string}.png`, fullPage: true })
          .catch(() => undefined);
      },
      recentTrouble: () => [...trouble],
      close: () => eb.close(),
    };
  } catch (error) {
    await eb.close();
    throw error;
  }
};

/**
 * The Témoin panel floats over the right side of the page, where both back offices keep their
 * buttons (WordPress's editor sidebar, EverShop's Save). A candidate folds it away: click its
 * collapse button when it is there (the choice is remembered across pages).
 */
export const foldOverlay = async (page: Page) => {
  const collapse = await page
    .waitForSelector('temoin-overlay >>> [data-testid=overlay-collapse]', { visible: true, timeout: 5_000 })
    .catch(() => null);
  if (!collapse) return false;
  await collapse.click();
  await page
    .waitForSelector('temoin-overlay >>> [data-testid=overlay-collapse]', { hidden: true, timeout: 3_000 })
    .catch(() => undefined);
  return true;
};

/** A step's own limit, under the test's (vitest.config.ts): its failure is then this file's to report. */
const STEP_LIMIT_MS = 150_000;

/**
 * Whether the candidate's tab still answers: a renderer stuck in a script never settles an
 * evaluation, and every later wait would run to its timeout.
 */
const answers = (page: Page) =>
  Promise.race([
    page
      .evaluate(() => `${location.href} (${document.readyState})`)
      .catch((e: unknown) => `error: ${String(e)}`),
    new Promise<string>((resolve) =>
      setTimeout(() => resolve('NO ANSWER within 5 s (renderer busy or hung)'), 5_000),
    ),
  ]);

/**
 * Runs a step of the session. The steps build on one another: once one failed, the later ones
 * fail at once, naming it, instead of each waiting out its timeouts on a session gone wrong
 * (a whole file could outlast CI's budget). A failure keeps a screenshot and prints, as it
 * happens, where the tab was and what it last reported — CI's log is all a remote run leaves.
 */
export const step = async <T>(exam: Exam | undefined, name: string, action: () => Promise<T>): Promise<T> => {
  if (!exam) throw new Error('the exam session did not start');
  if (exam.failedStep) throw new Error(`not tried: the earlier step « ${exam.failedStep} » failed`);
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`still running after ${STEP_LIMIT_MS / 1000} s`)),
      STEP_LIMIT_MS,
    );
  });
  try {
    return await Promise.race([action(), limit]);
  } catch (error) {
    exam.failedStep = name;
    await exam.screenshot(`fail-${name}`);
    const where = await answers(exam.page);
    console.error(
      [
        `step « ${name} » failed after ${Date.now() - started} ms: ${String(error)}`,
        `  the candidate's tab: ${where}`,
        ...exam.recentTrouble().map((line) => `  ${line}`),
      ].join('\n'),
    );
    throw error;
  } finally {
    clearTimeout(timer);
  }
};
