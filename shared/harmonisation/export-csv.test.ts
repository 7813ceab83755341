import { describe, expect, it } from 'vitest';
import { parseCsv } from '../export/csv.ts';
import { csvColumns, csvFileName, harmonisationCsv } from './export-csv.ts';
import { createPseudonymiser } from './pseudonymise.ts';
import { buildReport } from './report.ts';
import { loadGenerated } from './testing.ts';

const QUESTION_COLUMNS = [1, 2, 3, 4, 5].flatMap((n) => [`q${n}_id`, `q${n}_level`, `q${n}_suggested`]);

describe('harmonisation CSV', async () => {
  const { generated, set } = await loadGenerated();
  const report = buildReport(set);

  it('has the documented columns and one row per assessment', async () => {
    const rows = parseCsv(await harmonisationCsv(report, { pseudonymise: false }));
    expect(rows[0]).toEqual([
      'assessment_id',
      'status',
      'examiner',
      'commission',
      'date',
      'subject_id',
      'subject_cms',
      'subject_letter',
      'subject_code',
      'candidate_number',
      'candidate_last_name',
      'candidate_first_name',
      'mark',
      'suggested_mark',
      'expected_mark',
      'mark_gap',
      'levels_TI',
      'levels_I',
      'levels_S',
      'levels_TS',
      'questions_differing',
      'flags',
      ...QUESTION_COLUMNS,
    ]);
    expect(rows[0]).toEqual(csvColumns(5, false));
    expect(rows).toHaveLength(61);
    const row = Object.fromEntries(
      rows[0]!.map((c, i) => [c, rows.find((r) => r[0] === 'asm-2025-e1-03')![i]]),
    );
    expect(row).toMatchObject({
      status: 'final',
      examiner: 'Mme Claire Vasseur',
      commission: 'C01',
      date: '2025-05-12',
      subject_id: 'demo-wordpress-a',
      subject_letter: 'A',
      mark: '8',
      expected_mark: '16.5',
      mark_gap: '-8.5',
      levels_TS: '4',
      levels_S: '1',
      flags: 'mark-levels',
      q1_id: 'q1',
      q1_level: 'TS',
      q1_suggested: 'TS',
    });
    const severe = rows.filter((r) => r[2] === generated.expected.severeExaminer);
    expect(severe).toHaveLength(15);
    expect(severe.every((r) => r[21]!.split(' ').includes('examiner-deviation'))).toBe(true);
  });

  it('neutralises cells that a spreadsheet would run as formulas', async () => {
    const text = await harmonisationCsv(report, { pseudonymise: false });
    expect(text).toContain('"\'=HYPERLINK(""https://exemple.invalid"",""clic"")"');
    expect(text).toContain(",'@Lenoir,");
    expect(text).not.toMatch(/(^|,)[=+@]/m);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('pseudonymises by default: identities only when asked for explicitly', async () => {
    const rows = parseCsv(await harmonisationCsv(report));
    const header = rows[0]!;
    expect(header).toEqual(csvColumns(5, true));
    expect(header).not.toContain('candidate_number');
    const column = header.indexOf('candidate_pseudonym');
    expect(rows.slice(1).every((row) => /^C-[0-9A-F]{6}$/.test(row[column]!))).toBe(true);
    const numbers = new Set(generated.assessments.map((a) => a.candidate.number));
    expect(rows.slice(1).some((row) => row.some((cell) => numbers.has(cell)))).toBe(false);
    const named = parseCsv(await harmonisationCsv(report, { pseudonymise: false }))[0]!;
    expect(named).toContain('candidate_number');
  });

  it('pseudonymises: no name, no number, one stable pseudonym per candidate, no link to the files', async () => {
    const text = await harmonisationCsv(report, { pseudonymise: true });
    const rows = parseCsv(text);
    const header = rows[0]!;
    expect(header).toEqual(csvColumns(5, true));
    expect(header).not.toContain('assessment_id');
    expect(header).not.toContain('candidate_number');
    expect(header).not.toContain('candidate_last_name');
    expect(header).not.toContain('candidate_first_name');
    const column = header.indexOf('candidate_pseudonym');
    const pseudonyms = rows.slice(1).map((r) => r[column]!);
    expect(pseudonyms.every((p) => /^C-[0-9A-F]{6}([0-9A-F]{2})*$/.test(p))).toBe(true);
    expect(new Set(pseudonyms).size).toBe(60);
    for (const a of generated.assessments) {
      expect(text).not.toContain(a.candidate.number);
      expect(text).not.toContain(a.candidate.lastName!);
      expect(text).not.toContain(a.id);
      expect(text).not.toContain(a.bundle.sessionId);
    }
    for (const name of new Set(generated.assessments.map((a) => a.candidate.firstName!)))
      expect(rows.slice(1).flat()).not.toContain(name);
    // Rows are ordered by pseudonym within an examiner and subject, not by candidate number.
    const first = rows.slice(1).filter((r) => r[1] === 'Mme Claire Vasseur' && r[4] === 'demo-ecommerce-a');
    const sorted = [...first].sort((x, y) => x[column]!.localeCompare(y[column]!, 'fr', { numeric: true }));
    expect(first).toEqual(sorted);
  });

  it('gives a candidate the same pseudonym throughout one export, and another in the next', async () => {
    const pseudonymiser = await createPseudonymiser();
    const one = parseCsv(await harmonisationCsv(report, { pseudonymise: true, pseudonymiser }));
    const again = parseCsv(await harmonisationCsv(report, { pseudonymise: true, pseudonymiser }));
    expect(again).toEqual(one);
    const other = parseCsv(await harmonisationCsv(report, { pseudonymise: true }));
    const column = one[0]!.indexOf('candidate_pseudonym');
    expect(new Set(other.slice(1).map((r) => r[column]))).not.toEqual(
      new Set(one.slice(1).map((r) => r[column])),
    );
    const target = generated.assessments[0]!;
    expect(await pseudonymiser.pseudonym(target.candidate.number)).toMatch(/^C-/);
  });

  it('starts the downloaded file with a BOM and names it by date', async () => {
    expect(
      (await harmonisationCsv(report, { bom: true, pseudonymise: false })).startsWith('\uFEFFassessment_id,'),
    ).toBe(true);
    expect(csvFileName(new Date('2025-05-16T10:00:00Z'), true)).toBe(
      'harmonisation-2025-05-16-pseudonymise.csv',
    );
  });
});
