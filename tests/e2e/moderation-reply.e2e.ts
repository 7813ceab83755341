/**
 * Issue 14, « unusual but valid routes »: answering a pending comment from the moderation screen
 * approves it, as in WordPress. With the real extension on the demo site, a candidate who only
 * replies to Julien (never clicks « Approuver ») gets the approval in the evidence — confirmed,
 * since the back office asks for it in the request the browser itself sees (`approveParent`) —
 * and question 2's approval rule counts it.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../shared/rules/evaluate.ts';
import { Subject } from '../../shared/schema/subject.ts';
import { BROWSERS } from './support/browsers.ts';
import { logIn, replyToComment } from './support/candidate.ts';
import { exportAndVerify } from './support/capture.ts';
import { type Centre, openCentre } from './support/centre.ts';
import { endSession, startSession, waitForSessionState } from './support/session.ts';

const PIN = '482913';
const REPLY =
  'Bonjour Julien, pour le matcha, chauffez l’eau à 75 °C, comptez 2 g de poudre pour 7 cl et fouettez vivement au fouet en bambou jusqu’à obtenir une mousse fine. Belle dégustation !';

describe.each(BROWSERS)('a reply from the moderation screen approves the comment, in %s', (browserName) => {
  let centre: Centre | undefined;
  let popup: Page;

  beforeAll(async () => {
    centre = await openCentre(browserName, PIN);
    ({ popup } = centre);
  });
  afterAll(async () => {
    await centre?.close();
  });

  it('records the approval as confirmed evidence, and question 2 counts it', async () => {
    const { eb, site } = centre!;
    await startSession(popup, '44021', PIN);
    await waitForSessionState(popup, 'running');
    const page = await eb.newPage();
    // Wide enough that the subject panel leaves the comments table's buttons uncovered.
    await page.setViewport({ width: 1400, height: 1000 });
    await logIn(page, site.url);
    await replyToComment(page, site.url, 'Julien', REPLY);
    await page.goto(`${site.url}/admin/commentaires`);
    // What the site did: Julien's comment is no longer pending.
    const status = await page.$eval('xpath///tr[@data-comment-id][.//*[contains(text(), "Julien")]]', (row) =>
      row.getAttribute('data-status'),
    );
    expect(status).toBe('approved');
    await page.close();
    await endSession(popup, PIN);
    await waitForSessionState(popup, 'ended');

    const exported = await exportAndVerify(eb, popup);
    expect(exported.chainOk).toBe(true);
    const approvals = exported.events.filter(
      (event) =>
        event.kind === 'comment.moderated' && (event.data as { action: string }).action === 'approve',
    );
    expect(approvals).toHaveLength(1);
    expect(
      approvals[0]!.unconfirmed,
      'read from the request the browser saw, not the page’s answer',
    ).toBeUndefined();

    const subject = Subject.parse(JSON.parse(exported.text).subjectPackage.subject);
    const q2 = evaluate(subject, exported.events).questions.find((question) => question.questionId === 'q2')!;
    expect(q2.rules.find((rule) => rule.ruleId === 'q2-comment-approved')?.satisfied).toBe(true);
    expect(q2.level).toBe('TS');
  });
});
