import { describe, expect, it, vi } from 'vitest';

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

const { createPendingStore, PENDING_PREFIX } = await import('./pending-store.ts');
const { fakeStorage } = await import('./testing/fakes.ts');

const SESSION = 'session-1';
const KEY = 'a-secret-only-the-content-script-holds';
const click = (i: number) => ({
  id: `event-${i}`,
  kind: 'ui.clicked',
  time: 1_000 + i,
  url: 'http://127.0.0.1/',
  trusted: true,
  data: { role: 'button', name: `b${i}`, tag: 'button', selector: 'button' },
});

describe('pending store: signing cost', () => {
  it('signs each event once however often the queue is saved, and verifies a restored one once', () => {
    const storage = fakeStorage();
    const store = createPendingStore(storage, SESSION, KEY, 'page-1');
    const queue = [click(1), click(2)];
    signatures.count = 0;
    store.save(queue);
    store.save(queue);
    queue.push(click(3));
    store.save(queue);
    store.save(queue.slice(1)); // the first was acknowledged
    expect(signatures.count).toBe(3);

    signatures.count = 0;
    const next = createPendingStore(storage, SESSION, KEY, 'page-2');
    const restored = next.restore();
    expect(restored).toMatchObject({ tampered: 0 });
    expect(restored.events.map((event) => event.id)).toEqual(['event-2', 'event-3']);
    expect(signatures.count).toBe(2);
    next.save(restored.events);
    expect(signatures.count).toBe(2);
    expect([...storage.map.keys()]).toEqual([`${PENDING_PREFIX}page-2`]);
  });

  it('refuses a whole entry when one of its events was changed, or one was added by the page', () => {
    const storage = fakeStorage();
    createPendingStore(storage, SESSION, KEY, 'page-1').save([click(1), click(2)]);
    const key = `${PENDING_PREFIX}page-1`;
    const text = storage.getItem(key)!;
    storage.setItem(key, text.replace('"b2"', '"b9"'));
    expect(createPendingStore(storage, SESSION, KEY, 'page-2').restore()).toEqual({
      events: [],
      tampered: 1,
    });

    createPendingStore(storage, SESSION, KEY, 'page-3').save([click(1)]);
    const added = `${storage.getItem(`${PENDING_PREFIX}page-3`)!}\nnot-a-mac\t${JSON.stringify(click(7))}`;
    storage.setItem(`${PENDING_PREFIX}page-3`, added);
    expect(createPendingStore(storage, SESSION, KEY, 'page-4').restore()).toEqual({
      events: [],
      tampered: 1,
    });
  });
});
