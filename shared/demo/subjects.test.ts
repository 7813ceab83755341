import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { packageContentHash } from '../bundle/package-hash.ts';
import { catalogueFor, DEFAULT_GRID } from '../grid/index.ts';
import { parse, type Subject, type SubjectInput, type SubjectPackage } from '../schema/index.ts';
import {
  buildDemoPackages,
  DEMO_ECOMMERCE_A,
  DEMO_PACKAGES_DIR,
  DEMO_SUBJECTS,
  DEMO_WORDPRESS_A,
  packageFileName,
  serializePackage,
} from './index.ts';

const repoRoot = new URL('../../', import.meta.url);
const VARIABLE = /\{\{\s*([^}\s]*)\s*\}\}/g;
const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

const parsed = (input: SubjectInput): Subject => {
  const catalogue = catalogueFor(input.cms);
  const result = parse('subject', input, { grid: DEFAULT_GRID, catalogue });
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
};

describe.each([
  { subject: DEMO_WORDPRESS_A, cms: 'wordpress', letter: 'A', catalogueId: 'wordpress-2025' },
  { subject: DEMO_ECOMMERCE_A, cms: 'prestashop', letter: 'B', catalogueId: 'prestashop-2025' },
])('demo subject $subject.id', ({ subject: input, cms, letter, catalogueId }) => {
  it('parses against the national grid and its catalogue with no problems', () => {
    const catalogue = catalogueFor(input.cms);
    expect(catalogue?.id).toBe(catalogueId);
    const result = parse('subject', input, { grid: DEFAULT_GRID, catalogue });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('is labelled like a national subject: CMS, letter, code, 40 minutes', () => {
    const subject = parsed(input);
    expect(subject.cms).toBe(cms);
    expect(subject.letter).toBe(letter);
    expect(subject.code).toMatch(/^DEMO-E5-(WP|PS)-[A-Z]$/);
    expect(subject.durationMinutes).toBe(40);
    expect(subject.catalogueId).toBe(catalogueId);
    expect(subject.gridId).toBe(DEFAULT_GRID.id);
  });

  // Graded rules: one rule per requirement of the question (an article asks for eight), each
  // question saying what is left to the examiner and the thresholds it suggests levels with.
  it('has five questions numbered 1 to 5, each with 1 to 8 rules, compétences and aspects left to the examiner', () => {
    const subject = parsed(input);
    expect(subject.questions.map((question) => question.number)).toEqual([1, 2, 3, 4, 5]);
    for (const question of subject.questions) {
      expect(question.rules.length, question.id).toBeGreaterThanOrEqual(1);
      expect(question.rules.length, question.id).toBeLessThanOrEqual(8);
      expect(question.competences.length, question.id).toBeGreaterThan(0);
      expect(question.examinerAspects?.length, question.id).toBeGreaterThan(0);
      expect(question.thresholds, question.id).toBeDefined();
    }
  });

  it('has a text, a table of at least 6 rows and an image annex, each used by a question', () => {
    const subject = parsed(input);
    expect(new Set(subject.annexes.map((annex) => annex.type))).toEqual(new Set(['text', 'table', 'image']));
    const used = new Set(subject.questions.flatMap((question) => question.annexes));
    for (const annex of subject.annexes) expect(used.has(annex.id), annex.id).toBe(true);
    const firstText = subject.annexes.find((annex) => annex.type === 'text');
    expect(firstText?.type === 'text' && words(firstText.text)).toBeGreaterThanOrEqual(200);
    const table = subject.annexes.find((annex) => annex.type === 'table');
    expect(table?.type === 'table' && table.rows.length).toBeGreaterThanOrEqual(6);
  });

  it('declares keyword and voucher, and every variable its texts use', () => {
    const subject = parsed(input);
    const names = new Set(subject.variables.map((variable) => variable.name));
    expect(names).toContain('keyword');
    expect(names).toContain('voucher');
    const texts = subject.questions.flatMap((question) => [question.title, question.instructions]);
    const used = texts.flatMap((text) => [...text.matchAll(VARIABLE)].map((match) => match[1]));
    for (const name of used) expect(names.has(name ?? ''), name).toBe(true);
  });

  it('writes instructions in Markdown without raw HTML', () => {
    for (const question of parsed(input).questions) {
      expect(question.instructions.length, question.id).toBeGreaterThan(50);
      expect(question.instructions, question.id).not.toMatch(/<\/?[a-z!]/i);
    }
  });
});

describe('demo subject packages', () => {
  it('builds one package per demo subject', async () => {
    const packages = await buildDemoPackages();
    expect(packages.map((pkg) => pkg.subject.id)).toEqual(DEMO_SUBJECTS.map((subject) => subject.id));
  });

  it('parse as subject packages whose hash is the hash of their contents', async () => {
    for (const pkg of await buildDemoPackages()) {
      const result = parse('subject-package', JSON.parse(serializePackage(pkg)));
      expect(result.ok ? [] : result.problems).toEqual([]);
      if (!result.ok) continue;
      // The reader's normalised form hashes to the same value: defaults were filled before hashing.
      expect(await packageContentHash(result.value)).toBe(pkg.hash.value);
      expect(result.value.hash).toEqual({ algorithm: 'sha256-jcs', value: pkg.hash.value });
    }
  });

  it('pair each subject with the grid and the catalogue of its CMS', async () => {
    for (const pkg of await buildDemoPackages()) {
      expect(pkg.grid.id).toBe(DEFAULT_GRID.id);
      expect(pkg.catalogue.id).toBe(pkg.subject.catalogueId);
      expect(pkg.catalogue.cms).toBe(pkg.subject.cms);
    }
  });

  it('are committed up to date under demo/subjects (run scripts/build-demo-packages.ts)', async () => {
    for (const pkg of await buildDemoPackages()) {
      const file = new URL(`${DEMO_PACKAGES_DIR}/${packageFileName(pkg)}`, repoRoot);
      const committed = await readFile(file, 'utf8');
      expect(committed, packageFileName(pkg)).toBe(serializePackage(pkg));
    }
  });

  it('detect a subject changed by one character after hashing', async () => {
    const [pkg] = await buildDemoPackages();
    const tampered = structuredClone(pkg) as SubjectPackage;
    const voucher = tampered.subject.variables.find((variable) => variable.name === 'voucher')!;
    voucher.value = voucher.value.replace(/5$/, '6');
    expect(voucher.value).toBe('OLEANE6');
    expect(parse('subject-package', tampered).ok).toBe(true); // still well formed…
    expect(await packageContentHash(tampered)).not.toBe(tampered.hash.value); // …but no longer the same
    expect(await packageContentHash(pkg!)).toBe(pkg!.hash.value);
  });
});
