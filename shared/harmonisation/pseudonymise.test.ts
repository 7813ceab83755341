import { describe, expect, it } from 'vitest';
import { createPseudonymiser } from './pseudonymise.ts';

describe('pseudonyms', () => {
  it('are C- and 6 upper-case hex digits, stable within one export', async () => {
    const p = await createPseudonymiser();
    const a = await p.pseudonym('02412345678');
    expect(a).toMatch(/^C-[0-9A-F]{6}$/);
    expect(await p.pseudonym('02412345678')).toBe(a);
    expect(await p.pseudonym(' 0241 2345678 ')).toBe(a);
    expect(await p.pseudonym('02412345679')).not.toBe(a);
  });

  it('are the HMAC-SHA-256 of the number under the export’s salt', async () => {
    const salt = new Uint8Array(32).fill(7);
    const key = await crypto.subtle.importKey('raw', salt, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    const mac = new Uint8Array(
      await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('02412345678')),
    );
    const hex = Array.from(mac, (b) => b.toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
    expect(await (await createPseudonymiser(salt)).pseudonym('02412345678')).toBe(`C-${hex.slice(0, 6)}`);
  });

  it('differ from one export to the next (a new random salt each time)', async () => {
    const first = await (await createPseudonymiser()).pseudonym('02412345678');
    const second = await (await createPseudonymiser()).pseudonym('02412345678');
    expect(first).not.toBe(second);
  });

  it('stay unique among many candidates, lengthening on a clash', async () => {
    const p = await createPseudonymiser(new Uint8Array(32));
    const numbers = Array.from({ length: 5000 }, (_, i) => `0241${String(i).padStart(7, '0')}`);
    const pseudonyms = await Promise.all(numbers.map((n) => p.pseudonym(n)));
    expect(new Set(pseudonyms).size).toBe(numbers.length);
    expect(pseudonyms.every((s) => /^C-[0-9A-F]{6}([0-9A-F]{2})*$/.test(s))).toBe(true);
  });
});
