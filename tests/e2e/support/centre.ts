/**
 * The setting most e2e files start from: the demo site running, a browser with the extension
 * set up as a centre (reference origin, examiner PIN), the popup open, a subject imported.
 */
import type { Page } from 'puppeteer-core';
import { type BrowserName, type ExtensionBrowser, launchWithExtension } from './browsers.ts';
import { type DemoSite, startDemo } from './demo-site.ts';
import { DEMO_WORDPRESS, importSubject, openPopup, setUpCentre } from './session.ts';

export interface Centre {
  site: DemoSite;
  eb: ExtensionBrowser;
  popup: Page;
  close(): Promise<void>;
}

export const openCentre = async (
  browserName: BrowserName,
  pin: string,
  subject: string = DEMO_WORDPRESS,
): Promise<Centre> => {
  const site = await startDemo();
  const eb = await launchWithExtension(browserName);
  await setUpCentre(eb, site.url, pin);
  const popup = await openPopup(eb);
  await importSubject(popup, subject);
  return {
    site,
    eb,
    popup,
    close: async () => {
      await eb.close();
      await site.close();
    },
  };
};
