import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EVENT_KINDS, type ParseKind, SCHEMAS } from '../shared/schema/index.ts';
import {
  buildSchemaFiles,
  jsonSchemaOf,
  SCHEMA_BASE_URL,
  SCHEMAS_DIR,
  schemaFileName,
  staleSchemaFiles,
  writeSchemaFiles,
} from './publish-schemas.ts';

const KINDS = Object.keys(SCHEMAS) as ParseKind[];
const DOCUMENT_KINDS = KINDS.filter((kind) => kind !== 'rule' && kind !== 'event');

describe('published JSON Schemas', () => {
  it.each(KINDS)('schemas/%s.schema.json is up to date (if not: run `npm run schemas`)', async (kind) => {
    const name = schemaFileName(kind);
    const committed = await readFile(join(SCHEMAS_DIR, name), 'utf8').catch(() => null);
    expect(committed, `schemas/${name} is missing or stale: run \`npm run schemas\``).toBe(
      buildSchemaFiles().get(name),
    );
  });

  it('schemas/ holds no file of a kind that no longer exists', async () => {
    expect(await staleSchemaFiles(), 'stale files in schemas/: run `npm run schemas`').toEqual([]);
  });

  it.each(KINDS)('%s: names itself and says what it describes', (kind) => {
    const schema = jsonSchemaOf(kind);
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${SCHEMA_BASE_URL}${kind}.schema.json`);
    expect(schema.title).toMatch(/^Témoin /);
  });

  it.each(DOCUMENT_KINDS)('%s: requires its format, and no other field than declared', (kind) => {
    const schema = jsonSchemaOf(kind) as {
      properties: Record<string, { const?: string }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.properties.format?.const).toBe(`temoin.${kind}/1`);
    expect(schema.required).toContain('format');
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes what may be written: fields with a default are optional', () => {
    const subject = jsonSchemaOf('subject') as { required: string[]; properties: Record<string, unknown> };
    expect(subject.required).not.toContain('durationMinutes');
    expect(subject.properties.durationMinutes).toMatchObject({ default: 40, minimum: 1, maximum: 240 });
    expect(subject.required).toEqual(expect.arrayContaining(['id', 'title', 'cms', 'letter', 'questions']));
  });

  it('has one variant per event kind', () => {
    const event = jsonSchemaOf('event') as { oneOf: { properties: { kind: { const: string } } }[] };
    expect(event.oneOf.map((variant) => variant.properties.kind.const).sort()).toEqual(
      [...EVENT_KINDS].sort(),
    );
  });
});

describe('publish-schemas --check', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('names missing, changed and left-over files, and nothing once written', async () => {
    dir = await mkdtemp(join(tmpdir(), 'temoin-schemas-'));
    expect(await staleSchemaFiles(dir)).toEqual([...buildSchemaFiles().keys()].sort());
    expect(await writeSchemaFiles(dir)).toHaveLength(KINDS.length);
    expect(await staleSchemaFiles(dir)).toEqual([]);
    expect(await writeSchemaFiles(dir)).toEqual([]);

    await writeFile(join(dir, 'grid.schema.json'), '{}\n');
    await writeFile(join(dir, 'old-kind.schema.json'), '{}\n');
    await writeFile(join(dir, 'README.md'), 'not a schema\n');
    expect(await staleSchemaFiles(dir)).toEqual(['grid.schema.json', 'old-kind.schema.json']);
  });
});
