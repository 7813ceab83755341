/**
 * Reading documents at a boundary (file import, message, database read): `parse(kind, input)`
 * returns the typed document or the list of problems, and never throws.
 */
import type { z } from 'zod';
import { DEFAULT_GRID } from '../grid/e5-grid.ts';
import { Assessment } from './assessment.ts';
import { EvidenceBundle } from './bundle.ts';
import { Catalogue } from './catalogue.ts';
import { DOCUMENT_KINDS, type DocumentKind, formatOf } from './common.ts';
import { CaptureEvent } from './event.ts';
import { Grid } from './grid.ts';
import { SubjectPackage } from './package.ts';
import { formatPath, fromZodIssue, type Problem, problem } from './problems.ts';
import { checkRule, checkSubject } from './references.ts';
import { EvidenceRule } from './rule.ts';
import { Session } from './session.ts';
import { Subject } from './subject.ts';

export * from './assessment.ts';
export * from './bundle.ts';
export * from './catalogue.ts';
export * from './common.ts';
export * from './event.ts';
export * from './grid.ts';
export * from './package.ts';
export * from './problems.ts';
export * from './references.ts';
export * from './rule.ts';
export * from './session.ts';
export * from './subject.ts';

export const SCHEMAS = {
  grid: Grid,
  catalogue: Catalogue,
  subject: Subject,
  session: Session,
  bundle: EvidenceBundle,
  assessment: Assessment,
  'subject-package': SubjectPackage,
  rule: EvidenceRule,
  event: CaptureEvent,
} as const;

export type ParseKind = keyof typeof SCHEMAS;
/** Parsed document types; bundles and events keep each event's kind tied to its data. */
type Documents = { [K in ParseKind]: z.infer<(typeof SCHEMAS)[K]> } & {
  bundle: EvidenceBundle;
  event: CaptureEvent;
};
export type DocumentOf<K extends ParseKind> = Documents[K];
export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Largest file we read: a 40-minute session is far below; a bigger file is a mistake or an attack. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

const isDocumentKind = (kind: ParseKind): kind is DocumentKind => kind !== 'rule' && kind !== 'event';

/** Context for checks that cross documents; the national E5 grid is the default. */
export interface ParseContext {
  grid?: Grid;
  catalogue?: Catalogue;
}

const crossChecks = (kind: ParseKind, value: unknown, context: ParseContext): Problem[] => {
  switch (kind) {
    case 'subject':
      return checkSubject(value as Subject, {
        grid: context.grid ?? DEFAULT_GRID,
        catalogue: context.catalogue,
      });
    case 'subject-package': {
      const pkg = value as SubjectPackage;
      return checkSubject(pkg.subject, { grid: pkg.grid, catalogue: pkg.catalogue }).map((p) => ({
        ...p,
        path: `subject.${p.path}`,
      }));
    }
    case 'bundle': {
      // The package a bundle carries is checked as it would be alone (reviewers read it from here).
      const pkg = (value as EvidenceBundle).subjectPackage;
      if (!pkg) return [];
      return checkSubject(pkg.subject, { grid: pkg.grid, catalogue: pkg.catalogue }).map((p) => ({
        ...p,
        path: `subjectPackage.subject.${p.path}`,
      }));
    }
    case 'rule':
      return checkRule(value as EvidenceRule, []);
    default:
      return [];
  }
};

/**
 * zod still runs a list's `.length(4)` on a text given instead of the list, which adds
 * "exactly 4 characters expected" to "expected array": keep only the type error at such a path.
 */
const withoutEchoes = (issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] => {
  const wrongType = new Set(issues.filter((i) => i.code === 'invalid_type').map((i) => formatPath(i.path)));
  return issues.filter(
    (i) => !((i.code === 'too_small' || i.code === 'too_big') && wrongType.has(formatPath(i.path))),
  );
};

/** UTF-8 size of a text, without encoding it (a lone surrogate counts 2, not 3: close enough). */
const utf8Bytes = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3;
  }
  return bytes;
};

export const parse = <K extends ParseKind>(
  kind: K,
  input: unknown,
  context: ParseContext = {},
): ParseResult<DocumentOf<K>> => {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return { ok: false, problems: [problem([], 'not-an-object')] };
    if (isDocumentKind(kind)) {
      const format = (input as { format?: unknown }).format;
      if (format !== formatOf(kind))
        return {
          ok: false,
          problems: [
            problem(['format'], 'wrong-format', { value: format ?? null, expected: formatOf(kind) }),
          ],
        };
    }
    const result = SCHEMAS[kind].safeParse(input, { reportInput: true });
    if (!result.success)
      return { ok: false, problems: withoutEchoes(result.error.issues).flatMap(fromZodIssue) };
    const problems = crossChecks(kind, result.data, context);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, value: result.data as DocumentOf<K> };
  } catch (error) {
    return {
      ok: false,
      problems: [problem([], 'internal', { detail: error instanceof Error ? error.message : String(error) })],
    };
  }
};

/** Parses JSON text first (size-capped), then the document. */
export const parseJson = <K extends ParseKind>(
  kind: K,
  text: string,
  context: ParseContext = {},
): ParseResult<DocumentOf<K>> => {
  // A UTF-16 unit is 1 to 3 UTF-8 bytes: count bytes only when the length alone cannot decide.
  const size = text.length > MAX_DOCUMENT_BYTES / 3 ? utf8Bytes(text) : text.length;
  if (size > MAX_DOCUMENT_BYTES) return { ok: false, problems: [problem([], 'too-large', { size })] };
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        problem([], 'json-syntax', { detail: error instanceof Error ? error.message : String(error) }),
      ],
    };
  }
  return parse(kind, input, context);
};

/** Guesses a document's kind from its `format` field. */
export const kindOf = (input: unknown): DocumentKind | undefined => {
  const format =
    typeof input === 'object' && input !== null ? (input as { format?: unknown }).format : undefined;
  const match = typeof format === 'string' ? /^temoin\.([a-z-]+)\/\d+$/.exec(format) : null;
  // `temoin.foo/1` is no kind of ours: say so rather than return "foo" typed as one.
  return (DOCUMENT_KINDS as readonly string[]).find((kind) => kind === match?.[1]) as
    | DocumentKind
    | undefined;
};
