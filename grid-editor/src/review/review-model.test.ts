import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { setLevel } from '../../../shared/assessment/assessment.ts';
import { parseCsv } from '../../../shared/export/csv.ts';
import { parse } from '../../../shared/schema/index.ts';
import { makeBundle } from '../models/test-documents.ts';
import { warningName } from './i18n.ts';
import {
  assessmentFile,
  assessmentFileName,
  finaliseColumn,
  openColumn,
  readMark,
  reviewCsv,
  subjectsDiffer,
} from './review-model.ts';
import { openReviewStore } from './store.ts';
import { buildRows, filterRows, scrollTopFor, virtualWindow, warningCounts, warningOf } from './timeline.ts';

const EVENTS = [
  { kind: 'session.started', data: { subjectId: 'sujet-a', candidateNumber: '02468', durationMinutes: 40 } },
  {
    kind: 'task.noteSaved',
    data: { questionId: 'q1', text: '<img src=x onerror=alert(1)>', length: 28 },
    questionId: 'q1',
  },
  { kind: 'integrity.warning', data: { code: 'left-origin', detail: 'https://example.org/' } },
  { kind: 'overlay.toggled', data: { visible: true }, questionId: 'q2' },
  { kind: 'session.ended', data: { reason: 'time-up' } },
];

describe('timeline', () => {
  it('summarises events as text and marks integrity warnings', async () => {
    const bundle = await makeBundle(EVENTS);
    const rows = buildRows(bundle.events);
    expect(rows[1]!.summary).toBe('<img src=x onerror=alert(1)>');
    expect(rows.map((r) => r.warning)).toEqual([null, null, 'left-origin', null, 'time-up']);
    expect(warningCounts(rows)).toEqual({ 'left-origin': 1, 'time-up': 1 });
    const untrusted = { ...bundle.events[3]!, trusted: false };
    expect(warningOf(untrusted, 2)).toBe('untrusted');
    expect(warningOf({ ...bundle.events[3]!, seq: 7 }, 2)).toBe('seq-gap');
    expect(warningOf({ ...bundle.events[3]!, afterTime: true }, 2)).toBe('after-time');
  });

  it('says which events rest on the page’s word alone (unconfirmed), until Témoin’s read confirms them', async () => {
    const bundle = await makeBundle(EVENTS);
    const forged = { ...bundle.events[3]!, unconfirmed: true as const };
    expect(warningOf(forged, 2)).toBe('unconfirmed');
    expect(warningOf(forged, 2, new Set([forged.id]))).toBeNull();
    // Any event Témoin fetched itself (relatesTo, no derivedFrom) confirms what it relates to.
    const inChain = { ...forged, seq: 1 };
    const read = { ...bundle.events[1]!, seq: 2, relatesTo: forged.id };
    const rows = buildRows([bundle.events[0]!, inChain, read]);
    expect(rows.find((row) => row.event === inChain)!.warning).toBeNull();
    expect(buildRows([bundle.events[0]!, inChain]).find((row) => row.event === inChain)!.warning).toBe(
      'unconfirmed',
    );
    expect(warningName('fr', 'unconfirmed')).toContain('non confirmé');
  });

  it('filters by question, kind, warnings and text, and keeps every row for an empty filter', async () => {
    const bundle = await makeBundle(EVENTS);
    const rows = buildRows(bundle.events);
    expect(filterRows(rows, {}, null)).toBe(rows);
    expect(filterRows(rows, { questionId: 'q2' }, null).map((r) => r.index)).toEqual([3]);
    expect(filterRows(rows, { kind: 'task.noteSaved' }, null).map((r) => r.index)).toEqual([1]);
    expect(filterRows(rows, { warningsOnly: true }, null).map((r) => r.index)).toEqual([2, 4]);
    expect(filterRows(rows, { search: '  ONERROR ' }, null).map((r) => r.index)).toEqual([1]);
    const evaluation = {
      questions: [
        {
          questionId: 'q3',
          rules: [{ criteria: ['C2'], events: [{ id: bundle.events[0]!.id }] }],
          criteria: [],
        },
      ],
    } as never;
    expect(filterRows(rows, { questionId: 'q3' }, evaluation).map((r) => r.index)).toEqual([0]);
    expect(filterRows(rows, { criterion: 'C2' }, evaluation).map((r) => r.index)).toEqual([0]);
  });

  it('renders only the rows in view: 20,000 rows, a window of a few dozen', () => {
    expect(virtualWindow(0, 320, 24, 20_000, 8)).toEqual({ start: 0, end: 22, offset: 0, total: 480_000 });
    const middle = virtualWindow(240_000, 320, 24, 20_000, 8);
    expect(middle.start).toBe(10_000 - 8);
    expect(middle.end - middle.start).toBeLessThan(40);
    expect(middle.offset).toBe(middle.start * 24);
    const end = virtualWindow(10_000_000, 320, 24, 20_000, 8);
    expect(end.end).toBe(20_000);
    expect(virtualWindow(0, 320, 24, 0)).toEqual({ start: 0, end: 0, offset: 0, total: 0 });
    expect(scrollTopFor(10_000, 320, 24, 20_000)).toBe(10_000 * 24 - 148);
    expect(scrollTopFor(0, 320, 24, 20_000)).toBe(0);
    expect(scrollTopFor(19_999, 320, 24, 20_000)).toBe(480_000 - 320);
  });
});

describe('review state', () => {
  const open = async (key = 'c1') => {
    const bundle = await makeBundle(EVENTS);
    const outcome = await openColumn('a.temoin.json', JSON.stringify(bundle), {
      key,
      examinerName: 'Mme Durand',
      now: new Date('2025-05-12T09:00:00Z'),
    });
    if (!outcome.ok) throw new Error('refused');
    return { bundle, column: outcome.column };
  };

  it('opens a verified bundle as a column with a draft assessment; refuses one changed byte', async () => {
    const { bundle, column } = await open();
    expect(column.rows).toHaveLength(5);
    expect(column.assessment).toMatchObject({ status: 'draft', examiner: { name: 'Mme Durand' } });
    const text = JSON.stringify(bundle).replace('onerror=alert(1)', 'onerror=alert(2)');
    const refused = await openColumn('b.temoin.json', text, {
      key: 'c2',
      examinerName: 'x',
      now: new Date(),
    });
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.problems[0]!.fr).toContain('chaîne d’intégrité rompue à l’événement 1');
  });

  it('warns when subjects differ; keeps the assessment of the same session when reopened', async () => {
    const { column } = await open();
    const other = await makeBundle(EVENTS, 'sujet-b');
    expect(subjectsDiffer([column, column])).toBe(false);
    expect(subjectsDiffer([column, { bundle: other }])).toBe(true);
    const edited = { ...column.assessment, appreciation: 'Bien.' };
    const again = await openColumn(column.name, column.text, {
      key: 'c1',
      examinerName: 'x',
      now: new Date(),
      previous: edited,
    });
    expect(again.ok && again.column.assessment.appreciation).toBe('Bien.');
  });

  it('finalises only with a mark and every level, on the bundle chain head; the file is schema-valid', async () => {
    const { bundle, column } = await open();
    expect(await finaliseColumn(column, new Date())).toEqual({ ok: false, missing: ['mark'] });
    const final = await finaliseColumn(
      { ...column, assessment: { ...column.assessment, mark: 12.5 } },
      new Date(),
    );
    expect(final.ok).toBe(true);
    if (!final.ok) return;
    expect(final.assessment).toMatchObject({ status: 'final', bundle: { chainHead: bundle.chain.head } });
    const file = assessmentFile(final.assessment);
    expect(file.ok && parse('assessment', JSON.parse(file.text)).ok).toBe(true);
    expect(assessmentFileName(final.assessment)).toBe('sujet-a-02468.temoin-assessment.json');
  });

  it('reads marks by half points', () => {
    expect(readMark('13,5')).toBe(13.5);
    expect(readMark('13.3')).toBe(13.5);
    expect(readMark('21')).toBeNull();
    expect(readMark('')).toBeNull();
    expect(readMark('abc')).toBeNull();
  });
});

describe('exports', () => {
  it('writes one harmonisation CSV row per assessment, formula-like cells neutralised', async () => {
    const bundle = await makeBundle(EVENTS);
    const outcome = await openColumn('a.temoin.json', JSON.stringify(bundle), {
      key: 'c1',
      examinerName: '=HYPERLINK("http://evil")',
      now: new Date(),
    });
    if (!outcome.ok) throw new Error('refused');
    const a = { ...outcome.column.assessment, mark: 14, commission: '+C3' };
    const rows = parseCsv(await reviewCsv([a]));
    expect(rows).toHaveLength(2);
    const header = rows[0]!;
    const row = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({
      examiner: '\'=HYPERLINK("http://evil")',
      commission: "'+C3",
      mark: '14',
      candidate_number: '02468',
    });
  });
});

describe('review store', () => {
  it('keeps columns and assessments across a reload, skipping damaged records', async () => {
    const bundle = await makeBundle(EVENTS);
    const outcome = await openColumn('a.temoin.json', JSON.stringify(bundle), {
      key: 'c1',
      examinerName: 'M. X',
      now: new Date(),
    });
    if (!outcome.ok) throw new Error('refused');
    const store = await openReviewStore('temoin-review-test-1');
    await store.put({
      key: 'c1',
      name: 'a.temoin.json',
      text: outcome.column.text,
      assessment: outcome.column.assessment,
      order: 0,
    });
    const q = outcome.column.assessment.questions;
    await store.putAssessment(
      'c1',
      q.length
        ? setLevel(outcome.column.assessment, q[0]!.questionId, 'S')
        : { ...outcome.column.assessment, appreciation: 'Vu.' },
    );
    await store.put({ key: 'bad', name: 'b', text: '{}', assessment: { nope: true } as never, order: 1 });
    await store.putExaminer('M. X');
    store.close();
    const again = await openReviewStore('temoin-review-test-1');
    const loaded = await again.load();
    expect(loaded.examiner).toBe('M. X');
    expect(loaded.columns.map((c) => c.key)).toEqual(['c1']);
    expect(loaded.columns[0]!.assessment.appreciation).toBe('Vu.');
    again.close();
  });
});
