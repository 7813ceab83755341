/**
 * The side panel's presence as a page sees it: opened and closed by the heartbeat's storage
 * changes, closed when the heartbeat goes stale — with a timer only while the panel is open.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
const listeners = vi.hoisted(() => new Set<Listener>());
vi.mock('wxt/browser', () => ({
  browser: {
    storage: {
      local: { get: async () => ({}) },
      onChanged: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
  },
}));

const { PRESENCE_KEY, STALE_MS, watchPresence } = await import('./presence.ts');
const NOW = Date.parse('2026-06-12T08:30:00Z');
const beat = (seen: number) => {
  for (const listener of listeners) listener({ [PRESENCE_KEY]: { newValue: seen } }, 'local');
};

describe('watchPresence', () => {
  beforeEach(() => vi.useFakeTimers({ now: NOW }));
  afterEach(() => {
    vi.useRealTimers();
    listeners.clear();
  });

  it('keeps no timer while the panel is closed, as on most pages', () => {
    const onChange = vi.fn();
    const stop = new AbortController();
    watchPresence(onChange, stop.signal, { seen: 0 });
    expect(onChange).toHaveBeenCalledWith(false);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop.abort();
    expect(listeners.size).toBe(0);
  });

  it('opens on a heartbeat, and closes when the last one goes stale', () => {
    const onChange = vi.fn();
    const stop = new AbortController();
    watchPresence(onChange, stop.signal, { seen: 0 });
    beat(Date.now());
    expect(onChange).toHaveBeenLastCalledWith(true);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(STALE_MS - 1_000);
    beat(Date.now()); // a later heartbeat pushes the deadline back
    vi.advanceTimersByTime(STALE_MS - 1_000);
    expect(onChange).toHaveBeenLastCalledWith(true);
    vi.advanceTimersByTime(1_100);
    expect(onChange).toHaveBeenLastCalledWith(false);
    expect(onChange).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
    stop.abort();
  });

  it('open at load (a fresh heartbeat read), closed by the panel saying it went', () => {
    const onChange = vi.fn();
    const stop = new AbortController();
    watchPresence(onChange, stop.signal, { seen: NOW - 1_000 });
    expect(onChange).toHaveBeenLastCalledWith(true);
    beat(0);
    expect(onChange).toHaveBeenLastCalledWith(false);
    expect(vi.getTimerCount()).toBe(0);
    stop.abort();
  });
});
