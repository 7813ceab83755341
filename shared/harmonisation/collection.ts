/**
 * The set of files an académie loads for harmonisation: assessments, optionally the evidence
 * bundles they were made from, and subject packages. Each file is read, validated with the
 * shared schemas and checked for tampering (a final assessment's hash, a bundle by the one
 * bundle reader `readBundle`, a package's content hash); a refused file is listed with its problems and changes
 * nothing. The same assessment (same `id`) loaded twice counts once.
 *
 * Pure: no DOM. `importFiles` reads in chunks and awaits `pause()` between them, so a page can
 * give the browser a frame to paint its progress bar.
 */
import { canonicalize } from '../bundle/jcs.ts';
import { packageContentHash } from '../bundle/package-hash.ts';
import { readBundleValue } from '../bundle/read.ts';
import { sha256Hex } from '../bundle/sha256.ts';
import type { Assessment } from '../schema/assessment.ts';
import type { EvidenceBundle } from '../schema/bundle.ts';
import { kindOf, MAX_DOCUMENT_BYTES, type Problem, parse, problem } from '../schema/index.ts';
import type { SubjectPackage } from '../schema/package.ts';
import type { Subject } from '../schema/subject.ts';
import type { StationAnchor } from './entry.ts';

/** What the importer needs of a file (a DOM `File` fits). */
export interface SourceFile {
  name: string;
  size?: number;
  text(): Promise<string>;
}

export type FileOutcome =
  | { file: string; status: 'added'; kind: 'assessment' | 'bundle' | 'subject-package'; id: string }
  | { file: string; status: 'duplicate'; kind: 'assessment' | 'bundle' | 'subject-package'; id: string }
  | { file: string; status: 'rejected'; problems: Problem[] };

export interface RejectedFile {
  file: string;
  problems: Problem[];
}

export interface Duplicate {
  id: string;
  file: string;
  /** The file kept, and whether the two differ (the final, then the latest, version is kept). */
  keptFile: string;
  differs: boolean;
}

export interface KnownSubject {
  subject: Subject;
  /** The package's content hash (what assessments and sessions refer to). */
  hash: string;
  file: string;
}

const own = (path: string, code: string, fr: string, en: string): Problem => ({ path, code, fr, en });

const HARMONISATION_PROBLEMS = {
  unsupportedKind: (kind: string | undefined) =>
    own(
      'format',
      'unsupported-kind',
      kind
        ? `document « ${kind} » : une évaluation, un fichier de preuves ou un paquet de sujet est attendu`
        : 'document Témoin non reconnu : une évaluation, un fichier de preuves ou un paquet de sujet est attendu',
      kind
        ? `"${kind}" document: an assessment, an evidence bundle or a subject package is expected`
        : 'not a Témoin document: an assessment, an evidence bundle or a subject package is expected',
    ),
  assessmentHash: () =>
    own(
      'hash',
      'assessment-hash',
      'empreinte incorrecte : l’évaluation a été modifiée après sa finalisation',
      'wrong hash: the assessment was changed after it was finalised',
    ),
  readError: (detail: string) =>
    own('', 'read-error', `fichier illisible : ${detail}`, `unreadable file: ${detail}`),
};

/** Reads the `hash` of a final assessment again: SHA-256 of the JCS of the rest. */
export const assessmentHashOk = async (assessment: Assessment): Promise<boolean> => {
  if (!assessment.hash) return true;
  const { hash, ...rest } = assessment;
  return (await sha256Hex(canonicalize(rest))) === hash;
};

const rank = (a: Assessment): [number, string] => [a.status === 'final' ? 1 : 0, a.updatedAt];
const newer = (a: Assessment, b: Assessment): boolean => {
  const [sa, ua] = rank(a);
  const [sb, ub] = rank(b);
  return sa !== sb ? sa > sb : ua > ub;
};

export class HarmonisationSet {
  /** Assessments by id, in the order first seen. */
  readonly assessments = new Map<string, { assessment: Assessment; file: string }>();
  /** Verified bundles by session id. */
  readonly bundles = new Map<string, { bundle: EvidenceBundle; file: string }>();
  /** Subjects by package hash (from subject packages and bundles' packages). */
  readonly subjects = new Map<string, KnownSubject>();
  readonly rejected: RejectedFile[] = [];
  readonly duplicates: Duplicate[] = [];
  /** Per session id, what the examiner's station received (station-source.ts). */
  readonly anchors = new Map<string, StationAnchor>();
  /** Bumped on every change, so views know when to recompute. */
  version = 0;

  clear(): void {
    this.assessments.clear();
    this.bundles.clear();
    this.subjects.clear();
    this.rejected.length = 0;
    this.duplicates.length = 0;
    this.anchors.clear();
    this.version += 1;
  }

  /** The subject an assessment was made on, when its package or bundle was loaded. */
  subjectOf(assessment: Assessment): Subject | undefined {
    return this.subjects.get(assessment.subject.hash)?.subject;
  }

  /** The verified bundle an assessment refers to (same session and chain head). */
  bundleOf(assessment: Assessment): EvidenceBundle | undefined {
    const entry = this.bundles.get(assessment.bundle.sessionId);
    return entry && entry.bundle.chain.head === assessment.bundle.chainHead ? entry.bundle : undefined;
  }

  /**
   * Validates one file's text and adds what it holds. Never throws. `quiet`: an identical
   * assessment already loaded is not listed as a duplicate (a station read again).
   */
  async addText(file: string, text: string, { quiet = false } = {}): Promise<FileOutcome> {
    const outcome = await this.#add(file, text, quiet).catch(
      (error: unknown): FileOutcome => ({
        file,
        status: 'rejected',
        problems: [
          problem([], 'internal', { detail: error instanceof Error ? error.message : String(error) }),
        ],
      }),
    );
    if (outcome.status === 'rejected') this.rejected.push({ file, problems: outcome.problems });
    this.version += 1;
    return outcome;
  }

  /** A file that could not even be read. */
  addReadError(file: string, detail: string): FileOutcome {
    const problems = [HARMONISATION_PROBLEMS.readError(detail)];
    this.rejected.push({ file, problems });
    this.version += 1;
    return { file, status: 'rejected', problems };
  }

  async #add(file: string, text: string, quiet: boolean): Promise<FileOutcome> {
    const reject = (problems: Problem[]): FileOutcome => ({ file, status: 'rejected', problems });
    if (text.length > MAX_DOCUMENT_BYTES) return reject([problem([], 'too-large', { size: text.length })]);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch (error) {
      return reject([
        problem([], 'json-syntax', { detail: error instanceof Error ? error.message : String(error) }),
      ]);
    }
    const kind = kindOf(input);
    switch (kind) {
      case 'assessment': {
        const parsed = parse('assessment', input);
        if (!parsed.ok) return reject(parsed.problems);
        const assessment = parsed.value;
        if (!(await assessmentHashOk(assessment))) return reject([HARMONISATION_PROBLEMS.assessmentHash()]);
        const existing = this.assessments.get(assessment.id);
        if (existing) {
          const differs = canonicalize(existing.assessment) !== canonicalize(assessment);
          if (quiet && !differs) return { file, status: 'duplicate', kind, id: assessment.id };
          const replace = differs && newer(assessment, existing.assessment);
          if (replace) this.assessments.set(assessment.id, { assessment, file });
          this.duplicates.push({
            id: assessment.id,
            file: replace ? existing.file : file,
            keptFile: replace ? file : existing.file,
            differs,
          });
          return { file, status: 'duplicate', kind, id: assessment.id };
        }
        this.assessments.set(assessment.id, { assessment, file });
        return { file, status: 'added', kind, id: assessment.id };
      }
      case 'bundle': {
        const read = await readBundleValue(input);
        if (!read.ok) return reject(read.problems);
        const bundle = read.bundle;
        const id = bundle.session.id;
        if (this.bundles.has(id)) {
          this.duplicates.push({ id, file, keptFile: this.bundles.get(id)!.file, differs: false });
          return { file, status: 'duplicate', kind, id };
        }
        this.bundles.set(id, { bundle, file });
        if (bundle.subjectPackage) this.#addSubject(bundle.subjectPackage, file);
        return { file, status: 'added', kind, id };
      }
      case 'subject-package': {
        const parsed = parse('subject-package', input);
        if (!parsed.ok) return reject(parsed.problems);
        const problems = await this.#checkPackage(parsed.value, []);
        if (problems.length) return reject(problems);
        const known = this.subjects.has(parsed.value.hash.value);
        this.#addSubject(parsed.value, file);
        return { file, status: known ? 'duplicate' : 'added', kind, id: parsed.value.subject.id };
      }
      default:
        return reject([HARMONISATION_PROBLEMS.unsupportedKind(kind)]);
    }
  }

  async #checkPackage(pkg: SubjectPackage, path: string[]): Promise<Problem[]> {
    return (await packageContentHash(pkg)) === pkg.hash.value
      ? []
      : [problem([...path, 'hash', 'value'], 'hash-mismatch')];
  }

  #addSubject(pkg: SubjectPackage, file: string): void {
    if (!this.subjects.has(pkg.hash.value))
      this.subjects.set(pkg.hash.value, { subject: pkg.subject, hash: pkg.hash.value, file });
  }
}

export interface ImportOptions {
  /** Files read and validated between two pauses. Default 8. */
  chunkSize?: number;
  onProgress?: (done: number, total: number, last: FileOutcome) => void;
  /** Awaited between chunks (a page passes a frame or a macrotask). */
  pause?: () => Promise<void>;
  signal?: AbortSignal;
}

/** Imports files in order, in chunks; bad files are listed, the rest imported. */
export const importFiles = async (
  set: HarmonisationSet,
  files: readonly SourceFile[],
  options: ImportOptions = {},
): Promise<FileOutcome[]> => {
  const chunkSize = Math.max(1, options.chunkSize ?? 8);
  const outcomes: FileOutcome[] = [];
  for (let start = 0; start < files.length; start += chunkSize) {
    if (options.signal?.aborted) break;
    const chunk = files.slice(start, start + chunkSize);
    const texts = await Promise.all(
      chunk.map((file) =>
        file.text().then(
          (text) => ({ ok: true as const, text }),
          (error: unknown) => ({
            ok: false as const,
            detail: error instanceof Error ? error.name || error.message : String(error),
          }),
        ),
      ),
    );
    for (let i = 0; i < chunk.length; i += 1) {
      const read = texts[i]!;
      const name = chunk[i]!.name;
      const outcome = read.ok ? await set.addText(name, read.text) : set.addReadError(name, read.detail);
      outcomes.push(outcome);
      options.onProgress?.(outcomes.length, files.length, outcome);
    }
    if (start + chunkSize < files.length) await options.pause?.();
  }
  return outcomes;
};
