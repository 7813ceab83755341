/**
 * Runs in the page's main world: wraps `fetch` and `XMLHttpRequest` so that the JSON response
 * of a same-origin state-changing call (POST, PUT, PATCH, DELETE) is copied to the isolated
 * content script over a private channel (see hook-message.ts). Some back offices send only the
 * changed fields; the full state comes back in the response.
 *
 * The page must never notice: fetch returns the very promise the browser gave, the response
 * is cloned before anyone can read it and read from the clone, XHR keeps its prototype methods'
 * behaviour, and every step of ours is wrapped so that an error of ours stays ours.
 *
 * The page must not steer it either: every native it uses was captured when it installed, at
 * document_start in the MAIN world (both browsers), before any page script (page-natives.ts);
 * messages are built on objects without a prototype. What it reports is still what the page's
 * own requests returned — page-reported data, which the background marks as such
 * (docs/adr/0013-threat-model.md).
 *
 * No imports but constants: this file is bundled into a script with no extension API.
 */
import { HOOK_EVENT, HOOK_MAX_CHARS, HOOK_REQUEST_MAX_CHARS, type HookResponse } from './hook-message.ts';
import { captureNatives, type Natives } from './page-natives.ts';

type PageWindow = Window & typeof globalThis;

/** Every member a browser reads from fetch's second argument (Fetch standard, then Chromium's). */
const REQUEST_INIT: readonly string[] = [
  'body',
  'cache',
  'credentials',
  'duplex',
  'headers',
  'integrity',
  'keepalive',
  'method',
  'mode',
  'priority',
  'redirect',
  'referrer',
  'referrerPolicy',
  'signal',
  'window',
  'adAuctionHeaders',
  'attributionReporting',
  'browsingTopics',
  'privateToken',
  'sharedStorageWritable',
  'targetAddressSpace',
];

const isStateChanging = (method: string) =>
  method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE';

/** `…/json` or `…+json`, before any parameter (what JSON_TYPE matched, without RegExp). */
const isJsonType = (n: Natives, contentType: string): boolean => {
  const semicolon = n.indexOf(contentType, ';');
  const type = n.trim(n.lower(semicolon < 0 ? contentType : n.slice(contentType, 0, semicolon)));
  const cut = type.length - 4;
  return cut > 0 && n.slice(type, cut) === 'json' && (type[cut - 1] === '/' || type[cut - 1] === '+');
};

export const installNetworkHook = (win: PageWindow, channel: EventTarget): void => {
  const n = captureNatives(win);
  const pageOrigin = win.location.origin;

  const post = (response: HookResponse) => {
    try {
      const detail = n.stringify(n.bare(response));
      n.call(n.dispatch, channel, new n.CustomEvent(HOOK_EVENT, n.bare({ detail })));
    } catch {
      // the page never hears about our failures
    }
  };

  /** Absolute same-origin URL without fragment, or null. */
  const sameOrigin = (raw: unknown): string | null => {
    try {
      const url = new n.NativeURL(n.string(raw), n.baseURI<string>(win.document));
      if (n.urlOrigin<string>(url) !== pageOrigin) return null;
      const href = n.urlHref<string>(url);
      const hash = n.indexOf(href, '#');
      return hash < 0 ? href : n.slice(href, 0, hash);
    } catch {
      return null;
    }
  };

  /**
   * `requestText`: the body the page sent, when it is text. Chromium's webRequest gives no
   * body for PATCH and DELETE (EverShop saves products with PATCH), so the hook carries it.
   */
  const report = (
    method: string,
    url: string,
    status: number,
    contentType: string,
    text: string | null,
    requestText?: string,
  ) => {
    const request =
      typeof requestText === 'string' && requestText.length <= HOOK_REQUEST_MAX_CHARS ? { requestText } : {};
    if (text === null || text.length > HOOK_MAX_CHARS)
      post({ method, url, status, contentType, truncated: true, ...request });
    else post({ method, url, status, contentType, text, truncated: false, ...request });
  };

  /** Reads a cloned body up to the cap, then lets go of it; resolves null past the cap. */
  const readCapped = (response: Response, done: (text: string | null) => void) => {
    const body = n.response.body<ReadableStream<Uint8Array> | null>(response);
    if (!body) return done('');
    const reader = n.stream.getReader<ReadableStreamDefaultReader<Uint8Array>>(body);
    const decoder = new n.Decoder();
    let text = '';
    const step = () =>
      n.call(
        n.promiseThen,
        n.stream.read(reader),
        (chunk: ReadableStreamReadResult<Uint8Array>) => {
          if (chunk.done) return done(text + n.decode<string>(decoder));
          text += n.decode<string>(decoder, chunk.value, n.bare({ stream: true }));
          if (text.length > HOOK_MAX_CHARS) {
            n.call(n.promiseThen, n.stream.cancel(reader), undefined, () => undefined);
            return done(null);
          }
          step();
        },
        () => undefined,
      );
    step();
  };

  const inspectFetch = (response: Response, method: string, url: string, requestText?: string) => {
    try {
      const type = n.response.type<string>(response);
      if (type === 'opaque' || type === 'opaqueredirect') return;
      const headers = n.response.headers<Headers>(response);
      const contentType = n.headerGet<string | null>(headers, 'content-type') ?? '';
      if (!isJsonType(n, contentType)) return;
      const status = n.response.status<number>(response);
      const length = n.toNumber(n.headerGet<string | null>(headers, 'content-length') ?? 0);
      if (length > HOOK_MAX_CHARS * 4 || n.response.bodyUsed<boolean>(response)) {
        report(method, url, status, contentType, null, requestText);
        return;
      }
      const copy = n.response.clone<Response>(response);
      readCapped(copy, (text) => report(method, url, status, contentType, text, requestText));
    } catch {
      // ignored: the page has its response
    }
  };

  /** The entries of a FormData or URLSearchParams, read through the natives; null otherwise. */
  const entriesOf = (body: unknown): [string, unknown][] | null => {
    for (const kind of [n.formData, n.searchParams]) {
      if (!kind.entries || !kind.next || typeof body !== 'object' || body === null) continue;
      let iterator: Iterator<[string, unknown]>;
      try {
        // A brand check: the native `entries` throws on anything but its own kind of object.
        iterator = n.call(kind.entries, body);
      } catch {
        continue;
      }
      const out: [string, unknown][] = [];
      for (;;) {
        const item = n.call<IteratorResult<[string, unknown]>>(kind.next, iterator);
        if (item.done) return out;
        out[out.length] = item.value;
      }
    }
    return null;
  };

  /**
   * A request body as text: strings as they are; form data and URL parameters as JSON of their
   * text fields (files by name and size), which the background decodes like any JSON body.
   */
  const bodyText = (body: unknown): string | undefined => {
    try {
      if (typeof body === 'string') return body;
      const entries = entriesOf(body);
      if (!entries) return undefined;
      const fields = n.bare({}) as Record<string, unknown>;
      for (let i = 0; i < entries.length; i += 1) {
        // Indexes, not destructuring: the page may have replaced the array iterator.
        const key = entries[i]![0];
        const value = entries[i]![1];
        const item =
          typeof value === 'string'
            ? value
            : n.bare({ _file: (value as File).name, _size: (value as File).size });
        const previous = fields[key];
        if (previous === undefined) fields[key] = item;
        else if (n.isArray(previous)) previous[previous.length] = item;
        else fields[key] = n.list(previous, item);
      }
      return n.stringify(fields);
    } catch {
      return undefined;
    }
  };

  /** The URL and method of a Request object (read natively), or null for anything else. */
  const requestOf = (input: unknown): { url: string; method: string } | null => {
    if (!n.request?.urlGetter || typeof input !== 'object' || input === null) return null;
    try {
      return { url: n.request.url<string>(input), method: n.request.method<string>(input) };
    } catch {
      return null;
    }
  };

  const nativeFetch = win.fetch;
  if (typeof nativeFetch === 'function') {
    win.fetch = function fetch(this: unknown, ...args: Parameters<typeof win.fetch>) {
      // What the page passed is read once, and the browser is handed exactly what was read: a
      // getter or a URL object whose text changes between two reads cannot make the browser
      // send one request and the hook report another. Whatever fails here (a throwing getter)
      // leaves the page's own arguments to the browser, which then fails as it would have.
      let call: unknown[] = args;
      let watch: { method: string; url: string; requestText: string | undefined } | null = null;
      try {
        const input = args[0];
        const init = args[1];
        const request = requestOf(input);
        const target: unknown = request ? input : n.string(input);
        // The members of RequestInit (Fetch, and Chromium's additions), each read once with the
        // page's object as receiver, as the browser's dictionary conversion reads them.
        const fixed = n.bare({}) as Record<string, unknown>;
        let method = request ? request.method : 'GET';
        if (init !== undefined && init !== null) {
          for (let i = 0; i < REQUEST_INIT.length; i += 1) {
            const key = REQUEST_INIT[i]!;
            const value: unknown = (init as Record<string, unknown>)[key];
            if (value !== undefined) fixed[key] = value;
          }
          if (fixed.method !== undefined) method = n.string(fixed.method);
        }
        method = n.upper(method);
        // fetch takes two arguments: anything after them it never reads.
        call = args.length < 2 ? [target] : [target, init !== undefined && init !== null ? fixed : init];
        if (isStateChanging(method)) {
          const url = sameOrigin(request ? request.url : target);
          if (url) watch = { method, url, requestText: request ? undefined : bodyText(fixed.body) };
        }
      } catch {
        call = args;
        watch = null;
      }
      const result = n.apply(nativeFetch, this, call as never[]) as Promise<Response>;
      if (watch) {
        const { method, url, requestText } = watch;
        try {
          // Registered before we hand the promise back: we clone before the page can read.
          n.call(
            n.promiseThen,
            result,
            (response: Response) => inspectFetch(response, method, url, requestText),
            () => undefined,
          );
        } catch {
          // ignored
        }
      }
      return result;
    } as typeof win.fetch;
  }

  const xhr = n.xhr;
  if (xhr) {
    const proto = xhr.proto;
    const nativeOpen = proto.open;
    const nativeSend = proto.send;
    const opened = n.weak.create();

    const inspectXhr = (request: XMLHttpRequest, method: string, url: string, requestText?: string) => {
      try {
        const status = xhr.status<number>(request);
        if (status === 0) return;
        const contentType = xhr.getResponseHeader<string | null>(request, 'content-type') ?? '';
        if (!isJsonType(n, contentType)) return;
        const type = xhr.responseType<string>(request);
        if (type === '' || type === 'text')
          report(method, url, status, contentType, xhr.responseText<string>(request), requestText);
        else if (type === 'json') {
          const value: unknown = xhr.response(request);
          report(method, url, status, contentType, value === null ? null : n.stringify(value));
        } else if (type === 'arraybuffer') {
          const buffer = xhr.response<ArrayBuffer>(request);
          const length = n.arrayBufferLength<number>(buffer); // throws unless an ArrayBuffer
          report(
            method,
            url,
            status,
            contentType,
            length > HOOK_MAX_CHARS * 4 ? null : n.decode<string>(new n.Decoder(), buffer),
          );
        }
        // blob and document responses are left alone
      } catch {
        // ignored
      }
    };

    proto.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const method = n.upper(n.string(args[0]));
        const url = isStateChanging(method) ? sameOrigin(args[1]) : null;
        if (url) n.weak.set(opened, this, { method, url });
        else n.weak.delete(opened, this);
      } catch {
        // ignored
      }
      return n.apply(nativeOpen, this, args);
    } as typeof proto.open;

    proto.send = function send(this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const request = n.weak.get(opened, this) as { method: string; url: string } | undefined;
        if (request) {
          const sent = typeof args[0] === 'string' ? args[0] : undefined;
          n.call(
            n.addListener,
            this,
            'loadend',
            () => inspectXhr(this, request.method, request.url, sent),
            n.bare({ once: true }),
          );
        }
      } catch {
        // ignored
      }
      return n.apply(nativeSend, this, args);
    } as typeof proto.send;
  }
};
