/** Helpers that act as a user would on the extension's pages. */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browsers.ts';

export const configureReferenceOrigin = async (eb: ExtensionBrowser, origin: string): Promise<string> => {
  const page = await eb.openPage('options.html');
  const input = await page.waitForSelector('[data-testid=reference-origin]');
  await input!.click({ count: 3 });
  await input!.type(origin);
  await page.click('[data-testid=save-settings]');
  const feedback = await page.waitForFunction(
    () => document.querySelector('[data-testid=settings-feedback]')?.textContent?.trim() || undefined,
  );
  const text = String(await feedback.jsonValue());
  await page.close();
  return text;
};

/** Whether `<temoin-overlay>` is mounted, after the content script had every chance to run. */
export const overlayPresent = async (page: Page, settleMs = 1500): Promise<boolean> => {
  await page.waitForFunction(() => document.readyState === 'complete');
  try {
    await page.waitForSelector('temoin-overlay', { timeout: settleMs });
    return true;
  } catch {
    return false;
  }
};
