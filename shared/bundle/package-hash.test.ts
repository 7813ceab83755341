import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Doc, valid } from '../../tests/fixtures/documents/index.ts';
import { parse } from '../schema/index.ts';
import { canonicalize } from './jcs.ts';
import { buildSubjectPackage, packageContentHash } from './package-hash.ts';
import { sha256Hex } from './sha256.ts';

const contents = () => {
  const pkg = valid('subject-package');
  return { grid: pkg.grid, catalogue: pkg.catalogue, subject: pkg.subject };
};

/** The same value with every object's keys in reverse order. */
const reversed = (value: unknown): Doc =>
  JSON.parse(JSON.stringify(value), (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
  );

describe('subject package hash', () => {
  it('is SHA-256 of the JCS of { catalogue, grid, subject }', async () => {
    const { grid, catalogue, subject } = contents();
    const expected = createHash('sha256')
      .update(canonicalize({ catalogue, grid, subject }), 'utf8')
      .digest('hex');
    expect(await packageContentHash({ subject, grid, catalogue })).toBe(expected);
    expect(valid('subject-package').hash.value).toBe(expected);
  });

  it('does not depend on key order, at any depth', async () => {
    const original = contents();
    const shuffled = reversed(original);
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(original));
    expect(await packageContentHash(shuffled)).toBe(await packageContentHash(original));
  });

  it('is the same every time', async () => {
    const hashes = await Promise.all([1, 2, 3].map(() => packageContentHash(contents())));
    expect(new Set(hashes).size).toBe(1);
  });

  it('changes when one character of the subject changes', async () => {
    const changed = contents();
    changed.subject.variables[0].value = 'thé vert bi0';
    expect(await packageContentHash(changed)).not.toBe(await packageContentHash(contents()));
  });

  it('changes when two questions are reordered (lists keep their order)', async () => {
    const changed = contents();
    changed.subject.questions.reverse();
    expect(await packageContentHash(changed)).not.toBe(await packageContentHash(contents()));
  });

  it('buildSubjectPackage makes a package the reader accepts', async () => {
    const pkg = await buildSubjectPackage(contents());
    expect(pkg).toEqual(valid('subject-package'));
    expect(parse('subject-package', pkg)).toEqual({ ok: true, value: pkg });
  });
});

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('hashes %j like the FIPS 180-2 examples', async (text, expected) => {
    expect(await sha256Hex(text)).toBe(expected);
  });

  it('hashes the UTF-8 bytes of the text', async () => {
    const text = 'thé € 😀 \u2028';
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});
