/**
 * The detectors' meta-test (as refined-github checks its features): every detector file is
 * registered through index.ts, documented (what, from which request or markup, checked
 * against which product source and version), tested next to itself, listed in the README; ids
 * are unique and named after their adapter and file; every fixture names its source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import './index.ts';
import { registeredAdapters, registeredDetectors } from './registry.ts';
import type { Detector } from './types.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/adapters/', import.meta.url));
const ADAPTER_FOLDERS = ['wordpress', 'prestashop', 'commerce', 'demo'] as const;
/** Helpers beside the detectors (no `registerDetector` call). */
const NOT_DETECTORS = new Set(['adapter.ts', 'lib.ts', 'outcome.ts', 'refusal.ts', 'form-save.ts']);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = readFileSync(`${ROOT}docs/sources.md`, 'utf8');
/** `owner/repo@ref:path`, optionally `#L<a>` or `#L<a>-L<b>`: a file of a product at a version. */
const CITATION = /^([\w.-]+\/[\w.-]+)@([\w.-]+):([^\s#]+)(#L\d+(-L\d+)?)?$/;
/** The citations docs/sources.md lists (backticked, without line anchors). */
const listedSources = new Set(
  [...SOURCES.matchAll(/`([\w.-]+\/[\w.-]+@[\w.-]+:[^`\s#]+)`/g)].map((m) => m[1]!),
);

const detectorFiles = ADAPTER_FOLDERS.flatMap((folder) =>
  readdirSync(HERE + folder)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !NOT_DETECTORS.has(name))
    .map((name) => ({ folder, name, base: name.slice(0, -3) })),
);
const index = readFileSync(`${HERE}index.ts`, 'utf8');
const readme = readFileSync(`${HERE}README.md`, 'utf8');

describe('adapters meta-test', () => {
  it('finds detector files in every adapter folder', () => {
    for (const folder of ADAPTER_FOLDERS) {
      expect(
        detectorFiles.some((file) => file.folder === folder),
        folder,
      ).toBe(true);
      expect(
        registeredAdapters().some((adapter) => adapter.id === folder),
        `${folder}/adapter.ts registered`,
      ).toBe(true);
      expect(index).toContain(`import './${folder}/adapter.ts';`);
    }
  });

  describe.each(detectorFiles)('$folder/$name', ({ folder, name, base }) => {
    it('is imported by index.ts and registers its default export', async () => {
      expect(index).toContain(`import './${folder}/${name}';`);
      const module = (await import(`./${folder}/${name}`)) as { default?: Detector };
      expect(module.default, 'default export').toBeDefined();
      expect(registeredDetectors()).toContain(module.default);
      expect(module.default!.id).toBe(`${folder}.${base}`);
      expect(module.default!.adapter).toBe(folder);
    });

    it('documents what it detects and the product source it was checked against', async () => {
      const { default: detector } = (await import(`./${folder}/${name}`)) as { default: Detector };
      expect(detector.description.length, 'description').toBeGreaterThan(40);
      expect(detector.observes.length).toBeGreaterThan(0);
      expect(detector.source.product).toMatch(/\S/);
      expect(detector.source.versions.length).toBeGreaterThan(0);
      expect(detector.source.files.length).toBeGreaterThan(0);
      for (const file of detector.source.files) {
        // A file of this repository (the demo site) must exist; anything else is a product's
        // source file at a version, listed in docs/sources.md with the date it was read.
        if (/^(tests|shared|extension|demo)\//.test(file)) {
          expect(existsSync(ROOT + file.replace(/\s*\(.*\)$/, '')), file).toBe(true);
          continue;
        }
        expect(file, 'owner/repo@ref:path(#La-Lb)').toMatch(CITATION);
        expect(listedSources, `${file} is listed in docs/sources.md`).toContain(file.replace(/#L.*$/, ''));
      }
      expect(readFileSync(`${HERE}${folder}/${name}`, 'utf8')).toMatch(/^\/\*\*/);
    });

    it('has a test file and a README line', () => {
      expect(readdirSync(HERE + folder)).toContain(`${base}.test.ts`);
      expect(readme).toContain(`\`${folder}.${base}\``);
    });
  });

  it('registers nothing that has no file, and ids are unique', () => {
    const ids = registeredDetectors().map((detector) => detector.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(detectorFiles.map(({ folder, base }) => `${folder}.${base}`).sort());
  });

  it('refuses citations it cannot check', () => {
    for (const bad of [
      'shared/reference-sites/wordpress/NOTES.md',
      'PrestaShop/PrestaShop:controllers/admin/AdminCartRulesController.php',
      'PrestaShop/PrestaShop@8.2.0:controllers/admin/AdminCartRulesController.php (postProcess)',
      'https://schema.org/Order',
    ])
      expect(CITATION.test(bad), bad).toBe(false);
    expect(CITATION.test('PrestaShop/PrestaShop@1.7.8.10:classes/CartRule.php#L10-L20')).toBe(true);
    expect(readme).not.toContain('reference-sites/');
  });

  it('gives every fixture its source', () => {
    for (const folder of readdirSync(FIXTURES))
      for (const name of readdirSync(FIXTURES + folder)) {
        const text = readFileSync(`${FIXTURES}${folder}/${name}`, 'utf8');
        if (name.endsWith('.json'))
          expect((JSON.parse(text) as { _source?: string })._source, name).toMatch(/\S{20}/);
        else if (name.endsWith('.html')) expect(text, name).toMatch(/^<!-- Source: /);
        else throw new Error(`Unexpected fixture ${folder}/${name}`);
      }
  });
});
