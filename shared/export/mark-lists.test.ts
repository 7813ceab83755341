import { describe, expect, it } from 'vitest';
import { sampleAssessment } from '../assessment/testing.ts';
import { parseCsv } from './csv.ts';
import { bordereauCsv, markListFileName, markSheets, marksCsv } from './mark-lists.ts';

const marks = [
  sampleAssessment({ candidate: { number: '10010', lastName: 'Zola', firstName: 'Émile' }, mark: 9 }),
  sampleAssessment({ candidate: { number: '10002', lastName: 'Dupont', firstName: 'Léa' }, mark: 13.5 }),
  sampleAssessment({
    candidate: { number: '10003', lastName: '=cmd', firstName: 'Max' },
    commission: 'C13',
    mark: null,
    status: 'draft',
  }),
];

describe('mark lists', () => {
  it('writes the French CSV: BOM, semicolons, decimal comma, JJ/MM/AAAA, French headers', () => {
    const text = marksCsv(marks, 'fr');
    expect(
      text.startsWith(
        '\uFEFFN° candidat;Nom;Prénom;N° commission;Date;CMS;Sujet;Note /20;État;Examinateur\r\n',
      ),
    ).toBe(true);
    const [, ...rows] = parseCsv(text, ';');
    expect(rows.map((r) => [r[0], r[4], r[7], r[8]])).toEqual([
      ['10002', '03/06/2026', '13,5', 'définitive'],
      ['10010', '03/06/2026', '9', 'définitive'],
      ['10003', '03/06/2026', '', 'brouillon'],
    ]);
    expect(rows[2]![1]).toBe("'=cmd");
  });

  it('writes the international CSV with commas and a decimal point', () => {
    const [header, first] = parseCsv(marksCsv(marks, 'intl'));
    expect(header![0]).toBe('candidate_number');
    expect(first![7]).toBe('13.5');
    expect(first![4]).toBe('2026-06-03');
  });

  it('writes the bordereau: number, name, mark', () => {
    const [header, ...rows] = parseCsv(bordereauCsv(marks), ';');
    expect(header).toEqual(['N° candidat', 'Nom et prénom', 'Note /20']);
    expect(rows).toEqual([
      ['10002', 'DUPONT Léa', '13,5'],
      ['10010', 'ZOLA Émile', '9'],
      ['10003', "'=CMD Max", ''],
    ]);
  });

  it('makes one sheet per commission, marks as numbers', () => {
    const sheets = markSheets(marks);
    expect(sheets.map((s) => s.name)).toEqual(['Commission C12', 'Commission C13']);
    expect(sheets[0]!.rows.map((r) => r[4])).toEqual([13.5, 9]);
    expect(markSheets([sampleAssessment({ commission: undefined })])[0]!.name).toBe('Sans commission');
  });

  it('names the files safely, with the commissions and the day', () => {
    expect(markListFileName('notes', marks, new Date('2026-06-03T12:00:00Z'), 'csv')).toBe(
      'notes-C12-C13-03-06-2026.csv',
    );
  });
});
