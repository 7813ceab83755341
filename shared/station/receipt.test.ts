import { describe, expect, it } from 'vitest';
import { shortChainHead } from '../bundle/short-head.ts';
import {
  checkAgainstReceipt,
  claimFromTyped,
  normaliseHead,
  parseReceipt,
  RECEIPT_FORMAT,
  type StationReceipt,
} from './receipt.ts';

// Distinct 64-hex hashes: event i's hash is the hex digit i repeated.
const bundle = (hashes: string, id = 'session-1') => ({
  session: { id },
  events: [...hashes].map((h, seq) => ({ seq, hash: h.repeat(64) })),
});
const receipt = (count: number, head: string): StationReceipt => ({
  format: RECEIPT_FORMAT,
  station: 'station.lycee.fr:8443',
  sessionId: 'session-1',
  candidate: '20001',
  count,
  head,
  at: '2026-12-07T09:00:00.000Z',
});

describe('a bundle against the station’s receipt', () => {
  it('agrees when the bundle ends where the station’s copy ends', () => {
    expect(checkAgainstReceipt(bundle('abc'), receipt(3, 'c'.repeat(64)))).toEqual({
      status: 'same',
      count: 3,
    });
  });
  it('accepts a bundle that goes further than what the station received', () => {
    expect(checkAgainstReceipt(bundle('abcd'), receipt(3, 'c'.repeat(64)))).toEqual({
      status: 'station-behind',
      stationCount: 3,
      bundleCount: 4,
    });
  });
  it('flags a bundle whose events were changed (event count − 1 does not carry the head)', () => {
    expect(checkAgainstReceipt(bundle('abdd'), receipt(3, 'c'.repeat(64)))).toEqual({
      status: 'differs',
      reason: 'changed',
      stationCount: 3,
      bundleCount: 4,
    });
  });
  it('flags a bundle cut short of what the station received', () => {
    expect(checkAgainstReceipt(bundle('ab'), receipt(3, 'c'.repeat(64)))).toEqual({
      status: 'differs',
      reason: 'missing',
      stationCount: 3,
      bundleCount: 2,
    });
  });
  it('refuses to compare another candidate session’s receipt', () => {
    expect(checkAgainstReceipt(bundle('abc', 'session-2'), receipt(3, 'c'.repeat(64)))).toEqual({
      status: 'other-session',
    });
  });
  it('takes the head as the screen shows it, typed with spaces, a capital or an ellipsis', () => {
    const typed = claimFromTyped(`${shortChainHead('C'.repeat(64))}…`, ' 3 ');
    expect(typed).toEqual({ ok: true, claim: { count: 3, head: 'c'.repeat(12) } });
    if (typed.ok) expect(checkAgainstReceipt(bundle('abc'), typed.claim).status).toBe('same');
    if (typed.ok) expect(checkAgainstReceipt(bundle('abd'), typed.claim).status).toBe('differs');
    expect(normaliseHead('3FA9 c2d1 0b7e...')).toBe('3fa9c2d10b7e');
  });
  it('refuses a typed head too short or not hexadecimal, and a count that is not a positive integer', () => {
    expect(claimFromTyped('3fa9 c2d1', '3')).toMatchObject({ ok: false, fr: expect.stringContaining('12') });
    expect(claimFromTyped('zzzz zzzz zzzz', '3')).toMatchObject({ ok: false });
    for (const count of ['0', '-2', '2.5', 'trois', ''])
      expect(claimFromTyped('3fa9 c2d1 0b7e', count)).toMatchObject({
        ok: false,
        fr: expect.stringContaining('entier positif'),
      });
  });
  it('reads a receipt file and refuses anything else with the reason', () => {
    expect(parseReceipt(receipt(3, 'c'.repeat(64)))).toMatchObject({ ok: true });
    expect(parseReceipt({ format: 'temoin.bundle/1' })).toMatchObject({
      ok: false,
      fr: expect.stringContaining('pas un reçu de la station'),
    });
    expect(parseReceipt(null)).toMatchObject({ ok: false });
    expect(parseReceipt({ ...receipt(3, 'c'.repeat(64)), head: 'C'.repeat(64) })).toMatchObject({
      ok: false,
      fr: expect.stringContaining('illisible'),
    });
    expect(parseReceipt({ ...receipt(Number.NaN, 'c'.repeat(64)) })).toMatchObject({ ok: false });
  });
});
