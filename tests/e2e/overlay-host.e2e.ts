/**
 * The overlay host appears on the configured reference origin, in the top frame, and nowhere
 * else — in both browsers, with the real built extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { type DemoSite, startDemo } from './support/demo-site.ts';
import { configureReferenceOrigin, overlayPresent } from './support/pages.ts';

describe.each(BROWSERS)('overlay host in %s', (browserName) => {
  let site: DemoSite;
  let eb: ExtensionBrowser;

  beforeAll(async () => {
    site = await startDemo();
    eb = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await eb?.close();
    await site?.close();
  });

  it('refuses an origin with a path, with a message that says why', async () => {
    const feedback = await configureReferenceOrigin(eb, `${site.url}/blog`);
    expect(feedback).toContain('sans chemin');
  });

  it('mounts <temoin-overlay> with an open shadow root on the reference origin', async () => {
    expect(await configureReferenceOrigin(eb, site.url)).toBe('Réglages enregistrés.');
    const page = await eb.newPage();
    await page.goto(`${site.url}/`);
    expect(await overlayPresent(page, 10_000)).toBe(true);
    const status = await page.waitForSelector('temoin-overlay >>> [data-testid=overlay-status]');
    expect(await status!.evaluate((node) => node.textContent)).toContain('Aucune épreuve en cours');
    expect(await page.$$eval('temoin-overlay', (hosts) => hosts.length)).toBe(1);
    await page.close();
  });

  it('does not mount on another origin, even one the extension may read', async () => {
    const page = await eb.newPage();
    await page.goto(`${site.otherOriginUrl}/`);
    expect(await overlayPresent(page)).toBe(false);
    await page.close();
  });

  it('does not mount inside frames of the reference origin', async () => {
    const page = await eb.newPage();
    await page.goto(`${site.url}/`);
    expect(await overlayPresent(page, 10_000)).toBe(true);
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.id = 'inner';
      document.body.append(frame);
      return new Promise((resolve) => frame.addEventListener('load', resolve));
    }, `${site.url}/mentions-legales`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const frameHosts = await page.evaluate(
      () =>
        (document.getElementById('inner') as HTMLIFrameElement).contentDocument?.querySelectorAll(
          'temoin-overlay',
        ).length ?? -1,
    );
    expect(frameHosts).toBe(0);
    await page.close();
  });
});
