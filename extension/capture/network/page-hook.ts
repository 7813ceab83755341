/**
 * Runs in the page's main world: wraps `fetch` and `XMLHttpRequest` so that the JSON response
 * of a same-origin state-changing call (POST, PUT, PATCH, DELETE) is copied to the isolated
 * content script over a private channel (see hook-message.ts). Some back offices send only the
 * changed fields; the full state comes back in the response.
 *
 * The page must never notice: fetch returns the very promise the browser gave, the response
 * is cloned before anyone can read it and read from the clone, XHR keeps its prototype methods'
 * behaviour, and every step of ours is wrapped so that an error of ours stays ours. Natives are
 * captured at install time (document_start in Chromium), so a page that later replaces
 * `JSON`, `URL` or `Response.prototype.clone` cannot break or steer the hook.
 *
 * No imports but constants: this file is bundled into a script with no extension API.
 */
import { HOOK_EVENT, HOOK_MAX_CHARS, HOOK_REQUEST_MAX_CHARS, type HookResponse } from './hook-message.ts';

type PageWindow = Window & typeof globalThis;

const STATE_CHANGING = /^(POST|PUT|PATCH|DELETE)$/;
const JSON_TYPE = /^[^;]*[/+]json\s*(;|$)/i;

export const installNetworkHook = (win: PageWindow, channel: EventTarget): void => {
  const { Reflect: R, JSON: J, URL: NativeURL, CustomEvent: NativeCustomEvent, String: S } = win;
  const stringify = J.stringify;
  const reflectApply = R.apply;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const addListener = win.EventTarget.prototype.addEventListener;
  const promiseThen = win.Promise.prototype.then;
  const location = win.location;
  const TextDecoderCtor = win.TextDecoder;

  const post = (response: HookResponse) => {
    try {
      const detail = reflectApply(stringify, J, [response]) as string;
      reflectApply(dispatch, channel, [new NativeCustomEvent(HOOK_EVENT, { detail })]);
    } catch {
      // the page never hears about our failures
    }
  };

  /** Absolute same-origin URL without fragment, or null. */
  const sameOrigin = (raw: unknown): string | null => {
    try {
      const url = new NativeURL(S(raw), win.document.baseURI);
      if (url.origin !== location.origin) return null;
      url.hash = '';
      return url.href;
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

  /** Reads a cloned body up to the cap, then lets go of it. */
  const readCapped = async (response: Response): Promise<string | null> => {
    const body = response.body;
    if (!body) return '';
    const reader = body.getReader();
    const decoder = new TextDecoderCtor();
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
      if (text.length > HOOK_MAX_CHARS) {
        reflectApply(promiseThen, reader.cancel(), [undefined, () => undefined]);
        return null;
      }
    }
  };

  const inspectFetch = (response: Response, method: string, url: string, requestText?: string) => {
    try {
      if (!response || response.type === 'opaque' || response.type === 'opaqueredirect') return;
      const contentType = response.headers.get('content-type') ?? '';
      if (!JSON_TYPE.test(contentType)) return;
      const length = Number(response.headers.get('content-length') ?? 0);
      if (length > HOOK_MAX_CHARS * 4 || response.bodyUsed) {
        report(method, url, response.status, contentType, null, requestText);
        return;
      }
      const copy = response.clone();
      reflectApply(promiseThen, readCapped(copy), [
        (text: string | null) => report(method, url, response.status, contentType, text, requestText),
        () => undefined,
      ]);
    } catch {
      // ignored: the page has its response
    }
  };

  /**
   * A request body as text: strings as they are; form data and URL parameters as JSON of their
   * text fields (files by name and size), which the background decodes like any JSON body.
   */
  const bodyText = (body: unknown): string | undefined => {
    try {
      if (typeof body === 'string') return body;
      const entries =
        (typeof win.FormData === 'function' && body instanceof win.FormData) ||
        (typeof win.URLSearchParams === 'function' && body instanceof win.URLSearchParams)
          ? [...(body as FormData).entries()]
          : null;
      if (!entries) return undefined;
      const fields: Record<string, unknown> = {};
      for (const [key, value] of entries) {
        const item =
          typeof value === 'string' ? value : { _file: (value as File).name, _size: (value as File).size };
        const previous = fields[key];
        fields[key] =
          previous === undefined ? item : Array.isArray(previous) ? [...previous, item] : [previous, item];
      }
      return reflectApply(stringify, J, [fields]) as string;
    } catch {
      return undefined;
    }
  };

  const nativeFetch = win.fetch;
  if (typeof nativeFetch === 'function') {
    const NativeRequest = win.Request;
    win.fetch = function fetch(this: unknown, ...args: Parameters<typeof win.fetch>) {
      const result = reflectApply(nativeFetch, this, args) as Promise<Response>;
      try {
        const [input, init] = args;
        const isRequest = typeof NativeRequest === 'function' && input instanceof NativeRequest;
        const method = S(init?.method ?? (isRequest ? (input as Request).method : 'GET')).toUpperCase();
        if (STATE_CHANGING.test(method)) {
          const url = sameOrigin(isRequest ? (input as Request).url : input);
          const requestText = isRequest ? undefined : bodyText(init?.body);
          if (url)
            // Registered before we hand the promise back: we clone before the page can read.
            reflectApply(promiseThen, result, [
              (response: Response) => inspectFetch(response, method, url, requestText),
              () => undefined,
            ]);
        }
      } catch {
        // ignored
      }
      return result;
    } as typeof win.fetch;
  }

  const XHR = win.XMLHttpRequest;
  if (typeof XHR === 'function') {
    const proto = XHR.prototype;
    const nativeOpen = proto.open;
    const nativeSend = proto.send;
    const opened = new WeakMap<XMLHttpRequest, { method: string; url: string }>();

    const inspectXhr = (xhr: XMLHttpRequest, method: string, url: string, requestText?: string) => {
      try {
        if (xhr.status === 0) return;
        const contentType = xhr.getResponseHeader('content-type') ?? '';
        if (!JSON_TYPE.test(contentType)) return;
        const type = xhr.responseType;
        if (type === '' || type === 'text')
          report(method, url, xhr.status, contentType, xhr.responseText, requestText);
        else if (type === 'json') {
          const value: unknown = xhr.response;
          report(
            method,
            url,
            xhr.status,
            contentType,
            value === null ? null : (reflectApply(stringify, J, [value]) as string),
          );
        } else if (type === 'arraybuffer' && xhr.response instanceof win.ArrayBuffer) {
          const buffer = xhr.response as ArrayBuffer;
          report(
            method,
            url,
            xhr.status,
            contentType,
            buffer.byteLength > HOOK_MAX_CHARS * 4 ? null : new TextDecoderCtor().decode(buffer),
          );
        }
        // blob and document responses are left alone
      } catch {
        // ignored
      }
    };

    proto.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const method = S(args[0]).toUpperCase();
        const url = STATE_CHANGING.test(method) ? sameOrigin(args[1]) : null;
        if (url) opened.set(this, { method, url });
        else opened.delete(this);
      } catch {
        // ignored
      }
      return reflectApply(nativeOpen, this, args);
    } as typeof proto.open;

    proto.send = function send(this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const request = opened.get(this);
        if (request) {
          reflectApply(addListener, this, [
            'loadend',
            () =>
              inspectXhr(
                this,
                request.method,
                request.url,
                typeof args[0] === 'string' ? args[0] : undefined,
              ),
            { once: true },
          ]);
        }
      } catch {
        // ignored
      }
      return reflectApply(nativeSend, this, args);
    } as typeof proto.send;
  }
};
