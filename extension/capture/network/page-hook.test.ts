import { describe, expect, it } from 'vitest';
import { HOOK_EVENT, HOOK_MAX_CHARS, type HookResponse, parseHookDetail } from './hook-message.ts';
import { installNetworkHook } from './page-hook.ts';

const PAGE = 'http://127.0.0.1:4300/admin/articles/5';

/** A minimal XHR: open/send, then a `loadend` with the canned response. */
class FakeXhr extends EventTarget {
  static next = { status: 200, type: 'application/json', body: '{"ok":true}' };
  status = 0;
  responseType: XMLHttpRequestResponseType = '';
  responseText = '';
  response: unknown = null;
  #headers: Record<string, string> = {};
  open(_method: string, _url: string) {}
  send(_body?: unknown) {
    setTimeout(() => {
      const { status, type, body } = FakeXhr.next;
      this.status = status;
      this.#headers = { 'content-type': type };
      this.responseText = body;
      this.response = this.responseType === 'json' ? JSON.parse(body) : body;
      this.dispatchEvent(new Event('loadend'));
    }, 0);
  }
  getResponseHeader(name: string) {
    return this.#headers[name.toLowerCase()] ?? null;
  }
}

const setup = (respond: (input: unknown, init?: RequestInit) => Promise<Response>) => {
  const win = {
    Reflect,
    JSON,
    URL,
    CustomEvent,
    String,
    EventTarget,
    Promise,
    TextDecoder,
    ArrayBuffer,
    Request,
    Response,
    Headers,
    ReadableStream,
    FormData,
    URLSearchParams,
    Object,
    Array,
    Number,
    WeakMap,
    location: new URL(PAGE),
    document: { baseURI: PAGE },
    fetch: respond,
    XMLHttpRequest: FakeXhr,
  } as unknown as Window & typeof globalThis;
  const channel = new EventTarget();
  const seen: HookResponse[] = [];
  channel.addEventListener(HOOK_EVENT, (event) => {
    const parsed = parseHookDetail((event as CustomEvent).detail);
    if (parsed) seen.push(parsed);
  });
  installNetworkHook(win, channel);
  return { win, seen };
};

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('main-world hook: fetch', () => {
  it('copies the JSON response of a same-origin POST, and the page still reads it', async () => {
    const post = { id: 5, title: 'Thé glacé', status: 'publish' };
    const { win, seen } = setup(async () => json(post));
    const response = await win.fetch('/admin/api/posts/5#frag', {
      method: 'POST',
      headers: { 'X-HTTP-Method-Override': 'PUT' },
      body: '{"status":"publish"}',
    });
    expect(await response.json()).toEqual(post);
    await settle();
    expect(seen).toEqual([
      {
        method: 'POST',
        url: 'http://127.0.0.1:4300/admin/api/posts/5',
        status: 200,
        contentType: 'application/json',
        text: JSON.stringify(post),
        truncated: false,
        requestText: '{"status":"publish"}',
      },
    ]);
  });

  it('returns the very promise fetch gave, and its rejection, untouched', async () => {
    const failure = new TypeError('Failed to fetch');
    const given = Promise.reject(failure);
    given.catch(() => undefined);
    const { win, seen } = setup(() => given);
    const returned = win.fetch('/admin/api/posts', { method: 'POST' });
    expect(returned).toBe(given);
    await expect(returned).rejects.toBe(failure);
    await settle();
    expect(seen).toEqual([]);
  });

  it('reads Request objects, and ignores reads, other origins and non-JSON', async () => {
    const { win, seen } = setup(async (input) =>
      String(input instanceof Request ? input.url : input).endsWith('.html')
        ? new Response('<p>', { headers: { 'content-type': 'text/html' } })
        : json({ ok: 1 }),
    );
    await win.fetch(new Request('http://127.0.0.1:4300/admin/api/comments/2/moderate', { method: 'POST' }));
    await win.fetch('/admin/api/posts');
    await win.fetch('http://localhost:4300/admin/api/posts', { method: 'POST' });
    await win.fetch('/page.html', { method: 'POST' });
    await settle();
    expect(seen.map((s) => s.url)).toEqual(['http://127.0.0.1:4300/admin/api/comments/2/moderate']);
  });

  it('reports a body over the cap as truncated, without its text', async () => {
    const { win, seen } = setup(async () => json({ content: 'x'.repeat(HOOK_MAX_CHARS) }));
    const response = await win.fetch('/admin/api/posts', { method: 'POST' });
    expect((await response.json()).content).toHaveLength(HOOK_MAX_CHARS);
    await settle();
    expect(seen).toEqual([expect.objectContaining({ truncated: true })]);
    expect(seen[0]).not.toHaveProperty('text');
  });
});

describe('main-world hook: XMLHttpRequest', () => {
  it('copies text and json responses of same-origin state-changing calls only', async () => {
    const { win, seen } = setup(async () => json({}));
    FakeXhr.next = { status: 200, type: 'application/json', body: '{"id":4,"status":"approved"}' };
    const a = new win.XMLHttpRequest();
    a.open('post', '/wp-admin/admin-ajax.php');
    a.send('action=dim-comment&id=4');
    const b = new win.XMLHttpRequest();
    b.responseType = 'json';
    b.open('DELETE', 'http://127.0.0.1:4300/wp-json/wp/v2/comments/4');
    b.send();
    const c = new win.XMLHttpRequest();
    c.open('GET', '/wp-json/wp/v2/posts');
    c.send();
    await settle();
    expect(seen.map(({ method, url, text }) => [method, url, text])).toEqual([
      ['POST', 'http://127.0.0.1:4300/wp-admin/admin-ajax.php', '{"id":4,"status":"approved"}'],
      ['DELETE', 'http://127.0.0.1:4300/wp-json/wp/v2/comments/4', '{"id":4,"status":"approved"}'],
    ]);
  });
});

describe('main-world hook: a page that tries to steer it after it installed', () => {
  /** Replaces `name` on `target` for the duration of `run`, then puts the original back. */
  const patched = async (patches: [object, PropertyKey, PropertyDescriptor][], run: () => Promise<void>) => {
    const saved = patches.map(
      ([target, name]) => [target, name, Object.getOwnPropertyDescriptor(target, name)] as const,
    );
    try {
      for (const [target, name, descriptor] of patches)
        Object.defineProperty(target, name, { configurable: true, ...descriptor });
      await run();
    } finally {
      for (const [target, name, descriptor] of saved)
        if (descriptor) Object.defineProperty(target, name, descriptor);
        else delete (target as Record<PropertyKey, unknown>)[name];
    }
  };

  it('reports what the server answered, whatever the page replaced', async () => {
    const post = { id: 5, title: 'Vrai titre', status: 'draft' };
    // Made before the page patches anything (the fake server runs in this same realm).
    const answers = [json(post), json(post)];
    const { win, seen } = setup(async () => answers.shift()!);
    const forged = '{"id":5,"title":"Faux","status":"publish"}';
    const form = new FormData();
    form.append('title', 'Vrai titre');
    const originalClone = Response.prototype.clone;
    await patched(
      [
        [Object.prototype, 'toJSON', { value: () => ({ forged: true }), writable: true }],
        [String.prototype, 'toUpperCase', { value: () => 'GET', writable: true }],
        [Headers.prototype, 'get', { value: () => 'text/plain', writable: true }],
        [
          Response.prototype,
          'clone',
          {
            value(this: Response) {
              return new Response(forged, { headers: { 'content-type': 'application/json' } });
            },
            writable: true,
          },
        ],
        [Response.prototype, 'status', { get: () => 299 }],
        [URL.prototype, 'origin', { get: () => 'http://127.0.0.1:4300' }],
      ],
      async () => {
        await win.fetch('/admin/api/posts/5', { method: 'post', body: form });
        await win.fetch('http://elsewhere.test/admin/api/posts/5', { method: 'POST' });
        await settle();
      },
    );
    expect(Response.prototype.clone).toBe(originalClone);
    expect(seen).toEqual([
      {
        method: 'POST',
        url: 'http://127.0.0.1:4300/admin/api/posts/5',
        status: 200,
        contentType: 'application/json',
        text: JSON.stringify(post),
        truncated: false,
        requestText: '{"title":"Vrai titre"}',
      },
    ]);
  });
});

describe('main-world hook: arguments that change between two reads', () => {
  it('reports the body and URL the browser was given, not a second reading of them', async () => {
    const sent: { url: string; body: unknown; method: unknown }[] = [];
    const { win, seen } = setup(async (input, init) => {
      // The browser reads each argument once, as this fake server does.
      sent.push({ url: String(input), body: init?.body, method: init?.method });
      return json({ id: 5, status: 'draft' });
    });
    let bodyReads = 0;
    let urlReads = 0;
    const init = {
      get method() {
        return 'PATCH';
      },
      get body() {
        bodyReads += 1;
        return bodyReads === 1 ? '{"status":"draft"}' : '{"status":"publish"}';
      },
      headers: { 'content-type': 'application/json' },
    };
    const url = {
      toString() {
        urlReads += 1;
        return urlReads === 1 ? '/wp-json/wp/v2/posts/5' : '/wp-json/wp/v2/posts/9';
      },
    };
    await win.fetch(url as unknown as string, init as RequestInit);
    await settle();
    expect(sent).toHaveLength(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(new URL(sent[0]!.url, PAGE).href);
    expect(seen[0]!.requestText).toBe(sent[0]!.body);
    expect(sent[0]!.method).toBe('PATCH');
    // Read once each, by the hook; the browser got the values the hook read.
    expect(bodyReads).toBe(1);
    expect(urlReads).toBe(1);
  });

  it('still lets the browser see every other option the page passed, and its errors', async () => {
    const got: (RequestInit | undefined)[] = [];
    const { win } = setup(async (_input, init) => {
      got.push(init);
      void init?.body; // the browser reads the body
      return json({});
    });
    const controller = new AbortController();
    await win.fetch('/x', {
      method: 'POST',
      body: 'a',
      credentials: 'same-origin',
      signal: controller.signal,
    });
    expect(got[0]!.credentials).toBe('same-origin');
    expect(got[0]!.signal).toBe(controller.signal);
    const throwing = {
      get body(): string {
        throw new Error('page getter');
      },
      method: 'POST',
    };
    // A getter that throws makes fetch throw as the browser would (here: the fake's own read).
    await expect(win.fetch('/x', throwing as RequestInit)).rejects.toThrow('page getter');
  });
});
