/**
 * The only runtime globals shared/ may use: web-platform APIs that a browser page, the
 * extension's service worker and Node ≥ 20 all provide. shared/tsconfig.json has no `dom` lib,
 * so `document`, `window`, `HTMLElement` or `chrome` do not exist here; a need for another
 * global is a decision to write down here, not a type to borrow from a runtime.
 * (The root tsconfig, which has the `dom` lib, excludes this file.)
 */

declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly host: string;
  readonly hostname: string;
  readonly port: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  toString(): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

interface CryptoKey {
  readonly type: string;
}

interface SubtleCrypto {
  digest(algorithm: 'SHA-256', data: BufferSource): Promise<ArrayBuffer>;
  importKey(
    format: 'raw',
    keyData: BufferSource,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: boolean,
    keyUsages: readonly 'sign'[],
  ): Promise<CryptoKey>;
  sign(algorithm: 'HMAC', key: CryptoKey, data: BufferSource): Promise<ArrayBuffer>;
}

type BufferSource = ArrayBufferView<ArrayBuffer> | ArrayBuffer;

declare var crypto: {
  readonly subtle: SubtleCrypto;
  getRandomValues<T extends ArrayBufferView<ArrayBuffer>>(array: T): T;
};

declare function btoa(data: string): string;

interface AbortSignal {
  readonly aborted: boolean;
}

declare function structuredClone<T>(value: T): T;

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
