/**
 * Issue 14, evidence bug « a promotion code applied in the demo shop's cart never produced
 * `commerce.voucherApplied` »: with the real extension, a code tried in the cart is recorded,
 * refused and then accepted, and question 3's « code essayé » rule counts it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../shared/rules/evaluate.ts';
import { Subject } from '../../shared/schema/subject.ts';
import { VOUCHER } from '../labelled/actions.ts';
import { BROWSERS } from './support/browsers.ts';
import { logIn } from './support/candidate.ts';
import { exportAndVerify } from './support/capture.ts';
import { type Centre, openCentre } from './support/centre.ts';
import { DEMO_ECOMMERCE, endSession, startSession, waitForSessionState } from './support/session.ts';
import { addToCart, applyVoucher, createVoucher, openProductPage } from './support/shopper.ts';

const PIN = '482913';

describe.each(BROWSERS)('a promotion code tried in the cart is evidence, in %s', (browserName) => {
  let centre: Centre | undefined;
  let popup: Page;

  beforeAll(async () => {
    centre = await openCentre(browserName, PIN, DEMO_ECOMMERCE);
    ({ popup } = centre);
  });
  afterAll(async () => {
    await centre?.close();
  });

  it('records the refused and the accepted code, and question 3 counts the test', async () => {
    const { eb, site } = centre!;
    await startSession(popup, '44022', PIN);
    await waitForSessionState(popup, 'running');
    const page = await eb.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await logIn(page, site.url);
    await openProductPage(page, site.url, 22);
    await addToCart(page);
    // Not created yet: the shop refuses it.
    const refused = await applyVoucher(page, site.url, 'OLEANE5');
    await createVoucher(page, site.url, VOUCHER);
    const accepted = await applyVoucher(page, site.url, 'OLEANE5');
    expect(refused).not.toEqual(accepted);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await page.close();
    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');

    const exported = await exportAndVerify(eb, popup);
    expect(exported.chainOk).toBe(true);
    const tried = exported.events
      .filter((event) => event.kind === 'commerce.voucherApplied')
      .map((event) => event.data as { code: string; accepted: boolean });
    expect(tried).toEqual([
      expect.objectContaining({ code: 'OLEANE5', accepted: false }),
      expect.objectContaining({ code: 'OLEANE5', accepted: true }),
    ]);
    const subject = Subject.parse(JSON.parse(exported.text).subjectPackage.subject);
    const q3 = evaluate(subject, exported.events).questions.find((question) => question.questionId === 'q3')!;
    expect(q3.rules.find((rule) => rule.ruleId === 'q3-voucher-tested')?.satisfied).toBe(true);
    expect(q3.rules.find((rule) => rule.ruleId === 'q3-cart')?.satisfied).toBe(true);
  });
});
