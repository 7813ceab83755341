/**
 * Synchronous HMAC-SHA-256. The pending-event queue is written to the page's sessionStorage
 * during `pagehide`, where asynchronous WebCrypto may never complete; the page's own scripts
 * can read and write that storage, so what we restore must carry a MAC keyed with a secret the
 * page never sees (the session's pending key, from the background).
 */

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** The message schedule, reused by every block of every call (the page is single-threaded). */
const W = new Int32Array(64);

const IV = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/**
 * Runs the compression over every 64-byte block of `bytes` (a multiple of 64 long), updating
 * the state `h` in place. Rotations written out and 32-bit arithmetic in `| 0`: this runs cold
 * in each page (a content script's code is never warm), where a helper call per rotation and
 * `>>> 0` (a double past 2^31) cost more than the arithmetic itself.
 */
const compress = (h: Int32Array, bytes: Uint8Array): void => {
  let h0 = h[0]!;
  let h1 = h[1]!;
  let h2 = h[2]!;
  let h3 = h[3]!;
  let h4 = h[4]!;
  let h5 = h[5]!;
  let h6 = h[6]!;
  let h7 = h[7]!;
  const w = W;
  for (let offset = 0; offset < bytes.length; offset += 64) {
    for (let i = 0; i < 16; i += 1) {
      const at = offset + i * 4;
      w[i] = (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
    }
    for (let i = 16; i < 64; i += 1) {
      const x = w[i - 15]!;
      const y = w[i - 2]!;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let hh = h7;
    for (let i = 0; i < 64; i += 1) {
      const s1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + s1 + ch + K[i]! + w[i]!) | 0;
      const s0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + s0 + maj) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + hh) | 0;
  }
  h[0] = h0;
  h[1] = h1;
  h[2] = h2;
  h[3] = h3;
  h[4] = h4;
  h[5] = h5;
  h[6] = h6;
  h[7] = h7;
};

/**
 * Hashes `data` on from `state`, the state after `prefixBytes` bytes already compressed (a
 * multiple of 64): the padding counts them. `state` is consumed.
 */
const finish = (state: Int32Array, data: Uint8Array, prefixBytes: number): Uint8Array => {
  const bitLength = (prefixBytes + data.length) * 8;
  const padded = new Uint8Array((((data.length + 9 + 63) >> 6) << 6) >>> 0);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  compress(state, padded);
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i += 1) outView.setInt32(i * 4, state[i]!);
  return out;
};

export const sha256 = (data: Uint8Array): Uint8Array => finish(Int32Array.from(IV), data, 0);

const encoder = new TextEncoder();
const HEX_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex = (bytes: Uint8Array) => {
  let out = '';
  for (let i = 0; i < bytes.length; i += 1) out += HEX_BYTE[bytes[i]!]!;
  return out;
};

/** The state after one key block XOR `pad` (what every HMAC with this key starts from). */
const padState = (block: Uint8Array, pad: number): Int32Array => {
  const padded = new Uint8Array(64);
  for (let i = 0; i < 64; i += 1) padded[i] = block[i]! ^ pad;
  const state = Int32Array.from(IV);
  compress(state, padded);
  return state;
};

/**
 * An HMAC-SHA-256 signer for one key: the inner and outer pads' blocks are compressed once,
 * so each message costs its own blocks and one more, not two more plus the key's encoding.
 */
export const hmacSha256Signer = (key: string): ((message: string) => string) => {
  let keyBytes: Uint8Array = encoder.encode(key);
  if (keyBytes.length > 64) keyBytes = sha256(keyBytes);
  const block = new Uint8Array(64);
  block.set(keyBytes);
  const inner = padState(block, 0x36);
  const outer = padState(block, 0x5c);
  return (message) => {
    const innerHash = finish(inner.slice(), encoder.encode(message), 64);
    return hex(finish(outer.slice(), innerHash, 64));
  };
};

export const hmacSha256Hex = (key: string, message: string): string => hmacSha256Signer(key)(message);
