/**
 * The marks workbook (XLSX), one sheet per commission (shared/export/mark-lists.ts says what
 * goes in them). Written in the browser by write-excel-file (docs/adr/0005): marks are number
 * cells, texts are string cells (a spreadsheet never reads them as formulas), the header row is
 * bold and stays in view.
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';
import { type MarkSheet, markSheets } from '../../../shared/export/mark-lists.ts';
import type { Assessment } from '../../../shared/schema/index.ts';

const WIDTHS = [12, 28, 12, 18, 9, 11, 24];

const dataOf = (sheet: MarkSheet): SheetData => [
  sheet.header.map((value): Cell => ({ value, fontWeight: 'bold' })),
  ...sheet.rows.map((row) =>
    row.map((value): Cell => {
      if (value === null) return null;
      return typeof value === 'number' ? { value, type: Number, format: '0.0' } : { value, type: String };
    }),
  ),
];

/** The workbook's bytes, ready to download as `.xlsx`. */
export const markWorkbook = async (assessments: readonly Assessment[]): Promise<Blob> => {
  const sheets = markSheets(assessments);
  return writeXlsxFile(
    sheets.map((sheet) => ({
      data: dataOf(sheet),
      sheet: sheet.name,
      columns: WIDTHS.map((width) => ({ width })),
      stickyRowsCount: 1,
    })),
  ).toBlob();
};

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
