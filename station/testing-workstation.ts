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

/** What a workstation keeps across a browser kill (its IndexedDB): the session, the events, the link's record. */
interface Kept {
  session: Session;
  events: CaptureEvent[];
  head: string;
  record: LinkRecord | undefined;
}

export const createWorkstation = (
  candidate: string,
  options: { fetch?: typeof fetch; kept?: Kept } = {},
): Workstation => {
  const kept: Kept = options.kept ?? {
    session: demoSession(candidate),
    events: [],
    head: GENESIS,
    record: undefined,
  };
  const { events } = kept;
  const statuses: LinkStatus[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let stopped = false;
  const link = createStationLink({
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    now: () => Date.now(),
    readEvents: async (_id, from, limit) => events.slice(from, from + limit),
    sessionOf: async () => ({ session: kept.session, total: events.length }),
    load: async () => (kept.record ? { ...kept.record } : undefined),
    save: async (next) => {
      kept.record = { ...next };
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
  const stop = () => {
    stopped = true;
    for (const timer of timers) clearTimeout(timer);
  };
  return {
    session: () => kept.session,
    events,
    statuses,
    record: () => kept.record,
    pair: (url: string, code: string) => link.pair(kept.session.id, url, code),
    /** The candidate does `count` more things: recorded here first, then pushed. */
    async work(count: number) {
      const next = await makeEvents(kept.session, count, { seq: events.length, head: kept.head });
      events.push(...next.sealed);
      kept.head = next.head;
      void link.push(kept.session.id);
    },
    end() {
      kept.session = { ...kept.session, status: 'ended', endedAt: new Date().toISOString() };
      void link.push(kept.session.id);
    },
    push: () => link.push(kept.session.id),
    stop,
    /** The browser killed (no goodbye, no more beats) and started again on the same profile. */
    relaunch() {
      stop();
      return createWorkstation(candidate, { ...options, kept });
    },
  };
};

export interface Workstation {
  session(): Session;
  events: CaptureEvent[];
  statuses: LinkStatus[];
  record(): LinkRecord | undefined;
  pair(url: string, code: string): Promise<LinkStatus | null>;
  work(count: number): Promise<void>;
  end(): void;
  push(): Promise<void>;
  stop(): void;
  relaunch(): Workstation;
}
