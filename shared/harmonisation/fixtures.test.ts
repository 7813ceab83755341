import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixtures, HARMONISATION_DIR } from '../../tests/fixtures/harmonisation/generate.ts';

describe('committed harmonisation fixtures', () => {
  it('are what the generator builds (run tests/fixtures/harmonisation/generate.ts after a change)', async () => {
    const files = await buildFixtures();
    const onDisk = ['assessments', 'bundles', 'duplicates', 'bad']
      .flatMap((folder) => readdirSync(join(HARMONISATION_DIR, folder)).map((name) => `${folder}/${name}`))
      .concat('expected.json')
      .sort();
    expect(onDisk).toEqual(Object.keys(files).sort());
    // Values, not bytes: the formatter lays short arrays out on one line.
    for (const [path, text] of Object.entries(files))
      expect(JSON.parse(readFileSync(join(HARMONISATION_DIR, path), 'utf8')), path).toEqual(JSON.parse(text));
  });
});
