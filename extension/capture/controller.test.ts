import { describe, expect, it, vi } from 'vitest';
import { createCaptureController } from './controller.ts';
import type { CaptureContext } from './types.ts';

const context = (sessionId: string): CaptureContext => ({
  sessionId,
  startedAt: '2025-01-01T00:00:00.000Z',
  variables: {},
  referenceOrigins: ['http://127.0.0.1:4300'],
  pendingKey: 'test-pending-key',
  allowedOrigins: [],
  sensitiveSelectors: [],
});

const setup = (initial: CaptureContext | null | 'fail') => {
  let answer: CaptureContext | null | 'fail' = initial;
  const loadContext = vi.fn(async () => {
    if (answer === 'fail') throw new Error('no answer');
    return answer;
  });
  const started: string[] = [];
  const stopped: string[] = [];
  const retries: (() => void)[] = [];
  const controller = createCaptureController({
    loadContext,
    start: (ctx) => {
      started.push(ctx.sessionId);
      return () => stopped.push(ctx.sessionId);
    },
    schedule: (fn) => retries.push(fn),
  });
  return {
    controller,
    loadContext,
    started,
    stopped,
    retries,
    answer: (value: CaptureContext | null | 'fail') => {
      answer = value;
    },
  };
};

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('capture controller', () => {
  it('stays off without a session and starts when the signal says one started', async () => {
    const t = setup(null);
    await t.controller.refresh();
    expect(t.started).toEqual([]);
    t.answer(context('s1'));
    t.controller.onSignal({ sessionId: 's1', at: 1 });
    await settle();
    expect(t.started).toEqual(['s1']);
    expect(t.controller.recording()).toBe('s1');
  });

  it('ignores the signal bumped by each batch of its own session', async () => {
    const t = setup(context('s1'));
    await t.controller.refresh();
    t.controller.onSignal({ sessionId: 's1', at: 2 });
    t.controller.onSignal({ sessionId: 's1', at: 3 });
    await settle();
    expect(t.loadContext).toHaveBeenCalledTimes(1);
  });

  it('stops when the session ended, and switches to a new session', async () => {
    const t = setup(context('s1'));
    await t.controller.refresh();
    t.answer(null);
    await t.controller.refresh(); // e.g. after a refused batch
    expect(t.stopped).toEqual(['s1']);
    expect(t.controller.recording()).toBeNull();
    t.answer(context('s2'));
    t.controller.onSignal({ sessionId: 's2' });
    await settle();
    expect(t.started).toEqual(['s1', 's2']);
    t.answer(null);
    t.controller.onSignal({ sessionId: 's2', status: 'ended' });
    await settle();
    expect(t.stopped).toEqual(['s1', 's2']);
  });

  it('retries a few times when the background does not answer', async () => {
    const t = setup('fail');
    await t.controller.refresh();
    expect(t.retries).toHaveLength(1);
    t.answer(context('s1'));
    t.retries.shift()!();
    await settle();
    expect(t.started).toEqual(['s1']);
  });

  it('uses only the latest answer when refreshes overlap, and stops for good', async () => {
    const t = setup(context('s1'));
    const first = t.controller.refresh();
    t.answer(context('s2'));
    const second = t.controller.refresh();
    await Promise.all([first, second]);
    expect(t.started).toEqual(['s2']);
    t.controller.stop();
    expect(t.stopped).toEqual(['s2']);
    await t.controller.refresh();
    expect(t.started).toEqual(['s2']);
  });
});
