import { describe, expect, it } from 'vitest';
import { HarmonisationSet, importFiles } from './collection.ts';
import { generateHarmonisationSet } from './generate.ts';
import { buildReport } from './report.ts';
import { bundleAgainstAnchor } from './station-copy.ts';
import { addStationSnapshot, STATION_SNAPSHOT_FORMAT, type StationAnchor } from './station-source.ts';
import { asFile } from './testing.ts';

const generated = await generateHarmonisationSet();
const snapshot = (overrides: Record<string, unknown> = {}) => ({
  format: STATION_SNAPSHOT_FORMAT,
  station: 'station.lycee.test:8443',
  readAt: '2026-12-07T05:00:00.000Z',
  assessments: generated.assessments,
  subjects: generated.packages,
  anchors: [] as StationAnchor[],
  ...overrides,
});

describe('harmonisation fed by the station', () => {
  it('loads the station’s assessments like files: same entries, same flags', async () => {
    const fromFiles = new HarmonisationSet();
    await importFiles(fromFiles, [
      ...generated.assessments.map((a) => asFile(`${a.id}.json`, a)),
      ...generated.packages.map((p) => asFile(`${p.subject.id}.json`, p)),
    ]);
    const fromStation = new HarmonisationSet();
    const read = await addStationSnapshot(fromStation, snapshot());
    expect(read).toEqual({ ok: true, result: { added: 60, unchanged: 0, rejected: 0, anchors: 0 } });
    const a = buildReport(fromFiles);
    const b = buildReport(fromStation);
    expect(b.entries).toHaveLength(60);
    expect(b.flags.map((f) => f.key)).toEqual(a.flags.map((f) => f.key));
    expect(b.flags.length).toBeGreaterThan(0);
    expect(b.examiners.map((e) => [e.label, e.summary.mean])).toEqual(
      a.examiners.map((e) => [e.label, e.summary.mean]),
    );
    expect(b.entries[0]!.file).toContain('station station.lycee.test:8443 · ');
  });

  it('reads the station again without counting duplicates, and adds what is new', async () => {
    const set = new HarmonisationSet();
    await addStationSnapshot(set, snapshot({ assessments: generated.assessments.slice(0, 50) }));
    const again = await addStationSnapshot(set, snapshot());
    expect(again).toMatchObject({ ok: true, result: { added: 10, unchanged: 50, rejected: 0 } });
    expect(set.assessments.size).toBe(60);
    expect(set.duplicates).toEqual([]);
  });

  it('refuses a changed assessment from the station as it would a file, and a broken answer whole', async () => {
    const set = new HarmonisationSet();
    const changed = { ...generated.assessments[0]!, mark: 20 };
    const read = await addStationSnapshot(set, snapshot({ assessments: [changed], subjects: [] }));
    expect(read).toMatchObject({ ok: true, result: { added: 0, rejected: 1 } });
    expect(set.rejected[0]!.problems[0]!.code).toBe('assessment-hash');
    for (const broken of [
      null,
      [],
      snapshot({ format: 'other' }),
      snapshot({ anchors: [{ sessionId: 'x' }] }),
    ]) {
      const out = await addStationSnapshot(set, broken);
      expect(out).toMatchObject({ ok: false, fr: expect.stringContaining('illisible') });
    }
    expect(set.assessments.size).toBe(0);
  });
});

describe('a bundle against the station’s anchored head', async () => {
  const { bundle, fileName } = generated.bundles[0]!;
  const n = bundle.events.length;
  const anchor = (count: number, head = bundle.events[count - 1]!.hash): StationAnchor => ({
    sessionId: bundle.session.id,
    candidate: bundle.session.candidate.number,
    examiner: 'station examiner',
    count,
    head,
  });

  it('agrees when the bundle holds what the station received, or more', () => {
    expect(bundleAgainstAnchor(bundle, anchor(n))).toBeNull();
    expect(bundleAgainstAnchor(bundle, anchor(n - 2))).toBeNull();
  });

  it('differs when an event was changed, or events were cut', () => {
    expect(bundleAgainstAnchor(bundle, anchor(n, 'f'.repeat(64)))).toEqual({
      reason: 'changed',
      bundleCount: n,
    });
    expect(bundleAgainstAnchor(bundle, { count: n + 3, head: 'e'.repeat(64) })).toEqual({
      reason: 'missing',
      bundleCount: n,
    });
  });

  it('flags, in the report, a loaded bundle that is not what the station received', async () => {
    const set = new HarmonisationSet();
    await importFiles(set, [
      ...generated.assessments.map((a) => asFile(`${a.id}.json`, a)),
      asFile(fileName, bundle),
    ]);
    await addStationSnapshot(set, snapshot({ assessments: [], anchors: [anchor(n, 'f'.repeat(64))] }));
    const flag = buildReport(set).flags[0]!;
    expect(flag).toMatchObject({ kind: 'station-copy', key: `station-copy:${bundle.session.id}` });
    expect(flag.reason.fr).toContain(`Le fichier de preuves « ${fileName} »`);
    expect(flag.reason.fr).toContain('modifié après coup');
    const mine = generated.assessments.filter((a) => a.bundle.sessionId === bundle.session.id);
    expect(flag.assessmentIds).toEqual(mine.map((a) => a.id));

    const honest = new HarmonisationSet();
    await importFiles(honest, [asFile(fileName, bundle)]);
    await addStationSnapshot(honest, snapshot({ assessments: [], anchors: [anchor(n)] }));
    expect(buildReport(honest).flags.filter((f) => f.kind === 'station-copy')).toEqual([]);
  });

  it('flags an assessment made from other evidence than the station’s, without its bundle', async () => {
    const assessment = generated.assessments.find((a) => a.bundle.sessionId === bundle.session.id)!;
    const set = new HarmonisationSet();
    await importFiles(set, [asFile('a.json', assessment)]);
    const count = assessment.bundle.eventCount;
    await addStationSnapshot(set, snapshot({ assessments: [], anchors: [anchor(count, 'a'.repeat(64))] }));
    const flags = buildReport(set).flags.filter((f) => f.kind === 'station-copy');
    expect(flags).toHaveLength(1);
    expect(flags[0]!.reason.fr).toContain('ne sont pas celles que la station a reçues');
    expect(flags[0]!.assessmentIds).toEqual([assessment.id]);
  });
});
