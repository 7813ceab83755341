/**
 * The station's receipt, for the review that runs offline: what the station received of one
 * candidate session — how many events and the chain head after them — as a small file the
 * examiner downloads from the station's screen, or as the head and count the screen shows,
 * typed in by hand. The review checks an evidence bundle against it without ever reaching the
 * station (a workstation never depends on it). Each hash covers the previous one, so one
 * comparison at `count − 1` tells a bundle that was changed or cut after the fact (ADR 0016).
 */
import type { CaptureEvent } from '../schema/event.ts';

export const RECEIPT_FORMAT = 'temoin.station-receipt/1';

export interface StationReceipt {
  format: typeof RECEIPT_FORMAT;
  /** The station's address as the examiner's browser saw it (who wrote this receipt). */
  station: string;
  sessionId: string;
  candidate: string;
  /** Events received, in `seq` order from 0, and the chain head after the last of them. */
  count: number;
  head: string;
  /** When the station wrote the receipt (ISO 8601). */
  at: string;
}

/** What the examiner compares with: a receipt file, or the head (in full or its first 12+ hex) and count typed in. */
export interface ReceiptClaim {
  sessionId?: string;
  count: number;
  /** Lower-case hex, spaces removed: 64 characters, or a prefix of at least 12. */
  head: string;
}

export type ReceiptVerdict =
  | { status: 'same'; count: number }
  | { status: 'station-behind'; stationCount: number; bundleCount: number }
  | { status: 'differs'; reason: 'changed' | 'missing'; stationCount: number; bundleCount: number }
  | { status: 'other-session' };

type Problem = { ok: false; fr: string; en: string };

const HEX = /^[0-9a-f]+$/;
export const MIN_HEAD_PREFIX = 12;

const problem = (fr: string, en: string): Problem => ({ ok: false, fr, en });

/** Reads a head as people copy it (« 3fa9 c2d1 0b7e », upper case, a trailing « … »). */
export const normaliseHead = (text: string): string =>
  text.toLowerCase().replace(/[\s…]/g, '').replace(/\.+$/, '');

/** Checks what the examiner typed: a head prefix and an event count. */
export const claimFromTyped = (
  headText: string,
  countText: string,
): { ok: true; claim: ReceiptClaim } | Problem => {
  const head = normaliseHead(headText);
  if (!HEX.test(head) || head.length < MIN_HEAD_PREFIX || head.length > 64)
    return problem(
      `La tête de chaîne doit compter au moins ${MIN_HEAD_PREFIX} caractères hexadécimaux (0-9, a-f), comme « 3fa9 c2d1 0b7e ».`,
      `The chain head needs at least ${MIN_HEAD_PREFIX} hexadecimal characters (0-9, a-f), like "3fa9 c2d1 0b7e".`,
    );
  const count = Number(countText.trim());
  if (!/^\d+$/.test(countText.trim()) || !Number.isSafeInteger(count) || count < 1)
    return problem(
      'Le nombre d’événements reçus par la station doit être un entier positif.',
      'The number of events the station received must be a positive whole number.',
    );
  return { ok: true, claim: { count, head } };
};

/** Validates a receipt file's parsed JSON; anything else is refused with the reason. */
export const parseReceipt = (value: unknown): { ok: true; receipt: StationReceipt } | Problem => {
  const r = value as Partial<StationReceipt> | null;
  if (!r || typeof r !== 'object' || r.format !== RECEIPT_FORMAT)
    return problem(
      `Ce fichier n’est pas un reçu de la station (format attendu : ${RECEIPT_FORMAT}).`,
      `This file is not a station receipt (expected format: ${RECEIPT_FORMAT}).`,
    );
  const fine =
    typeof r.station === 'string' &&
    typeof r.sessionId === 'string' &&
    r.sessionId.length > 0 &&
    typeof r.candidate === 'string' &&
    typeof r.at === 'string' &&
    Number.isSafeInteger(r.count) &&
    (r.count as number) >= 0 &&
    typeof r.head === 'string' &&
    /^[0-9a-f]{64}$/.test(r.head);
  if (!fine)
    return problem(
      'Reçu de la station illisible : un champ manque ou a une valeur invalide.',
      'Unreadable station receipt: a field is missing or has an invalid value.',
    );
  return { ok: true, receipt: r as StationReceipt };
};

/**
 * A bundle against what the station received. Fewer events than the station received: cut.
 * Event `count − 1` not carrying the head: changed. More events: the station had not received
 * the last ones yet, which is normal.
 */
export const checkAgainstReceipt = (
  bundle: { session: { id: string }; events: readonly Pick<CaptureEvent, 'seq' | 'hash'>[] },
  claim: ReceiptClaim,
): ReceiptVerdict => {
  if (claim.sessionId !== undefined && claim.sessionId !== bundle.session.id)
    return { status: 'other-session' };
  const bundleCount = bundle.events.length;
  const stationCount = claim.count;
  if (stationCount === 0) return { status: 'station-behind', stationCount, bundleCount };
  if (bundleCount < stationCount) return { status: 'differs', reason: 'missing', stationCount, bundleCount };
  const event = bundle.events[stationCount - 1]!;
  if (event.seq !== stationCount - 1 || !event.hash.startsWith(claim.head))
    return { status: 'differs', reason: 'changed', stationCount, bundleCount };
  return bundleCount === stationCount
    ? { status: 'same', count: bundleCount }
    : { status: 'station-behind', stationCount, bundleCount };
};
