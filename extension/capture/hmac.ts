/**
 * Synchronous HMAC-SHA-256. The pending-event queue is written to the page's sessionStorage
 * during `pagehide`, where asynchronous WebCrypto may never complete; the page's own scripts
 * can read and write that storage, so what we restore must carry a MAC keyed with a secret the
 * page never sees (the session's pending key, from the background).
 */
import { compress, finish, hexOf, IV, sha256Bytes } from '../../shared/bundle/sha256-sync.ts';

const encoder = new TextEncoder();

/** SHA-256 of `data` (the compression is the hash chain's, shared/bundle/sha256-sync.ts). */
export const sha256 = sha256Bytes;

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
    return hexOf(finish(outer.slice(), innerHash, 64));
  };
};

export const hmacSha256Hex = (key: string, message: string): string => hmacSha256Signer(key)(message);
