import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HookResponse } from '../../capture/network/hook-message.ts';
import {
  createTracker,
  LEFT_PAGE_WAIT_MS,
  ORPHAN_WAIT_MS,
  RESPONSE_WAIT_MS,
  type RequestStart,
  type TrackedEvent,
} from './tracker.ts';

const ORIGIN = 'http://127.0.0.1:4300';
const CONTEXT = { sessionId: 's1', referenceOrigins: [ORIGIN], allowedOrigins: ['https://allowed.example'] };
const JSON_HEADERS = [{ name: 'Content-Type', value: 'application/json; charset=utf-8' }];
const bytes = (text: string) => ({ raw: [{ bytes: new TextEncoder().encode(text).buffer as ArrayBuffer }] });

const start = (over: Partial<RequestStart> = {}): RequestStart => ({
  requestId: 'r1',
  url: `${ORIGIN}/admin/api/posts/5`,
  method: 'POST',
  tabId: 7,
  type: 'xmlhttprequest',
  timeStamp: 1_000.4,
  initiator: ORIGIN,
  ...over,
});

const hook = (over: Partial<HookResponse> = {}): HookResponse => ({
  method: 'POST',
  url: `${ORIGIN}/admin/api/posts/5`,
  status: 200,
  contentType: 'application/json',
  text: JSON.stringify({ id: 5, title: 'Thé glacé', status: 'publish', slug: 'the-glace' }),
  truncated: false,
  ...over,
});

describe('network tracker', () => {
  let events: TrackedEvent[];
  let candidates: number[][];
  let ids: number;
  const make = () => {
    const tracker = createTracker({
      emit: (event) => events.push(event),
      newId: () => `event-${++ids}`,
      now: () => Date.now(),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      onCandidateTabs: (_s, tabs) => candidates.push(tabs),
    });
    tracker.setContext(CONTEXT);
    return tracker;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    candidates = [];
    ids = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('records a WordPress-style save: override applied, changed fields, full post from the hook', () => {
    const tracker = make();
    tracker.navigationCommitted({ tabId: 7, frameId: 0, url: `${ORIGIN}/admin/articles/5` });
    tracker.requestStarted(
      start({ url: `${ORIGIN}/admin/api/posts/5?_locale=user`, requestBody: bytes('{"status":"publish"}') }),
    );
    tracker.requestHeaders('r1', [{ name: 'X-HTTP-Method-Override', value: 'PUT' }]);
    tracker.requestEnded({ requestId: 'r1', statusCode: 200, responseHeaders: JSON_HEADERS });
    expect(events).toEqual([]);
    tracker.hookResponse(7, hook({ url: `${ORIGIN}/admin/api/posts/5?_locale=user` }));
    expect(events).toEqual([
      {
        id: 'event-1',
        kind: 'net.request',
        time: 1000,
        url: `${ORIGIN}/admin/articles/5`,
        trusted: true,
        data: {
          method: 'PUT',
          path: '/admin/api/posts/5',
          query: { _locale: 'user' },
          status: 200,
          body: { status: 'publish' },
          response: { id: 5, title: 'Thé glacé', status: 'publish', slug: 'the-glace' },
        },
      },
    ]);
  });

  it('takes a PATCH body from the hook when the browser gives none, masked like any body', () => {
    const tracker = make();
    tracker.requestStarted(start({ method: 'PATCH', url: `${ORIGIN}/api/products/9` }));
    tracker.requestEnded({ requestId: 'r1', statusCode: 200, responseHeaders: JSON_HEADERS });
    tracker.hookResponse(
      7,
      hook({
        method: 'PATCH',
        url: `${ORIGIN}/api/products/9`,
        requestText: JSON.stringify({ meta_title: 'Thé vert bio', password: 'hunter2' }),
      }),
    );
    expect(events).toHaveLength(1);
    expect((events[0]!.data as { body: unknown }).body).toEqual({
      meta_title: 'Thé vert bio',
      password: '[masqué]',
    });
    // The page wrote that body: what is derived from it must stay page-reported.
    expect((events[0]!.data as { bodyFromPage?: true }).bodyFromPage).toBe(true);
  });

  it('matches a response that arrives before the request ends', () => {
    const tracker = make();
    tracker.requestStarted(start());
    tracker.hookResponse(7, hook());
    tracker.requestEnded({ requestId: 'r1', statusCode: 200, responseHeaders: JSON_HEADERS });
    expect(events).toHaveLength(1);
    expect((events[0]!.data as { response: unknown }).response).toMatchObject({ id: 5 });
  });

  it('records without response when the hook says nothing in time, and drops stray responses', () => {
    const tracker = make();
    tracker.requestStarted(start());
    tracker.requestEnded({ requestId: 'r1', statusCode: 201, responseHeaders: JSON_HEADERS });
    vi.advanceTimersByTime(RESPONSE_WAIT_MS);
    expect(events).toHaveLength(1);
    expect(events[0]!.data).not.toHaveProperty('response');
    expect(events[0]!.data).toMatchObject({ status: 201 });
    tracker.hookResponse(7, hook({ url: `${ORIGIN}/other` }));
    vi.advanceTimersByTime(ORPHAN_WAIT_MS);
    expect(tracker.stats()).toMatchObject({ open: 0, awaiting: 0, orphans: 0 });
  });

  it('waits only a moment more once the tab has left the page that would send the copy', () => {
    const tracker = make();
    tracker.requestStarted(start());
    tracker.requestStarted(start({ requestId: 'r2', tabId: 8 }));
    tracker.requestEnded({ requestId: 'r1', statusCode: 201, responseHeaders: JSON_HEADERS });
    tracker.requestEnded({ requestId: 'r2', statusCode: 201, responseHeaders: JSON_HEADERS });
    vi.advanceTimersByTime(100);
    tracker.pageReplaced(7);
    tracker.pageReplaced(7);
    vi.advanceTimersByTime(LEFT_PAGE_WAIT_MS - 1);
    expect(events).toHaveLength(0);
    vi.advanceTimersByTime(1);
    // Tab 7's request goes without the copy; tab 8's page is still there and still waits.
    expect(events).toHaveLength(1);
    expect(events[0]!.data).not.toHaveProperty('response');
    expect(tracker.stats()).toMatchObject({ awaiting: 1 });
    vi.advanceTimersByTime(RESPONSE_WAIT_MS);
    expect(events).toHaveLength(2);
  });

  it('waits only a moment for a request that outlived its page (a keepalive save on leaving)', () => {
    const tracker = make();
    tracker.requestStarted(start());
    tracker.pageReplaced(7);
    tracker.requestStarted(start({ requestId: 'r2', url: `${ORIGIN}/admin/api/posts/6` }));
    tracker.requestEnded({ requestId: 'r1', statusCode: 200, responseHeaders: JSON_HEADERS });
    tracker.requestEnded({ requestId: 'r2', statusCode: 200, responseHeaders: JSON_HEADERS });
    vi.advanceTimersByTime(LEFT_PAGE_WAIT_MS);
    // r1 began on the page that is gone; r2 on the new page, which may still send its copy.
    expect(events).toHaveLength(1);
    expect(tracker.stats()).toMatchObject({ awaiting: 1 });
    vi.advanceTimersByTime(RESPONSE_WAIT_MS);
    expect(events).toHaveLength(2);
  });

  it('still takes a copy that arrives in the moment after the page was left', () => {
    const tracker = make();
    tracker.requestStarted(start());
    tracker.requestEnded({ requestId: 'r1', statusCode: 201, responseHeaders: JSON_HEADERS });
    tracker.pageReplaced(7);
    vi.advanceTimersByTime(LEFT_PAGE_WAIT_MS - 50);
    tracker.hookResponse(7, hook());
    expect(events).toHaveLength(1);
    expect((events[0]!.data as { response: unknown }).response).toMatchObject({ id: 5 });
    vi.advanceTimersByTime(RESPONSE_WAIT_MS);
    expect(events).toHaveLength(1);
  });

  it('pairs identical calls first in, first out, and never across tabs', () => {
    const tracker = make();
    tracker.requestStarted(start({ requestId: 'a' }));
    tracker.requestStarted(start({ requestId: 'b' }));
    tracker.requestEnded({ requestId: 'a', statusCode: 200, responseHeaders: JSON_HEADERS });
    tracker.requestEnded({ requestId: 'b', statusCode: 200, responseHeaders: JSON_HEADERS });
    tracker.hookResponse(8, hook({ text: '{"n":0}' }));
    tracker.hookResponse(7, hook({ text: '{"n":1}' }));
    tracker.hookResponse(7, hook({ text: '{"n":2}' }));
    expect(events.map((e) => (e.data as { response: unknown }).response)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('records a classic form post at its redirect, without waiting', () => {
    const tracker = make();
    tracker.requestStarted(
      start({
        url: `${ORIGIN}/admin/bons`,
        type: 'main_frame',
        requestBody: { formData: { code: ['ETE10'], reduction_value: ['10'], _wpnonce: ['n0nce'] } },
      }),
    );
    tracker.requestEnded({ requestId: 'r1', statusCode: 303, redirected: true });
    expect(events[0]!.data).toEqual({
      method: 'POST',
      path: '/admin/bons',
      query: {},
      status: 303,
      body: { code: 'ETE10', reduction_value: '10', _wpnonce: '[masqué]' },
    });
  });

  it('does not wait for a hook when the response is not JSON, and records errors without status', () => {
    const tracker = make();
    tracker.requestStarted(start({ requestId: 'html' }));
    tracker.requestEnded({
      requestId: 'html',
      statusCode: 200,
      responseHeaders: [{ name: 'content-type', value: 'text/html' }],
    });
    tracker.requestStarted(start({ requestId: 'fail' }));
    tracker.requestEnded({ requestId: 'fail', error: 'net::ERR_CONNECTION_REFUSED' });
    expect(events).toHaveLength(2);
    expect(events[1]!.data).not.toHaveProperty('status');
  });

  it('ignores requests when no session runs, reads, and an override to GET', () => {
    const tracker = make();
    tracker.requestStarted(start({ requestId: 'get', method: 'GET' }));
    tracker.requestStarted(start({ requestId: 'o' }));
    tracker.requestHeaders('o', [{ name: 'X-HTTP-Method-Override', value: 'GET' }]);
    tracker.requestEnded({ requestId: 'o', statusCode: 200 });
    tracker.setContext(null);
    tracker.requestStarted(start({ requestId: 'late' }));
    tracker.requestEnded({ requestId: 'late', statusCode: 200 });
    vi.advanceTimersByTime(RESPONSE_WAIT_MS);
    expect(events).toEqual([]);
  });

  it('records leaving the allowed origins from a candidate tab, by origin only, once per site', () => {
    const tracker = make();
    tracker.navigationCommitted({ tabId: 9, frameId: 0, url: 'https://elsewhere.example/never-candidate' });
    tracker.navigationCommitted({ tabId: 7, frameId: 0, url: `${ORIGIN}/admin` });
    expect(candidates).toEqual([[7]]);
    tracker.navigationCommitted({ tabId: 7, frameId: 3, url: 'https://ads.example/frame' });
    tracker.navigationCommitted({ tabId: 7, frameId: 0, url: 'about:blank' });
    tracker.navigationCommitted({ tabId: 7, frameId: 0, url: 'https://allowed.example/page' });
    tracker.navigationCommitted({
      tabId: 7,
      frameId: 0,
      url: 'http://localhost:4300/blog?secret=1',
      timeStamp: 5000,
    });
    tracker.navigationCommitted({ tabId: 7, frameId: 0, url: 'http://localhost:4300/other' });
    tracker.navigationCommitted({ tabId: 7, frameId: 0, url: 'https://www.google.com/search?q=x' });
    tracker.navigationCommitted({ tabId: 7, frameId: 0, url: `${ORIGIN}/` });
    tracker.navigationCommitted({ tabId: 7, frameId: 0, url: 'http://localhost:4300/again' });
    expect(events.map((e) => [e.kind, e.url, e.data])).toEqual([
      [
        'integrity.warning',
        'http://localhost:4300',
        { code: 'left-origin', detail: 'http://localhost:4300' },
      ],
      [
        'integrity.warning',
        'https://www.google.com',
        { code: 'left-origin', detail: 'https://www.google.com' },
      ],
      [
        'integrity.warning',
        'http://localhost:4300',
        { code: 'left-origin', detail: 'http://localhost:4300' },
      ],
    ]);
    expect(events[0]!.time).toBe(5000);
  });

  it('follows tabs opened from a candidate tab, and forgets closed ones', () => {
    const tracker = make();
    tracker.addCandidateTabs('s1', [7]);
    tracker.addCandidateTabs('other-session', [99]);
    tracker.navigationTargetCreated(7, 12);
    tracker.navigationCommitted({ tabId: 12, frameId: 0, url: 'https://chat.example/' });
    tracker.navigationCommitted({ tabId: 99, frameId: 0, url: 'https://chat.example/' });
    expect(events).toHaveLength(1);
    tracker.tabRemoved(12);
    expect(tracker.stats().candidateTabs).toEqual([7]);
    tracker.setContext({ ...CONTEXT, sessionId: 's2' });
    expect(tracker.stats().candidateTabs).toEqual([]);
  });

  it('stamps the page the request came from: as Firefox names it, else the tab’s page, else the path', () => {
    const tracker = make();
    tracker.navigationCommitted({ tabId: 7, frameId: 0, url: `${ORIGIN}/commande/confirmation/CMD-0001` });
    tracker.requestStarted(
      start({
        requestId: 'a',
        type: 'main_frame',
        originUrl: `${ORIGIN}/commande`,
        url: `${ORIGIN}/commande/valider`,
      }),
    );
    tracker.requestEnded({ requestId: 'a', statusCode: 303, redirected: true });
    tracker.requestStarted(
      start({ requestId: 'b', documentUrl: `${ORIGIN}/admin/articles/5`, originUrl: 'x' }),
    );
    tracker.requestEnded({ requestId: 'b', error: 'aborted' });
    // From the top frame, the tab's page wins: it follows history.replaceState.
    tracker.navigationCommitted({ tabId: 9, frameId: 0, url: `${ORIGIN}/admin/articles/6` });
    tracker.requestStarted(
      start({ requestId: 'e', tabId: 9, frameId: 0, documentUrl: `${ORIGIN}/admin/articles/new` }),
    );
    tracker.requestEnded({ requestId: 'e', error: 'aborted' });
    tracker.requestStarted(start({ requestId: 'c', type: 'main_frame' }));
    tracker.requestEnded({ requestId: 'c', statusCode: 303, redirected: true });
    tracker.requestStarted(
      start({ requestId: 'd', tabId: 8, type: 'main_frame', url: `${ORIGIN}/panier/bon?x=1` }),
    );
    tracker.requestEnded({ requestId: 'd', statusCode: 303, redirected: true });
    expect(events.map((e) => e.url)).toEqual([
      `${ORIGIN}/commande`,
      `${ORIGIN}/admin/articles/5`,
      `${ORIGIN}/admin/articles/6`,
      `${ORIGIN}/commande/confirmation/CMD-0001`,
      `${ORIGIN}/panier/bon`,
    ]);
  });
});
