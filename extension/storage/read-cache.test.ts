import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { type Db, getMeta, openDb, type SessionRecord, setMeta } from './db.ts';
import { readShared, withReadCache } from './read-cache.ts';

let opened = 0;
const fresh = async () => {
  opened += 1;
  const raw = await openDb(`read-cache-${process.pid}-${opened}`);
  let reads = 0;
  const counting = new Proxy(raw, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property === 'get')
        return (...args: unknown[]) => {
          reads += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Db;
  return { raw, db: withReadCache(counting), reads: () => reads };
};

const record = (id: string, seq = 0): SessionRecord =>
  ({
    id,
    session: { status: 'running' },
    chain: { seq, head: 'x' },
    lastEventAt: null,
    tasks: {},
    activeQuestionId: null,
    timeUpRecorded: false,
  }) as unknown as SessionRecord;

describe('the read cache in front of the background database', () => {
  it('answers repeated reads of a record from memory, with a copy the caller may change', async () => {
    const { db, reads } = await fresh();
    await db.put('sessions', record('s1'));
    const first = await db.get('sessions', 's1');
    first!.chain.seq = 99;
    const second = await db.get('sessions', 's1');
    expect(second!.chain.seq).toBe(0);
    await db.get('sessions', 's1');
    // The put filled the cache once committed: no read reached IndexedDB.
    expect(reads()).toBe(0);
  });

  it('copies flat records too: a meta entry changed by its reader stays as written', async () => {
    const { db, reads } = await fresh();
    await setMeta(db, 'activeSession', 's1');
    const first = await db.get('meta', 'activeSession');
    first!.value = 's2';
    expect(await getMeta(db, 'activeSession')).toBe('s1');
    const written = { name: 'flag', value: true };
    await db.put('meta', written);
    written.value = false;
    expect(await getMeta(db, 'flag')).toBe(true);
    await db.put('meta', { name: 'nested', value: { list: [1] } });
    ((await db.get('meta', 'nested'))!.value as { list: number[] }).list.push(2);
    expect(await getMeta(db, 'nested')).toEqual({ list: [1] });
    expect(reads()).toBe(0);
  });

  it('shares its own record with readShared, and the latest one after a write', async () => {
    const { db, reads } = await fresh();
    await db.put('sessions', record('s1'));
    const first = await readShared(db, 'sessions', 's1');
    expect(await readShared(db, 'sessions', 's1')).toBe(first);
    expect(reads()).toBe(0);
    const tx = db.transaction(['sessions'], 'readwrite');
    void tx.objectStore('sessions').put(record('s1', 7));
    await tx.done;
    expect((await readShared(db, 'sessions', 's1'))!.chain.seq).toBe(7);
    expect(first!.chain.seq).toBe(0);
  });

  it('reads the latest value after a shorthand write and after a transaction write', async () => {
    const { db } = await fresh();
    await setMeta(db, 'activeSession', 'a');
    expect(await getMeta(db, 'activeSession')).toBe('a');
    await setMeta(db, 'activeSession', 'b');
    expect(await getMeta(db, 'activeSession')).toBe('b');
    await db.put('sessions', record('s1', 1));
    expect((await db.get('sessions', 's1'))!.chain.seq).toBe(1);
    const tx = db.transaction(['events', 'sessions'], 'readwrite');
    void tx.objectStore('sessions').put(record('s1', 2));
    await tx.done;
    expect((await db.get('sessions', 's1'))!.chain.seq).toBe(2);
    await db.delete('sessions', 's1');
    expect(await db.get('sessions', 's1')).toBeUndefined();
  });

  it('never keeps a value from a write that failed', async () => {
    const { db } = await fresh();
    await db.put('sessions', record('s1', 1));
    const tx = db.transaction(['events', 'sessions'], 'readwrite');
    const put = tx.objectStore('sessions').put(record('s1', 5));
    tx.abort();
    await expect(put).rejects.toBeDefined();
    await expect(tx.done).rejects.toBeDefined();
    expect((await db.get('sessions', 's1'))!.chain.seq).toBe(1);
  });

  it('does not let a read that started before a write fill the cache with the older value', async () => {
    const { db } = await fresh();
    await db.put('sessions', record('s1', 1));
    // A transaction that writes nothing still empties the entries of its stores.
    await db.transaction('sessions', 'readwrite').done;
    const early = db.get('sessions', 's1');
    const write = db.put('sessions', record('s1', 2));
    expect((await early)!.chain.seq).toBe(1);
    // Asked after the write was issued, before it committed: IndexedDB orders it behind.
    expect((await db.get('sessions', 's1'))!.chain.seq).toBe(2);
    await write;
    expect((await db.get('sessions', 's1'))!.chain.seq).toBe(2);
  });

  it('sees what another connection wrote only after its own writes: it is for the sole writer', async () => {
    // Documents the contract: a write behind the cache's back is not seen while cached.
    const { db, raw } = await fresh();
    await db.put('sessions', record('s1', 1));
    await raw.put('sessions', record('s1', 7));
    expect((await db.get('sessions', 's1'))!.chain.seq).toBe(1);
    await db.put('sessions', record('s1', 8));
    expect((await db.get('sessions', 's1'))!.chain.seq).toBe(8);
  });
});
