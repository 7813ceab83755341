/**
 * Inputs nobody should send but somebody will: not objects, absurdly deep or large, with
 * `__proto__` keys, throwing getters, cycles, BigInts. `parse` and `parseJson` must answer with
 * problems, never throw, never hang.
 */
import { describe, expect, it } from 'vitest';
import { type Doc, deeplyNested, valid, validText } from '../../tests/fixtures/documents/index.ts';
import { MAX_DOCUMENT_BYTES, type ParseKind, type Problem, parse, parseJson, SCHEMAS } from './index.ts';

const KINDS = Object.keys(SCHEMAS) as ParseKind[];
/** The valid example of each kind. */
const EXAMPLE: Record<ParseKind, string> = {
  grid: 'grid',
  catalogue: 'catalogue',
  subject: 'subject',
  session: 'session',
  bundle: 'bundle',
  assessment: 'assessment',
  'subject-package': 'subject-package',
  rule: 'rule',
  event: 'event',
};

/** Runs `parse` (or anything) and returns its problems, failing if it threw or accepted. */
const problemsOf = (run: () => ReturnType<typeof parse>): Problem[] => {
  let result: ReturnType<typeof parse> | undefined;
  expect(() => {
    result = run();
  }).not.toThrow();
  expect(result?.ok).toBe(false);
  return result && !result.ok ? result.problems : [];
};

const NOT_OBJECTS: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['an empty list', []],
  ['a list holding the document', ['x']],
  ['a text', 'temoin.grid/1'],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['a boolean', true],
  ['a BigInt', 10n],
  ['a symbol', Symbol('doc')],
  ['a function', () => ({})],
];

describe('values that are not objects', () => {
  it.each(KINDS.flatMap((kind) => NOT_OBJECTS.map(([name, value]) => [kind, name, value] as const)))(
    '%s: %s is refused as the document itself',
    (kind, _name, value) => {
      expect(problemsOf(() => parse(kind, value))).toEqual([
        { path: '', code: 'not-an-object', fr: 'un objet JSON est attendu', en: 'a JSON object is expected' },
      ]);
    },
  );
});

describe('objects 10,000 levels deep', () => {
  const EXPECTED: Record<ParseKind, [path: string, code: string]> = {
    grid: ['format', 'wrong-format'],
    catalogue: ['format', 'wrong-format'],
    subject: ['format', 'wrong-format'],
    session: ['format', 'wrong-format'],
    bundle: ['format', 'wrong-format'],
    assessment: ['format', 'wrong-format'],
    'subject-package': ['format', 'wrong-format'],
    rule: ['a', 'unrecognized_keys'],
    event: ['kind', 'required'],
  };
  it.each(KINDS)('%s: as the document', (kind) => {
    const [path, code] = EXPECTED[kind];
    expect(problemsOf(() => parse(kind, deeplyNested(10_000)))).toContainEqual(
      expect.objectContaining({ path, code }),
    );
  });

  it.each([
    ['grid', 'competences', 'competences', 'invalid_type'],
    ['subject', 'company', 'company.a', 'unrecognized_keys'],
    ['session', 'candidate', 'candidate.a', 'unrecognized_keys'],
    ['bundle', 'chain', 'chain.a', 'unrecognized_keys'],
    ['assessment', 'examiner', 'examiner.a', 'unrecognized_keys'],
  ] as const)('%s: as its %s field', (kind, field, path, code) => {
    const doc = valid(EXAMPLE[kind]);
    doc[field] = deeplyNested(10_000);
    expect(problemsOf(() => parse(kind, doc))).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('lists 10,000 levels deep, as JSON text', () => {
    const text = JSON.stringify({ ...valid('grid'), competences: 'DEEP' }).replace(
      '"DEEP"',
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    );
    expect(problemsOf(() => parseJson('grid', text))).toContainEqual(
      expect.objectContaining({ path: 'competences[0]', code: 'invalid_type' }),
    );
  });

  it.each([
    ['net.request', (data: Doc) => Object.assign(data, { response: deeplyNested(10_000) }), 'data.response'],
    [
      'net.request',
      (data: Doc) => Object.assign(data.body, { title: deeplyNested(10_000) }),
      'data.body.title',
    ],
    [
      'settings.changed',
      (data: Doc) => Object.assign(data.changes, { x: deeplyNested(101) }),
      'data.changes.x',
    ],
  ] as const)('free-form %s data too deep to hash is refused at %s', (kind, deepen, path) => {
    const event = (valid('events') as Doc[]).find((e) => e.kind === kind);
    deepen(event.data);
    expect(problemsOf(() => parse('event', event))).toEqual([
      {
        path,
        code: 'too-deep',
        fr: 'imbrication trop profonde (plus de 100 niveaux)',
        en: 'nested too deeply (more than 100 levels)',
      },
    ]);
  });

  it('free-form data that refers to itself is refused, not followed forever', () => {
    const event = (valid('events') as Doc[]).find((e) => e.kind === 'net.request');
    event.data.response = { items: [] };
    event.data.response.items.push(event.data.response);
    expect(problemsOf(() => parse('event', event))).toContainEqual(
      expect.objectContaining({ path: 'data.response', code: 'too-deep' }),
    );
  });
});

describe('__proto__ keys', () => {
  it.each(KINDS)('%s: an own "__proto__" key from JSON is an unknown field, nothing is polluted', (kind) => {
    const text = validText(EXAMPLE[kind]).replace('{', '{"__proto__": {"polluted": true, "format": "x"},');
    expect(problemsOf(() => parseJson(kind, text))).toContainEqual(
      expect.objectContaining({
        path: '__proto__',
        code: 'unrecognized_keys',
        fr: 'champ inconnu "__proto__"',
      }),
    );
    expect(({} as Doc).polluted).toBeUndefined();
  });

  it('a nested "__proto__" key is reported where it is', () => {
    const text = validText('session').replace(
      '"candidate": {',
      '"candidate": {"__proto__": {"number": "1"},',
    );
    expect(problemsOf(() => parseJson('session', text))).toContainEqual(
      expect.objectContaining({ path: 'candidate.__proto__', code: 'unrecognized_keys' }),
    );
  });

  it('"__proto__" as a key of free-form data does not change what is read', () => {
    const text = validText('event').replace('"data": {', '"data": {"__proto__": {"title": "x"},');
    expect(problemsOf(() => parseJson('event', text))).toContainEqual(
      expect.objectContaining({ path: 'data.__proto__', code: 'unrecognized_keys' }),
    );
    expect(({} as Doc).title).toBeUndefined();
  });
});

describe('objects that fight back', () => {
  const throwing = (doc: Doc, key: string): Doc =>
    Object.defineProperty(doc, key, {
      enumerable: true,
      get() {
        throw new Error(`no ${key} for you`);
      },
    });

  it.each(KINDS)('%s: a getter that throws is an internal problem, not an exception', (kind) => {
    const doc = valid(EXAMPLE[kind]);
    const key = kind === 'rule' ? 'title' : kind === 'event' ? 'kind' : 'format';
    throwing(doc, key);
    expect(problemsOf(() => parse(kind, doc))).toEqual([
      {
        path: '',
        code: 'internal',
        fr: `erreur interne de validation : no ${key} for you`,
        en: `internal validation error: no ${key} for you`,
      },
    ]);
  });

  it('a throwing getter deep inside', () => {
    const doc = valid('subject');
    throwing(doc.questions[2].rules[0].where[1], 'min');
    expect(problemsOf(() => parse('subject', doc))).toContainEqual(
      expect.objectContaining({ path: '', code: 'internal' }),
    );
  });

  it('a proxy that throws on every trap', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('get');
        },
        ownKeys: () => {
          throw new Error('ownKeys');
        },
        has: () => {
          throw new Error('has');
        },
        getPrototypeOf: () => {
          throw new Error('getPrototypeOf');
        },
      },
    );
    for (const kind of KINDS)
      expect(problemsOf(() => parse(kind, hostile))).toContainEqual(
        expect.objectContaining({ path: '', code: 'internal' }),
      );
  });

  it('a thrown non-Error value', () => {
    const doc = valid('grid');
    Object.defineProperty(doc, 'id', {
      enumerable: true,
      get() {
        throw 'nope';
      },
    });
    expect(problemsOf(() => parse('grid', doc))).toEqual([
      expect.objectContaining({ path: '', code: 'internal', en: 'internal validation error: nope' }),
    ]);
  });

  it('a cycle', () => {
    const doc = valid('session');
    doc.candidate.self = doc;
    expect(problemsOf(() => parse('session', doc))).toContainEqual(
      expect.objectContaining({ path: 'candidate.self', code: 'unrecognized_keys' }),
    );
  });

  it('a cycle where an enum is expected is quoted, not serialised', () => {
    const doc = valid('session');
    doc.status = { again: doc };
    expect(problemsOf(() => parse('session', doc))).toEqual([
      expect.objectContaining({
        path: 'status',
        code: 'invalid_value',
        fr: 'valeur invalide {…} : attendu "running", "ended"',
      }),
    ]);
  });

  it('a BigInt where a value is expected', () => {
    const doc = valid('assessment');
    doc.status = 1n;
    doc.mark = 15n;
    expect(problemsOf(() => parse('assessment', doc))).toEqual([
      expect.objectContaining({
        path: 'status',
        code: 'invalid_value',
        fr: 'valeur invalide 1 : attendu "draft", "final"',
      }),
      expect.objectContaining({ path: 'mark', code: 'invalid_type' }),
    ]);
  });

  it('a BigInt as an event kind', () => {
    expect(problemsOf(() => parse('event', { ...valid('event'), kind: 3n }))).toEqual([
      expect.objectContaining({ path: 'kind', code: 'invalid_discriminator' }),
    ]);
  });

  it('NaN and Infinity where numbers are expected are named as such', () => {
    const doc = valid('assessment');
    doc.mark = Number.NaN;
    doc.bundle.eventCount = Number.POSITIVE_INFINITY;
    expect(problemsOf(() => parse('assessment', doc))).toEqual([
      expect.objectContaining({ path: 'bundle.eventCount', fr: 'un nombre attendu, reçu Infinity' }),
      expect.objectContaining({ path: 'mark', fr: 'un nombre attendu, reçu NaN' }),
    ]);
  });

  it.each([
    ['1e400 in a request body', '{"a":1e400}', 'body', 'data.body.a'],
    ['-1e400 deep in a response', '{"items":[{"price":-1e400}]}', 'response', 'data.response'],
  ] as const)('%s is refused with a clear problem (JCS could not hash it)', (_name, json, field, path) => {
    const event = (valid('events') as Doc[]).find((e) => e.kind === 'net.request');
    event.data[field] = JSON.parse(json);
    expect(problemsOf(() => parse('event', event))).toEqual([
      {
        path,
        code: 'non-finite',
        fr: 'nombre impossible en JSON (infini ou NaN, par exemple 1e400)',
        en: 'number JSON cannot hold (infinite or NaN, e.g. 1e400)',
      },
    ]);
  });

  it('NaN in settings changes is refused, and a bundle holding 1e400 anywhere is refused', () => {
    const event = (valid('events') as Doc[]).find((e) => e.kind === 'settings.changed');
    event.data.changes.x = Number.NaN;
    expect(problemsOf(() => parse('event', event))).toContainEqual(
      expect.objectContaining({ path: 'data.changes.x', code: 'non-finite' }),
    );
    const text = validText('bundle').replace(/"elapsedMs": ?\d+/, '"elapsedMs": 1e400');
    expect(text).toContain('1e400');
    expect(problemsOf(() => parseJson('bundle', text))[0]).toMatchObject({
      fr: 'un nombre attendu, reçu Infinity',
    });
  });

  it('a symbol, a function and a Date where texts are expected', () => {
    const doc = valid('session');
    doc.status = Symbol('ended');
    doc.browser = () => 'Firefox';
    doc.startedAt = new Date('2025-05-12T08:00:00Z');
    const problems = problemsOf(() => parse('session', doc));
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'status invalid_value',
      'startedAt invalid_type',
      'browser invalid_type',
    ]);
  });

  it('a huge unknown value is not pasted into the message', () => {
    const doc = valid('session');
    doc.status = 'x'.repeat(1_000_000);
    const [problem] = problemsOf(() => parse('session', doc));
    expect(problem?.path).toBe('status');
    expect(problem?.fr.length).toBeLessThan(200);
  });
});

describe('JSON text', () => {
  it.each([
    ['empty', '', 'Unexpected end of JSON input'],
    ['cut short', '{"format": "temoin.grid/1",', ''],
    ['single quotes', "{'format': 'temoin.grid/1'}", ''],
    ['a trailing comma', '{"format": "temoin.grid/1",}', ''],
    ['a comment', '// grille\n{}', ''],
    ['NaN', '{"mark": NaN}', ''],
    ['garbage after', '{} {}', ''],
    ['a lone word', 'grille', ''],
    ['a byte order mark', '\uFEFF{}', ''],
  ])('%s → json-syntax', (_name, text, detail) => {
    const problems = problemsOf(() => parseJson('grid', text));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '', code: 'json-syntax' });
    expect(problems[0]?.fr).toMatch(/^JSON illisible : /);
    expect(problems[0]?.en).toMatch(/^unreadable JSON: /);
    expect(problems[0]?.en).toContain(detail);
  });

  it.each([
    ['null', 'null'],
    ['a list', '[]'],
    ['a text', '"temoin.grid/1"'],
    ['a number', '1e400'],
  ])('valid JSON that is %s → not-an-object', (_name, text) => {
    expect(problemsOf(() => parseJson('grid', text))).toEqual([
      expect.objectContaining({ path: '', code: 'not-an-object' }),
    ]);
  });

  it('a text just over the limit is refused before it is parsed', () => {
    const text = ' '.repeat(MAX_DOCUMENT_BYTES + 1);
    expect(problemsOf(() => parseJson('bundle', text))).toEqual([
      {
        path: '',
        code: 'too-large',
        fr: `fichier trop volumineux (${MAX_DOCUMENT_BYTES + 1} octets)`,
        en: `file too large (${MAX_DOCUMENT_BYTES + 1} bytes)`,
      },
    ]);
  }, 60_000);

  it('the limit counts UTF-8 bytes, not characters', () => {
    const text = `"${'é'.repeat(MAX_DOCUMENT_BYTES / 2)}"`;
    expect(text.length).toBeLessThan(MAX_DOCUMENT_BYTES);
    expect(problemsOf(() => parseJson('bundle', text))).toEqual([
      expect.objectContaining({
        path: '',
        code: 'too-large',
        en: `file too large (${MAX_DOCUMENT_BYTES + 2} bytes)`,
      }),
    ]);
  }, 60_000);

  it('a text of exactly the limit is parsed', () => {
    expect(problemsOf(() => parseJson('bundle', ' '.repeat(MAX_DOCUMENT_BYTES)))).toEqual([
      expect.objectContaining({ path: '', code: 'json-syntax' }),
    ]);
  }, 60_000);
});
