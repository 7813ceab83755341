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
const [SOURCES = '', NOT_YET_LOCATED = ''] = readFileSync(`${ROOT}docs/sources.md`, 'utf8').split(
  /^## Not yet located$/m,
);
/** Files read in a copy of unknown release, awaiting their lines (`source.unlocated`). */
const unlocatedSources = new Set(
  [...NOT_YET_LOCATED.matchAll(/^\| `([\w.-]+\/[\w.-]+@[\w.-]+:[^`\s#]+)` +\|/gm)].map((m) => m[1]!),
);
/**
 * `owner/repo@ref:path#L<a>-L<b>`: lines of a product's file at a tag or commit — the only form
 * a reader can open and check. A file of this repository (the demo site) is cited by its path.
 */
const CITATION = /^([\w.-]+\/[\w.-]+)@([\w.-]+):([^\s#]+)#L(\d+)-L(\d+)$/;
/** Anything shaped like a product citation inside a fixture's prose, to check it the same way. */
const CITED_IN_PROSE = /[\w.-]+\/[\w.-]+@[\w.-]+:[^\s,;()`'"]+/g;
/** docs/sources.md rows: `owner/repo@ref:path` (no anchor) and how and when it was read. */
const listedSources = new Map(
  [...SOURCES.matchAll(/^\| `([\w.-]+\/[\w.-]+@[\w.-]+:[^`\s#]+)` +\| ([^|]+)\|/gm)].map(
    (m) => [m[1]!, m[2]!.trim()] as const,
  ),
);
/** Why `citation` cannot be checked, or undefined when it can. */
const citationProblem = (citation: string): string | undefined => {
  const match = CITATION.exec(citation);
  if (!match) return `${citation}: not of the form owner/repo@ref:path#L<a>-L<b>`;
  if (Number(match[4]) < 1 || Number(match[4]) > Number(match[5]))
    return `${citation}: the line range is empty`;
  const file = citation.replace(/#L.*$/, '');
  const read = listedSources.get(file);
  if (read === undefined) return `${file} is not listed in docs/sources.md`;
  if (!/\bread 20\d\d-\d\d-\d\d\b/.test(read) || /not re-read/.test(read))
    return `${file}: docs/sources.md does not say when it was read at ${match[2]}`;
  return undefined;
};
/**
 * Detectors whose product files are all still « not yet located »: none today. A detector named
 * here must cite no line-exact source, and leaves the list when one of its files is located.
 */
const ONLY_UNLOCATED = new Set<string>([]);
/** Fixture folders recorded from or rebuilt after a product: they cite its source. */
const PRODUCT_FIXTURES = new Set(['prestashop', 'wordpress', 'evershop']);

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
      expect(detector.source.files.length + (detector.source.unlocated?.length ?? 0)).toBeGreaterThan(0);
      // A detector of a real product cites at least one line-exact source; the few whose every
      // file still awaits its lines are named here, and leave the list once one is located.
      const located = detector.source.files.filter((file) => CITATION.test(file)).length;
      const citesProduct = [...detector.source.files, ...(detector.source.unlocated ?? [])].some((file) =>
        /^[\w.-]+\/[\w.-]+@/.test(file),
      );
      if (citesProduct)
        expect(located > 0, `${detector.id} cites no line-exact source`).toBe(
          !ONLY_UNLOCATED.has(detector.id),
        );
      for (const file of detector.source.files) {
        // A file of this repository (the demo site) must exist; anything else is a product's
        // source file at a version, listed in docs/sources.md with the date it was read.
        if (/^(tests|shared|extension|demo)\//.test(file)) {
          expect(existsSync(ROOT + file.replace(/\s*\(.*\)$/, '')), file).toBe(true);
          continue;
        }
        expect(citationProblem(file)).toBeUndefined();
      }
      for (const file of detector.source.unlocated ?? [])
        expect(unlocatedSources, `${file} is listed under « Not yet located »`).toContain(file);
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
    const listed = [...listedSources.keys()][0]!;
    for (const bad of [
      'shared/reference-sites/wordpress/NOTES.md',
      'PrestaShop/PrestaShop:controllers/admin/AdminCartRulesController.php#L1-L2',
      'PrestaShop/PrestaShop@8.2.0:controllers/admin/AdminCartRulesController.php (postProcess)',
      'https://schema.org/Order',
      listed,
      `${listed}#L12`,
      `${listed}#L20-L10`,
      `${listed}#L0-L0`,
      `${listed.replace('@', '@0.0.0-never-read')}#L1-L2`,
      `${listed.replace(/:.*$/, ':never/listed.php')}#L1-L2`,
    ])
      expect(citationProblem(bad), bad).toBeDefined();
    expect(citationProblem(`${listed}#L1-L2`)).toBeUndefined();
    expect(readme).not.toContain('reference-sites/');
  });

  it('lists in docs/sources.md only files that are cited, each with the day it was read', async () => {
    const cited = new Set<string>();
    for (const detector of registeredDetectors())
      for (const file of detector.source.files) cited.add(file.replace(/#L.*$/, ''));
    for (const { text } of fixtureTexts())
      for (const [citation] of text.matchAll(CITED_IN_PROSE)) cited.add(citation.replace(/#L.*$/, ''));
    expect([...listedSources.keys()].filter((file) => !cited.has(file))).toEqual([]);
    const unlocated = new Set([
      ...registeredDetectors().flatMap((detector) => detector.source.unlocated ?? []),
      ...fixtureTexts().flatMap((fixture) => fixture.unlocated),
    ]);
    expect([...unlocatedSources].filter((file) => !unlocated.has(file))).toEqual([]);
    for (const [file, read] of listedSources) expect(read, file).toMatch(/\bread 20\d\d-\d\d-\d\d\b/);
  });

  it('gives every fixture its source, product fixtures as checkable citations', () => {
    for (const { folder, name, raw, text, unlocated } of fixtureTexts()) {
      if (name.endsWith('.json'))
        expect((JSON.parse(raw) as { _source?: string })._source, name).toMatch(/\S{20}/);
      else expect(raw, name).toMatch(/^<!-- Source: /);
      const citations = [...text.matchAll(CITED_IN_PROSE)].map(([citation]) => citation);
      // A JSON product fixture is rebuilt from the product's source: it says from which lines.
      if (PRODUCT_FIXTURES.has(folder) && name.endsWith('.json'))
        expect(citations.length + unlocated.length, `${folder}/${name} cites its product`).toBeGreaterThan(0);
      for (const citation of citations)
        expect(citationProblem(citation), `${folder}/${name}`).toBeUndefined();
      for (const file of unlocated) expect(unlocatedSources, `${folder}/${name}`).toContain(file);
    }
  });
});

/**
 * Every fixture with what it cites: JSON fixtures in `_sources` (line-exact), `_unlocated` (not
 * yet located) and their `_source` prose, HTML ones in their first comment.
 */
function fixtureTexts(): { folder: string; name: string; raw: string; text: string; unlocated: string[] }[] {
  return readdirSync(FIXTURES).flatMap((folder) =>
    readdirSync(FIXTURES + folder).map((name) => {
      const raw = readFileSync(`${FIXTURES}${folder}/${name}`, 'utf8');
      if (name.endsWith('.json')) {
        const json = JSON.parse(raw) as { _source?: string; _sources?: string[]; _unlocated?: string[] };
        const text = [json._source ?? '', ...(json._sources ?? [])].join('\n');
        return { folder, name, raw, text, unlocated: json._unlocated ?? [] };
      }
      if (name.endsWith('.html'))
        return { folder, name, raw, text: /^<!--[\s\S]*?-->/.exec(raw)?.[0] ?? '', unlocated: [] };
      throw new Error(`Unexpected fixture ${folder}/${name}`);
    }),
  );
}
