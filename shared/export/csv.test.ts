import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvField, looksLikeFormula, neutraliseFormula, parseCsv, toCsv } from './csv.ts';

describe('CSV (RFC 4180)', () => {
  it('ends records with CRLF and quotes only the fields that need it', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', 'x y'],
      ]),
    ).toBe('a,b\r\n1,x y\r\n');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('cr\rhere')).toBe('"cr\rhere"');
    expect(formatCsvField('a;b', ';')).toBe('"a;b"');
    expect(formatCsvField('a;b', ',')).toBe('a;b');
  });

  it('writes numbers, booleans and empty cells plainly', () => {
    expect(toCsv([[12.5, -3, 0, null, undefined, true, Number.NaN]])).toBe('12.5,-3,0,,,true,\r\n');
  });

  it('neutralises text cells that a spreadsheet would read as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) {
      expect(looksLikeFormula(`${start}1+1`)).toBe(true);
      expect(neutraliseFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    }
    expect(formatCsvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(formatCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatCsvField('-2+3')).toBe("'-2+3");
    expect(formatCsvField('\rcmd')).toBe('"\'\rcmd"');
    // Numbers are never formulas; inner signs are harmless.
    expect(formatCsvField(-2)).toBe('-2');
    expect(formatCsvField('a=b')).toBe('a=b');
    expect(formatCsvField('')).toBe('');
  });

  it('adds a BOM and another delimiter on request', () => {
    expect(toCsv([['é', 'x']], { bom: true, delimiter: ';' })).toBe('\uFEFFé;x\r\n');
  });

  it('reads back what it writes (text cells that are not formulas)', () => {
    const safeText = fc.string({ unit: 'grapheme', maxLength: 12 }).filter((s) => !looksLikeFormula(s));
    fc.assert(
      fc.property(
        fc.array(fc.array(safeText, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(',' as const, ';' as const),
        (rows, delimiter) => {
          // A record of one empty field is an empty line, which readers cannot tell from nothing.
          fc.pre(rows.every((row) => row.length > 1 || row[0] !== ''));
          expect(parseCsv(toCsv(rows, { delimiter, bom: true }), delimiter)).toEqual(rows);
        },
      ),
    );
  });

  it('keeps a neutralised cell inert when read back: the leading quote stays', () => {
    expect(parseCsv(toCsv([['=1+1', '-x']]))).toEqual([["'=1+1", "'-x"]]);
  });

  it('refuses an unterminated quoted field', () => {
    expect(() => parseCsv('"abc')).toThrow(SyntaxError);
  });
});
