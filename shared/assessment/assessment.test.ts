import { describe, expect, it } from 'vitest';
import type { EvidenceBundle } from '../schema/bundle.ts';
import { parse } from '../schema/index.ts';
import {
  addNote,
  createDraft,
  finalise,
  refreshSuggestions,
  setCompetenceLevel,
  setLevel,
  verifyAssessment,
} from './assessment.ts';
import { suggestMark } from './points.ts';

const bundle = {
  format: 'temoin.bundle/1',
  exportedAt: '2026-06-12T09:00:00.000Z',
  session: {
    format: 'temoin.session/1',
    id: 'session-0001',
    status: 'ended',
    subject: {
      id: 'demo-wordpress-a',
      title: 'Sujet A',
      letter: 'A',
      cms: 'wordpress',
      hash: 'a'.repeat(64),
    },
    grid: { id: 'bts-ndrc-e5-pratique', hash: 'b'.repeat(64) },
    candidate: { number: '42' },
    commission: 'C3',
    referenceOrigins: ['http://127.0.0.1:4300'],
    startedAt: '2026-06-12T08:00:00.000Z',
    endedAt: '2026-06-12T08:40:00.000Z',
    durationMinutes: 40,
    browser: 'test',
    extensionVersion: '0.1.0',
  },
  events: [],
  chain: { algorithm: 'temoin-chain-sha256-jcs/1', count: 0, head: '0'.repeat(64) },
} as unknown as EvidenceBundle;

const withQuestions = {
  ...bundle,
  subjectPackage: {
    subject: {
      questions: [
        { id: 'q1', competences: ['wp.post.publish'] },
        { id: 'q2', competences: [] },
      ],
    },
  },
} as unknown as EvidenceBundle;

const evaluation = {
  questions: [
    { questionId: 'q1', level: 'S' },
    { questionId: 'q2', level: 'TI' },
  ],
} as never;

describe('points helper', () => {
  it('proposes the mean of level midpoints, to the half point, and nothing without levels', () => {
    expect(suggestMark(['TS', 'TS', 'S'])).toBe(16);
    expect(suggestMark(['TI', 'I'])).toBe(5);
    expect(suggestMark(['S', null])).toBe(12.5);
    expect(suggestMark([null])).toBeNull();
  });
});

describe('assessment lifecycle', () => {
  it('starts as a schema-valid draft carrying the suggestions and the bundle chain head', () => {
    const draft = createDraft({
      bundle: withQuestions,
      evaluation,
      examinerName: 'M. Martin',
      id: 'assess-0001',
      now: new Date('2026-06-12T09:00:00Z'),
    });
    expect(parse('assessment', draft)).toMatchObject({ ok: true });
    expect(draft.questions.map((q) => [q.questionId, q.suggested])).toEqual([
      ['q1', 'S'],
      ['q2', 'TI'],
    ]);
    expect(draft.bundle.chainHead).toBe('0'.repeat(64));
  });

  it('derives overrides from the suggestion, and finalises with a hash that detects any change', async () => {
    let draft = createDraft({
      bundle: withQuestions,
      evaluation,
      examinerName: 'M. Martin',
      id: 'assess-0001',
      now: new Date('2026-06-12T09:00:00Z'),
    });
    draft = setLevel(draft, 'q1', 'S');
    draft = setLevel(draft, 'q2', 'I', 'A répondu à l’oral : a su expliquer la modération.');
    expect(draft.questions.map((q) => q.overridden)).toEqual([false, true]);
    expect(draft.suggestedMark).toBe(10);
    await expect(finalise(draft, new Date())).rejects.toThrow('needs a mark');
    const final = await finalise({ ...draft, mark: 11 }, new Date('2026-06-12T09:05:00Z'));
    expect(parse('assessment', final)).toMatchObject({ ok: true });
    expect(await verifyAssessment(final)).toBe(true);
    expect(await verifyAssessment({ ...final, mark: 15 })).toBe(false);
    expect(() => setLevel(final, 'q1', 'TS')).toThrow('final');
  });
});

describe('competences, notes, live suggestions', () => {
  const draft = () =>
    createDraft({
      bundle: withQuestions,
      evaluation,
      examinerName: 'M. Martin',
      id: 'assess-0002',
      now: new Date(),
    });

  it('sets a compétence opérationnelle, adds timestamped notes, stays schema-valid', () => {
    let a = setCompetenceLevel(draft(), 'q1', 'wp.post.publish', 'TS');
    a = addNote(
      a,
      { questionId: 'q1', question: 'Pourquoi ce slug ?', answer: 'Pour le mot-clé.' },
      new Date('2026-06-12T09:01:00Z'),
    );
    expect(a.questions[0]!.competences).toEqual([{ id: 'wp.post.publish', level: 'TS' }]);
    expect(a.notes).toEqual([
      {
        at: '2026-06-12T09:01:00.000Z',
        questionId: 'q1',
        question: 'Pourquoi ce slug ?',
        answer: 'Pour le mot-clé.',
      },
    ]);
    expect(parse('assessment', a)).toMatchObject({ ok: true });
  });

  it("follows new suggestions and derives overrides again, keeping the examiner's levels", () => {
    const a = setLevel(draft(), 'q2', 'TI');
    const next = refreshSuggestions(a, {
      questions: [
        { questionId: 'q1', level: 'TS' },
        { questionId: 'q2', level: 'I' },
      ],
    } as never);
    expect(next.questions.map((q) => [q.level, q.suggested, q.overridden])).toEqual([
      [null, 'TS', false],
      ['TI', 'I', true],
    ]);
  });
});
