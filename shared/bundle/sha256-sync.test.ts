import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valid } from '../../tests/fixtures/documents/index.ts';
import type { CaptureEvent, UnsealedEvent } from '../schema/event.ts';
import { GENESIS, hashEventSync, sealEvents } from './chain.ts';
import { canonicalize } from './jcs.ts';
import { sha256Hex } from './sha256.ts';
import { sha256HexSync } from './sha256-sync.ts';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sha256HexSync', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256HexSync('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexSync('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256HexSync('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals WebCrypto on every length around the block boundaries', async () => {
    for (let length = 0; length <= 200; length += 1) {
      const text = 'é'.repeat(length >> 1) + 'x'.repeat(length & 1);
      expect(sha256HexSync(text)).toBe(await sha256Hex(text));
    }
  });

  it('equals WebCrypto and Node on any string (UTF-8, astral and lone surrogates included)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 3000 }), async (text) => {
        const expected = await sha256Hex(text);
        expect(sha256HexSync(text)).toBe(expected);
        expect(nodeSha256(text)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hashEventSync', () => {
  const unsealed = (): UnsealedEvent[] =>
    valid('bundle').events.map(
      ({ seq: _seq, hash: _hash, ...rest }: CaptureEvent) => rest as unknown as UnsealedEvent,
    );

  it('links each event as the WebCrypto chain does (SHA-256(previous + "\\n" + JCS(event)))', async () => {
    const { sealed } = await sealEvents({ seq: 0, head: GENESIS }, unsealed());
    let previous = GENESIS;
    for (const { hash, ...rest } of sealed) {
      expect(hashEventSync(previous, rest)).toBe(await sha256Hex(`${previous}\n${canonicalize(rest)}`));
      expect(hash).toBe(hashEventSync(previous, rest));
      previous = hash;
    }
  });

  it('a batch sealed in one pass equals its events sealed one by one, whatever the cut', async () => {
    const events = unsealed();
    const whole = await sealEvents({ seq: 0, head: GENESIS }, events);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 10 }), async (cuts) => {
        let at = 0;
        let chain = { seq: 0, head: GENESIS };
        const sealed: CaptureEvent[] = [];
        for (const size of [...cuts, events.length]) {
          if (at >= events.length) break;
          const part = await sealEvents(chain, events.slice(at, at + size));
          sealed.push(...part.sealed);
          chain = { seq: part.seq, head: part.head };
          at += size;
        }
        expect(sealed).toEqual(whole.sealed);
        expect(chain.head).toBe(whole.head);
      }),
      { numRuns: 50 },
    );
  });
});
