/**
 * Exam-day operations in Chromium and Firefox, as the examiner does them in the popup and as
 * the candidate sees them in the overlay: « tiers-temps », a pause for an incident and its
 * resumption, the guard before starting over a session nobody exported, a verified export and
 * the purge, and a browser that stops in the middle of a session (resumed with the PIN).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJson } from '../../shared/schema/index.ts';
import { BROWSERS, type ExtensionBrowser } from './support/browsers.ts';
import { type Centre, openCentre } from './support/centre.ts';
import type { DemoSite } from './support/demo-site.ts';
import {
  endSession,
  exportBundle,
  feedbackAfter,
  fill,
  startSession,
  waitForSessionState,
  withPin as withPinAs,
} from './support/session.ts';
import { waitForNode, waitUntil } from './support/shadow.ts';

const PIN = '482913';
const overlay = (selector: string) => `temoin-overlay >>> ${selector}`;
const toSeconds = (mmss: string) => {
  const match = /(\d+):(\d{2})/.exec(mmss);
  return match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN;
};
const text = (page: Page, selector: string) => page.$eval(selector, (node) => node.textContent?.trim() ?? '');
const timer = async (page: Page) => toSeconds(await text(page, overlay('[data-testid=timer]')));
const popupTimeLeft = async (popup: Page) => toSeconds(await text(popup, '[data-testid=session-time-left]'));
/** Waits for the overlay's clock to say paused or not. */
const waitForClock = (page: Page, paused: 'true' | 'false') =>
  waitForNode(page, overlay(`[data-testid=clock][data-paused=${paused}]`), 10_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Types the PIN (the examiner's by default), then clicks a button of the popup. */
const withPin = (popup: Page, testId: string, pin = PIN) => withPinAs(popup, testId, pin);

const rows = (popup: Page) =>
  popup.$$eval('[data-testid=session-row]', (nodes) =>
    nodes.map((node) => ({
      candidate: node.getAttribute('data-candidate'),
      exported: node.getAttribute('data-exported'),
      status: node.getAttribute('data-status'),
    })),
  );

describe.each(BROWSERS)('exam-day operations in %s', (browserName) => {
  let centre: Centre;
  let site: DemoSite;
  let eb: ExtensionBrowser;
  let popup: Page;
  let candidatePage: Page;

  beforeAll(async () => {
    // Checks, as this file did, that the settings are saved and the subject imported.
    centre = await openCentre(browserName, PIN);
    ({ site, eb, popup } = centre);
  });
  afterAll(async () => {
    await centre?.close();
  });

  it('grants « tiers-temps » with the PIN: 40 min + 14 in the popup and on the candidate’s clock', async () => {
    await startSession(popup, '1001', PIN);
    await waitForSessionState(popup, 'running');
    candidatePage = await eb.newPage();
    await candidatePage.goto(`${site.url}/blog`);
    await candidatePage.waitForSelector(overlay('[data-testid=timer]'), { timeout: 15_000 });
    expect(await timer(candidatePage)).toBeLessThanOrEqual(40 * 60);

    await popup.bringToFront();
    await popup.click('[data-testid=time-extension-third]');
    expect(
      await popup.$eval('[data-testid=time-extension-third]', (n) => (n as HTMLInputElement).checked),
    ).toBe(true);
    expect(await withPin(popup, 'time-extension', '000000')).toBe('Code examinateur incorrect.');
    // Refused: the choice stays, the examiner only types the right PIN.
    expect(await withPin(popup, 'time-extension')).toBe('Temps supplémentaire accordé : +14 min');
    await popup.waitForFunction(
      () =>
        Number(
          /(\d+):/.exec(document.querySelector('[data-testid=session-time-left]')?.textContent ?? '')?.[1],
        ) >= 53,
      { polling: 200, timeout: 10_000 },
    );
    expect(await popupTimeLeft(popup)).toBeGreaterThan(53 * 60);
    await candidatePage.bringToFront();
    await waitUntil(
      candidatePage,
      'temoin-overlay >>>> [data-testid=timer]',
      (el) => Number(/(\d+):/.exec(el.textContent ?? '')?.[1]) >= 53,
      10_000,
    );
    expect(await timer(candidatePage)).toBeLessThanOrEqual(54 * 60);
  });

  it('pauses for an incident with a reason: the clock stops for the candidate, then goes on', async () => {
    await popup.bringToFront();
    await fill(popup, 'pause-reason', 'Coupure du réseau du centre');
    expect(await withPin(popup, 'pause-session')).toBe('Épreuve mise en pause.');
    expect(await text(popup, '[data-testid=pause-state]')).toContain('Coupure du réseau du centre');
    await candidatePage.bringToFront();
    await waitForClock(candidatePage, 'true');
    expect(await text(candidatePage, overlay('[data-testid=timer-state]'))).toBe(
      'Épreuve en pause : le temps est arrêté.',
    );
    const frozen = await timer(candidatePage);
    await sleep(2_500);
    expect(await timer(candidatePage)).toBe(frozen);

    expect(await withPin(popup, 'resume-session')).toBe('Épreuve reprise.');
    await candidatePage.bringToFront();
    await waitForClock(candidatePage, 'false');
    await sleep(2_500);
    const after = await timer(candidatePage);
    expect(after).toBeLessThan(frozen);
    // The paused seconds were given back: no more than a few seconds went by on the clock.
    expect(after).toBeGreaterThan(frozen - 10);
  });

  it('records the extra time and the pause as events of the bundle', async () => {
    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');
    const { text: bundleText } = await exportBundle(eb, popup);
    const parsed = parseJson('bundle', bundleText);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const events = parsed.value.events;
    expect(events.find((e) => e.kind === 'session.timeExtended')?.data).toEqual({
      minutes: 14,
      basis: 'third',
      reason: 'Tiers-temps : +14 min',
    });
    expect(events.find((e) => e.kind === 'session.paused')?.data).toEqual({
      reason: 'Coupure du réseau du centre',
      cause: 'incident',
    });
    const ended = events.find((e) => e.kind === 'session.pauseEnded');
    expect(ended?.data).toMatchObject({ reason: 'Coupure du réseau du centre' });
    expect((ended?.data as { pausedMs?: number } | undefined)?.pausedMs).toBeGreaterThan(2_000);
    // The export was checked: the session is listed as exported.
    await popup.waitForSelector('[data-testid=session-row][data-candidate="1001"][data-exported=true]');
  });

  it('asks the examiner before starting over a session nobody exported', async () => {
    await startSession(popup, '1002', PIN);
    await waitForSessionState(popup, 'running');
    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');
    await popup.waitForSelector('[data-testid=session-row][data-candidate="1002"][data-exported=false]');

    const refused = await feedbackAfter(popup, () => startSession(popup, '1003', PIN));
    expect(refused).toContain('La session précédente (candidat 1002) n’a jamais été exportée');
    await waitForSessionState(popup, 'ended');
    await popup.waitForSelector('[data-testid=unexported-warning]');
    await popup.click('[data-testid=confirm-unexported]');
    await startSession(popup, '1003', PIN);
    await waitForSessionState(popup, 'running');
    // The list reloads after the status: wait for the new row before reading it.
    await popup.waitForSelector('[data-testid=session-row][data-candidate="1003"]', { timeout: 10_000 });
    expect(await rows(popup)).toEqual([
      { candidate: '1003', exported: 'false', status: 'running' },
      { candidate: '1002', exported: 'false', status: 'ended' },
      { candidate: '1001', exported: 'true', status: 'ended' },
    ]);
  });

  it('purges an exported session with the PIN, and refuses one never exported', async () => {
    const row = (candidate: string) => `[data-testid=session-row][data-candidate="${candidate}"]`;
    expect(
      await popup.$eval(
        `${row('1002')} [data-testid=purge-session]`,
        (b) => (b as HTMLButtonElement).disabled,
      ),
    ).toBe(true);
    expect(
      await withPin(popup, `session-row][data-candidate="1001"] [data-testid=purge-session`, '000000'),
    ).toBe('Code examinateur incorrect.');
    expect(await withPin(popup, `session-row][data-candidate="1001"] [data-testid=purge-session`)).toBe(
      'Session effacée du poste.',
    );
    await popup.waitForFunction(
      (selector: string) => !document.querySelector(selector),
      { polling: 200, timeout: 10_000 },
      row('1001'),
    );
    expect((await rows(popup)).map((r) => r.candidate)).toEqual(['1003', '1002']);
  });

  it('after the browser stops mid-session: paused until the examiner resumes it with the PIN', async () => {
    const before = await timer(candidatePage).catch(async () => {
      await candidatePage.goto(`${site.url}/blog`);
      await candidatePage.waitForSelector(overlay('[data-testid=timer]'), { timeout: 15_000 });
      return timer(candidatePage);
    });
    await centre.restart();
    ({ eb, popup } = centre);
    await waitForSessionState(popup, 'running');
    await popup.waitForSelector('[data-testid=pause-state][data-cause=interruption]', { timeout: 15_000 });
    expect(await text(popup, '[data-testid=pause-state]')).toContain(
      'Le navigateur s’est arrêté pendant l’épreuve',
    );

    candidatePage = await eb.newPage();
    await candidatePage.goto(`${site.url}/blog`);
    await candidatePage.waitForSelector(overlay('[data-testid=clock][data-paused=true]'), {
      timeout: 15_000,
    });
    const frozen = await timer(candidatePage);
    expect(frozen).toBeLessThanOrEqual(before);
    await sleep(2_000);
    expect(await timer(candidatePage)).toBe(frozen);

    expect(await withPin(popup, 'resume-session', '000000')).toBe('Code examinateur incorrect.');
    expect(await withPin(popup, 'resume-session')).toBe('Épreuve reprise.');
    await candidatePage.bringToFront();
    await waitForClock(candidatePage, 'false');
    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');
    const { text: bundleText } = await exportBundle(eb, popup);
    const parsed = parseJson('bundle', bundleText);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const kinds = parsed.value.events.map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['session.resumed', 'session.paused', 'session.pauseEnded']),
    );
    expect(parsed.value.events.find((e) => e.kind === 'session.paused')?.data).toMatchObject({
      cause: 'interruption',
    });
    expect(kinds.at(-1)).toBe('session.ended');
  });
});
