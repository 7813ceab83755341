import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNoteSaver, type SaveState } from './note-saver.ts';

describe('note saver', () => {
  let saved: { questionId: string; text: string; trusted: boolean }[];
  let states: [string, SaveState][];
  let answer: () => Promise<boolean>;

  const saver = () =>
    createNoteSaver({
      delayMs: 800,
      save: (questionId, text, trusted) => {
        saved.push({ questionId, text, trusted });
        return answer();
      },
      onState: (questionId, state) => states.push([questionId, state]),
    });

  beforeEach(() => {
    vi.useFakeTimers();
    saved = [];
    states = [];
    answer = () => Promise.resolve(true);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, the last value, after the candidate stops typing', async () => {
    const notes = saver();
    notes.update('q1', 'B', true);
    await vi.advanceTimersByTimeAsync(500);
    notes.update('q1', 'Bo', true);
    await vi.advanceTimersByTimeAsync(500);
    notes.update('q1', 'Bon', true);
    expect(saved).toEqual([]);
    expect(notes.isPending('q1')).toBe(true);
    await vi.advanceTimersByTimeAsync(800);
    expect(saved).toEqual([{ questionId: 'q1', text: 'Bon', trusted: true }]);
    expect(notes.isPending('q1')).toBe(false);
    expect(states.at(-1)).toEqual(['q1', 'saved']);
  });

  it('keeps one timer per question', async () => {
    const notes = saver();
    notes.update('q1', 'un', true);
    notes.update('q2', 'deux', true);
    await vi.advanceTimersByTimeAsync(800);
    expect(saved.map((s) => s.questionId).sort()).toEqual(['q1', 'q2']);
  });

  it('flushes at once (blur), and the timer then sends nothing more', async () => {
    const notes = saver();
    notes.update('q1', 'vite', true);
    await notes.flush('q1');
    expect(saved).toEqual([{ questionId: 'q1', text: 'vite', trusted: true }]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toHaveLength(1);
    await notes.flush('q1');
    expect(saved).toHaveLength(1);
  });

  it('flushes every question when the page goes away', async () => {
    const notes = saver();
    notes.update('q1', 'a', true);
    notes.update('q2', 'b', true);
    await notes.flushAll();
    expect(saved).toEqual([
      { questionId: 'q1', text: 'a', trusted: true },
      { questionId: 'q2', text: 'b', trusted: true },
    ]);
    expect(notes.isPending('q1') || notes.isPending('q2')).toBe(false);
  });

  it('marks a batch untrusted when any of its inputs was script-generated', async () => {
    const notes = saver();
    notes.update('q1', 'a', true);
    notes.update('q1', 'ab', false);
    notes.update('q1', 'abc', true);
    await notes.flush('q1');
    notes.update('q1', 'abcd', true);
    await notes.flush('q1');
    expect(saved.map((s) => s.trusted)).toEqual([false, true]);
  });

  it('reports pending, saving, then saved or error', async () => {
    const notes = saver();
    notes.update('q1', 'x', true);
    answer = () => Promise.resolve(false);
    await notes.flush('q1');
    notes.update('q1', 'xy', true);
    answer = () => Promise.reject(new Error('context invalidated'));
    await notes.flush('q1');
    expect(states).toEqual([
      ['q1', 'pending'],
      ['q1', 'saving'],
      ['q1', 'error'],
      ['q1', 'pending'],
      ['q1', 'saving'],
      ['q1', 'error'],
    ]);
  });

  it('does not let an older save that finishes late overwrite the state of a newer one', async () => {
    const resolvers: ((ok: boolean) => void)[] = [];
    answer = () => new Promise((resolve) => resolvers.push(resolve));
    const notes = saver();
    notes.update('q1', 'a', true);
    const first = notes.flush('q1');
    notes.update('q1', 'ab', true);
    const second = notes.flush('q1');
    resolvers[1]!(true);
    await second;
    resolvers[0]!(false);
    await first;
    expect(states.at(-1)).toEqual(['q1', 'saved']);
  });

  it('survives a state callback that throws', async () => {
    const notes = createNoteSaver({
      delayMs: 10,
      save: async (questionId, text, trusted) => {
        saved.push({ questionId, text, trusted });
        return true;
      },
      onState: () => {
        throw new Error('render failed');
      },
    });
    notes.update('q1', 'x', true);
    await notes.flushAll();
    expect(saved).toHaveLength(1);
  });
});

describe('note saver and the background’s view', () => {
  it('keeps the field while typing is pending, and until the view echoes what was sent', async () => {
    const resolvers: ((ok: boolean) => void)[] = [];
    const notes = createNoteSaver({
      delayMs: 800,
      save: () => new Promise((resolve) => resolvers.push(resolve)),
    });
    expect(notes.acceptsView('q1', 'from another tab')).toBe(true);
    notes.update('q1', 'abc', true);
    expect(notes.acceptsView('q1', '')).toBe(false);
    const saving = notes.flush('q1');
    // A view fetched before the save landed still has the old text: ignored.
    expect(notes.acceptsView('q1', '')).toBe(false);
    resolvers[0]!(true);
    await saving;
    expect(notes.acceptsView('q1', '')).toBe(false);
    // The view catches up; from then on, views are newer than the field.
    expect(notes.acceptsView('q1', 'abc')).toBe(false);
    expect(notes.acceptsView('q1', 'abcd')).toBe(true);
  });
});
