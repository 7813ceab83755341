/**
 * The source files the architecture checks read, and their imports as the TypeScript compiler's
 * pre-processor sees them (static and dynamic `import`, `export … from`, `import type`).
 * Files are found by walking the folders, so a fixture tree in a temporary folder is checked
 * exactly like the repository.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** Folders of the code base; tests/ and scripts/ are read for sizes only when asked. */
export const APP_ROOTS = ['extension', 'grid-editor', 'shared', 'station'] as const;
export const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.js', '.mjs', '.css']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.output', '.wxt', 'dist']);

export interface SourceFile {
  /** Path from the repository root with `/` separators: `shared/rules/text.ts`. */
  path: string;
  text: string;
}

export interface Import {
  /** As written: `../text.ts`, `zod`, `node:fs`. */
  specifier: string;
  /** Repository path of the file a relative specifier names; null for a package. */
  target: string | null;
  line: number;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Every source file below the given folders of `root`, sorted by path. */
export const readSources = (root: string, folders: readonly string[]): SourceFile[] => {
  const files: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (SOURCE_EXTENSIONS.has(extname(name)) && !name.endsWith('.d.ts'))
        files.push({ path: toPosix(relative(root, full)), text: readFileSync(full, 'utf8') });
    }
  };
  for (const folder of folders) if (existsSync(join(root, folder))) walk(join(root, folder));
  return files.sort((a, b) => a.path.localeCompare(b.path));
};

const CODE = new Set(['.ts', '.tsx', '.mts', '.js', '.mjs']);

/** Resolves `./x`, `./x.ts`, `./x/index.ts` against the set of known files. */
const resolveRelative = (from: string, specifier: string, known: ReadonlySet<string>): string => {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  if (known.has(base)) return base;
  for (const ending of ['.ts', '.tsx', '/index.ts', '/index.tsx'])
    if (known.has(base + ending)) return base + ending;
  return base;
};

/** The imports of one file; CSS files have none that matter here. */
export const importsOf = (file: SourceFile, known: ReadonlySet<string>): Import[] => {
  if (!CODE.has(extname(file.path))) return [];
  const info = ts.preProcessFile(file.text, true, true);
  const lineOf = (pos: number) => file.text.slice(0, pos).split('\n').length;
  return info.importedFiles.map(({ fileName, pos }) => ({
    specifier: fileName,
    target: fileName.startsWith('.') ? resolveRelative(file.path, fileName, known) : null,
    line: lineOf(pos),
  }));
};

/** The package a bare specifier names: `@scope/name`, `name`, or `node:fs` as is. */
export const packageOf = (specifier: string): string => {
  if (specifier.startsWith('node:') || specifier.startsWith('#')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
};

/** Tests, and what only tests use: `testing/` and `fixtures/` folders, `testing*.ts`, `fixtures.ts`. */
export const isTestFile = (path: string): boolean => {
  if (path.startsWith('tests/') || /\.test\.[cm]?[jt]sx?$/.test(path)) return true;
  const parts = path.split('/');
  const name = parts.pop()!;
  return (
    parts.some((part) => part === 'testing' || part === 'fixtures') ||
    /^(testing|fixtures)([.-]|$)/.test(name)
  );
};
