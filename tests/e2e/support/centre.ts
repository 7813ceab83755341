/**
 * The setting most e2e files start from: the demo site running, a browser with the extension
 * set up as a centre (reference origin, examiner PIN), the popup open, a subject imported —
 * each step checked as the files that copied it did.
 */
import type { Page } from 'puppeteer-core';
import { type BrowserName, type ExtensionBrowser, launchWithExtension } from './browsers.ts';
import { type DemoSite, startDemo } from './demo-site.ts';
import { DEMO_WORDPRESS, importSubject, openPopup, setUpCentre } from './session.ts';

export interface Centre {
  site: DemoSite;
  eb: ExtensionBrowser;
  popup: Page;
  /**
   * Closes the browser keeping its profile and starts it again, as a workstation restarted
   * mid-session; `eb` and `popup` are then the new ones.
   */
  restart(): Promise<void>;
  /** Closes the browser open now and the demo site. */
  close(): Promise<void>;
}

/**
 * Opens the centre; refuses (closing what it opened) when the settings are not saved or the
 * subject is not imported, so that no test runs on a half set-up centre.
 */
export const openCentre = async (
  browserName: BrowserName,
  pin: string,
  subject: string = DEMO_WORDPRESS,
): Promise<Centre> => {
  const site = await startDemo();
  const eb = await launchWithExtension(browserName).catch(async (error: unknown) => {
    await site.close();
    throw error;
  });
  const close = async () => {
    await eb.close();
    await site.close();
  };
  try {
    const saved = await setUpCentre(eb, site.url, pin);
    if (saved !== 'Réglages enregistrés.') throw new Error(`centre settings not saved: « ${saved} »`);
    const popup = await openPopup(eb);
    const imported = await importSubject(popup, subject);
    if (!imported.includes('Sujet importé')) throw new Error(`subject not imported: « ${imported} »`);
    const centre: Centre = {
      site,
      eb,
      popup,
      restart: async () => {
        await centre.eb.close({ keepProfile: true });
        centre.eb = await launchWithExtension(browserName, { profileDir: centre.eb.profileDir });
        centre.popup = await openPopup(centre.eb);
      },
      close: async () => {
        await centre.eb.close();
        await site.close();
      },
    };
    return centre;
  } catch (error) {
    await close();
    throw error;
  }
};
