/**
 * Records the labelled set with the real extension on the demo site: each planned candidate
 * (tests/labelled/plans.ts) works in its own session, the bundle is exported, its chain
 * verified, and its events kept as a fixture (tests/labelled/bundles/<id>.json) for
 * `npm run bench:agreement`. Browser time: run in chunks, under the browser lock.
 *
 *   TEMOIN_LABELLED=wordpress-01..wordpress-08 TEMOIN_E2E_BROWSERS=chromium \   (later sets: wordpress-f01..wordpress-f08, wordpress-t01.., wordpress-s01.., wordpress-u01.., wordpress-w01.., wordpress-x01.., wordpress-y01.., wordpress-z01.., wordpress-r01.., wordpress-p01..)
 *     flock /tmp/temoin-browser.lock npx vitest run --config tests/e2e/vitest.config.ts tests/e2e/labelled-record.e2e.ts
 *
 * Without TEMOIN_LABELLED it records the first session of each family only (a smoke test
 * that the scripted candidates still work, and that they are recorded as planned), into a
 * temporary folder: the committed fixtures stay as they were labelled.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../shared/bundle/chain.ts';
import type { EvidenceBundle } from '../../shared/schema/bundle.ts';
import { parseJson } from '../../shared/schema/index.ts';
import { logIn, SHOP_ACTIONS, WORDPRESS_ACTIONS } from '../labelled/actions.ts';
import { EIGHTH_SHOP_ACTIONS, EIGHTH_WORDPRESS_ACTIONS } from '../labelled/actions-eighth.ts';
import { ELEVENTH_SHOP_ACTIONS, ELEVENTH_WORDPRESS_ACTIONS } from '../labelled/actions-eleventh.ts';
import { FIFTH_SHOP_ACTIONS, FIFTH_WORDPRESS_ACTIONS } from '../labelled/actions-fifth.ts';
import { FOURTH_SHOP_ACTIONS, FOURTH_WORDPRESS_ACTIONS } from '../labelled/actions-fourth.ts';
import { FRESH_SHOP_ACTIONS, FRESH_WORDPRESS_ACTIONS } from '../labelled/actions-fresh.ts';
import { NINTH_SHOP_ACTIONS, NINTH_WORDPRESS_ACTIONS } from '../labelled/actions-ninth.ts';
import { SEVENTH_SHOP_ACTIONS, SEVENTH_WORDPRESS_ACTIONS } from '../labelled/actions-seventh.ts';
import { SIXTH_SHOP_ACTIONS, SIXTH_WORDPRESS_ACTIONS } from '../labelled/actions-sixth.ts';
import { TENTH_SHOP_ACTIONS, TENTH_WORDPRESS_ACTIONS } from '../labelled/actions-tenth.ts';
import { THIRD_SHOP_ACTIONS, THIRD_WORDPRESS_ACTIONS } from '../labelled/actions-third.ts';
import { THIRTEENTH_SHOP_ACTIONS, THIRTEENTH_WORDPRESS_ACTIONS } from '../labelled/actions-thirteenth.ts';
import { TWELFTH_SHOP_ACTIONS, TWELFTH_WORDPRESS_ACTIONS } from '../labelled/actions-twelfth.ts';
import { ALL_PLANS as PLANS, type SessionPlan } from '../labelled/plans.ts';
import { BROWSERS, type ExtensionBrowser, launchWithExtension } from './support/browsers.ts';
import { type DemoSite, startDemo } from './support/demo-site.ts';
import {
  DEMO_ECOMMERCE,
  DEMO_WORDPRESS,
  endSession,
  exportBundle,
  importSubject,
  openPopup,
  setUpCentre,
  startSession,
  waitForSessionState,
} from './support/session.ts';

const PIN = '482913';
/** Fixtures are rewritten only when asked for (TEMOIN_LABELLED); the smoke run writes to a temp folder. */
const OUT = process.env.TEMOIN_LABELLED
  ? join(import.meta.dirname, '../labelled/bundles')
  : join(tmpdir(), `temoin-labelled-${process.pid}`);

/** `wordpress-01..wordpress-08,shop-03` → the plans named or in those ranges. */
const chosen = (spec: string | undefined): SessionPlan[] => {
  if (!spec) return PLANS.filter((plan) => plan.id.endsWith('-01'));
  const ids = new Set<string>();
  for (const part of spec.split(',')) {
    const [from, to] = part.split('..');
    const start = PLANS.findIndex((plan) => plan.id === from);
    const end = to ? PLANS.findIndex((plan) => plan.id === to) : start;
    if (start < 0 || end < start) throw new Error(`unknown session range ${part}`);
    for (const plan of PLANS.slice(start, end + 1)) ids.add(plan.id);
  }
  return PLANS.filter((plan) => ids.has(plan.id));
};

describe.each(BROWSERS)('labelled candidates recorded in %s', (browserName) => {
  let site: DemoSite;
  let eb: ExtensionBrowser;
  let popup: Page;
  let subject = '';

  beforeAll(async () => {
    site = await startDemo();
    eb = await launchWithExtension(browserName);
    await setUpCentre(eb, site.url, PIN);
    popup = await openPopup(eb);
    mkdirSync(OUT, { recursive: true });
  });
  afterAll(async () => {
    await eb?.close();
    await site?.close();
  });

  it.each(chosen(process.env.TEMOIN_LABELLED).map((plan) => [plan.id, plan] as const))(
    'records %s as planned',
    async (_id, plan) => {
      await site.reset();
      const file = plan.family === 'wordpress' ? DEMO_WORDPRESS : DEMO_ECOMMERCE;
      if (subject !== file) {
        await importSubject(popup, file);
        subject = file;
      }
      // One candidate number per plan: two sessions of one number and day download the same file
      // name, which the browser saves as « … .temoin (1).json », never found.
      await startSession(popup, String(PLANS.indexOf(plan) + 1).padStart(5, '9'), PIN);
      await waitForSessionState(popup, 'running');
      const page = await eb.newPage();
      await page.setViewport({ width: 1400, height: 1000 });
      await logIn(page, site.url);
      const actions =
        plan.family === 'wordpress'
          ? {
              ...WORDPRESS_ACTIONS,
              ...FRESH_WORDPRESS_ACTIONS,
              ...THIRD_WORDPRESS_ACTIONS,
              ...FOURTH_WORDPRESS_ACTIONS,
              ...FIFTH_WORDPRESS_ACTIONS,
              ...SIXTH_WORDPRESS_ACTIONS,
              ...SEVENTH_WORDPRESS_ACTIONS,
              ...EIGHTH_WORDPRESS_ACTIONS,
              ...NINTH_WORDPRESS_ACTIONS,
              ...TENTH_WORDPRESS_ACTIONS,
              ...ELEVENTH_WORDPRESS_ACTIONS,
              ...TWELFTH_WORDPRESS_ACTIONS,
              ...THIRTEENTH_WORDPRESS_ACTIONS,
            }
          : {
              ...SHOP_ACTIONS,
              ...FRESH_SHOP_ACTIONS,
              ...THIRD_SHOP_ACTIONS,
              ...FOURTH_SHOP_ACTIONS,
              ...FIFTH_SHOP_ACTIONS,
              ...SIXTH_SHOP_ACTIONS,
              ...SEVENTH_SHOP_ACTIONS,
              ...EIGHTH_SHOP_ACTIONS,
              ...NINTH_SHOP_ACTIONS,
              ...TENTH_SHOP_ACTIONS,
              ...ELEVENTH_SHOP_ACTIONS,
              ...TWELFTH_SHOP_ACTIONS,
              ...THIRTEENTH_SHOP_ACTIONS,
            };
      try {
        for (const [questionId, variant] of Object.entries(plan.variants)) {
          const act = actions[variant];
          if (!act) throw new Error(`no actions for ${variant} (${questionId})`);
          await act(page, site.url);
        }
        // Let the last snapshots and end-state checks land before the session ends.
        await new Promise((resolve) => setTimeout(resolve, 5_000));
      } finally {
        // A failed script must not leave its session running for the next candidate.
        await page.close();
        await endSession(popup, PIN);
        await waitForSessionState(popup, 'ended');
      }
      const { text } = await exportBundle(eb, popup);
      const parsed = parseJson('bundle', text);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
      const bundle = parsed.value as EvidenceBundle;
      expect(await verifyChain(bundle.events, bundle.chain.head)).toMatchObject({ ok: true });
      expect(bundle.events.length).toBeGreaterThan(5);
      // Small fixtures: the events only (the subject is the demo package, evaluated afresh).
      writeFileSync(
        join(OUT, `${plan.id}.json`),
        `${JSON.stringify({ id: plan.id, family: plan.family, browser: browserName, events: bundle.events })}\n`,
      );
    },
  );
});
