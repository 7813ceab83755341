import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createEmitter } from './emit.ts';
import { createPendingStore, MAX_PENDING_CHARS, PENDING_PREFIX } from './pending-store.ts';
import { pageSubtle } from './pending-verify.ts';
import { fakeBackground, fakeStorage } from './testing/fakes.ts';

const SESSION = 'session-1';
const KEY = 'a-secret-only-the-content-script-holds';
const subtle = webcrypto.subtle as SubtleCrypto;
const click = (i: number) => ({
  id: `event-${i}`,
  kind: 'ui.clicked',
  time: 1_000 + i,
  url: 'http://127.0.0.1/',
  trusted: true,
  data: { role: 'button', name: `b${i}`, tag: 'button', selector: 'button' },
});
const store = (storage: ReturnType<typeof fakeStorage>, instance: string, withSubtle = true) =>
  createPendingStore(storage, SESSION, KEY, instance, MAX_PENDING_CHARS, withSubtle ? subtle : null);

describe('pending store: WebCrypto verification (secure contexts)', () => {
  it('uses WebCrypto only in a secure context', () => {
    expect(pageSubtle({ isSecureContext: true, crypto: webcrypto as Crypto })).toBe(webcrypto.subtle);
    expect(pageSubtle({ isSecureContext: false, crypto: webcrypto as Crypto })).toBeNull();
    expect(pageSubtle({})).toBeNull();
    expect(store(fakeStorage(), 'p', false).restoreAsync()).toBeNull();
  });

  it('restores what the pure-JS HMAC signed, and refuses an entry with one line changed or added', async () => {
    const storage = fakeStorage();
    store(storage, 'page-1', false).save([click(1), click(2)]);
    store(storage, 'page-2', false).save([click(3)]);
    const altered = `${PENDING_PREFIX}page-2`;
    storage.setItem(altered, storage.getItem(altered)!.replace('"b3"', '"b9"'));
    store(storage, 'page-3', false).save([click(4)]);
    const added = `${PENDING_PREFIX}page-3`;
    storage.setItem(added, `${storage.getItem(added)!}\n${'0'.repeat(64)}\t${JSON.stringify(click(7))}`);
    storage.setItem(`${PENDING_PREFIX}junk`, 'not an entry');

    const restored = await store(storage, 'page-4').restoreAsync()!;
    expect(restored.events.map((event) => event.id)).toEqual(['event-1', 'event-2']);
    expect(restored.tampered).toBe(3);
    expect(storage.map.size).toBe(0);
  });

  it('leaves an entry another instance took meanwhile, and one not yet verified when the page goes', async () => {
    const storage = fakeStorage();
    store(storage, 'page-1', false).save([click(1)]);
    const frame = store(storage, 'frame').restoreAsync()!;
    const top = store(storage, 'top').restoreAsync()!;
    // WebCrypto settles in no set order: whichever instance verifies first takes the entry,
    // and the other finds it gone — never both (the order was assumed, and failed under load).
    const results = await Promise.all([frame, top]);
    const ids = results.map((restored) => restored.events.map((event) => event.id));
    expect(ids.filter((list) => list.length > 0)).toEqual([['event-1']]);
    expect(results.find((restored) => restored.events.length === 0)).toEqual({ events: [], tampered: 0 });

    store(storage, 'page-2', false).save([click(2)]);
    void store(storage, 'leaving').restoreAsync();
    // Not yet verified: still there for the next page.
    expect(storage.getItem(`${PENDING_PREFIX}page-2`)).toContain('"b2"');
  });

  it('the next page re-sends the previous page’s events first, then its own', async () => {
    const storage = fakeStorage();
    store(storage, 'page-1', false).save([click(1), click(2)]);
    const background = fakeBackground();
    let n = 0;
    const emitter = createEmitter({
      send: background.send,
      url: () => 'http://127.0.0.1/next',
      newId: () => `new-${++n}`,
      store: store(storage, 'page-2'),
      flushDelayMs: 0,
    });
    emitter.emit('ui.clicked', { role: 'button', name: 'own', tag: 'button', selector: 'button' }, true);
    await waitUntil(() => emitter.pending() === 0 && background.state.stored.length === 3);
    expect(background.state.stored.map((event) => event.id)).toEqual(['event-1', 'event-2', 'new-1']);
    expect(storage.map.size).toBe(0);
  });
});

const waitUntil = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(done()).toBe(true);
};

describe('pending store: WebCrypto failing', () => {
  it('falls back to the pure-JS verifier when WebCrypto throws, and loses nothing', async () => {
    const storage = fakeStorage();
    createPendingStore(storage, SESSION, KEY, 'page-1').save([click(1)]);
    const broken = {
      importKey: () => Promise.reject(new TypeError('Argument 2 could not be converted')),
    } as unknown as SubtleCrypto;
    const background = fakeBackground();
    const emitter = createEmitter({
      send: background.send,
      url: () => 'http://127.0.0.1/next',
      store: createPendingStore(storage, SESSION, KEY, 'page-2', MAX_PENDING_CHARS, broken),
      flushDelayMs: 0,
    });
    await waitUntil(() => background.state.stored.length === 1 && emitter.pending() === 0);
    expect(background.state.stored.map((event) => event.id)).toEqual(['event-1']);
    expect(storage.map.size).toBe(0);
  });
});
