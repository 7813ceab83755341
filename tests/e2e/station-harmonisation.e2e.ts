/**
 * Harmonisation reads the station, end to end on real parts: the station process (PGlite),
 * workstations simulated with the extension's own station link (pairing, signed batches), and
 * the examiner's pages in a real Chromium and Firefox. An examiner grades and finalises on the
 * station, opens « Harmonisation des notes » and finds her finalised assessments there without
 * any file moved — and none of another examiner's; a later finalisation appears on
 * « Actualiser » (keyboard). The administrator sees every commission; files still import, and
 * a bundle edited after the fact (re-chained and re-sealed, so it reads as a valid file) is
 * flagged against the head the station anchored, while the honest one is not; an assessment
 * without a bundle file gets the station's copy of its evidence on request. The review, offline in
 * the extension, checks a bundle against the station's receipt file or the head its screen shows,
 * without one request to the station.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealEvents } from '../../shared/bundle/chain.ts';
import { sealBundle } from '../../shared/bundle/seal.ts';
import { shortChainHead } from '../../shared/bundle/short-head.ts';
import { CHAIN_ALGORITHM, type EvidenceBundle } from '../../shared/schema/bundle.ts';
import type { CaptureEvent, UnsealedEvent } from '../../shared/schema/event.ts';
import { demoPackage, demoPackageText } from '../../station/testing.ts';
import {
  ADMIN,
  adminSession,
  type StationProcess,
  startStationProcess,
} from '../../station/testing-process.ts';
import { createWorkstation, type Workstation } from '../../station/testing-workstation.ts';
import { seriousViolations } from './support/axe.ts';
import {
  BROWSERS,
  type BrowserName,
  type ExtensionBrowser,
  launchWithExtension,
} from './support/browsers.ts';
import { waitForCount, waitForNode, waitForText, waitUntil } from './support/shadow.ts';

const ALICE = { username: 'alice', displayName: 'Alice Martin', password: 'alice-password-1' };
const BOB = { username: 'bob', displayName: 'Bob Durand', password: 'bob-password-1' };
const QUESTIONS = demoPackage().subject.questions.map((q) => q.id);
const view = (selector: string) => `ge-harmonisation >>> ${selector}`;

/** The bundle the workstation would export (sealed), optionally with one event edited and re-chained. */
const exported = async (w: Workstation, editAt?: number): Promise<EvidenceBundle> => {
  let events: CaptureEvent[] = [...w.events];
  if (editAt !== undefined) {
    const rest = events
      .slice(editAt)
      .map(({ seq: _seq, hash: _hash, ...event }, i) =>
        i === 0 ? { ...event, data: { ...event.data, title: 'Article inventé après coup' } } : event,
      ) as UnsealedEvent[];
    const resealed = await sealEvents({ seq: editAt, head: events[editAt - 1]!.hash }, rest);
    events = [...events.slice(0, editAt), ...resealed.sealed];
  }
  return sealBundle({
    format: 'temoin.bundle/1',
    exportedAt: new Date().toISOString(),
    session: w.session(),
    subjectPackage: demoPackage(),
    events,
    chain: { algorithm: CHAIN_ALGORITHM, count: events.length, head: events.at(-1)!.hash },
  });
};

const typeInto = async (page: Page, testId: string, value: string) => {
  const input = await page.waitForSelector(`[data-testid=${testId}]`);
  await input!.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await input!.type(value);
};

/** An account's session over HTTP: a JSON call with its cookie. */
const accountSession = async (url: string, user: { username: string; password: string }) => {
  const login = await fetch(`${url}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(user).toString(),
    redirect: 'manual',
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  return async (method: string, path: string, body: unknown) =>
    (
      await fetch(`${url}${path}`, {
        method,
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json() as Promise<unknown>;
};

const logInAs = async (page: Page, url: string, user: { username: string; password: string }) => {
  await page.goto(`${url}/login`);
  await typeInto(page, 'login-user', user.username);
  await typeInto(page, 'login-password', user.password);
  await Promise.all([page.waitForNavigation(), page.click('[data-testid=login-submit]')]);
};

const examinerRows = (page: Page) =>
  page.$$eval(view('[data-testid=examiner-row]'), (rows) =>
    // The first row is the cohort's.
    rows.map((r) => r.getAttribute('data-key') ?? '').filter((key) => key !== '*'),
  );

describe.each(BROWSERS)('harmonisation on the station in %s', (browserName: BrowserName) => {
  let station: StationProcess;
  let eb: ExtensionBrowser;
  let page: Page;
  const candidates: Record<'a1' | 'a2' | 'b1', Workstation> = {} as never;
  let admin: Awaited<ReturnType<typeof adminSession>>;
  let aliceCommission = '';

  beforeAll(async () => {
    station = await startStationProcess({});
    admin = await adminSession(station.url);
    const ids: number[] = [];
    for (const account of [ALICE, BOB])
      ids.push((await admin.call<{ id: number }>('POST', '/api/examiners', account)).id);
    const [a, b] = await Promise.all(
      ids.map((examinerId, i) =>
        admin.call<{ id: string; pairingCode: string }>('POST', '/api/commissions', {
          label: `Commission ${i + 1}`,
          examinerId,
          packageText: demoPackageText(),
        }),
      ),
    );
    aliceCommission = a!.id;
    const plan = [
      ['a1', '61001', a!.pairingCode],
      ['a2', '61002', a!.pairingCode],
      ['b1', '62001', b!.pairingCode],
    ] as const;
    for (const [key, number, code] of plan) {
      const w = createWorkstation(number);
      candidates[key] = w;
      await w.pair(station.url, code);
      await w.work(16);
    }
    // Everything acknowledged: the station holds each chain's head.
    for (const w of Object.values(candidates)) {
      const deadline = Date.now() + 30_000;
      while ((w.record()?.acked ?? 0) < w.events.length) {
        if (Date.now() > deadline) throw new Error(`not acknowledged: ${station.output()}`);
        await w.push();
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    eb = await launchWithExtension(browserName);
    page = await eb.newPage();
    await page.setViewport({ width: 1400, height: 1100 });
  }, 240_000);

  afterAll(async () => {
    for (const w of Object.values(candidates)) w.stop();
    await eb?.close();
    await station?.kill();
  });

  it('shows an examiner her assessments finalised on the station, without any file, and none of another’s', async () => {
    await logInAs(page, station.url, ALICE);
    await Promise.all([page.waitForNavigation(), page.click(`[data-commission="${aliceCommission}"] a`)]);
    const column = (w: Workstation) =>
      `[data-testid=candidate-column][data-candidate="${w.session().candidate.number}"]`;
    for (const w of [candidates.a1, candidates.a2]) {
      await page.waitForSelector(column(w), { timeout: 20_000 });
      for (const [i, question] of QUESTIONS.entries()) {
        await page.select(
          `${column(w)} [data-question-id="${question}"] [data-testid=level]`,
          i < 3 ? 'S' : 'I',
        );
        await page.waitForFunction(
          (selector: string) => document.querySelector(selector)?.textContent === 'Enregistré.',
          { polling: 100, timeout: 10_000 },
          `${column(w)} [data-testid=column-feedback]`,
        );
      }
    }
    await page.click(`${column(candidates.a1)} [data-testid=finalise]`);
    await page.waitForSelector(`${column(candidates.a1)}[data-final="true"]`, { timeout: 10_000 });

    await page.goto(`${station.url}/commissions`);
    await Promise.all([page.waitForNavigation(), page.click('[data-testid=open-harmonisation]')]);
    expect(new URL(page.url()).pathname).toBe('/harmonisation');
    await waitForNode(page, view('[data-testid=station-summary][data-state=read]'), 30_000);
    await waitForText(
      page,
      '[data-testid=import-summary]',
      '1 évaluation · 1 examinateur · 0 fichier de preuves',
    );
    const read = await page.$eval(view('[data-testid=station-summary]'), (n) => n.textContent ?? '');
    expect(read).toContain('1 évaluation finalisée');
    // Her two candidate sessions are anchored; Bob's is not hers to see.
    expect(read).toContain('2 sessions de candidats');
    expect(await examinerRows(page)).toEqual(['alice martin']);
    const everything = await page.evaluate(() => document.documentElement.outerHTML);
    expect(everything).not.toContain('62001');
    expect(
      await page.$eval(
        view('[data-testid=examiner-row][data-key="alice martin"]'),
        (r) => r.textContent ?? '',
      ),
    ).toContain('Alice Martin');
    expect(await seriousViolations(page)).toEqual([]);

    // Finalised later (in another tab, say): « Actualiser », from the keyboard, brings it in.
    const finalised = await page.evaluate(
      async (id: string) =>
        (await fetch(`/api/sessions/${id}/finalise`, { method: 'POST', body: '{}' })).status,
      candidates.a2.session().id,
    );
    expect(finalised).toBe(200);
    const refresh = await waitForNode(page, view('[data-testid=station-refresh]'));
    await refresh.focus();
    await page.keyboard.press('Enter');
    await waitForText(page, '[data-testid=import-summary]', '2 évaluations · 1 examinateur');
    expect(await page.$$(view('[data-testid=import-duplicates]'))).toHaveLength(0);
  });

  it('refuses the data without a session', async () => {
    const answer = await fetch(`${station.url}/api/harmonisation`);
    expect(answer.status).toBe(401);
    const forged = await fetch(`${station.url}/api/harmonisation`, {
      headers: { cookie: `temoin_station=${'0'.repeat(64)}` },
    });
    expect(forged.status).toBe(401);
    // Bob, signed in, reads only his commission: no candidate of Alice's.
    const bob = await accountSession(station.url, BOB);
    const snapshot = (await bob('GET', '/api/harmonisation', undefined)) as {
      anchors: { candidate: string }[];
    };
    expect(snapshot.anchors.map((a) => a.candidate)).toEqual(['62001']);
  });

  it('shows the administrator every commission, still takes files, and flags a bundle the station did not receive', async () => {
    // Bob grades and finalises his candidate from his own session (the finaliser signs it).
    const bob = await accountSession(station.url, BOB);
    for (const question of QUESTIONS)
      await bob('PUT', `/api/sessions/${candidates.b1.session().id}/draft`, {
        questionId: question,
        level: 'TS',
      });
    expect(await bob('POST', `/api/sessions/${candidates.b1.session().id}/finalise`, {})).toMatchObject({
      ok: true,
    });
    await Promise.all([page.waitForNavigation(), page.click('form.logout button')]);
    await logInAs(page, station.url, ADMIN);
    await page.goto(`${station.url}/harmonisation`);
    await waitForNode(page, view('[data-testid=station-summary][data-state=read]'), 30_000);
    await waitForText(page, '[data-testid=import-summary]', '3 évaluations · 2 examinateurs');
    expect(await examinerRows(page)).toEqual(['alice martin', 'bob durand']);

    const folder = mkdtempSync(join(tmpdir(), 'temoin-station-hz-'));
    const honest = join(folder, '61001-honest.temoin.json');
    const edited = join(folder, '61002-edited.temoin.json');
    writeFileSync(honest, JSON.stringify(await exported(candidates.a1)));
    writeFileSync(edited, JSON.stringify(await exported(candidates.a2, 5)));
    const input = await waitForNode(page, view('[data-testid=import-assessments]'));
    await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(honest, edited);
    await waitForText(
      page,
      '[data-testid=import-summary]',
      '3 évaluations · 2 examinateurs · 2 fichiers de preuves',
    );
    expect(await page.$$(view('[data-testid=import-problem]'))).toHaveLength(0);

    await waitForCount(page, view('[data-testid=flag][data-flag-kind=station-copy]'), (n) => n === 1);
    const flag = view(`[data-testid=flag][data-flag-key="station-copy:${candidates.a2.session().id}"]`);
    const reason = await page.$eval(`${flag} [data-testid=flag-reason]`, (n) => n.textContent ?? '');
    expect(reason).toContain('61002-edited.temoin.json');
    expect(reason).toContain('diffère de ce que la station a reçu');
    expect(await page.$eval(flag, (n) => n.getAttribute('data-examiner'))).toBe('Alice Martin');
    // The flag leads to the assessment the station holds for that candidate.
    const open = await page.$(`${flag} [data-testid=flag-assessment]`);
    await open!.click();
    await waitUntil(
      page,
      view('[data-testid=assessment-detail]'),
      (node) => (node.shadowRoot?.textContent ?? node.textContent ?? '').includes('61002'),
      15_000,
    );
    expect(await seriousViolations(page)).toEqual([]);
    const detail = (selector: string) => `${view('[data-testid=assessment-detail]')} >>> ${selector}`;
    // Its edited file does not fit the assessment; the station's copy is not taken over it.
    await (await waitForNode(page, detail('[data-testid=load-station-evidence]'))).click();
    await waitForText(page, '[data-testid=status]', 'Un autre fichier de preuves de 61002 est déjà chargé');

    // Bob's candidate has no bundle file: the drill-down loads the station's copy on request.
    const bobsFlag = view('[data-testid=flag][data-examiner="Bob Durand"] [data-testid=flag-assessment]');
    await (await waitForNode(page, bobsFlag)).click();
    await waitUntil(
      page,
      view('[data-testid=assessment-detail]'),
      (node) => (node.shadowRoot?.textContent ?? '').includes('62001'),
      15_000,
    );
    const load = await waitForNode(page, detail('[data-testid=load-station-evidence]'));
    await load.focus();
    await page.keyboard.press('Enter');
    await waitForText(page, '[data-testid=detail-evidence]', 'Chaîne d’intégrité vérifiée : 16 événements');
    expect((await page.$$(detail('[data-testid=evidence-event]'))).length).toBeGreaterThan(0);
    await waitForText(page, '[data-testid=import-summary]', '3 fichiers de preuves');
    // The station's copy agrees with its own head: still one station-copy flag, the edited file's.
    expect(await page.$$(view('[data-testid=flag][data-flag-kind=station-copy]'))).toHaveLength(1);
  });
  it('the offline review checks an exported bundle against the station’s receipt, never reaching the station', async () => {
    // The examiner's screen shows, per candidate, the head the station received and its receipt.
    await page.goto(`${station.url}/commissions/${aliceCommission}`);
    const column = (w: Workstation) =>
      `[data-testid=candidate-column][data-candidate="${w.session().candidate.number}"]`;
    const a1 = candidates.a1;
    const a2 = candidates.a2;
    const shownHead = shortChainHead(a1.events.at(-1)!.hash);
    await waitForText(page, `${column(a1)} [data-testid=station-head]`, shownHead, { timeout: 20_000 });
    const shownCount = await page.$eval(
      `${column(a1)} [data-testid=event-count]`,
      (n) => n.textContent ?? '',
    );
    expect(shownCount).toBe(String(a1.events.length));
    const href = await page.$eval(`${column(a2)} [data-testid=station-receipt]`, (a) =>
      a.getAttribute('href'),
    );
    const receiptText = await page.evaluate(async (url: string) => (await fetch(url)).text(), href!);
    const folder = mkdtempSync(join(tmpdir(), 'temoin-station-receipt-'));
    const files = {
      honest: join(folder, '61001-honest.temoin.json'),
      edited: join(folder, '61002-edited.temoin.json'),
      receipt: join(folder, '61002-recu-station.temoin-receipt.json'),
      notReceipt: join(folder, 'not-a-receipt.json'),
    };
    writeFileSync(files.honest, JSON.stringify(await exported(a1)));
    writeFileSync(files.edited, JSON.stringify(await exported(a2, 5)));
    writeFileSync(files.receipt, receiptText);
    writeFileSync(files.notReceipt, JSON.stringify({ format: 'temoin.assessment/1' }));

    // The review, in the extension on a workstation: nothing it does goes to the station.
    const editor = await eb.openPage('editor.html');
    const toStation: string[] = [];
    editor.on('request', (request) => {
      if (request.url().startsWith(station.url)) toStation.push(request.url());
    });
    await editor.setViewport({ width: 1400, height: 1000 });
    await editor.waitForSelector('ge-app[data-ready=true]', { timeout: 30_000 });
    await editor.click('ge-app >>> [data-testid=activity-review]');
    await waitForNode(editor, 'ge-app >>> ge-review[data-ready=true]');
    const open = await waitForNode(editor, 'ge-app >>> [data-testid=open-bundles]');
    await (open as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(
      files.honest,
      files.edited,
    );
    await waitForCount(
      editor,
      'ge-app >>>> ge-review >>>> [data-testid=review-column]',
      (n) => n === 2,
      30_000,
    );
    const check = (w: Workstation, selector: string) =>
      `ge-app >>> [data-testid=review-column][data-candidate="${w.session().candidate.number}"] ge-station-check >>> ${selector}`;
    const upload = async (w: Workstation, path: string) => {
      const input = await waitForNode(editor, check(w, '[data-testid=station-receipt-file]'));
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    };

    // The edited bundle against the station's receipt: changed after the fact.
    await upload(a2, files.receipt);
    await waitForNode(editor, check(a2, '[data-testid=station-check][data-state=differs]'), 15_000);
    const differs = await editor.$eval(check(a2, '[data-testid=station-check]'), (n) => n.textContent ?? '');
    expect(differs).toContain('Différent de ce que la station a reçu');
    expect(differs).toContain('modifié après coup');
    // Another candidate's receipt does not apply; a file that is not a receipt is refused.
    await upload(a1, files.receipt);
    await waitForNode(editor, check(a1, '[data-testid=station-check][data-state=other-session]'), 15_000);
    await upload(a1, files.notReceipt);
    await waitForNode(editor, check(a1, '[data-testid=station-check][data-state=refused]'), 15_000);
    expect(
      await editor.$eval(check(a1, '[data-testid=station-check]'), (n) => n.textContent ?? ''),
    ).toContain('pas un reçu de la station');

    // The honest bundle against the head and count read off the station's screen, typed from the keyboard.
    await (await waitForNode(editor, check(a1, '[data-testid=station-head-input]'))).type(shownHead);
    await editor.keyboard.press('Tab');
    await editor.keyboard.type(shownCount);
    await editor.keyboard.press('Enter');
    await waitForNode(editor, check(a1, '[data-testid=station-check][data-state=same]'), 15_000);
    expect(
      await editor.$eval(check(a1, '[data-testid=station-check]'), (n) => n.textContent ?? ''),
    ).toContain(`Identique à ce que la station a reçu : ${a1.events.length} événements`);
    expect(await seriousViolations(editor)).toEqual([]);
    expect(toStation).toEqual([]);
    await editor.close();
  });
});
