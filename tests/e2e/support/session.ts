/** The examiner's steps on the popup and options pages, as a user does them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers.ts';

export const DEMO_WORDPRESS = join(
  import.meta.dirname,
  '../../../demo/subjects/demo-wordpress-a.temoin-subject.json',
);
export const DEMO_ECOMMERCE = join(
  import.meta.dirname,
  '../../../demo/subjects/demo-ecommerce-a.temoin-subject.json',
);

/**
 * Replaces a field's value as a user does: select all, delete, type. On a loaded machine a key
 * can land while the page re-renders: a field that does not hold the value afterwards is typed
 * again, once (a field that formats what is typed ends as it would have anyway).
 */
export const fill = async (page: Page, testId: string, value: string) => {
  const selector = `[data-testid=${testId}]`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const input = await page.waitForSelector(selector);
    await input!.click({ count: 3 });
    await page.keyboard.press('Backspace');
    if (value) await input!.type(value);
    const held = await page.$eval(selector, (node) => (node as HTMLInputElement).value);
    if (held === value) return;
  }
};

const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (node) => node.textContent?.trim() ?? '');

/** Options page: reference origin and (new) examiner PIN. Returns the feedback shown. */
export const setUpCentre = async (eb: ExtensionBrowser, origin: string, pin: string, currentPin?: string) => {
  const page = await eb.openPage('options.html');
  await fill(page, 'reference-origin', origin);
  if (currentPin !== undefined) await fill(page, 'examiner-pin-current', currentPin);
  await fill(page, 'examiner-pin', pin);
  await page.click('[data-testid=save-settings]');
  const handle = await page.waitForFunction(
    () => document.querySelector('[data-testid=settings-feedback]')?.textContent?.trim() || undefined,
  );
  const feedback = String(await handle.jsonValue());
  await page.close();
  return feedback;
};

export const openPopup = (eb: ExtensionBrowser) => eb.openPage('popup.html?tab=1');

/** Chooses a file in the popup's subject input; returns the feedback text. */
export const importSubject = async (popup: Page, file: string) => {
  await popup.bringToFront();
  const seq = await feedbackSeq(popup);
  const input = await popup.waitForSelector('[data-testid=subject-file]');
  await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
  return nextFeedback(popup, seq);
};

const feedbackSeq = (popup: Page) =>
  popup.$eval('[data-testid=popup-feedback]', (node) => Number(node.getAttribute('data-seq') ?? 0));

/** Waits for the popup to give new feedback (each message bumps `data-seq`) and returns it. */
const nextFeedback = async (popup: Page, after: number) => {
  await popup.waitForFunction(
    (seq: number) =>
      Number(document.querySelector('[data-testid=popup-feedback]')?.getAttribute('data-seq') ?? 0) > seq,
    // Poll on a timer: the default (animation frames) stalls in a background tab.
    { timeout: 15_000, polling: 100 },
    after,
  );
  return textOf(popup, '[data-testid=popup-feedback]');
};

/** Runs an action and returns the feedback it produced. */
export const feedbackAfter = async (popup: Page, action: () => Promise<void>) => {
  const seq = await feedbackSeq(popup);
  await action();
  return nextFeedback(popup, seq);
};

/** Types the PIN, then clicks a button of the popup; returns the feedback it produced. */
export const withPin = (popup: Page, testId: string, pin: string) =>
  feedbackAfter(popup, async () => {
    await popup.bringToFront();
    await fill(popup, 'examiner-pin', pin);
    await popup.click(`[data-testid=${testId}]`);
  });

export const startSession = async (popup: Page, candidate: string, pin: string) => {
  await popup.bringToFront();
  await fill(popup, 'candidate-number', candidate);
  await fill(popup, 'examiner-pin', pin);
  await popup.click('[data-testid=start-session]');
};

export const waitForSessionState = async (popup: Page, state: 'idle' | 'running' | 'ended') => {
  try {
    await popup.waitForSelector(`[data-testid=session-status][data-state=${state}]`, { timeout: 40_000 });
  } catch (error) {
    // Say what the examiner would see instead: the status and the popup's last word.
    const seen = await popup
      .evaluate(() => ({
        status: document.querySelector('[data-testid=session-status]')?.getAttribute('data-state'),
        feedback: document.querySelector('[data-testid=popup-feedback]')?.textContent?.trim(),
      }))
      .catch(() => undefined);
    throw new Error(`session never reached « ${state} »; the popup shows ${JSON.stringify(seen)}`, {
      cause: error,
    });
  }
};

export const endSession = async (popup: Page, pin: string) => {
  await popup.bringToFront();
  await fill(popup, 'examiner-pin', pin);
  await popup.click('[data-testid=end-session]');
};

const bundlesIn = (dir: string) =>
  // A second export of the same name is renamed by the browser: « … .temoin (1).json » (Chromium), « … .temoin(1).json » (Firefox).
  existsSync(dir) ? readdirSync(dir).filter((name) => /\.temoin(?: ?\(\d+\))?\.json$/.test(name)) : [];

/** Clicks « Exporter » and returns the newly downloaded bundle's file name, text and the popup's word. */
export const exportBundle = async (eb: ExtensionBrowser, popup: Page) => {
  await popup.bringToFront();
  const before = new Set(bundlesIn(eb.downloadsDir));
  const seq = await feedbackSeq(popup);
  await popup.click('[data-testid=export-bundle]');
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const name = bundlesIn(eb.downloadsDir).find((file) => !before.has(file));
    if (name) {
      const text = readFileSync(join(eb.downloadsDir, name), 'utf8');
      let complete = false;
      try {
        JSON.parse(text);
        complete = true;
      } catch {
        // still being written
      }
      if (complete) {
        // The popup reads the saved file back and marks the session exported: wait for its word,
        // so that the next session does not start before (it would ask for a confirmation).
        const feedback = await nextFeedback(popup, seq);
        return { name, text, feedback };
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no new bundle downloaded into ${eb.downloadsDir}`);
};
