/**
 * Harmonisation fed by the examiner's station instead of (or besides) files. The station
 * answers `GET /api/harmonisation` with a `StationSnapshot`: the finalised assessments of the
 * commissions the signed-in account may see (an administrator all, an examiner their own),
 * the subject packages of those commissions, and per candidate session the chain head the
 * station holds — the anchor an exported bundle is checked against (station-copy.ts).
 *
 * Nothing from the station is trusted more than a file: every assessment and package goes
 * through the same validation as an imported file (schema, assessment hash, package hash),
 * and a malformed snapshot is refused whole with a clear error.
 */
import { z } from 'zod';
import type { HarmonisationSet } from './collection.ts';

export type { StationAnchor } from './entry.ts';

export const STATION_SNAPSHOT_FORMAT = 'temoin.station-harmonisation/1';

const Anchor = z
  .object({
    sessionId: z.string().min(1).max(64),
    candidate: z.string().max(200),
    examiner: z.string().max(200),
    count: z.number().int().min(0),
    head: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

const Snapshot = z
  .object({
    format: z.literal(STATION_SNAPSHOT_FORMAT),
    station: z.string().max(300),
    readAt: z.string().max(40),
    assessments: z.array(z.unknown()).max(20_000),
    subjects: z.array(z.unknown()).max(500),
    anchors: z.array(Anchor).max(20_000),
  })
  .strict();

export type StationSnapshot = z.infer<typeof Snapshot>;

export interface StationImport {
  /** Assessments new to the set. */
  added: number;
  /** Already loaded, identical (a refresh): not listed as duplicates. */
  unchanged: number;
  /** Refused, listed in the set's `rejected` with their problems. */
  rejected: number;
  /** Candidate sessions whose chain head the station vouches for. */
  anchors: number;
}

export type StationRead = { ok: true; result: StationImport } | { ok: false; fr: string; en: string };

/** The name an assessment from the station carries where a file name would be. */
export const stationFileName = (station: string, candidate: string) => `station ${station} · ${candidate}`;

/** Adds what a station sent to the set, validated like files. Never throws. */
export const addStationSnapshot = async (set: HarmonisationSet, input: unknown): Promise<StationRead> => {
  const parsed = Snapshot.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      fr: 'Réponse de la station illisible : rien n’a été chargé.',
      en: 'Unreadable answer from the station: nothing was loaded.',
    };
  const snapshot = parsed.data;
  const result: StationImport = { added: 0, unchanged: 0, rejected: 0, anchors: 0 };
  for (const pkg of snapshot.subjects)
    await set.addText(`station ${snapshot.station} · sujet`, JSON.stringify(pkg), { quiet: true });
  for (const assessment of snapshot.assessments) {
    const candidate = (assessment as { candidate?: { number?: unknown } })?.candidate?.number;
    const outcome = await set.addText(
      stationFileName(snapshot.station, typeof candidate === 'string' ? candidate : '?'),
      JSON.stringify(assessment),
      { quiet: true },
    );
    if (outcome.status === 'added') result.added += 1;
    else if (outcome.status === 'duplicate') result.unchanged += 1;
    else result.rejected += 1;
  }
  for (const anchor of snapshot.anchors)
    if (anchor.count > 0) {
      set.anchors.set(anchor.sessionId, anchor);
      result.anchors += 1;
    }
  set.version += 1;
  return { ok: true, result };
};
