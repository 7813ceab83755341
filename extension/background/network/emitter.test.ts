import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProposedEventInput } from '../session/recorder.ts';
import { createEmitter, type SendResult } from './emitter.ts';

const event = (id: string): ProposedEventInput => ({
  id: `event-${id}`,
  kind: 'net.request',
  time: 1,
  url: 'http://127.0.0.1/',
  trusted: true,
  data: {},
});

describe('network emitter', () => {
  let sent: string[][];
  let answers: SendResult[];
  const make = (maxPending?: number) =>
    createEmitter({
      send: async (events) => {
        sent.push(events.map((e) => e.id));
        return answers.shift() ?? { ok: true };
      },
      setTimer: (run, ms) => setTimeout(run, ms),
      ...(maxPending ? { maxPending } : {}),
    });

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    answers = [];
  });
  afterEach(() => vi.useRealTimers());

  it('batches what arrives together and forgets it once committed', async () => {
    const emitter = make();
    emitter.push(event('1'));
    emitter.push(event('2'));
    await vi.runAllTimersAsync();
    expect(sent).toEqual([['event-1', 'event-2']]);
    expect(emitter.stats().pending).toBe(0);
  });

  it('keeps events through storage refusals and retries with a growing delay', async () => {
    const emitter = make();
    answers = [
      { ok: false, code: 'storage-error' },
      { ok: false, code: 'storage-error' },
    ];
    emitter.push(event('1'));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(1);
    emitter.push(event('2'));
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([['event-1'], ['event-1', 'event-2']]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent[2]).toEqual(['event-1', 'event-2']);
    expect(emitter.stats()).toMatchObject({ pending: 0, retryMs: 0 });
  });

  it('drops events when no session runs, and caps what it keeps', async () => {
    const emitter = make(3);
    answers = [{ ok: false }];
    emitter.push(event('1'));
    await vi.runAllTimersAsync();
    expect(emitter.stats().pending).toBe(0);
    answers = [{ ok: false, code: 'storage-error' }];
    for (const id of ['a', 'b', 'c', 'd', 'e']) emitter.push(event(id));
    expect(emitter.stats()).toMatchObject({ pending: 3, dropped: 2 });
  });
});
