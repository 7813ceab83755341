/**
 * Properties of the readers over generated inputs: whatever comes in, `parse` answers (no
 * exception, no internal error) and every problem says where and what, in French and English.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Doc, valid, validFiles } from '../../tests/fixtures/documents/index.ts';
import { type ParseKind, type ParseResult, parse, parseJson, SCHEMAS } from './index.ts';

const KINDS = Object.keys(SCHEMAS) as ParseKind[];
/** Generous: these run hundreds of parses each, on a machine that may be busy. */
const SLOW = 60_000;
const FILE_KIND: Record<string, ParseKind> = {
  grid: 'grid',
  catalogue: 'catalogue',
  subject: 'subject',
  session: 'session',
  bundle: 'bundle',
  assessment: 'assessment',
  'assessment-draft': 'assessment',
  'subject-package': 'subject-package',
  rule: 'rule',
  event: 'event',
};

/** Every value `fast-check` can make, oddities included. */
const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** The result is well formed; a refusal names real problems, never an internal error. */
const wellFormed = (result: ParseResult<unknown>): void => {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(typeof problem.code).toBe('string');
    expect(problem.code).not.toBe('internal');
    expect(problem.fr).toEqual(expect.any(String));
    expect(problem.en).toEqual(expect.any(String));
    expect(problem.fr.length).toBeGreaterThan(0);
    expect(problem.en.length).toBeGreaterThan(0);
  }
};

const safely = (run: () => ParseResult<unknown>): ParseResult<unknown> => {
  let result: ParseResult<unknown> | undefined;
  expect(() => {
    result = run();
  }).not.toThrow();
  return result!;
};

/** Paths (lists of keys) of every value inside a JSON document, the document itself excluded. */
const pathsOf = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
};

type Mutation = { type: 'delete' } | { type: 'replace'; value: unknown } | { type: 'unknown-key' };

const mutate = (doc: Doc, path: (string | number)[], mutation: Mutation): Doc => {
  if (path.length === 0) return doc;
  const parent = path.slice(0, -1).reduce((node, key) => node[key], doc);
  const key = path[path.length - 1]!;
  if (mutation.type === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (mutation.type === 'replace') parent[key] = mutation.value;
  else if (typeof parent[key] === 'object' && parent[key] !== null && !Array.isArray(parent[key]))
    parent[key].zzUnexpected = 1;
  return doc;
};

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant<Mutation>({ type: 'delete' }),
  fc.constant<Mutation>({ type: 'unknown-key' }),
  anything.map((value): Mutation => ({ type: 'replace', value })),
  fc
    .oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null))
    .map((value): Mutation => ({ type: 'replace', value })),
);

describe('parse never throws', () => {
  it.each(KINDS)(
    '%s: for any value',
    (kind) => {
      fc.assert(
        fc.property(anything, (input) => {
          wellFormed(safely(() => parse(kind, input)));
        }),
        { numRuns: 300 },
      );
    },
    SLOW,
  );

  it.each(KINDS)(
    '%s: for any object claiming the right format',
    (kind) => {
      fc.assert(
        fc.property(fc.dictionary(fc.string(), anything), (input) => {
          wellFormed(safely(() => parse(kind, { ...input, format: `temoin.${kind}/1` })));
        }),
        { numRuns: 200 },
      );
    },
    SLOW,
  );

  it.each(KINDS)(
    '%s: for any JSON text',
    (kind) => {
      fc.assert(
        fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
          wellFormed(safely(() => parseJson(kind, text)));
        }),
        { numRuns: 200 },
      );
    },
    SLOW,
  );
});

describe('random changes to valid documents', () => {
  it.each(validFiles().filter((file) => file in FILE_KIND))(
    '%s: deleting, replacing or adding a value never breaks the reader',
    (file) => {
      const kind = FILE_KIND[file]!;
      const paths = pathsOf(valid(file));
      fc.assert(
        fc.property(fc.constantFrom(...paths), mutationArb, (path, mutation) => {
          const result = safely(() => parse(kind, mutate(valid(file), path, mutation)));
          wellFormed(result);
          // The document was valid: if it is refused now, it is for the field just added.
          if (mutation.type === 'unknown-key' && !result.ok)
            expect(result.problems.some((p) => p.path.endsWith('zzUnexpected'))).toBe(true);
        }),
        { numRuns: 300 },
      );
    },
    SLOW,
  );

  it(
    'events.json: any change to any event never breaks the reader',
    () => {
      const events: Doc[] = valid('events');
      fc.assert(
        fc.property(fc.nat(events.length - 1), mutationArb, fc.nat(), (index, mutation, pick) => {
          const paths = pathsOf(events[index]);
          const path = paths[pick % paths.length]!;
          wellFormed(safely(() => parse('event', mutate(valid('events')[index], path, mutation))));
        }),
        { numRuns: 500 },
      );
    },
    SLOW,
  );
});
