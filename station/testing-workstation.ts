/**
 * A simulated workstation for tests and the benchmark: the extension's own link
 * (extension/background/station/link.ts) over an in-memory event store that grows as the
 * "candidate" works. Same pairing, signing, resume and backoff code as in the browser.
 */

import { createStationLink, type LinkRecord, type LinkStatus } from '../extension/background/station/link.ts';
import { GENESIS } from '../shared/bundle/chain.ts';
import type { CaptureEvent } from '../shared/schema/event.ts';
import type { Session } from '../shared/schema/session.ts';
import { demoSession, makeEvents } from './testing.ts';

export const createWorkstation = (candidate: string, options: { fetch?: typeof fetch } = {}) => {
  let session: Session = demoSession(candidate);
  const events: CaptureEvent[] = [];
  let head = GENESIS;
  let record: LinkRecord | undefined;
  const statuses: LinkStatus[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;
  const link = createStationLink({
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now: () => Date.now(),
    readEvents: async (_id, from, limit) => events.slice(from, from + limit),
    sessionOf: async () => ({ session, total: events.length }),
    load: async () => (record ? { ...record } : undefined),
    save: async (next) => {
      record = { ...next };
    },
    onStatus: (status) => statuses.push(status),
    setTimer: (run, ms) => {
      if (stopped) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopped) run();
      }, ms);
      timers.add(timer);
    },
  });
  return {
    session: () => session,
    events,
    statuses,
    record: () => record,
    pair: (url: string, code: string) => link.pair(session.id, url, code),
    /** The candidate does `count` more things: recorded here first, then pushed. */
    async work(count: number) {
      const next = await makeEvents(session, count, { seq: events.length, head });
      events.push(...next.sealed);
      head = next.head;
      void link.push(session.id);
    },
    end() {
      session = { ...session, status: 'ended', endedAt: new Date().toISOString() };
      void link.push(session.id);
    },
    push: () => link.push(session.id),
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
    },
  };
};

export type Workstation = ReturnType<typeof createWorkstation>;
