import { describe, expect, it, vi } from 'vitest';
import type { ProposedEventInput } from '../session/recorder.ts';
import { startNetwork } from './observer.ts';
import { matchPatternsFor } from './origins.ts';

vi.mock('../../settings/store.ts', () => ({ loadSettings: async () => ({ allowedOrigins: [] }) }));

const ORIGIN = 'http://127.0.0.1:4300';
/** The observer reads the session in the background (several awaits): let it finish. */
const settled = async () => {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
};

type Listener = (...args: never[]) => void;
interface Registration {
  listener: Listener;
  filter?: { urls: string[]; types: string[] };
  spec?: string[];
}

/** A browser event that keeps what was added, as Chromium does (one entry per listener). */
const event = () => {
  const added: Registration[] = [];
  return {
    added,
    addListener: (listener: Listener, filter?: Registration['filter'], spec?: string[]) => {
      added.push({ listener, ...(filter ? { filter } : {}), ...(spec ? { spec } : {}) });
    },
    removeListener: (listener: Listener) => {
      const at = added.findIndex((entry) => entry.listener === listener);
      if (at >= 0) added.splice(at, 1);
    },
    fire: (details: unknown, types?: string) => {
      for (const entry of [...added])
        if (!types || !entry.filter || entry.filter.types.includes(types))
          (entry.listener as (d: unknown) => void)(details);
    },
  };
};

const setUp = (running = true) => {
  const webRequest = {
    onBeforeRequest: event(),
    onBeforeSendHeaders: event(),
    onBeforeRedirect: event(),
    onCompleted: event(),
    onErrorOccurred: event(),
  };
  const browser = {
    webRequest,
    webNavigation: {
      onCommitted: event(),
      onHistoryStateUpdated: event(),
      onCreatedNavigationTarget: event(),
    },
    tabs: { onRemoved: event(), query: async () => [] },
    storage: {
      onChanged: event(),
      session: { get: async () => ({}), set: async () => undefined },
    },
  };
  const records: Record<string, unknown> = {
    ...(running ? { 'meta activeSession': { name: 'activeSession', value: 's1' } } : {}),
    'sessions s1': {
      id: 's1',
      session: { status: 'running', referenceOrigins: [ORIGIN] },
      capture: { allowedOrigins: [], sensitiveSelectors: [] },
    },
  };
  const db = { get: async (store: string, key: string) => records[`${store} ${key}`] };
  const appended: ProposedEventInput[] = [];
  const service = {
    append: async (events: ProposedEventInput[]) => {
      appended.push(...events);
      return { ok: true as const, acknowledged: events.map((e) => e.id) };
    },
    onSessionChange: () => () => undefined,
  };
  let id = 0;
  const network = startNetwork(browser as never, {
    db: Promise.resolve(db as never),
    service: Promise.resolve(service as never),
    newId: () => {
      id += 1;
      return `e${id}`;
    },
    now: () => 5_000,
  });
  return { webRequest, network, appended };
};

const request = (over: Record<string, unknown>) => ({
  url: `${ORIGIN}/wp-json/wp/v2/posts/5`,
  method: 'POST',
  tabId: 3,
  frameId: 0,
  timeStamp: 1_000,
  initiator: ORIGIN,
  ...over,
});

describe('network observer listeners', () => {
  it('asks for request and response headers on script requests only, and still ends every request', async () => {
    const { webRequest, network, appended } = setUp();
    await settled();
    const [headers] = webRequest.onBeforeSendHeaders.added;
    expect(headers?.filter?.urls).toEqual(matchPatternsFor([ORIGIN]));
    expect(headers?.filter?.types).toEqual(['xmlhttprequest']);
    expect(headers?.spec).toEqual(['requestHeaders']);
    const completed = webRequest.onCompleted.added;
    expect(completed).toHaveLength(2);
    const withHeaders = completed.filter((entry) => entry.spec?.includes('responseHeaders'));
    expect(withHeaders.map((entry) => entry.filter?.types)).toEqual([['xmlhttprequest']]);
    // Together the two cover every observed type, each type once.
    const types = completed.flatMap((entry) => entry.filter?.types ?? []).sort();
    expect(types).toEqual(['main_frame', 'other', 'ping', 'sub_frame', 'xmlhttprequest']);

    // A script's POST overridden to DELETE, answered in HTML: ends at once, method from the header.
    webRequest.onBeforeRequest.fire(request({ requestId: 'x1', type: 'xmlhttprequest' }), 'xmlhttprequest');
    webRequest.onBeforeSendHeaders.fire(
      {
        requestId: 'x1',
        type: 'xmlhttprequest',
        requestHeaders: [{ name: 'X-HTTP-Method-Override', value: 'DELETE' }],
      },
      'xmlhttprequest',
    );
    webRequest.onCompleted.fire(
      { requestId: 'x1', statusCode: 200, responseHeaders: [{ name: 'Content-Type', value: 'text/html' }] },
      'xmlhttprequest',
    );
    // A form's POST (a navigation): ends through the listener without headers.
    webRequest.onBeforeRequest.fire(
      request({
        requestId: 'f1',
        type: 'main_frame',
        url: `${ORIGIN}/wp-login.php`,
        requestBody: { formData: { log: ['admin'] } },
      }),
      'main_frame',
    );
    webRequest.onCompleted.fire({ requestId: 'f1', statusCode: 302 }, 'main_frame');
    await network.flush();
    expect(
      appended.map((e) => [e.kind, (e.data as { method: string; path: string; status?: number }).method]),
    ).toEqual([
      ['net.request', 'DELETE'],
      ['net.request', 'POST'],
    ]);
    expect(appended.map((e) => (e.data as { status?: number }).status)).toEqual([200, 302]);
  });

  it('removes every listener it added when no session runs', async () => {
    const { webRequest } = setUp(false);
    // Before the context is read: listening broadly, so that a woken worker misses nothing.
    expect(webRequest.onCompleted.added).toHaveLength(2);
    expect(webRequest.onBeforeSendHeaders.added).toHaveLength(1);
    await settled();
    for (const name of Object.keys(webRequest) as (keyof typeof webRequest)[])
      expect(webRequest[name].added).toEqual([]);
  });
});
