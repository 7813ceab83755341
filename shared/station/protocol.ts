/**
 * The wire protocol between a workstation and the examiner's station (see
 * docs/adr/0009-station.md). Shared by both ends so that what is signed is computed once.
 *
 * Pairing: POST /api/pair with the commission's pairing code → a per-session key (random,
 * 32 bytes, hex). Every later batch carries four headers and is signed with that key:
 *
 *   signature = HMAC-SHA-256(key, "temoin-station/1\n" + sessionId + "\n" + timestamp + "\n"
 *                                  + nonce + "\n" + from + "\n" + to + "\n" + SHA-256(body))
 *
 * `from`..`to` is the batch's seq range (to = from − 1 for a heartbeat without events). The
 * station refuses a stale timestamp, a nonce it has seen, a range that does not follow what it
 * acknowledged, and anything whose chain does not continue its head.
 */
import type { CaptureEvent } from '../schema/event.ts';
import type { Session } from '../schema/session.ts';

export const STATION_PROTOCOL = 'temoin-station/1';

export const HEADERS = {
  session: 'x-temoin-session',
  timestamp: 'x-temoin-timestamp',
  nonce: 'x-temoin-nonce',
  signature: 'x-temoin-signature',
} as const;

/** Largest batch body the station reads (a 40-minute session is far below in total). */
export const MAX_BATCH_BYTES = 2 * 1024 * 1024;
export const MAX_BATCH_EVENTS = 500;
/** How far a batch's timestamp may be from the station's clock. */
export const MAX_CLOCK_SKEW_MS = 10 * 60 * 1000;

export interface PairRequest {
  code: string;
  session: Session;
}

export interface PairResponse {
  ok: true;
  key: string;
  commissionId: string;
  /** Next seq the station expects (0 for a new session, more when a session pairs again). */
  next: number;
}

export interface Batch {
  sessionId: string;
  commissionId: string;
  from: number;
  to: number;
  /** How many events the workstation holds in all (its next seq): the station's lag figure. */
  total: number;
  events: CaptureEvent[];
  /** The session document, sent again when its status changes (ended). */
  session?: Session;
}

export interface BatchAck {
  ok: true;
  /** Next seq the station expects: everything below is stored. */
  next: number;
  head: string;
}

export interface StationRefusal {
  ok: false;
  code: string;
  fr: string;
  en: string;
  /** For a gap: the range the station asks for. */
  missing?: { from: number; to: number };
  next?: number;
}

const encoder = new TextEncoder();

const hex = (buffer: ArrayBuffer): string =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

const fromHex = (text: string): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(new ArrayBuffer(text.length / 2));
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
};

export const signingText = async (parts: {
  sessionId: string;
  timestamp: string;
  nonce: string;
  from: number;
  to: number;
  body: string;
}): Promise<string> => {
  const bodyHash = hex(await crypto.subtle.digest('SHA-256', encoder.encode(parts.body)));
  return [
    STATION_PROTOCOL,
    parts.sessionId,
    parts.timestamp,
    parts.nonce,
    parts.from,
    parts.to,
    bodyHash,
  ].join('\n');
};

/** HMAC-SHA-256 of `text` with a hex key, hex. WebCrypto: the same in the extension and Node. */
export const hmacHex = async (keyHex: string, text: string): Promise<string> => {
  const key = await crypto.subtle.importKey(
    'raw',
    fromHex(keyHex),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return hex(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
};

export const randomHex = (bytes: number): string =>
  hex(crypto.getRandomValues(new Uint8Array(new ArrayBuffer(bytes))).buffer as ArrayBuffer);

/** The headers and body of a signed batch, ready for `fetch`. */
export const signBatch = async (
  keyHex: string,
  batch: Batch,
  now: number,
): Promise<{ headers: Record<string, string>; body: string }> => {
  const body = JSON.stringify(batch);
  const timestamp = String(now);
  const nonce = randomHex(16);
  const text = await signingText({
    sessionId: batch.sessionId,
    timestamp,
    nonce,
    from: batch.from,
    to: batch.to,
    body,
  });
  return {
    body,
    headers: {
      'content-type': 'application/json',
      [HEADERS.session]: batch.sessionId,
      [HEADERS.timestamp]: timestamp,
      [HEADERS.nonce]: nonce,
      [HEADERS.signature]: await hmacHex(keyHex, text),
    },
  };
};
