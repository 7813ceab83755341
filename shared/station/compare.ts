/**
 * An exported bundle against the station's copy of the same session. The station anchors the
 * chain outside the workstation: a bundle whose events differ from what the station received,
 * or that lacks events the station received, was changed after the fact. A bundle with more
 * events than the station is normal (the station had not received the last ones yet).
 */
import type { CaptureEvent } from '../schema/event.ts';

export type CopyVerdict =
  | { status: 'same'; count: number }
  | { status: 'station-behind'; stationCount: number; bundleCount: number }
  | {
      status: 'differs';
      seq: number;
      reason: 'changed' | 'missing';
      stationCount: number;
      bundleCount: number;
    };

type Hashed = Pick<CaptureEvent, 'seq' | 'hash'>;

export const compareWithStation = (bundle: readonly Hashed[], station: readonly Hashed[]): CopyVerdict => {
  const shared = Math.min(bundle.length, station.length);
  for (let i = 0; i < shared; i += 1)
    if (bundle[i]!.hash !== station[i]!.hash || bundle[i]!.seq !== station[i]!.seq)
      return {
        status: 'differs',
        seq: i,
        reason: 'changed',
        stationCount: station.length,
        bundleCount: bundle.length,
      };
  if (bundle.length < station.length)
    return {
      status: 'differs',
      seq: bundle.length,
      reason: 'missing',
      stationCount: station.length,
      bundleCount: bundle.length,
    };
  if (bundle.length > station.length)
    return { status: 'station-behind', stationCount: station.length, bundleCount: bundle.length };
  return { status: 'same', count: bundle.length };
};
