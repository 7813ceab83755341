import { describe, expect, it } from 'vitest';
import { addSwitch, MAX_SWITCHES, questionAt } from './question-at.ts';

describe('the question open at an event’s own time', () => {
  it('stamps a click made just before a switch with the question it was made for', () => {
    let history = addSwitch([], { questionId: 'q1', at: 1_000 });
    history = addSwitch(history, { questionId: 'q2', at: 5_000 });
    // The click (time 4,900) reaches the background after the switch to q2: still q1.
    expect(questionAt(history, 4_900, 'q2')).toBe('q1');
    expect(questionAt(history, 5_000, 'q2')).toBe('q2');
    expect(questionAt(history, 500, 'q2')).toBeNull();
    // No history (a session recorded before switches were kept): the active question.
    expect(questionAt(undefined, 4_900, 'q2')).toBe('q2');
  });
  it('puts a late message in its place and stays bounded', () => {
    let history = addSwitch([], { questionId: 'q2', at: 5_000 });
    history = addSwitch(history, { questionId: 'q1', at: 1_000 });
    expect(history.map((entry) => entry.questionId)).toEqual(['q1', 'q2']);
    for (let i = 0; i < MAX_SWITCHES + 10; i += 1)
      history = addSwitch(history, { questionId: 'q3', at: 10_000 + i });
    expect(history).toHaveLength(MAX_SWITCHES);
  });
});
