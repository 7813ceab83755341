import { describe, expect, it } from 'vitest';
import { buildDocuments } from '../../tests/fixtures/documents/generate.ts';
import { valid, validFiles, validText } from '../../tests/fixtures/documents/index.ts';
import { verifyChain } from '../bundle/chain.ts';
import { canonicalize } from '../bundle/jcs.ts';
import { packageContentHash } from '../bundle/package-hash.ts';
import { sha256Hex } from '../bundle/sha256.ts';
import { DEFAULT_GRID } from '../grid/e5-grid.ts';
import {
  type CaptureEvent,
  DOCUMENT_KINDS,
  EVENT_KINDS,
  kindOf,
  type ParseKind,
  parse,
  parseJson,
  SCHEMAS,
} from './index.ts';

/** Which file shows which kind (every parse kind has at least one). */
const EXAMPLES: [file: string, kind: ParseKind][] = [
  ['grid', 'grid'],
  ['catalogue', 'catalogue'],
  ['subject', 'subject'],
  ['session', 'session'],
  ['bundle', 'bundle'],
  ['assessment', 'assessment'],
  ['assessment-draft', 'assessment'],
  ['subject-package', 'subject-package'],
  ['rule', 'rule'],
  ['event', 'event'],
];

describe('valid example documents', () => {
  it('cover every parse kind and every file is checked', () => {
    expect(new Set(EXAMPLES.map(([, kind]) => kind))).toEqual(new Set(Object.keys(SCHEMAS)));
    expect(validFiles()).toEqual([...EXAMPLES.map(([file]) => file), 'events'].sort());
  });

  it.each(EXAMPLES)('%s.json parses as %s with no problem', (file, kind) => {
    const result = parseJson(kind, validText(file));
    expect(result.ok ? [] : result.problems).toEqual([]);
    // Defaults are explicit in the examples: what is read is what is stored.
    expect(result.ok && result.value).toEqual(valid(file));
  });

  it.each(EXAMPLES.filter(([, kind]) => (DOCUMENT_KINDS as readonly string[]).includes(kind)))(
    '%s.json is recognised by its format',
    (file, kind) => {
      expect(kindOf(valid(file))).toBe(kind);
    },
  );

  it('the default grid is the grid example', () => {
    expect(parse('grid', DEFAULT_GRID)).toEqual({ ok: true, value: valid('grid') });
  });

  it('events.json has one valid event of every kind', () => {
    const events: unknown[] = valid('events');
    const kinds = events.map((event) => {
      const result = parse('event', event);
      expect(result.ok ? [] : result.problems).toEqual([]);
      return (event as CaptureEvent).kind;
    });
    expect([...kinds].sort()).toEqual([...EVENT_KINDS].sort());
  });

  it('the bundle chain is real: every hash recomputes and the head matches', async () => {
    const bundle = valid('bundle');
    expect(bundle.events).toEqual(valid('events'));
    expect(await verifyChain(bundle.events, bundle.chain.head)).toEqual({
      ok: true,
      head: bundle.chain.head,
      count: bundle.events.length,
    });
  });

  it('the subject package hash covers its contents, and the session and bundle name it', async () => {
    const pkg = valid('subject-package');
    expect(await packageContentHash(pkg)).toBe(pkg.hash.value);
    expect(valid('session').subject.hash).toBe(pkg.hash.value);
    expect(valid('bundle').subjectPackage).toEqual(pkg);
  });

  it('the session names the grid by the hash of its canonical form', async () => {
    expect(valid('session').grid.hash).toBe(await sha256Hex(canonicalize(valid('grid'))));
  });

  it('the final assessment hash is the hash of the assessment without it', async () => {
    const { hash, ...rest } = valid('assessment');
    expect(hash).toBe(await sha256Hex(canonicalize(rest)));
    expect(valid('assessment').bundle.chainHead).toBe(valid('bundle').chain.head);
  });

  it('the files are what the generator builds (run `npx tsx tests/fixtures/documents/generate.ts`)', async () => {
    const built = await buildDocuments();
    expect(Object.keys(built).sort()).toEqual(validFiles());
    for (const [name, value] of Object.entries(built)) expect(valid(name), name).toEqual(value);
  });
});
