/**
 * Export: a subject becomes the one file a centre imports into the extension — a subject
 * package (grid + catalogue + subject, normalised by their schemas, with its SHA-256 hash,
 * see shared/bundle/package-hash.ts). The package is read back with the extension's own
 * reader before it is offered, so a file the popup would refuse is never written. A grid or
 * catalogue exports as itself.
 */
import { buildSubjectPackage } from '../../../shared/bundle/package-hash.ts';
import { catalogueFor, DEFAULT_GRID } from '../../../shared/grid/index.ts';
import {
  type Catalogue,
  type Grid,
  type Problem,
  parse,
  parseJson,
  problem,
} from '../../../shared/schema/index.ts';
import { bilingual } from '../i18n.ts';
import type { EditorDocument } from './document.ts';
import { asRecord, joinPath, parsePath } from './json-path.ts';
import { SUBJECT_PACKAGE_SUFFIX } from './templates.ts';

export type ExportOutcome = { ok: true; fileName: string; text: string } | { ok: false; problems: Problem[] };

const at = (base: string, problems: readonly Problem[]): Problem[] =>
  base ? problems.map((p) => ({ ...p, path: joinPath(base, ...parsePath(p.path)) })) : [...problems];

/** The committed form of a JSON document: two spaces, a final newline. */
export const serialize = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const safeName = (id: string): string => id.replace(/[^A-Za-z0-9._-]/g, '-') || 'document';

/** A valid grid and catalogue for a standalone subject: open documents first, then the national ones. */
const contextFor = (
  subject: Record<string, unknown>,
  documents: readonly EditorDocument[],
): { grid?: unknown; catalogue?: unknown } => {
  const open = (kind: 'grid' | 'catalogue', id: unknown) =>
    documents.find((doc) => doc.kind === kind && asRecord(doc.value).id === id)?.value;
  const cms = subject.cms;
  const national = cms === 'wordpress' || cms === 'prestashop' ? catalogueFor(cms) : undefined;
  return {
    grid: open('grid', subject.gridId) ?? (subject.gridId === DEFAULT_GRID.id ? DEFAULT_GRID : undefined),
    catalogue:
      open('catalogue', subject.catalogueId) ??
      (national && (subject.catalogueId === undefined || subject.catalogueId === national.id)
        ? national
        : undefined),
  };
};

const buildPackage = async (
  parts: { grid: unknown; catalogue: unknown; subject: unknown },
  paths: { grid: string; catalogue: string; subject: string },
): Promise<ExportOutcome> => {
  const grid = parse('grid', parts.grid);
  const catalogue = parse('catalogue', parts.catalogue);
  const problems = [
    ...(grid.ok ? [] : at(paths.grid, grid.problems)),
    ...(catalogue.ok ? [] : at(paths.catalogue, catalogue.problems)),
  ];
  if (!grid.ok || !catalogue.ok) return { ok: false, problems };
  const subject = parse('subject', parts.subject, {
    grid: grid.value as Grid,
    catalogue: catalogue.value as Catalogue,
  });
  if (!subject.ok) return { ok: false, problems: at(paths.subject, subject.problems) };
  const pkg = await buildSubjectPackage({
    grid: grid.value,
    catalogue: catalogue.value,
    subject: subject.value,
  });
  const text = serialize(pkg);
  // What the popup will do with it: read it back, whole.
  const check = parseJson('subject-package', text);
  if (!check.ok) return { ok: false, problems: check.problems };
  return { ok: true, fileName: `${safeName(subject.value.id)}${SUBJECT_PACKAGE_SUFFIX}`, text };
};

/** The file to download for a document: a package for a subject, the document itself otherwise. */
export const exportDocument = async (
  doc: EditorDocument,
  documents: readonly EditorDocument[] = [],
): Promise<ExportOutcome> => {
  const value = asRecord(doc.value);
  switch (doc.kind) {
    case 'subject-package':
      return buildPackage(
        { grid: value.grid, catalogue: value.catalogue, subject: value.subject },
        { grid: 'grid', catalogue: 'catalogue', subject: 'subject' },
      );
    case 'subject': {
      const { grid, catalogue } = contextFor(value, documents);
      if (grid === undefined)
        return {
          ok: false,
          problems: [problem(['gridId'], 'grid-mismatch', { expected: value.gridId, value: null })],
        };
      if (catalogue === undefined)
        return {
          ok: false,
          problems: [{ path: 'catalogueId', code: 'no-catalogue', ...bilingual('export.noCatalogue') }],
        };
      return buildPackage({ grid, catalogue, subject: value }, { grid: '', catalogue: '', subject: '' });
    }
    default: {
      const parsed = parse(doc.kind, doc.value);
      if (!parsed.ok) return { ok: false, problems: parsed.problems };
      const id = typeof value.id === 'string' ? value.id : doc.name.replace(/\.json$/, '');
      return { ok: true, fileName: `${safeName(id)}.json`, text: serialize(parsed.value) };
    }
  }
};
