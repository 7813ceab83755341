import { describe, expect, it } from 'vitest';
import type { CaptureEvent } from '../../../shared/schema/index.ts';
import { minutes, questionTime } from './question-time.ts';

const at = (elapsedMs: number, questionId: string | null, extra: Partial<CaptureEvent> = {}) =>
  ({
    kind: 'nav.visited',
    data: { title: 't', via: 'load' },
    elapsedMs,
    questionId,
    ...extra,
  }) as CaptureEvent;

describe('time per question', () => {
  it('makes spans from the question switches and sums them per question', () => {
    const t = questionTime([
      at(0, null),
      at(60_000, 'q1'),
      at(120_000, 'q1'),
      at(300_000, 'q2'),
      at(360_000, 'q1'),
      at(420_000, 'q1'),
    ]);
    expect(t.spans).toEqual([
      { questionId: 'q1', startMs: 60_000, endMs: 300_000 },
      { questionId: 'q2', startMs: 300_000, endMs: 360_000 },
      { questionId: 'q1', startMs: 360_000, endMs: 420_000 },
    ]);
    expect(t.totals.get('q1')).toBe(300_000);
    expect(t.totals.get('q2')).toBe(60_000);
    expect(t.durationMs).toBe(420_000);
  });

  it('switches on a status change to « doing », whatever the envelope says', () => {
    const t = questionTime([
      at(0, 'q1'),
      at(10_000, 'q1', {
        kind: 'task.statusChanged',
        data: { questionId: 'q3', from: 'todo', to: 'doing' },
      } as Partial<CaptureEvent>),
      at(70_000, 'q3'),
    ]);
    expect(t.spans.map((s) => s.questionId)).toEqual(['q1', 'q3']);
    expect(t.totals.get('q3')).toBe(60_000);
  });

  it('says durations for people', () => {
    expect(minutes(20_000)).toBe('< 1 min');
    expect(minutes(12 * 60_000)).toBe('12 min');
    expect(minutes(65 * 60_000)).toBe('1 h 05');
  });
});
