/**
 * A comment moderated or answered where only the page reported the body (Chromium gives no
 * body for PATCH): the claim is unconfirmed until Témoin's anonymous REST read of the comment
 * shows it, then it counts; a read that shows something else leaves it uncounted.
 */
import { describe, expect, it } from 'vitest';
import { confirmedIds, countableEvents } from '../../shared/rules/confirmed.ts';
import type { CaptureEvent } from '../../shared/schema/event.ts';
import { readFixtureText } from '../adapters/testing.ts';
import { createSemanticLayer } from './semantic.ts';
import { hasCheckedPayload, type ProposedEventInput } from './session/recorder.ts';

const ORIGIN = 'http://127.0.0.1:8081';
const answers = JSON.parse(readFixtureText('wordpress/rest-comment-read.json')) as Record<string, unknown>;

/** `PATCH /wp-json/wp/v2/comments/3 {status: approved}` as the background stores it in Chromium. */
const patch: CaptureEvent = {
  id: 'net-patch-000001',
  seq: 3,
  time: 1_000,
  elapsedMs: 1_000,
  url: `${ORIGIN}/wp-admin/edit-comments.php`,
  questionId: null,
  trusted: true,
  hash: 'a'.repeat(64),
  kind: 'net.request',
  data: {
    method: 'PATCH',
    path: '/wp-json/wp/v2/comments/3',
    query: {},
    status: 200,
    body: { status: 'approved' },
    bodyFromPage: true,
    response: answers.approvedComment,
  },
} as CaptureEvent;

const run = async (answer: unknown) => {
  const fetched: string[] = [];
  const recorded: ProposedEventInput[] = [];
  const timers: (() => void)[] = [];
  const layer = createSemanticLayer({
    adapters: () => ['wordpress'],
    fetchPage: async (url) => {
      fetched.push(url);
      return answer === null ? null : JSON.stringify(answer);
    },
    record: async (_, events) => void recorded.push(...events),
    setTimer: (run) => void timers.push(run),
  });
  const derived = layer.derive('s1', [patch], { origins: [ORIGIN] });
  const stored = derived.map((d, i) => ({ ...patch, ...d, seq: 10 + i }) as unknown as CaptureEvent);
  layer.derive('s1', stored, { origins: [ORIGIN] });
  for (const timer of timers.splice(0)) timer();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const confirmations = recorded.map((r, i) => ({ ...patch, ...r, seq: 20 + i }) as unknown as CaptureEvent);
  return { derived, fetched, recorded, all: [patch, ...stored, ...confirmations] };
};

describe('page-reported comment moderation, confirmed by the comment read', () => {
  it('is unconfirmed, read anonymously through REST, then counted', async () => {
    const { derived, fetched, recorded, all } = await run(answers.approvedComment);
    // Built from what the read showed and parsed by readEvidence: not parsed again when written.
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.every(hasCheckedPayload)).toBe(true);
    expect(derived).toEqual([
      expect.objectContaining({
        kind: 'comment.moderated',
        unconfirmed: true,
        data: expect.objectContaining({ commentId: '3', action: 'approve' }),
      }),
    ]);
    expect(fetched).toEqual([`${ORIGIN}/?rest_route=/wp/v2/comments/3`]);
    const claim = all.find((event) => event.kind === 'comment.moderated' && event.unconfirmed)!;
    expect(confirmedIds(all).has(claim.id)).toBe(true);
    expect(countableEvents(all)).toContain(claim);
  });

  it('stays uncounted when WordPress does not show the comment approved', async () => {
    for (const answer of [answers.notReadable, answers.approvedReply, null]) {
      const { all } = await run(answer);
      const claim = all.find((event) => event.kind === 'comment.moderated' && event.unconfirmed)!;
      expect(claim).toBeDefined();
      expect(countableEvents(all)).not.toContain(claim);
    }
  });
});
