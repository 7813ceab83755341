/**
 * The designer's calibration (grid-editor/src/models/calibration.ts) on sessions recorded by the
 * real session service: here, outside grid-editor/, which imports nothing of the extension.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportDemoBundle } from '../extension/background/testing/demo-bundles.ts';
import {
  calibrate,
  LABELLED_FORMAT,
  labelledText,
  readLabelled,
} from '../grid-editor/src/models/calibration.ts';
import { DEMO_WORDPRESS_A } from '../shared/demo/index.ts';
import { compileSubject } from '../shared/rules/compile.ts';
import { evaluateCompiled } from '../shared/rules/evaluate.ts';
import type { EvidenceBundle } from '../shared/schema/bundle.ts';
import { Subject } from '../shared/schema/subject.ts';
import { labelOf, PLANS } from './labelled/plans.ts';

/**
 * Sessions recorded by the real session service (fake-indexeddb), as labelled files: the
 * events and the level the plan's examiner gives each question (tests/labelled/plans.ts).
 */
const recorded = new Map<string, EvidenceBundle['events']>();
const eventsOf = async (id: string) => {
  if (!recorded.has(id)) {
    const bundle = JSON.parse(await exportDemoBundle('demo-wordpress-a')) as EvidenceBundle;
    recorded.set(id, bundle.events);
  }
  return recorded.get(id)!;
};
const labelledFile = async (id: string) => {
  const plan = PLANS.find((p) => p.id === id)!;
  const labels = Object.fromEntries(
    DEMO_WORDPRESS_A.questions.map((question) => [question.id, labelOf(plan, question.id).level]),
  );
  return JSON.stringify({ format: LABELLED_FORMAT, id, labels, events: await eventsOf(id) });
};

const read = async (id: string) => {
  const outcome = await readLabelled(`${id}.temoin-labelled.json`, await labelledFile(id));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.labelled;
};

describe('calibration on labelled recordings', () => {
  it('suggests what the rules engine suggests, and counts agreement against the labels', async () => {
    const ids = ['wordpress-01', 'wordpress-02', 'wordpress-03', 'wordpress-04'];
    const labelled = await Promise.all(ids.map(read));
    const result = calibrate(DEMO_WORDPRESS_A, '', labelled);
    const compiled = compileSubject(Subject.parse(DEMO_WORDPRESS_A));
    let exact = 0;
    for (const row of result.rows) {
      const events = await eventsOf(row.sessionId);
      const reference = evaluateCompiled(compiled, events).questions.find(
        (q) => q.questionId === row.questionId,
      );
      expect(row.suggested).toBe(reference?.level ?? null);
      if (row.suggested === row.expected) exact += 1;
      else expect(row.differences.length).toBeGreaterThan(0);
    }
    expect(result.rows).toHaveLength(ids.length * DEMO_WORDPRESS_A.questions.length);
    expect(result.agreement.exact).toBe(exact);
    expect(result.agreement.exactShare).toBeCloseTo(exact / result.rows.length);
  });

  it('follows the rules as they are edited: without q1’s rules, q1 suggests nothing', async () => {
    const labelled = [await read('wordpress-07')];
    const draft = structuredClone(DEMO_WORDPRESS_A) as { questions: { rules: unknown[] }[] };
    draft.questions[0]!.rules = [];
    const rows = calibrate(draft, '', labelled).rows.filter((row) => row.questionId === 'q1');
    expect(rows[0]?.suggested).not.toBe(
      calibrate(DEMO_WORDPRESS_A, '', labelled).rows.find((row) => row.questionId === 'q1')?.suggested,
    );
  });

  it('refuses a labelled file whose events were edited, saying at which event', async () => {
    const file = JSON.parse(await labelledFile('wordpress-05'));
    file.events[3].url = 'http://127.0.0.1:4300/forged';
    const outcome = await readLabelled('x.json', JSON.stringify(file));
    expect(outcome).toMatchObject({ ok: false, problems: [{ path: 'events.3' }] });
    if (!outcome.ok) expect(outcome.problems[0]?.fr).toContain('modifié');
  });

  it('refuses a label that is not a level, and a file that is not JSON', async () => {
    const file = JSON.parse(await labelledFile('wordpress-05'));
    file.labels.q1 = 'Bien';
    expect(await readLabelled('x.json', JSON.stringify(file))).toMatchObject({
      ok: false,
      problems: [{ path: 'labels.q1' }],
    });
    expect(await readLabelled('x.json', '{')).toMatchObject({ ok: false });
  });

  it('keeps unlabelled questions out of the figures, and saves the labels it was given', async () => {
    const labelled = await read('wordpress-02');
    labelled.labels = { q1: 'S' };
    const result = calibrate(DEMO_WORDPRESS_A, '', [labelled]);
    expect(result.rows.map((row) => row.questionId)).toEqual(['q1']);
    expect(result.unlabelled).toBe(DEMO_WORDPRESS_A.questions.length - 1);
    const again = await readLabelled('again.json', labelledText(labelled));
    expect(again).toMatchObject({ ok: true, labelled: { id: 'wordpress-02', labels: { q1: 'S' } } });
  });
});
