/**
 * Connects the station link to the browser: events are read from the extension's IndexedDB,
 * the link's state (key, acknowledged seq) is kept there too, so a restarted browser resumes
 * where the station stopped acknowledging; its status goes to `storage.local` for the popup.
 * The popup leaves the station URL and code under STATION_PENDING_KEY before the start; the
 * session's start consumes them (one pairing per session).
 */
import type { browser as browserApi } from 'wxt/browser';
import type { Session } from '../../../shared/schema/session.ts';
import { type Db, getMeta, setMeta } from '../../storage/db.ts';
import { STATION_PENDING_KEY, STATION_STATUS_KEY, type StationPending, stationLinkKey } from './keys.ts';
import { createStationLink, type LinkRecord } from './link.ts';

const metaKey = stationLinkKey;

export const startStationLink = (browser: typeof browserApi, dbReady: Promise<Db>) => {
  const link = createStationLink({
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    async readEvents(sessionId, from, limit) {
      const db = await dbReady;
      const stored = await db.getAll(
        'events',
        IDBKeyRange.bound([sessionId, from], [sessionId, from + limit - 1]),
      );
      return stored.map(({ sessionId: _ignored, ...event }) => event);
    },
    async sessionOf(sessionId) {
      const record = await (await dbReady).get('sessions', sessionId);
      return record ? { session: record.session, total: record.chain.seq } : null;
    },
    load: async (sessionId) => getMeta<LinkRecord>(await dbReady, metaKey(sessionId)),
    save: async (record) => void (await setMeta(await dbReady, metaKey(record.sessionId), record)),
    onStatus: (status) => void browser.storage.local.set({ [STATION_STATUS_KEY]: status }),
  });

  const pairPending = async (sessionId: string) => {
    const pending = (await browser.storage.local.get(STATION_PENDING_KEY))[STATION_PENDING_KEY] as
      | StationPending
      | undefined;
    if (!pending?.url || !pending.code) {
      await browser.storage.local.remove(STATION_STATUS_KEY);
      return;
    }
    await browser.storage.local.remove(STATION_PENDING_KEY);
    await link.pair(sessionId, pending.url, pending.code);
  };

  return {
    /** The session service's change listener: pairs at start, pushes after every write. */
    onChange(sessionId: string | null, reason: string, status?: Session['status']) {
      if (!sessionId) return;
      if (reason === 'session' && status === 'running') void pairPending(sessionId).catch(() => undefined);
      else void link.push(sessionId).catch(() => undefined);
    },
    /** After a browser or worker restart: resume the active session's push, if it has a station. */
    async resume() {
      const db = await dbReady;
      const active = await getMeta<string>(db, 'activeSession');
      if (active && (await getMeta(db, metaKey(active)))) await link.push(active);
    },
  };
};
