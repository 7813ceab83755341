/**
 * Publishes the JSON Schema of every document Témoin reads, for editors and other tools:
 * schemas/<kind>.schema.json, generated from the zod schemas of shared/schema/.
 *
 *   npm run schemas                                   # (re)write the files
 *   node --import tsx scripts/publish-schemas.ts --check   # exit 1 naming stale files
 *
 * A JSON Schema says the shape (fields, types, lengths, patterns, enums) of what may be written:
 * it describes the *input* (fields with a default are optional). The checks that need code
 * (unknown criterion, unsafe pattern, chain count, final assessment needs a mark…) are only
 * in `parse` (shared/schema/index.ts).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type ParseKind, SCHEMAS } from '../shared/schema/index.ts';

export const SCHEMA_BASE_URL = 'https://temoin.example/schemas/';
export const SCHEMAS_DIR = fileURLToPath(new URL('../schemas/', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const ABOUT: Record<ParseKind, [title: string, description: string]> = {
  grid: [
    'Témoin evaluation grid',
    'Competences, sub-competences and criteria, the level scale and the fields of the fiche (temoin.grid/1).',
  ],
  catalogue: [
    'Témoin catalogue of operational competences',
    'The compétences opérationnelles of one CMS for one exam session (temoin.catalogue/1).',
  ],
  subject: [
    'Témoin exam subject',
    'Company context, variables, annexes and questions with their criteria and evidence rules (temoin.subject/1).',
  ],
  session: [
    'Témoin exam session',
    'A candidate’s exam session on one workstation, as the extension stores it (temoin.session/1).',
  ],
  bundle: [
    'Témoin evidence bundle',
    'A session with all its capture events and the head of their SHA-256 chain (temoin.bundle/1).',
  ],
  assessment: [
    'Témoin assessment',
    'The examiner’s assessment of one bundle: levels, comments, notes and the mark (temoin.assessment/1).',
  ],
  'subject-package': [
    'Témoin subject package',
    'Grid, catalogue and subject in one file, with the SHA-256 of their JCS form (temoin.subject-package/1).',
  ],
  rule: [
    'Témoin evidence rule',
    'Which capture events count as evidence for which criteria; a part of a subject’s question.',
  ],
  event: [
    'Témoin capture event',
    'One observation of a session, sealed in its chain; a part of a bundle. One variant per `kind`.',
  ],
};

export const schemaFileName = (kind: ParseKind): string => `${kind}.schema.json`;

/** The JSON Schema of one kind, as it is published. */
export const jsonSchemaOf = (kind: ParseKind): Record<string, unknown> => {
  const { $schema, ...rest } = z.toJSONSchema(SCHEMAS[kind], { io: 'input', unrepresentable: 'any' });
  const [title, description] = ABOUT[kind];
  return { $schema, $id: `${SCHEMA_BASE_URL}${schemaFileName(kind)}`, title, description, ...rest };
};

/** Every published file: name → text (two-space JSON and a final newline). */
export const buildSchemaFiles = (): Map<string, string> =>
  new Map(
    (Object.keys(SCHEMAS) as ParseKind[]).map((kind) => [
      schemaFileName(kind),
      `${JSON.stringify(jsonSchemaOf(kind), null, 2)}\n`,
    ]),
  );

const readOrNull = async (path: string): Promise<string | null> => {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
};

/** Files of `dir` that differ from what would be generated, are missing, or are left over. */
export const staleSchemaFiles = async (dir: string = SCHEMAS_DIR): Promise<string[]> => {
  const expected = buildSchemaFiles();
  const stale: string[] = [];
  for (const [name, text] of expected) if ((await readOrNull(join(dir, name))) !== text) stale.push(name);
  const present = await readdir(dir).catch(() => [] as string[]);
  for (const name of present) if (name.endsWith('.schema.json') && !expected.has(name)) stale.push(name);
  return stale.sort();
};

/** Writes every file; returns the names of those that changed. */
export const writeSchemaFiles = async (dir: string = SCHEMAS_DIR): Promise<string[]> => {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of buildSchemaFiles()) {
    if ((await readOrNull(join(dir, name))) === text) continue;
    await writeFile(join(dir, name), text, 'utf8');
    written.push(name);
  }
  return written;
};

const main = async (): Promise<number> => {
  const shown = (name: string) => relative(ROOT, join(SCHEMAS_DIR, name));
  if (process.argv.includes('--check')) {
    const stale = await staleSchemaFiles();
    for (const name of stale) console.error(`stale  ${shown(name)}`);
    if (stale.length > 0)
      console.error(`${stale.length} JSON Schema file(s) out of date: run npm run schemas`);
    else console.log(`${buildSchemaFiles().size} JSON Schema files up to date`);
    return stale.length > 0 ? 1 : 0;
  }
  const written = await writeSchemaFiles();
  for (const name of written) console.log(`written  ${shown(name)}`);
  const leftOver = (await staleSchemaFiles()).filter((name) => !buildSchemaFiles().has(name));
  for (const name of leftOver) console.error(`left over (no such kind, delete it)  ${shown(name)}`);
  console.log(`${buildSchemaFiles().size} JSON Schema files, ${written.length} changed`);
  return leftOver.length > 0 ? 1 : 0;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
