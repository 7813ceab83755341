import { describe, expect, it } from 'vitest';
import { packageContentHash } from '../../../shared/bundle/package-hash.ts';
import { parseJson } from '../../../shared/schema/index.ts';
import { createDocument } from './document.ts';
import { exportDocument } from './export.ts';
import { setAt } from './json-path.ts';
import { newSubjectPackage } from './templates.ts';
import { catalogue, grid, subject } from './test-documents.ts';

describe('export', () => {
  it('exports a package the extension’s reader accepts, with the hash of its contents', async () => {
    const draft = setAt(newSubjectPackage('wordpress'), 'subject.id', 'sujet-essai');
    const outcome = await exportDocument(
      createDocument('nouveau.temoin-subject.json', 'subject-package', draft),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.fileName).toBe('sujet-essai.temoin-subject.json');
    expect(outcome.text.endsWith('\n')).toBe(true);
    const parsed = parseJson('subject-package', outcome.text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.hash.value).toBe(await packageContentHash(parsed.value));
    expect(parsed.value.hash.value).not.toBe('0'.repeat(64));
  });

  it('refuses to export a package with errors, naming them at their paths', async () => {
    const draft = setAt(
      newSubjectPackage('wordpress'),
      'subject.questions[0].rules[0].where[0].value',
      '{{nope}}',
    );
    const outcome = await exportDocument(createDocument('p.temoin-subject.json', 'subject-package', draft));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'subject.questions[0].rules[0].where[0].value unknown-variable',
    ]);
  });

  it('exports a subject as a package with the open grid and catalogue it names', async () => {
    const doc = createDocument('s.json', 'subject', { ...subject, catalogueId: catalogue.id });
    const outcome = await exportDocument(doc, [
      createDocument('g.json', 'grid', grid),
      createDocument('c.json', 'catalogue', catalogue),
    ]);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(JSON.parse(outcome.text).catalogue.id).toBe(catalogue.id);
  });

  it('exports a grid as itself', async () => {
    const outcome = await exportDocument(createDocument('g.json', 'grid', grid));
    expect(outcome).toMatchObject({ ok: true, fileName: `${grid.id}.json` });
  });
});
