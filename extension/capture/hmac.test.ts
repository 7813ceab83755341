import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256Hex, hmacSha256Signer, sha256 } from './hmac.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('sync SHA-256 and HMAC', () => {
  it('matches node:crypto on lengths around block boundaries', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 4097, 20_000]) {
      const data = new Uint8Array(length).map((_, i) => (i * 31 + 7) & 0xff);
      expect(hex(sha256(data))).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('matches node:crypto HMAC, with short, long and non-ASCII keys and messages', () => {
    for (const [key, message] of [
      ['k', ''],
      ['temoin-pending:3f1c', '[{"id":"é","kind":"ui.clicked"}]'],
      ['x'.repeat(100), 'message'.repeat(50)],
    ] as const) {
      expect(hmacSha256Hex(key, message)).toBe(createHmac('sha256', key).update(message).digest('hex'));
    }
  });

  it('signs with the key pads precomputed exactly as the plain HMAC, message after message', () => {
    for (const key of ['k', 'temoin-pending:3f1c-é', 'x'.repeat(64), 'y'.repeat(65), 'z'.repeat(200)]) {
      const sign = hmacSha256Signer(key);
      for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000, 5000]) {
        const message = 'é'.repeat(length % 7) + 'm'.repeat(length);
        const expected = createHmac('sha256', key).update(message).digest('hex');
        expect(sign(message)).toBe(expected);
        expect(hmacSha256Hex(key, message)).toBe(expected);
      }
    }
  });
});
