import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmitter, type EmitterOptions, newEventId } from './emit.ts';
import { hmacSha256Hex } from './hmac.ts';
import { createPendingStore, PENDING_PREFIX } from './pending-store.ts';
import { fakeBackground, fakeStorage } from './testing/fakes.ts';

const SESSION = 'session-1';
const KEY = 'a-secret-only-the-content-script-holds';
let counter = 0;

const setup = (extra: Partial<EmitterOptions> = {}) => {
  const background = fakeBackground();
  const emitter = createEmitter({
    send: background.send,
    url: () => 'http://127.0.0.1:4300/page',
    newId: () => `event-${String(++counter).padStart(5, '0')}`,
    ...extra,
  });
  const click = (name: string, trusted = true) =>
    emitter.emit('ui.clicked', { role: 'button', name, tag: 'button', selector: 'button' }, trusted);
  return { background, emitter, click };
};

const names = (events: { data: Record<string, unknown> }[]) => events.map((event) => event.data.name);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_700_000_000_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('emitter: batching and acknowledgement', () => {
  it('sends a visit at once, with the events that waited before it, not after the flush delay', async () => {
    const { background, emitter, click } = setup();
    click('before the visit');
    expect(background.state.calls).toHaveLength(0);
    emitter.emit('nav.visited', { title: 'Ajouter un article', via: 'load' }, true);
    // Sent synchronously: no timer has run (the page's own scripts come next).
    expect(background.state.calls).toHaveLength(1);
    expect(background.state.calls[0]!.map((event) => event.kind)).toEqual(['ui.clicked', 'nav.visited']);
    await vi.advanceTimersByTimeAsync(0);
    expect(emitter.pending()).toBe(0);
    // Other kinds still wait for the flush delay.
    click('after');
    await vi.advanceTimersByTimeAsync(100);
    expect(background.state.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(150);
    expect(background.state.calls).toHaveLength(2);
  });

  it('stamps events and sends them in one batch after the flush delay', async () => {
    const { background, emitter, click } = setup();
    click('a', true);
    click('b', false);
    expect(background.state.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(250);
    expect(background.state.calls).toHaveLength(1);
    expect(background.state.calls[0]![1]).toEqual({
      id: expect.stringMatching(/^event-/),
      kind: 'ui.clicked',
      time: 1_700_000_000_000,
      url: 'http://127.0.0.1:4300/page',
      trusted: false,
      data: { role: 'button', name: 'b', tag: 'button', selector: 'button' },
    });
    expect(emitter.pending()).toBe(0);
  });

  it('sends at once when 50 events wait, keeps one regular batch in flight, and stores in order', async () => {
    const { background, emitter, click } = setup();
    for (let i = 0; i < 120; i += 1) click(`c${i}`);
    expect(background.state.calls.map((c) => c.length)).toEqual([50]);
    await vi.advanceTimersByTimeAsync(0);
    expect(background.state.calls.map((c) => c.length)).toEqual([50, 70]);
    await vi.advanceTimersByTimeAsync(0);
    expect(emitter.pending()).toBe(0);
    expect(names(background.state.stored)).toEqual(Array.from({ length: 120 }, (_, i) => `c${i}`));
  });

  it('re-sends with exponential backoff while the worker is unreachable, and loses nothing', async () => {
    const { background, emitter, click } = setup();
    background.state.mode = 'reject';
    click('a');
    await vi.advanceTimersByTimeAsync(250);
    expect(background.state.calls).toHaveLength(1);
    click('b');
    await vi.advanceTimersByTimeAsync(499);
    expect(background.state.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(background.state.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(background.state.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(background.state.calls).toHaveLength(3);
    background.state.mode = 'ack';
    await vi.advanceTimersByTimeAsync(2000);
    expect(emitter.pending()).toBe(0);
    expect(names(background.state.stored)).toEqual(['a', 'b']);
    // Back to normal: the backoff is reset.
    click('c');
    await vi.advanceTimersByTimeAsync(250);
    expect(names(background.state.stored)).toEqual(['a', 'b', 'c']);
  });

  it('re-sends events the background did not acknowledge', async () => {
    const { background, emitter, click } = setup();
    background.state.mode = 'drop-last';
    click('a');
    click('b');
    await vi.advanceTimersByTimeAsync(250);
    expect(emitter.pending()).toBe(1);
    background.state.mode = 'ack';
    await vi.advanceTimersByTimeAsync(500);
    expect(emitter.pending()).toBe(0);
    expect(names(background.state.stored)).toEqual(['a', 'b']);
  });

  it('treats an unanswered batch as failed, re-sends it, and stores each event once', async () => {
    const { background, emitter, click } = setup();
    background.state.mode = 'hang';
    click('a');
    await vi.advanceTimersByTimeAsync(250);
    background.state.mode = 'ack';
    await vi.advanceTimersByTimeAsync(10_000 + 500);
    expect(background.state.calls).toHaveLength(2);
    expect(emitter.pending()).toBe(0);
    for (const answer of background.state.hanging) answer(); // the late answer changes nothing
    await vi.advanceTimersByTimeAsync(0);
    expect(names(background.state.stored)).toEqual(['a']);
    expect(emitter.pending()).toBe(0);
  });

  it('tells the caller when the background refuses, and keeps the events', async () => {
    const onRefused = vi.fn();
    const { background, emitter, click } = setup({ onRefused });
    background.state.mode = 'refuse';
    click('a');
    await vi.advanceTimersByTimeAsync(250);
    expect(onRefused).toHaveBeenCalledTimes(1);
    expect(emitter.pending()).toBe(1);
  });

  it('flushNow sends every unsent event at once, even with a batch in flight', async () => {
    const { background, emitter, click } = setup();
    background.state.mode = 'hang';
    click('a');
    await vi.advanceTimersByTimeAsync(250);
    background.state.mode = 'ack';
    click('b');
    click('c');
    emitter.flushNow();
    expect(background.state.calls.map(names)).toEqual([['a'], ['b', 'c']]);
    await vi.advanceTimersByTimeAsync(0);
    expect(emitter.pending()).toBe(1);
  });
});

describe('emitter: persistence in the page', () => {
  it('keeps unacknowledged events in sessionStorage; the next page re-sends them once, in order', async () => {
    const storage = fakeStorage();
    const first = setup({ store: createPendingStore(storage, SESSION, KEY, 'page-1') });
    first.background.state.mode = 'reject';
    first.click('before-submit');
    first.emitter.emit(
      'form.submitted',
      { action: 'http://127.0.0.1/commande/valider', method: 'POST', fields: [] },
      true,
    );
    first.emitter.flushNow(); // the submit: sent (and failing), and persisted
    first.emitter.stop(); // the page unloads
    expect([...storage.map.keys()]).toEqual([`${PENDING_PREFIX}page-1`]);

    const next = setup({ store: createPendingStore(storage, SESSION, KEY, 'page-2') });
    expect(next.background.state.calls).toHaveLength(1); // leftovers are sent at start
    next.click('after');
    await vi.advanceTimersByTimeAsync(250);
    expect(next.emitter.pending()).toBe(0);
    expect(next.background.state.stored.map((e) => e.kind)).toEqual([
      'ui.clicked',
      'form.submitted',
      'ui.clicked',
    ]);
    expect(storage.map.size).toBe(0);
  });

  it('drops entries altered by the page, with one warning, and leftovers of another session silently', async () => {
    const storage = fakeStorage();
    const old = setup({ store: createPendingStore(storage, SESSION, KEY, 'page-1') });
    old.background.state.mode = 'reject';
    old.click('genuine');
    old.emitter.flushNow();
    old.emitter.stop();
    const key = `${PENDING_PREFIX}page-1`;
    storage.setItem(key, storage.getItem(key)!.replace('genuine', 'forged!'));
    const otherEvent = {
      ...old.background.state.calls[0]![0]!,
      id: 'other-1',
      data: { name: 'other session' },
    };
    createPendingStore(storage, 'another-session', KEY, 'page-x').save([otherEvent]);
    expect(storage.map.size).toBe(2);

    const next = setup({ store: createPendingStore(storage, SESSION, KEY, 'page-2') });
    await vi.advanceTimersByTimeAsync(0);
    const stored = next.background.state.stored;
    expect(stored.map((e) => e.kind)).toEqual(['capture.warning']);
    expect(stored[0]!.data).toMatchObject({ code: 'storage-error' });
    expect(JSON.stringify(stored)).not.toContain('forged');
    expect(JSON.stringify(stored)).not.toContain('other session');
    expect(storage.map.size).toBe(0);
  });

  it('refuses an entry a page script signs with everything it can read (the session id)', async () => {
    const storage = fakeStorage();
    const forged = [
      {
        id: 'forged-0001',
        kind: 'examiner.note',
        time: 1,
        url: 'http://127.0.0.1/',
        trusted: true,
        data: { text: 'x' },
      },
    ];
    const json = JSON.stringify(forged);
    // The entry format is readable in sessionStorage; the key of the old design was the session id.
    for (const guess of [SESSION, `temoin-pending:${SESSION}`, ''])
      storage.setItem(
        `${PENDING_PREFIX}forged-${guess.length}`,
        `${hmacSha256Hex(guess, `${SESSION}\n${json}`)}\n${SESSION}\n${json}`,
      );
    storage.setItem(
      `${PENDING_PREFIX}forged-old`,
      `${hmacSha256Hex(`temoin-pending:${SESSION}`, json)}\n${SESSION}\n${json}`,
    );
    const next = setup({ store: createPendingStore(storage, SESSION, KEY, 'page-2') });
    await vi.advanceTimersByTimeAsync(0);
    const stored = next.background.state.stored;
    expect(stored.map((e) => e.kind)).toEqual(['capture.warning']);
    expect(stored[0]!.data).toMatchObject({
      detail: expect.stringContaining('4 lots d’événements en attente modifiés'),
    });
  });

  it('warns once when the page storage is full, and still sends', async () => {
    const storage = fakeStorage();
    storage.setFull(true);
    const { background, click } = setup({ store: createPendingStore(storage, SESSION, KEY, 'p') });
    click('a');
    click('b');
    await vi.advanceTimersByTimeAsync(250);
    await vi.advanceTimersByTimeAsync(250);
    const kinds = background.state.stored.map((e) => e.kind);
    expect(kinds.filter((kind) => kind === 'capture.warning')).toHaveLength(1);
    expect(names(background.state.stored.filter((e) => e.kind === 'ui.clicked'))).toEqual(['a', 'b']);
  });
});

describe('emitter: overflow', () => {
  it('caps the queue and says so once with a storage-error warning', async () => {
    const { background, emitter, click } = setup({ maxQueue: 10 });
    background.state.mode = 'reject';
    for (let i = 0; i < 25; i += 1) click(`c${i}`);
    expect(emitter.pending()).toBe(11);
    background.state.mode = 'ack';
    await vi.advanceTimersByTimeAsync(1000);
    const stored = background.state.stored;
    expect(names(stored.filter((e) => e.kind === 'ui.clicked'))).toEqual(
      Array.from({ length: 10 }, (_, i) => `c${i}`),
    );
    const warnings = stored.filter((e) => e.kind === 'capture.warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.data).toMatchObject({ code: 'storage-error' });
  });
});

describe('emitter: page storage cap', () => {
  it('says once that events beyond the cap are not protected against unload, and loses none', async () => {
    const storage = fakeStorage();
    const { background, emitter, click } = setup({
      store: createPendingStore(storage, SESSION, KEY, 'p', 3000),
    });
    background.state.mode = 'reject';
    for (let i = 0; i < 30; i += 1) click(`c${i}`);
    emitter.flushNow();
    emitter.flushNow();
    background.state.mode = 'ack';
    await vi.advanceTimersByTimeAsync(1000);
    const warnings = background.state.stored.filter((e) => e.kind === 'capture.warning');
    expect(warnings.map((e) => e.data.code)).toEqual(['storage-error']);
    expect(background.state.stored.filter((e) => e.kind === 'ui.clicked')).toHaveLength(30);
  });
});

describe('newEventId', () => {
  it('gives UUID-shaped ids, also without crypto.randomUUID', () => {
    expect(newEventId()).toMatch(/^[0-9a-f-]{36}$/);
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newEventId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});

describe('pending store', () => {
  it('keeps within its size cap, oldest events first', () => {
    const storage = fakeStorage();
    const store = createPendingStore(storage, SESSION, KEY, 'p', 2000);
    const events = Array.from({ length: 40 }, (_, i) => ({
      id: `event-${i}`,
      kind: 'ui.clicked',
      time: i,
      url: 'http://127.0.0.1/',
      trusted: true,
      data: { name: `c${i}` },
    }));
    const saved = store.save(events);
    expect(saved).toBeGreaterThan(0);
    expect(saved).toBeLessThan(40);
    expect(storage.getItem(`${PENDING_PREFIX}p`)!.length).toBeLessThanOrEqual(2000 + 200);
    const restored = createPendingStore(storage, SESSION, KEY, 'q').restore();
    expect(restored.events.map((e) => e.id)).toEqual(events.slice(0, saved).map((e) => e.id));
    expect(restored.tampered).toBe(0);
  });
});
