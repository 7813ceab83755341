/**
 * The natives the main-world hook uses, captured once when it installs (at document_start,
 * before any page script), so that a page which later replaces `JSON.stringify`,
 * `Object.prototype.toJSON`, `Response.prototype.clone`, `Headers.prototype.get`, an XHR getter
 * or `String.prototype.toUpperCase` can neither break nor steer what the hook reports. Every
 * call goes through the captured function with `Reflect.apply`; getters are read from their
 * descriptors. Where a test's fake window has no such prototype, the plain property is read.
 *
 * No imports: bundled into the main-world script.
 */

type Fn = (...args: never[]) => unknown;
type PageWindow = Window & typeof globalThis;

export const captureNatives = (win: PageWindow) => {
  const R = win.Reflect ?? Reflect;
  const O = (win as { Object?: ObjectConstructor }).Object ?? Object;
  const apply = R.apply;
  const { getOwnPropertyDescriptor: describe, getPrototypeOf: protoOf, create } = O;
  const { keys: keysOf, setPrototypeOf: setProto } = O;
  const call = <T>(fn: unknown, self: unknown, ...args: unknown[]): T =>
    apply(fn as Fn, self, args as never[]) as T;

  /** A getter of `proto` (walking up its chain), or undefined. */
  const getterOf = (proto: object | null | undefined, name: string): Fn | undefined => {
    for (let p = proto; p; p = protoOf(p)) {
      const found = describe(p, name);
      if (found) return found.get as Fn | undefined;
    }
    return undefined;
  };
  const methodOf = (proto: object | null | undefined, name: string): Fn | undefined => {
    const found = proto ? describe(proto, name) : undefined;
    return typeof found?.value === 'function' ? (found.value as Fn) : undefined;
  };
  /** Reads `name` through the native getter captured now, else as a plain property. */
  const reader = (proto: object | null | undefined, name: string) => {
    const get = getterOf(proto, name);
    return <T>(target: object): T =>
      get ? call<T>(get, target) : ((target as Record<string, unknown>)[name] as T);
  };
  /** Calls the native method captured now, else the object's own (test fakes). */
  const invoker = (proto: object | null | undefined, name: string) => {
    const method = methodOf(proto, name);
    return <T>(target: object, ...args: unknown[]): T =>
      call<T>(method ?? (target as Record<string, Fn>)[name], target, ...args);
  };

  const J = win.JSON ?? JSON;
  const stringify = J.stringify;
  const S = win.String ?? String;
  const stringProto = S.prototype;
  const { toUpperCase: toUpper, toLowerCase: toLower, indexOf, slice, trim } = stringProto;

  const Res = (win as { Response?: typeof Response }).Response;
  const Req = win.Request;
  const Hdr = (win as { Headers?: typeof Headers }).Headers;
  const Stream = (win as { ReadableStream?: typeof ReadableStream }).ReadableStream;
  const readerProto = (() => {
    try {
      return Stream ? protoOf(new Stream().getReader()) : undefined;
    } catch {
      return undefined;
    }
  })();
  const Decoder = win.TextDecoder;
  const NativeURL = win.URL;
  const XHR = win.XMLHttpRequest;
  const WM = (win as { WeakMap?: WeakMapConstructor }).WeakMap ?? WeakMap;
  const weakProto = WM.prototype;
  const entriesOf = (Ctor: { prototype: object } | undefined) => {
    const entries = Ctor ? methodOf(Ctor.prototype, 'entries') : undefined;
    let next: Fn | undefined;
    try {
      next = entries
        ? methodOf(protoOf(call<object>(entries, new (Ctor as unknown as new () => object)())), 'next')
        : undefined;
    } catch {
      next = undefined;
    }
    return { entries, next };
  };

  return {
    apply,
    call,
    /** An object without a prototype: `Object.prototype.toJSON` or setters cannot touch it. */
    bare: <T extends object>(fields: T): T => {
      const out = create(null) as T;
      for (const key of keysOf(fields))
        (out as Record<string, unknown>)[key] = (fields as Record<string, unknown>)[key];
      return out;
    },
    /** A list without a prototype: no `Array.prototype.toJSON` when it is serialised. */
    list: (...items: unknown[]): unknown[] => {
      setProto(items, null);
      return items;
    },
    stringify: (value: unknown): string => call<string>(stringify, J, value),
    string: (value: unknown): string => S(value),
    upper: (text: string): string => call<string>(toUpper, text),
    lower: (text: string): string => call<string>(toLower, text),
    indexOf: (text: string, part: string): number => call<number>(indexOf, text, part),
    slice: (text: string, start: number, end?: number): string => call<string>(slice, text, start, end),
    trim: (text: string): string => call<string>(trim, text),
    isArray: (win as { Array?: ArrayConstructor }).Array?.isArray ?? Array.isArray,
    toNumber: (win as { Number?: NumberConstructor }).Number ?? Number,
    promiseThen: win.Promise.prototype.then,
    dispatch: win.EventTarget.prototype.dispatchEvent,
    addListener: win.EventTarget.prototype.addEventListener,
    CustomEvent: win.CustomEvent,
    NativeURL,
    urlOrigin: reader(NativeURL?.prototype, 'origin'),
    urlHref: reader(NativeURL?.prototype, 'href'),
    baseURI: reader(protoOf(win.document ?? {}), 'baseURI'),
    Decoder,
    decode: invoker(Decoder?.prototype, 'decode'),
    response: {
      type: reader(Res?.prototype, 'type'),
      status: reader(Res?.prototype, 'status'),
      headers: reader(Res?.prototype, 'headers'),
      bodyUsed: reader(Res?.prototype, 'bodyUsed'),
      body: reader(Res?.prototype, 'body'),
      clone: invoker(Res?.prototype, 'clone'),
    },
    request: Req
      ? {
          url: reader(Req.prototype, 'url'),
          method: reader(Req.prototype, 'method'),
          urlGetter: getterOf(Req.prototype, 'url'),
        }
      : undefined,
    headerGet: invoker(Hdr?.prototype, 'get'),
    stream: {
      getReader: invoker(Stream?.prototype, 'getReader'),
      read: invoker(readerProto, 'read'),
      cancel: invoker(readerProto, 'cancel'),
    },
    xhr: XHR
      ? {
          proto: XHR.prototype,
          status: reader(XHR.prototype, 'status'),
          responseType: reader(XHR.prototype, 'responseType'),
          responseText: reader(XHR.prototype, 'responseText'),
          response: reader(XHR.prototype, 'response'),
          getResponseHeader: invoker(XHR.prototype, 'getResponseHeader'),
        }
      : undefined,
    formData: entriesOf(win.FormData),
    searchParams: entriesOf(win.URLSearchParams),
    FormData: win.FormData,
    URLSearchParams: win.URLSearchParams,
    arrayBufferLength: reader(win.ArrayBuffer?.prototype, 'byteLength'),
    weak: {
      create: () => new WM<object, { method: string; url: string }>(),
      get: (map: WeakMap<object, unknown>, key: object) => call<unknown>(weakProto.get, map, key),
      set: (map: WeakMap<object, unknown>, key: object, value: unknown) =>
        call<unknown>(weakProto.set, map, key, value),
      delete: (map: WeakMap<object, unknown>, key: object) => call<unknown>(weakProto.delete, map, key),
    },
  };
};

export type Natives = ReturnType<typeof captureNatives>;
