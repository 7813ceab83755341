/**
 * The seal of an evidence bundle file: SHA-256 of the file's JSON without whitespace and
 * without the seal, members in the file's own order (`JSON.stringify` of what `JSON.parse`
 * read). The chain covers the events, and through its first event the session and the
 * package; the seal covers the rest (export date, end date, status), so that no byte outside
 * insignificant whitespace changes unseen — reordering members breaks it too. It is a native
 * serialisation, not JCS, because a reader checks it first on every file and it must be cheap.
 *
 * Anyone can recompute a seal: it detects edits, it does not prove who made the file — the
 * chain head the examiner saw does (docs/adr/0013-threat-model.md).
 */
import type { EvidenceBundle } from '../schema/bundle.ts';
import { sha256Hex } from './sha256.ts';

export const SEAL_ALGORITHM = 'sha256-compact-json' as const;

export type UnsealedBundle = Omit<EvidenceBundle, 'seal'>;

/** The seal of a bundle as parsed from its file (or as it is about to be written). */
export const bundleSealValue = (bundle: UnsealedBundle | EvidenceBundle): Promise<string> => {
  const { seal: _ignored, ...rest } = bundle as EvidenceBundle;
  return sha256Hex(JSON.stringify(rest));
};

/**
 * The bundle with its seal, seal last. Write the returned object as it is (`JSON.stringify`):
 * the seal covers its members in this order.
 */
export const sealBundle = async (bundle: UnsealedBundle | EvidenceBundle): Promise<EvidenceBundle> => {
  const { seal: _ignored, ...rest } = bundle as EvidenceBundle;
  return {
    ...rest,
    seal: { algorithm: SEAL_ALGORITHM, value: await bundleSealValue(rest) },
  } as EvidenceBundle;
};
