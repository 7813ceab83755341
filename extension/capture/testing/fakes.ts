/** Fakes for the emit queue's tests: a background that acknowledges like the real one, and a storage. */
import type { Send } from '../emit.ts';
import type { StorageLike } from '../pending-store.ts';
import type { ProposedEvent } from '../types.ts';

export type BackgroundMode = 'ack' | 'reject' | 'refuse' | 'hang' | 'drop-last';

/** Stores each id once (dedup), in arrival order, and answers according to `mode`. */
export const fakeBackground = () => {
  const state = {
    mode: 'ack' as BackgroundMode,
    calls: [] as ProposedEvent[][],
    stored: [] as ProposedEvent[],
    hanging: [] as (() => void)[],
  };
  const ids = new Set<string>();
  const store = (events: ProposedEvent[]) => {
    for (const event of events)
      if (!ids.has(event.id)) {
        ids.add(event.id);
        state.stored.push(event);
      }
    return events.map((event) => event.id);
  };
  const send: Send = async (events) => {
    state.calls.push(events);
    switch (state.mode) {
      case 'reject':
        throw new Error('Could not establish connection. Receiving end does not exist.');
      case 'refuse':
        return { refused: true };
      case 'hang':
        // Stored, but the answer never comes back (the worker stopped after committing).
        store(events);
        return new Promise((resolve) =>
          state.hanging.push(() => resolve({ acknowledged: events.map((e) => e.id) })),
        );
      case 'drop-last':
        return { acknowledged: store(events.slice(0, -1)) };
      default:
        return { acknowledged: store(events) };
    }
  };
  return { state, send };
};

export const fakeStorage = () => {
  const map = new Map<string, string>();
  let full = false;
  const storage: StorageLike & { map: Map<string, string>; setFull(value: boolean): void } = {
    map,
    setFull: (value) => {
      full = value;
    },
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      map.set(key, value);
    },
    removeItem: (key) => {
      map.delete(key);
    },
  };
  return storage;
};
