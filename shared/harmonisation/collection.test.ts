import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRID } from '../grid/e5-grid.ts';
import { type FileOutcome, HarmonisationSet, importFiles } from './collection.ts';
import { generateHarmonisationSet } from './generate.ts';
import { asFile, filesOf } from './testing.ts';

const VALID = new URL('../../tests/fixtures/documents/valid/', import.meta.url);
const codes = (outcome: FileOutcome) =>
  outcome.status === 'rejected' ? outcome.problems.map((p) => p.code) : [];

describe('importing assessments, bundles and subject packages', async () => {
  const generated = await generateHarmonisationSet();

  it('imports in chunks, reports progress after each file and pauses between chunks', async () => {
    const set = new HarmonisationSet();
    const progress: number[] = [];
    let pauses = 0;
    const outcomes = await importFiles(set, filesOf(generated), {
      chunkSize: 10,
      onProgress: (done, total) => {
        expect(total).toBe(68);
        progress.push(done);
      },
      pause: async () => {
        pauses += 1;
      },
    });
    expect(progress).toEqual(Array.from({ length: 68 }, (_, i) => i + 1));
    expect(pauses).toBe(6);
    expect(outcomes.every((o) => o.status === 'added')).toBe(true);
    expect(set.assessments.size).toBe(60);
    expect(set.bundles.size).toBe(8);
    // Bundles bring their subject package: two subjects known.
    expect(set.subjects.size).toBe(2);
  });

  it('lists bad files with their problems and imports the rest', async () => {
    const set = new HarmonisationSet();
    const [a, b] = generated.assessments;
    const tamperedBundle = structuredClone(generated.bundles[0]!.bundle);
    const note = tamperedBundle.events.find((e) => e.kind === 'task.noteSaved')!;
    if (note.kind === 'task.noteSaved') note.data.text += '!';
    const outcomes = await importFiles(set, [
      asFile('ok.json', a),
      asFile('not-json.json', '{ "format": '),
      asFile('grid.json', DEFAULT_GRID),
      asFile('array.json', [1, 2]),
      asFile('mark-25.json', { ...b!, mark: 25 }),
      asFile('changed.json', { ...b!, mark: b!.mark === 20 ? 19 : 20 }),
      asFile('bundle.temoin.json', tamperedBundle),
      { name: 'unreadable.json', text: () => Promise.reject(new DOMException('gone', 'NotReadableError')) },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['added', ...Array.from({ length: 7 }, () => 'rejected')]);
    expect(outcomes.slice(1).map(codes)).toEqual([
      ['json-syntax'],
      ['unsupported-kind'],
      ['unsupported-kind'],
      ['too_big'],
      ['assessment-hash'],
      ['chain-broken'],
      ['read-error'],
    ]);
    const broken = set.rejected.find((r) => r.file === 'bundle.temoin.json')!;
    expect(broken.problems[0]!.path).toMatch(/^events\[\d+\]$/);
    expect(broken.problems[0]!.fr).toMatch(/^chaîne d’intégrité rompue à l’événement \d+ : contenu modifié$/);
    expect(set.rejected.find((r) => r.file === 'grid.json')!.problems[0]!.fr).toContain('document « grid »');
    expect(set.assessments.size).toBe(1);
    expect(set.rejected).toHaveLength(7);
  });

  it('counts the same assessment once, keeping the final then the latest version', async () => {
    const set = new HarmonisationSet();
    const [a] = generated.assessments;
    await set.addText('a.json', JSON.stringify(a));
    expect((await set.addText('copy.json', JSON.stringify(a))).status).toBe('duplicate');
    const { hash: _hash, finalisedAt: _at, ...rest } = a!;
    const draft = { ...rest, status: 'draft', updatedAt: '2025-05-01T08:00:00.000Z', mark: 3 };
    expect((await set.addText('draft.json', JSON.stringify(draft))).status).toBe('duplicate');
    expect(set.assessments.size).toBe(1);
    expect(set.assessments.get(a!.id)!.assessment.mark).toBe(a!.mark);
    expect(set.duplicates.map((d) => [d.file, d.keptFile, d.differs])).toEqual([
      ['copy.json', 'a.json', false],
      ['draft.json', 'a.json', true],
    ]);
  });

  it('accepts the project’s valid assessment, bundle and subject package', async () => {
    const set = new HarmonisationSet();
    for (const name of ['assessment.json', 'assessment-draft.json', 'bundle.json', 'subject-package.json']) {
      const outcome = await set.addText(name, readFileSync(new URL(name, VALID), 'utf8'));
      expect(outcome.status, `${name}: ${JSON.stringify(outcome)}`).not.toBe('rejected');
    }
    const assessment = set.assessments.get('asm-20250512-0800-a1b2c3')!.assessment;
    expect(set.bundleOf(assessment)).toBeDefined();
    expect(set.subjectOf(assessment)?.id).toBe('the-des-alpes-a');
  });

  it('links a bundle only to the assessment of the same session and chain head', async () => {
    const set = new HarmonisationSet();
    const { bundle } = generated.bundles[0]!;
    const assessment = generated.assessments.find((a) => a.bundle.sessionId === bundle.session.id)!;
    await set.addText('b.temoin.json', JSON.stringify(bundle));
    expect(set.bundleOf(assessment)).toBe(set.bundles.get(bundle.session.id)!.bundle);
    expect(
      set.bundleOf({ ...assessment, bundle: { ...assessment.bundle, chainHead: '0'.repeat(64) } }),
    ).toBeUndefined();
  });
});
