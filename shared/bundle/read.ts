/**
 * The one reader of evidence bundles, for everything that trusts one: review, rule tests,
 * harmonisation (and the examiner station). Text (UTF-8, size, JSON); the file's seal, cheap
 * and broken by any edit; the schema; the embedded subject package (content hash recomputed,
 * grid, bound to the session); the binding of the session and package into the first event;
 * the session's status against its events; the hash chain. The first check that fails names
 * what changed (which event, the candidate number, the subject); a file whose only fault is
 * its seal is « changed after export ». Someone who edits the file and recomputes the seal
 * (it is public) still meets every check after it. Each failure is a bilingual problem;
 * nothing here throws.
 */
import type { EvidenceBundle } from '../schema/bundle.ts';
import { MAX_DOCUMENT_BYTES, type Problem, parse, problem } from '../schema/index.ts';
import { sessionHash } from './binding.ts';
import { verifyChain } from './chain.ts';
import { canonicalize } from './jcs.ts';
import { packageContentHash } from './package-hash.ts';
import { bundleSealValue } from './seal.ts';
import { sha256Hex } from './sha256.ts';

export type BundleReading =
  | { ok: true; bundle: EvidenceBundle; head: string; count: number }
  | { ok: false; problems: Problem[] };

const refused = (...problems: Problem[]): BundleReading => ({ ok: false, problems });

const detailOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The text of a file: bytes must be UTF-8 (a changed byte often is not); a leading BOM is dropped. */
const textOf = (input: string | Uint8Array): { text: string } | { problem: Problem } => {
  if (typeof input !== 'string') {
    if (input.byteLength > MAX_DOCUMENT_BYTES)
      return { problem: problem([], 'too-large', { size: input.byteLength }) };
    try {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(input) };
    } catch {
      return { problem: problem([], 'not-utf8') };
    }
  }
  if (input.length > MAX_DOCUMENT_BYTES) return { problem: problem([], 'too-large', { size: input.length }) };
  return { text: input.replace(/^\uFEFF/, '') };
};

export interface ReadOptions {
  /**
   * When the seal is broken, run the other checks to say what changed (which event, the
   * candidate number, the subject) rather than only « changed after export ». On by default;
   * the verdict is the same either way, only the explanation differs.
   */
  diagnose?: boolean;
}

/** Reads a bundle file (its text or its bytes). */
export const readBundle = async (
  input: string | Uint8Array,
  options: ReadOptions = {},
): Promise<BundleReading> => {
  const read = textOf(input);
  if ('problem' in read) return refused(read.problem);
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch (error) {
    return refused(problem([], 'json-syntax', { detail: detailOf(error) }));
  }
  return readBundleValue(value, options);
};

/** Reads a bundle already parsed from JSON (harmonisation reads a file's kind first). */
export const readBundleValue = async (value: unknown, options: ReadOptions = {}): Promise<BundleReading> => {
  try {
    return await check(value, options.diagnose ?? true);
  } catch (error) {
    return refused(problem([], 'internal', { detail: detailOf(error) }));
  }
};

/** The seal the file claims, when it has one of the right shape. */
const claimedSeal = (value: unknown): string | undefined => {
  const seal = (value as { seal?: { value?: unknown } } | null)?.seal?.value;
  return typeof seal === 'string' && /^[0-9a-f]{64}$/.test(seal) ? seal : undefined;
};

type SealVerdict = 'sealed' | 'missing' | 'broken';

const sealVerdict = async (value: unknown): Promise<SealVerdict> => {
  const claimed = claimedSeal(value);
  if (claimed === undefined) return 'missing';
  const actual = await bundleSealValue(value as EvidenceBundle).catch(() => undefined);
  return actual === claimed ? 'sealed' : 'broken';
};

/**
 * Most events a bundle may hold: a 4-hour session captures a few thousand; the review's
 * 20,000-event test is far below. Above, the schema alone would take seconds to list every
 * malformed event.
 */
export const MAX_BUNDLE_EVENTS = 50_000;

const check = async (value: unknown, diagnose: boolean): Promise<BundleReading> => {
  const events = (value as { events?: unknown } | null)?.events;
  if (Array.isArray(events) && events.length > MAX_BUNDLE_EVENTS)
    return refused(problem(['events'], 'too-many-events', { max: MAX_BUNDLE_EVENTS, count: events.length }));
  const seal = await sealVerdict(value);
  if (seal === 'broken' && !diagnose) return refused(problem(['seal'], 'bundle-seal'));
  const parsed = parse('bundle', value);
  if (!parsed.ok) return parsed;
  const bundle = parsed.value;

  const pkg = bundle.subjectPackage;
  if (pkg) {
    // The schema already matched pkg.hash.value with session.subject.hash; this is the content.
    if ((await packageContentHash(pkg)) !== pkg.hash.value)
      return refused(problem(['subjectPackage'], 'package-edited'));
    if ((await sha256Hex(canonicalize(pkg.grid))) !== bundle.session.grid.hash)
      return refused(problem(['subjectPackage', 'grid'], 'grid-binding'));
  }

  const first = bundle.events[0];
  if (first?.kind !== 'session.started' || !first.data.sessionHash || !first.data.packageHash)
    return refused(problem(['events', 0], 'chain-unbound'));
  if (first.data.candidateNumber !== bundle.session.candidate.number)
    return refused(
      problem(['session', 'candidate', 'number'], 'candidate-mismatch', {
        found: bundle.session.candidate.number,
        expected: first.data.candidateNumber,
      }),
    );
  if (first.data.packageHash !== bundle.session.subject.hash)
    return refused(problem(['session', 'subject', 'hash'], 'package-binding'));
  if (first.data.sessionHash !== (await sessionHash(bundle.session)))
    return refused(problem(['session'], 'session-binding'));

  const ended = bundle.events.some((event) => event.kind === 'session.ended');
  if (ended !== (bundle.session.status === 'ended'))
    return refused(problem(['session', 'status'], 'status-mismatch', { ended: !ended }));

  const verdict = await verifyChain(bundle.events, bundle.chain.head);
  if (!verdict.ok)
    return refused(
      verdict.reason === 'head'
        ? problem(['chain', 'head'], 'chain-head')
        : verdict.reason === 'seq'
          ? problem(['events', verdict.seq, 'seq'], 'seq-order', { expected: verdict.expected })
          : problem(['events', verdict.seq], 'chain-broken', { seq: verdict.seq }),
    );

  if (seal === 'missing') return refused(problem(['seal'], 'bundle-unsealed'));
  if (seal === 'broken') return refused(problem(['seal'], 'bundle-seal'));
  return { ok: true, bundle, head: verdict.head, count: verdict.count };
};
