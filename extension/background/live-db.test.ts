import 'fake-indexeddb/auto';
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { openDb } from '../storage/db.ts';
import { liveDb } from './live-db.ts';

describe('live database connection', () => {
  it('reopens after the connection is lost: the failing call errs, the next one works', async () => {
    let opened = 0;
    const db = await liveDb(() => {
      opened += 1;
      return openDb(`live-${process.pid}`);
    });
    await db.put('meta', { name: 'a', value: 1 });
    db.close(); // what Chromium does to every connection when a write hits a full disk
    await expect(db.get('meta', 'a')).rejects.toMatchObject({ name: 'InvalidStateError' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toBe(2);
    expect(await db.get('meta', 'a')).toEqual({ name: 'a', value: 1 });
    const tx = db.transaction('meta', 'readwrite');
    await tx.store.put({ name: 'b', value: 2 });
    await tx.done;
    expect(await db.get('meta', 'b')).toEqual({ name: 'b', value: 2 });
  });

  it('reopens when the browser closes the connection (close event)', async () => {
    let opened = 0;
    let first: Awaited<ReturnType<typeof openDb>> | undefined;
    const db = await liveDb(async () => {
      opened += 1;
      const connection = await openDb(`live-close-${process.pid}`);
      first ??= connection;
      return connection;
    });
    // What a browser does when it must drop a connection (data cleared, disk failure).
    forceCloseDatabase(unwrap(first!) as never);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(opened).toBe(2);
    await db.put('meta', { name: 'c', value: 3 });
    expect(await db.get('meta', 'c')).toEqual({ name: 'c', value: 3 });
  });
});
