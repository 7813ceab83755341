/**
 * CSV as RFC 4180 writes it, safe to open in a spreadsheet.
 *
 * - Records end with CRLF; a field is quoted when it holds the delimiter, a double quote, CR or
 *   LF; a double quote inside a quoted field is doubled.
 * - **Formula injection**: a text cell whose first character is `=`, `+`, `-`, `@`, a tab or a
 *   carriage return (or their full-width forms `＝ ＋ － ＠`, which some spreadsheets also read as
 *   formulas) gets a leading `'`, so Excel, LibreOffice and Google Sheets show it as text and
 *   never evaluate it (OWASP's « CSV injection » advice). Numbers are written as numbers and are
 *   never changed: `-3` stays a number; the text `"-3"` becomes `'-3`.
 * - Numbers use `.` as the decimal separator (no grouping); `null`/`undefined` are empty cells;
 *   booleans are `true`/`false`.
 *
 * `parseCsv` reads RFC 4180 back (quotes, doubled quotes, CRLF or LF, a leading BOM) for tests
 * and tools; it does not undo the `'` of neutralised cells.
 */

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Field delimiter: `,` (RFC 4180, default) or `;` (what French spreadsheets expect). */
  delimiter?: ',' | ';' | '\t';
  /** Starts the text with a UTF-8 byte order mark, so Excel reads accents right. Default false. */
  bom?: boolean;
}

/** First characters that make a spreadsheet read a cell as a formula (or a DDE call). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/** Whether a text cell would be read as a formula if written as is. */
export const looksLikeFormula = (text: string): boolean => text.length > 0 && FORMULA_START.has(text[0]!);

/** A text cell made inert: a leading `'` when it could be read as a formula. */
export const neutraliseFormula = (text: string): string => (looksLikeFormula(text) ? `'${text}` : text);

const cellText = (cell: CsvCell): string => {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    // Object.is keeps -0 from printing as "0" while looking like a sign; plain String() otherwise.
    return Object.is(cell, -0) ? '0' : String(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  return neutraliseFormula(cell);
};

/** One field, quoted when RFC 4180 requires it. */
export const formatCsvField = (cell: CsvCell, delimiter: CsvOptions['delimiter'] = ','): string => {
  const text = cellText(cell);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Records (the first one usually the header) as CSV text, each record ended by CRLF. */
export const toCsv = (rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string => {
  const delimiter = options.delimiter ?? ',';
  const body = rows.map((row) => `${row.map((cell) => formatCsvField(cell, delimiter)).join(delimiter)}\r\n`);
  return `${options.bom ? '\uFEFF' : ''}${body.join('')}`;
};

/** Reads CSV text into records of strings (RFC 4180; LF alone also ends a record). */
export const parseCsv = (text: string, delimiter: CsvOptions['delimiter'] = ','): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field.length === 0) quoted = true;
    else if (char === delimiter) endField();
    else if (char === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 1;
    } else if (char === '\n') endRow();
    else field += char;
  }
  if (quoted) throw new SyntaxError('CSV: unterminated quoted field');
  if (field.length > 0 || row.length > 0) endRow();
  return rows;
};
