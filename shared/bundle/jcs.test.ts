import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalize, canonicalizeWithout } from './jcs.ts';

/** The IEEE 754 double whose bits are `hex` (how RFC 8785 Appendix B lists its test values). */
const double = (hex: string): number => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
};

describe('JCS (RFC 8785)', () => {
  it('canonicalises the example of RFC 8785 §3.2.2', () => {
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    expect(canonicalize(JSON.parse(input))).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('sorts keys by UTF-16 code units, as in RFC 8785 §3.2.3', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Read the order from the text: JSON.parse would put the integer-like key "1" first again.
    const order = [...canonicalize(input).matchAll(/"([^"]*)":"([^"]*)"/g)].map((m) => m[2]);
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  it('sorts non-ASCII keys by code units, not by locale or code point', () => {
    // "é" is U+00E9, after "z" (U+007A); "😀" is U+D83D U+DE00, before "Ａ" (U+FF21) although
    // its code point U+1F600 is higher.
    expect(canonicalize({ é: 1, z: 2, e: 3, E: 4 })).toBe('{"E":4,"e":3,"z":2,"é":1}');
    expect(canonicalize({ '\uff21': 1, '😀': 2 })).toBe('{"😀":2,"Ａ":1}');
    expect(canonicalize({ b: { d: 1, c: 2 }, a: [{ y: 1, x: 2 }] })).toBe(
      '{"a":[{"x":2,"y":1}],"b":{"c":2,"d":1}}',
    );
  });

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('serialises the double 0x%s as %s (RFC 8785 Appendix B)', (hex, expected) => {
    expect(canonicalize(double(hex))).toBe(expected);
  });

  it.each([
    [1e21, '1e+21'],
    [1e20, '100000000000000000000'],
    [-0, '0'],
    [1e-7, '1e-7'],
    [1e-6, '0.000001'],
    [4.5, '4.5'],
    [0.1 + 0.2, '0.30000000000000004'],
  ])('serialises %d as %s', (value, expected) => {
    expect(canonicalize(value)).toBe(expected);
    expect(canonicalize([value])).toBe(`[${expected}]`);
  });

  it('reads 1E-7 written in any way as the same number', () => {
    expect(canonicalize(JSON.parse('{"a":1E-7,"b":0.0000001,"c":10e-8}'))).toBe(
      '{"a":1e-7,"b":1e-7,"c":1e-7}',
    );
  });

  it.each([
    ['\u000f', String.raw`"\u000f"`],
    ['\u001f', String.raw`"\u001f"`],
    ['\u0000', String.raw`"\u0000"`],
    ['\b\f\n\r\t', String.raw`"\b\f\n\r\t"`],
    ['"\\', String.raw`"\"\\"`],
    ['/', '"/"'],
    ['\u007f', '"\u007f"'],
    ['\u2028\u2029', '"\u2028\u2029"'],
    ['é€😀', '"é€😀"'],
    ['\ud800', String.raw`"\ud800"`],
  ])('escapes the string %j as %s', (value, expected) => {
    expect(canonicalize(value)).toBe(expected);
  });

  it('writes literals and empty containers without whitespace', () => {
    expect(canonicalize({ a: null, b: true, c: false, d: [], e: {} })).toBe(
      '{"a":null,"b":true,"c":false,"d":[],"e":{}}',
    );
  });

  it('omits undefined members and writes undefined items as null, like JSON.stringify', () => {
    expect(canonicalize({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a BigInt', 1n],
    ['a function', () => 1],
    ['a symbol', Symbol('s')],
    ['undefined', undefined],
    ['NaN inside', { a: [Number.NaN] }],
  ])('refuses %s', (_name, value) => {
    expect(() => canonicalize(value)).toThrow(TypeError);
  });

  it('does not depend on key order, and is stable under a round trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const canonical = canonicalize(value);
        expect(canonicalize(JSON.parse(canonical))).toBe(canonical);
        expect(JSON.parse(canonical)).toEqual(JSON.parse(JSON.stringify(value)));
        const reversed = JSON.parse(JSON.stringify(value), (_key, v) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        );
        expect(canonicalize(reversed)).toBe(canonical);
      }),
      { numRuns: 300 },
    );
  });
});

/** The implementation before it was written by concatenation (issue 19): the same bytes. */
const previous = (value: unknown): string => {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('JCS: non-finite number');
      return JSON.stringify(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value))
        return `[${value.map((item) => previous(item === undefined ? null : item)).join(',')}]`;
      const entries = Object.keys(value as Record<string, unknown>)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${previous((value as Record<string, unknown>)[key])}`);
      return `{${entries.join(',')}}`;
    }
    default:
      throw new TypeError(`JCS: cannot canonicalize a ${typeof value}`);
  }
};

const outcome = (run: () => string) => {
  try {
    return run();
  } catch (error) {
    return `throws ${(error as Error).message}`;
  }
};

describe('JCS written by concatenation', () => {
  it('gives the bytes the previous implementation gave, on any value', () => {
    fc.assert(
      fc.property(
        fc.anything({ withSparseArray: true, withNullPrototype: true, withObjectString: true }),
        (value) => {
          expect(outcome(() => canonicalize(value))).toBe(outcome(() => previous(value)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps holes, undefined members and empty containers as before', () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is the case under test
    const sparse = [1, , 3];
    for (const value of [
      sparse,
      [undefined],
      {},
      [],
      { a: undefined },
      { a: undefined, b: 1 },
      { b: 1, a: undefined },
    ])
      expect(canonicalize(value)).toBe(previous(value));
  });

  it('canonicalizeWithout is the JCS of the object without that top-level key (no copy made)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.jsonValue(), (record, hash) => {
        const withHash = { ...record, hash } as Record<string, unknown>;
        const { hash: _dropped, ...rest } = withHash;
        expect(canonicalizeWithout(withHash, 'hash')).toBe(canonicalize(rest));
        // Absent, or only nested: nothing is left out.
        const { hash: _none, ...without } = record as Record<string, unknown>;
        expect(canonicalizeWithout(without, 'hash')).toBe(canonicalize(without));
        expect(canonicalizeWithout({ inner: { hash } }, 'hash')).toBe(canonicalize({ inner: { hash } }));
      }),
      { numRuns: 1000 },
    );
  });
});
