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
  close(): Promise<void>;
}

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

/** Runs a step; on failure keeps a screenshot named after it, then rethrows. */
export const step = async <T>(exam: Exam | undefined, name: string, action: () => Promise<T>): Promise<T> => {
  if (!exam) throw new Error('the exam session did not start');
  try {
    return await action();
  } catch (error) {
    await exam.screenshot(`fail-${name}`);
    throw error;
  }
};
