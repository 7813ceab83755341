import { describe, expect, it } from 'vitest';
import { setAt } from './json-path.ts';
import { readRecording, runRuleTests } from './rule-test.ts';
import { json, makeBundle, subject } from './test-documents.ts';

const published = (title: string) => ({
  kind: 'content.published',
  data: { cms: 'wordpress', contentType: 'post', id: '12', title },
});

const noteRule = {
  id: 'r-note',
  title: 'Note avec le mot-clé',
  criteria: ['C2'],
  kind: 'task.noteSaved',
  where: [{ op: 'contains', field: 'data.text', value: '{{keyword}}', tolerant: {} }],
};

const withNoteRule = setAt(subject, 'questions[0].rules[1]', noteRule);

describe('readRecording', () => {
  it('reads a bundle whose chain verifies', async () => {
    const bundle = await makeBundle([published('Le potager urbain')]);
    const read = await readRecording('b.temoin.json', json(bundle));
    expect(read.ok).toBe(true);
  });

  it('refuses a tampered bundle and says at which event the chain breaks', async () => {
    const bundle = await makeBundle([published('A'), published('B'), published('C')]);
    const tampered = structuredClone(bundle);
    (tampered.events[1]!.data as { title: string }).title = 'B modifié';
    const read = await readRecording('b.temoin.json', json(tampered));
    expect(read).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          path: 'events[1]',
          code: 'chain-broken',
          fr: 'chaîne d’intégrité rompue à l’événement 1 : contenu modifié',
        }),
      ],
    });
  });

  it('refuses a bundle whose head does not match, and a file that is no bundle', async () => {
    const bundle = await makeBundle([published('A')]);
    const read = await readRecording(
      'b.temoin.json',
      json({ ...bundle, chain: { ...bundle.chain, head: 'f'.repeat(64) } }),
    );
    expect(read.ok ? [] : read.problems.map((p) => p.code)).toEqual(['chain-head']);
    const other = await readRecording('x.json', json(subject));
    expect(other.ok).toBe(false);
  });
});

describe('runRuleTests', () => {
  it('passes and fails each rule, with the events that matched', async () => {
    const bundle = await makeBundle([
      published('Mon potager urbain'),
      {
        kind: 'task.noteSaved',
        data: { questionId: 'q1', text: 'Article sur le POTAGER urbain publié', length: 34 },
      },
    ]);
    const read = await readRecording('b.temoin.json', json(bundle));
    if (!read.ok) throw new Error('unreadable');
    const run = runRuleTests(withNoteRule, '', read.recording);
    const [rule, note] = run.questions[0]!.rules;
    expect(rule).toMatchObject({ path: 'questions[0].rules[0]', ruleId: 'r1', status: 'passed', count: 1 });
    expect(rule!.events.map((e) => e.kind)).toEqual(['content.published']);
    expect(note).toMatchObject({ path: 'questions[0].rules[1]', status: 'passed' });
    // events[0] is session.started, the last is session.ended (makeBundle adds them, as the extension does)
    expect(note!.events[0]).toEqual(bundle.events[2]);
    expect(run).toMatchObject({ passed: 2, failed: 0, invalid: 0, otherSubject: false, eventCount: 4 });
    expect(run.questions[0]!.level).toBe('TS');

    const failing = runRuleTests(
      setAt(withNoteRule, 'variables[0].value', 'jardin partagé'),
      '',
      read.recording,
    );
    expect(failing.questions[0]!.rules.map((r) => r.status)).toEqual(['failed', 'failed']);
  });

  it('reports half-written rules as invalid and still runs the others', async () => {
    const bundle = await makeBundle([published('Mon potager urbain')]);
    const read = await readRecording('b.temoin.json', json(bundle));
    if (!read.ok) throw new Error('unreadable');
    const draft = setAt(setAt(withNoteRule, 'questions[0].rules[1].criteria', []), 'title', '');
    const run = runRuleTests(draft, '', read.recording);
    expect(run.questions[0]!.rules.map((r) => r.status)).toEqual(['passed', 'invalid']);
    expect(run.questions[0]!.rules[1]!.problems[0]).toMatchObject({ path: 'criteria', code: 'too_small' });
    const unknownVariable = runRuleTests(
      setAt(withNoteRule, 'questions[0].rules[1].where[0].value', '{{nope}}'),
      '',
      read.recording,
    );
    expect(unknownVariable.questions[0]!.rules[1]).toMatchObject({ status: 'invalid' });
    expect(unknownVariable.invalid).toBe(1);
  });

  it('runs a package’s subject and says when the recording was made with another subject', async () => {
    const bundle = await makeBundle([published('potager urbain')], 'autre-sujet');
    const read = await readRecording('b.temoin.json', json(bundle));
    if (!read.ok) throw new Error('unreadable');
    const run = runRuleTests(subject, 'subject', read.recording);
    expect(run.questions[0]!.rules[0]!.path).toBe('subject.questions[0].rules[0]');
    expect(run).toMatchObject({ otherSubject: true, recordedSubjectId: 'autre-sujet' });
  });
});
