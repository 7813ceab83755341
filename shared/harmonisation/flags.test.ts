import { describe, expect, it } from 'vitest';
import type { Flag } from './flags.ts';
import { buildReport, DEFAULT_SETTINGS } from './report.ts';
import { loadGenerated } from './testing.ts';

const idsOf = (flags: readonly Flag[], kind: Flag['kind']) =>
  flags
    .filter((f) => f.kind === kind)
    .flatMap((f) => f.assessmentIds)
    .sort();

describe('flags on the generated set (60 assessments, 4 examiners, one severe)', async () => {
  const { generated, set } = await loadGenerated();
  const report = buildReport(set);
  const flagOf = (kind: Flag['kind'], id: string) =>
    report.flags.find((f) => f.kind === kind && f.assessmentIds.includes(id))!;

  it('loads the 60 assessments of 4 examiners, 15 each, and their bundles', () => {
    expect(set.rejected).toEqual([]);
    expect(report.entries).toHaveLength(60);
    expect(report.examiners.map((e) => e.assessments)).toEqual([15, 15, 15, 15]);
    expect(report.examiners.map((e) => e.candidates)).toEqual([15, 15, 15, 15]);
    expect(set.bundles.size).toBe(8);
  });

  it('flags exactly the severe examiner, with the size of the gap and the threshold', () => {
    const flags = report.flags.filter((f) => f.kind === 'examiner-deviation');
    expect(flags.map((f) => f.examiner)).toEqual([generated.expected.severeExaminer]);
    const [flag] = flags;
    expect(flag!.assessmentIds).toHaveLength(15);
    const deviation = report.deviations.find((d) => d.name === generated.expected.severeExaminer)!;
    expect(deviation.deviation!).toBeLessThan(-3);
    expect(flag!.reason.fr).toMatch(/^Moyenne de M\. Olivier Castagné : \d+(,\d)?\/20 sur 15 notes/);
    expect(flag!.reason.fr).toContain('au-dessous de la référence des autres examinateurs');
    expect(flag!.reason.fr).toContain('seuil : 2 points');
    expect(flag!.reason.en).toContain('below the other examiners');
    // The others are well inside the threshold.
    for (const d of report.deviations.filter((d) => d.name !== generated.expected.severeExaminer))
      expect(Math.abs(d.deviation!)).toBeLessThan(1.5);
  });

  it('flags exactly the assessments whose mark disagrees with their levels', () => {
    expect(idsOf(report.flags, 'mark-levels')).toEqual(generated.expected.markLevels);
    const mostlyTs = flagOf('mark-levels', 'asm-2025-e1-03');
    expect(mostlyTs.reason.fr).toBe(
      'Note 8/20 alors que les niveaux (4 TS, 1 S) correspondent à environ 16,5/20 (de 14 à 19) : ' +
        'note inférieure de 8,5 points, au-delà de la tolérance de 4 points.',
    );
    expect(mostlyTs.reason.en).toBe(
      'Mark 8/20 while the levels (4 TS, 1 S) stand for about 16.5/20 (14 to 19): 8.5 points lower, ' +
        'beyond the tolerance of 4 points.',
    );
    expect(flagOf('mark-levels', 'asm-2025-e2-06').reason.fr).toContain('note supérieure de 8,5 points');
  });

  it('flags exactly the assessments whose levels disagree with the suggestions', () => {
    expect(idsOf(report.flags, 'levels-suggestions')).toEqual(generated.expected.levelsSuggestions);
    const twoLevels = flagOf('levels-suggestions', 'asm-2025-e3-04');
    expect(twoLevels.reason.fr).toBe(
      'Niveaux différents des suggestions fondées sur les preuves pour 1 question sur 5 (Q2 I au lieu de TS) ; ' +
        'écart maximal : 2 niveaux ; 1 sans commentaire.',
    );
    const three = flagOf('levels-suggestions', 'asm-2025-e2-12');
    expect(three.reason.fr).toMatch(/pour 3 questions sur 5 \(Q\d [A-Z]+ au lieu de [A-Z]+ ; /);
    expect(three.reason.fr).toContain('écart maximal : 1 niveau ; 1 sans commentaire.');
    expect(three.reason.en).toMatch(/^Levels differ from the evidence-based suggestions on 3 of 5 questions/);
  });

  it('gives an assessment inconsistent both ways both flags', () => {
    const both = report.entries.find((e) => e.id === 'asm-2025-e1-13')!;
    expect(both.flags.map((f) => f.kind).sort()).toEqual(['levels-suggestions', 'mark-levels']);
  });

  it('raises nothing else', () => {
    expect(report.flags).toHaveLength(
      1 + generated.expected.markLevels.length + generated.expected.levelsSuggestions.length,
    );
  });

  it('follows the settings: a lower threshold flags more, a wider tolerance fewer', () => {
    const strict = buildReport(set, { ...DEFAULT_SETTINGS, examinerThreshold: 0.1 });
    expect(strict.flags.filter((f) => f.kind === 'examiner-deviation').length).toBeGreaterThan(1);
    const lax = buildReport(set, { ...DEFAULT_SETTINGS, markTolerance: 8 });
    expect(idsOf(lax.flags, 'mark-levels')).toEqual(['asm-2025-e1-03', 'asm-2025-e2-06']);
    const one = buildReport(set, { ...DEFAULT_SETTINGS, suggestionMinQuestions: 1 });
    expect(idsOf(one.flags, 'levels-suggestions').length).toBeGreaterThan(3);
    const few = buildReport(set, { ...DEFAULT_SETTINGS, minCandidates: 16 });
    expect(few.flags.filter((f) => f.kind === 'examiner-deviation')).toEqual([]);
  });

  it('is the same for every seed: the method does not depend on luck', async () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const other = await loadGenerated({ seed, bundles: false });
      const r = buildReport(other.set);
      expect(r.flags.filter((f) => f.kind === 'examiner-deviation').map((f) => f.examiner)).toEqual([
        other.generated.expected.severeExaminer,
      ]);
      expect(idsOf(r.flags, 'mark-levels')).toEqual(other.generated.expected.markLevels);
      expect(idsOf(r.flags, 'levels-suggestions')).toEqual(other.generated.expected.levelsSuggestions);
    }
  });
});

describe('report figures', async () => {
  const { set } = await loadGenerated({ packages: true });
  const report = buildReport(set);

  it('groups per examiner, per subject and per examiner × subject', () => {
    expect(report.subjects.map((s) => [s.label, s.assessments])).toEqual([
      ['PrestaShop B (DEMO-E5-PS-B)', 28],
      ['WordPress A (DEMO-E5-WP-A)', 32],
    ]);
    expect(report.examinerSubjects).toHaveLength(8);
    expect(report.cohort.summary.n).toBe(60);
    for (const e of report.examiners) expect(e.summary.n).toBe(15);
  });

  it('counts levels per criterion when the subjects are known, each question once per criterion', () => {
    expect(report.criteriaKnown).toBe(true);
    expect(report.levels.map((row) => row.criterion)).toEqual(['C1', 'C2', 'C3', 'C5', 'C6', 'C7', 'C8']);
    const c1 = report.levels[0]!;
    // C1 is evaluated by question 1 of both subjects: one level per assessment.
    expect(Object.values(c1.cohort).reduce((a, b) => a + b, 0)).toBe(60);
    expect(c1.byExaminer).toHaveLength(4);
  });

  it('falls back to questions when no subject is loaded', async () => {
    const { set: bare } = await loadGenerated({ bundles: false });
    const r = buildReport(bare);
    expect(r.criteriaKnown).toBe(false);
    expect(r.levels).toHaveLength(10);
    expect(r.levels[0]!.label).toBe('PrestaShop B (DEMO-E5-PS-B) — Q1');
  });

  it('drills down to the evidence of a bundle: rules evaluated again, events per question', () => {
    const entry = report.entries.find((e) => e.id === 'asm-2025-e1-03')!;
    expect(entry.bundle).not.toBeNull();
    expect(entry.subject?.id).toBe('demo-wordpress-a');
    expect(entry.questions[0]!.evaluation?.rules.length).toBeGreaterThan(0);
  });
});
