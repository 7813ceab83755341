/**
 * The candidate as adversary against the capture content script itself, in Chromium and
 * Firefox: a page script that tries to switch it off. WXT's content-script context stops a
 * script when « a newer copy started », which it learns from an event on the document named
 * after the extension's id and the script — a name the page can build (the id is public) and
 * an event the page can dispatch. The capture must keep recording, and the network hook's
 * answers must keep arriving, whatever the page dispatches; the overlay (the timer, the subject)
 * must stay on the page and keep answering the candidate.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_EXTENSION_ID, GECKO_ID } from '../../extension/identity.ts';
import { BROWSERS } from './support/browsers.ts';
import {
  durableCount,
  exportAndVerify,
  type RunningSession,
  sitePage,
  startCaptureSession,
  waitForDurableCount,
} from './support/capture.ts';
import { type DemoSite, startDemo } from './support/demo-site.ts';

describe.each(BROWSERS)('the page cannot switch the capture off in %s', (browserName) => {
  let site: DemoSite;
  let session: RunningSession;
  let page: Page;

  beforeAll(async () => {
    site = await startDemo();
    session = await startCaptureSession(browserName, site.url);
    page = await sitePage(session, `${site.url}/`);
  });
  afterAll(async () => {
    await session?.eb.close();
    await site?.close();
  });

  it('keeps recording after the page dispatches WXT’s « newer script started » event', async () => {
    await page.evaluate(
      (ids: string[]) => {
        for (const id of ids)
          for (const name of ['capture', 'network-hook', 'overlay']) {
            const type = `${id}:${name}:wxt:content-script-started`;
            const detail = { contentScriptName: name, messageId: 'forged' };
            document.dispatchEvent(new CustomEvent(type, { detail }));
            window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
          }
      },
      [CHROMIUM_EXTENSION_ID, GECKO_ID],
    );
    // A click the candidate makes afterwards on the same page.
    const before = await durableCount(session.popup);
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Après la tentative';
      button.id = 'after-attack';
      document.body.append(button);
    });
    await page.click('#after-attack');
    await waitForDurableCount(session.popup, before + 1, 15_000);
    // The overlay is still there and still answers its shortcut (its listeners were not cut).
    const collapsed = () =>
      page.$eval('temoin-overlay', (host) => host.getAttribute('data-collapsed')).catch(() => 'no overlay');
    const wasCollapsed = await collapsed();
    expect(wasCollapsed === 'true' || wasCollapsed === 'false', `overlay host: ${wasCollapsed}`).toBe(true);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyT');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await page.waitForFunction(
      (was) => document.querySelector('temoin-overlay')?.getAttribute('data-collapsed') !== was,
      { timeout: 10_000, polling: 100 },
      wasCollapsed,
    );
    expect(await collapsed()).toBe(wasCollapsed === 'true' ? 'false' : 'true');

    const { events, chainOk } = await exportAndVerify(session.eb, session.popup);
    expect(chainOk).toBe(true);
    expect(
      events.some(
        (event) =>
          event.kind === 'ui.clicked' && (event.data as { name?: string }).name === 'Après la tentative',
      ),
    ).toBe(true);
  });
});
