/**
 * Verifying the pending queue's entries with WebCrypto, where the page is a secure context
 * (https, and loopback, where single-machine centres run their reference site): native HMAC,
 * off the page's JavaScript, instead of the pure-JS one (hmac.ts) that plain-http pages still
 * use. Same key and message as `macOf` in pending-store.ts: one format, two verifiers.
 * Signing stays synchronous (it happens during `pagehide`, where a promise may never settle);
 * verifying happens at the next page's start, where waiting a few milliseconds is fine.
 */

export interface SignedLine {
  mac: string;
  json: string;
}

const encoder = new TextEncoder();

const bytesOfHex = (hex: string): Uint8Array<ArrayBuffer> | null => {
  if (hex.length !== 64 || !/^[0-9a-f]+$/.test(hex)) return null;
  const bytes = new Uint8Array(new ArrayBuffer(32));
  for (let i = 0; i < 32; i += 1) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
};

/** The page's WebCrypto when it may be used here, else `null` (plain http: pure-JS fallback). */
export const pageSubtle = (win: { readonly isSecureContext?: boolean; readonly crypto?: Crypto }) =>
  win.isSecureContext === true && win.crypto?.subtle ? win.crypto.subtle : null;

/** A verifier of `mac` over `${sessionId}\n${json}` keyed as the store signs. */
export const subtleVerifier = (subtle: SubtleCrypto, secret: string, sessionId: string) => {
  let key: Promise<CryptoKey> | undefined;
  const keyOnce = () => {
    key ??= subtle.importKey(
      'raw',
      encoder.encode(`temoin-pending:${secret}`),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    return key;
  };
  /** Whether every line is genuine (all verified at once; `verify` compares in constant time). */
  return async (lines: readonly SignedLine[]): Promise<boolean> => {
    const k = await keyOnce();
    const checks = lines.map(({ mac, json }) => {
      const signature = bytesOfHex(mac);
      if (!signature) return Promise.resolve(false);
      return subtle.verify('HMAC', k, signature, encoder.encode(`${sessionId}\n${json}`));
    });
    return (await Promise.all(checks)).every(Boolean);
  };
};
