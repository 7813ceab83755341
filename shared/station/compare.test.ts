import { describe, expect, it } from 'vitest';
import { compareWithStation } from './compare.ts';

const chain = (hashes: string) => [...hashes].map((h, seq) => ({ seq, hash: h.repeat(64) }));

describe('compareWithStation', () => {
  it('says the same when every event matches', () => {
    expect(compareWithStation(chain('abc'), chain('abc'))).toEqual({ status: 'same', count: 3 });
  });
  it('flags the first changed event', () => {
    expect(compareWithStation(chain('abd'), chain('abc'))).toMatchObject({
      status: 'differs',
      seq: 2,
      reason: 'changed',
    });
  });
  it('flags a bundle cut short of what the station received', () => {
    expect(compareWithStation(chain('ab'), chain('abc'))).toMatchObject({
      status: 'differs',
      seq: 2,
      reason: 'missing',
    });
  });
  it('accepts a bundle that goes further than the station', () => {
    expect(compareWithStation(chain('abcd'), chain('abc'))).toEqual({
      status: 'station-behind',
      stationCount: 3,
      bundleCount: 4,
    });
  });
});
