import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const signatures = vi.hoisted(() => ({ count: 0 }));
vi.mock('./hmac.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./hmac.ts')>();
  return {
    ...real,
    hmacSha256Signer: (key: string) => {
      const sign = real.hmacSha256Signer(key);
      return (message: string) => {
        signatures.count += 1;
        return sign(message);
      };
    },
  };
});

const { createEmitter } = await import('./emit.ts');
const { createPendingStore, PENDING_PREFIX } = await import('./pending-store.ts');
const { fakeBackground, fakeStorage } = await import('./testing/fakes.ts');

const SESSION = 'session-1';
const KEY = 'a-secret-only-the-content-script-holds';
let counter = 0;

const page = (storage: ReturnType<typeof fakeStorage>, instance: string) => {
  const background = fakeBackground();
  const emitter = createEmitter({
    send: background.send,
    url: () => 'http://127.0.0.1:4300/page',
    newId: () => `event-${String(++counter).padStart(5, '0')}`,
    store: createPendingStore(storage, SESSION, KEY, instance),
  });
  const click = (name: string) =>
    emitter.emit('ui.clicked', { role: 'button', name, tag: 'button', selector: 'button' }, true);
  return { background, emitter, click };
};

beforeEach(() => {
  vi.useFakeTimers();
  signatures.count = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('emitter: the page keeps only what may be lost', () => {
  it('signs and stores nothing for batches acknowledged in time', async () => {
    const storage = fakeStorage();
    const { background, emitter, click } = page(storage, 'p');
    for (let i = 0; i < 120; i += 1) click(`c${i}`);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(background.state.stored).toHaveLength(120);
    expect(emitter.pending()).toBe(0);
    expect(storage.map.size).toBe(0);
    expect(signatures.count).toBe(0);
  });

  it('stores a batch left unanswered past lateMs, and empties the entry when it is acknowledged', async () => {
    const storage = fakeStorage();
    const { background, emitter, click } = page(storage, 'p');
    background.state.mode = 'hang';
    click('slow');
    await vi.advanceTimersByTimeAsync(250 + 999);
    expect(storage.map.size).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(storage.getItem(`${PENDING_PREFIX}p`)).toContain('"slow"');
    for (const answer of background.state.hanging) answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(emitter.pending()).toBe(0);
    expect(storage.map.size).toBe(0);
    expect(signatures.count).toBe(1);
  });

  it('stores what is unsent when the page may unload, and the next page keeps it stored until acknowledged, signing nothing again', async () => {
    const storage = fakeStorage();
    const first = page(storage, 'page-1');
    first.background.state.mode = 'reject';
    first.click('before-unload');
    first.emitter.flushNow();
    first.emitter.stop();
    expect(signatures.count).toBe(1);

    const next = page(storage, 'page-2');
    next.background.state.mode = 'hang';
    expect(signatures.count).toBe(2); // verified once
    // Restoring took the previous page's entry: it is back under this page's name at once.
    expect([...storage.map.keys()]).toEqual([`${PENDING_PREFIX}page-2`]);
    expect(storage.getItem(`${PENDING_PREFIX}page-2`)).toContain('"before-unload"');
    expect(signatures.count).toBe(2);
    for (const answer of next.background.state.hanging) answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(next.background.state.stored.map((event) => event.data.name)).toEqual(['before-unload']);
    expect(storage.map.size).toBe(0);
  });

  it('says at the first batch that the page storage refuses entries, though nothing needed it yet', async () => {
    const storage = fakeStorage();
    storage.setFull(true);
    const { background, click } = page(storage, 'p');
    click('a');
    await vi.advanceTimersByTimeAsync(250);
    await vi.advanceTimersByTimeAsync(250);
    expect(background.state.stored.map((event) => event.kind)).toEqual(['ui.clicked', 'capture.warning']);
    expect(signatures.count).toBe(0);
  });
});
